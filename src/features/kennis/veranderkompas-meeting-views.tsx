// Veranderkompas meeting pages: the meeting overview (steps, what was marked
// most promising, actions and their status) and the step page (conversation
// questions with notes, marking steering factors and solution directions, and
// the marks of all participants together).
import {
  actionStatusLabels,
  actionStatuses,
  markableItems,
  stepByNumber,
} from '../../content/kennis/veranderkompas.ts';
import type { Meeting, TrajectoryState } from '../../db/veranderkompas/trajectories.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { countsForMeeting, topPromising } from './veranderkompas-chart.tsx';
import type { ActionForm } from './veranderkompas-service.ts';
import { ActionTable, base } from './veranderkompas-views.tsx';
import { Csrf, Notice } from '../../web/components/index.ts';
import { MarkSection, QuestionsSection, ResultsSection, langAttr, meetingLabel, meetingPath, type StepForms, type StepPageProps } from './veranderkompas-step-sections.tsx';

export type { StepForms, StepPageProps } from './veranderkompas-step-sections.tsx';

interface Base {
  user: SessionUser;
  csrfToken: string;
}


function Breadcrumb({ state, meeting }: { state: TrajectoryState; meeting?: Meeting }) {
  return (
    <nav aria-label="Kruimelpad">
      <p>
        <a href="/veranderkompas">Veranderkompas</a> › <a href={base(state.id)}>{state.name}</a>
        {meeting ? (
          <>
            {' '}
            › <a href={meetingPath(state, meeting)}>Bijeenkomst {meetingLabel(meeting)}</a>
          </>
        ) : null}
      </p>
    </nav>
  );
}

// ---------------------------------------------------------------- meeting

export interface MeetingForms {
  action?: { values: ActionForm; errors: FieldError[] };
  status?: { actionId: string; errors: FieldError[] };
}

export function MeetingPage({ user, csrfToken, state, meeting, forms, notice }: Base & { state: TrajectoryState; meeting: Meeting; forms: MeetingForms; notice?: string | undefined }) {
  const counts = countsForMeeting(state, meeting.id);
  const participants = state.participants.length;
  const action = forms.action ?? { values: { what: '', who: '', dueDate: '', steeringFactorId: '' }, errors: [] };
  const av = action.values as unknown as Record<string, unknown>;
  const factorError = action.errors.find((e) => e.field === 'steeringFactorId')?.message;
  const hasErrors = action.errors.length > 0 || (forms.status?.errors.length ?? 0) > 0;
  return (
    <Layout title={`${hasErrors ? 'Fout: ' : ''}Bijeenkomst ${meetingLabel(meeting)}`} path="/veranderkompas" user={user} csrfToken={csrfToken}>
      <Breadcrumb state={state} />
      <h1>Bijeenkomst {meetingLabel(meeting)}</h1>
      <Notice text={notice} />
      <section aria-labelledby="stappen-kop">
        <h2 id="stappen-kop">Stappen</h2>
        <p>Open een stap om de gespreksvragen te bespreken en te markeren wat kansrijk is.</p>
        <ul>
          {state.steps.map((n) => {
            const step = stepByNumber(n)!;
            const marked = state.markers.find((m) => m.meetingId === meeting.id && m.step === n)?.n ?? 0;
            return (
              <li>
                <a href={`${meetingPath(state, meeting)}/stappen/${n}`}>
                  Stap {n}: {step.shortTitle.nl}
                </a>{' '}
                ({marked} van {participants} deelnemers hebben gemarkeerd)
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="kansrijk-kop">
        <h2 id="kansrijk-kop">Het meest kansrijk in deze bijeenkomst</h2>
        {state.steps.map((n) => {
          const step = stepByNumber(n)!;
          const top = topPromising(markableItems(step), counts);
          return (
            <>
              <h3>
                Stap {n}: {step.shortTitle.nl}
              </h3>
              {top.length === 0 ? (
                <p>Nog niemand heeft iets kansrijk gevonden.</p>
              ) : (
                <ol>
                  {top.map(({ item, n: count }) => (
                    <li>
                      {item.title.nl} ({item.kind === 'factor' ? 'stuurfactor' : 'oplossingsrichting'}): {count} keer kansrijk
                    </li>
                  ))}
                </ol>
              )}
            </>
          );
        })}
      </section>

      <section aria-labelledby="acties-kop" id="acties">
        <h2 id="acties-kop">Acties</h2>
        {state.actions.length === 0 ? <p>Er zijn nog geen acties.</p> : <ActionTable state={state} />}
        {state.actions.length > 0 ? (
          <>
            <h3>Status bijwerken voor deze bijeenkomst</h3>
            {forms.status ? <ErrorSummary errors={forms.status.errors} title="Status niet opgeslagen" /> : null}
            {state.actions.map((a) => (
              <form method="post" action={`${meetingPath(state, meeting)}/acties/${a.id}`} novalidate class="vk-status">
                <Csrf token={csrfToken} />
                <div class="form-field">
                  <label for={`status-${a.id}`}>Status van: {a.what}</label>
                  <select id={`status-${a.id}`} name="status">
                    {actionStatuses.map((s) => (
                      <option value={s} selected={s === a.status}>
                        {actionStatusLabels[s].nl}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="form-field">
                  <label for={`toelichting-${a.id}`}>Toelichting (niet verplicht)</label>
                  <input type="text" id={`toelichting-${a.id}`} name="note" value="" />
                </div>
                <button type="submit">
                  Status opslaan<span class="visually-hidden">: {a.what}</span>
                </button>
              </form>
            ))}
          </>
        ) : null}
        <form method="post" action={`${meetingPath(state, meeting)}/acties`} novalidate>
          <Csrf token={csrfToken} />
          <h3>Nieuwe actie</h3>
          <ErrorSummary errors={action.errors} title="Actie niet opgeslagen" />
          <TextField name="what" label="Wat gaat er gebeuren?" values={av} errors={action.errors} />
          <TextField name="who" label="Wie doet het?" hint="Een naam, een rol of een team." values={av} errors={action.errors} />
          <TextField name="dueDate" label="Klaar op" type="date" values={av} errors={action.errors} />
          <div class="form-field">
            <label for="steeringFactorId">Bij welke stuurfactor hoort de actie?</label>
            {factorError ? (
              <p class="hint" id="steeringFactorId-fout">
                <strong>Let op:</strong> {factorError}
              </p>
            ) : null}
            <select id="steeringFactorId" name="steeringFactorId" aria-describedby={factorError ? 'steeringFactorId-fout' : undefined} aria-invalid={factorError ? 'true' : undefined}>
              <option value="">Kies een stuurfactor</option>
              {state.steps.map((n) => {
                const step = stepByNumber(n)!;
                return (
                  <optgroup label={`Stap ${n}: ${step.shortTitle.nl}`}>
                    {step.steeringFactors.map((f) => (
                      <option value={f.id} selected={f.id === action.values.steeringFactorId}>
                        {f.title.nl}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </div>
          <button type="submit">Actie toevoegen</button>
        </form>
      </section>
    </Layout>
  );
}

// ---------------------------------------------------------------- step

export function StepPage(p: StepPageProps) {
  const { state, meeting, step, lang } = p;
  const path = `${meetingPath(state, meeting)}/stappen/${step.number}`;
  const hasErrors = (p.forms.marks?.errors.length ?? 0) + (p.forms.notes?.errors.length ?? 0) > 0;
  return (
    <Layout title={`${hasErrors ? 'Fout: ' : ''}Stap ${step.number}: ${step.shortTitle.nl}`} path="/veranderkompas" user={p.user} csrfToken={p.csrfToken}>
      <Breadcrumb state={state} meeting={meeting} />
      <p>
        {lang === 'en' ? (
          <a href={path} hreflang="nl">
            Lees de stap in het Nederlands
          </a>
        ) : (
          <a href={`${path}?taal=en`} hreflang="en" lang="en">
            Read this step in English
          </a>
        )}
      </p>
      <h1>
        Stap {step.number}: <span lang={langAttr(lang)}>{step.title[lang]}</span>
      </h1>
      <Notice text={p.notice} />
      <p lang={langAttr(lang)}>{step.intro[lang]}</p>
      <p>
        <strong>Centrale vraag:</strong> <span lang={langAttr(lang)}>{step.mainQuestion[lang]}</span>
      </p>
      <QuestionsSection {...p} />
      <MarkSection {...p} />
      <ResultsSection {...p} />
    </Layout>
  );
}
