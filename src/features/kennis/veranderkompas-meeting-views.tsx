// Veranderkompas meeting pages: the meeting overview (steps, what was marked
// most promising, actions and their status) and the step page (conversation
// questions with notes, marking steering factors and solution directions, and
// the marks of all participants together).
import {
  actionStatusLabels,
  actionStatuses,
  markLabels,
  markValues,
  markableItems,
  questionsOf,
  stepByNumber,
  type Language,
  type MarkValue,
  type Step,
} from '../../content/kennis/veranderkompas.ts';
import type { Meeting, TrajectoryState } from '../../db/veranderkompas/trajectories.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { formatDay } from '../personen/views.tsx';
import { MarkTable, countsForMeeting, topPromising } from './veranderkompas-chart.tsx';
import { markField, noteField, questionField, type ActionForm } from './veranderkompas-service.ts';
import { ActionTable, base } from './veranderkompas-views.tsx';
import { Csrf, Notice } from '../../web/components/index.ts';

interface Base {
  user: SessionUser;
  csrfToken: string;
}

const meetingLabel = (m: Meeting) => `${formatDay(m.date)}${m.title ? `: ${m.title}` : ''}`;
const meetingPath = (state: TrajectoryState, m: Meeting) => `${base(state.id)}/bijeenkomsten/${m.id}`;
const langAttr = (lang: Language) => (lang === 'en' ? 'en' : undefined);

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

export interface StepForms {
  marks?: { values: Record<string, string>; errors: FieldError[] };
  notes?: { values: Record<string, string>; errors: FieldError[] };
}

export interface StepPageProps extends Base {
  state: TrajectoryState;
  meeting: Meeting;
  step: Step;
  lang: Language;
  /** Whose marks the form shows and saves: oneself, or a guest (kartrekker only). */
  markFor: { participantId: string; name: string; self: boolean };
  guests: Array<{ id: string; name: string }>;
  ownMarks: Map<string, { mark: MarkValue | null; note: string | null }>;
  forms: StepForms;
  /** Vega SVG of the marks in this meeting (src/web/chart.ts), made by the route. */
  marksSvg?: string | null;
  notice?: string | undefined;
}

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

function QuestionsSection({ state, meeting, step, lang, csrfToken, forms }: StepPageProps) {
  const errors = forms.notes?.errors ?? [];
  const values = forms.notes?.values ?? {};
  const earlier = state.questionNotes.filter((n) => n.step === step.number);
  return (
    <section aria-labelledby="vragen-kop" id="vragen">
      <h2 id="vragen-kop">Gespreksvragen</h2>
      <p>Bespreek de vragen samen en schrijf op wat jullie belangrijk vinden. Je hoeft niet bij elke vraag iets op te schrijven.</p>
      <form method="post" action={`${meetingPath(state, meeting)}/stappen/${step.number}/notities`} novalidate>
        <Csrf token={csrfToken} />
        <ErrorSummary errors={errors} title="Notities niet opgeslagen" />
        {questionsOf(step).map((q, i) => {
          const notes = earlier.filter((n) => n.questionId === q.id);
          const name = questionField(q.id);
          const error = errors.find((e) => e.field === name)?.message;
          return (
            <div class="form-field">
              <label for={name}>
                Vraag {i + 1}: <span lang={langAttr(lang)}>{q.text[lang]}</span>
              </label>
              {notes.length ? (
                <ul id={`${name}-eerder`}>
                  {notes.map((n) => (
                    <li>
                      {formatDay(state.meetings.find((m) => m.id === n.meetingId)?.date ?? n.createdAt)}, {n.participantName}: {n.text}
                    </li>
                  ))}
                </ul>
              ) : null}
              {error ? (
                <p class="hint" id={`${name}-fout`}>
                  <strong>Let op:</strong> {error}
                </p>
              ) : null}
              <textarea id={name} name={name} rows={3} aria-describedby={[notes.length ? `${name}-eerder` : '', error ? `${name}-fout` : ''].filter(Boolean).join(' ') || undefined} aria-invalid={error ? 'true' : undefined}>
                {values[name] ?? ''}
              </textarea>
            </div>
          );
        })}
        <button type="submit">Notities opslaan</button>
      </form>
    </section>
  );
}

function MarkChoice({ itemId, legend, current, note, errors, lang, future }: { itemId: string; legend: string; current: string; note: string; errors: FieldError[]; lang: Language; future?: boolean }) {
  const name = markField(itemId);
  const noteName = noteField(itemId);
  const error = errors.find((e) => e.field === name || e.field === noteName)?.message;
  return (
    <fieldset class="form-field vk-mark" id={name} aria-describedby={error ? `${name}-fout` : undefined}>
      <legend>
        <span lang={langAttr(lang)}>{legend}</span>
        {future ? ' (toekomst)' : ''} <span class="hint">({itemId})</span>
      </legend>
      {error ? (
        <p class="hint" id={`${name}-fout`}>
          <strong>Let op:</strong> {error}
        </p>
      ) : null}
      {[...markValues, ''].map((value) => {
        const id = `${name}-${value || 'geen'}`;
        return (
          <div>
            <input type="radio" id={id} name={name} value={value} checked={current === value} />
            <label for={id}>{value ? markLabels[value as MarkValue].nl : 'Geen keuze'}</label>
          </div>
        );
      })}
      <label for={noteName}>Notitie (niet verplicht)</label>
      <input type="text" id={noteName} name={noteName} value={note} maxLength={500} />
    </fieldset>
  );
}

function MarkSection({ state, meeting, step, lang, csrfToken, forms, markFor, guests, ownMarks }: StepPageProps) {
  const errors = forms.marks?.errors ?? [];
  const values = forms.marks?.values;
  const current = (id: string) => values?.[markField(id)] ?? ownMarks.get(id)?.mark ?? '';
  const note = (id: string) => values?.[noteField(id)] ?? ownMarks.get(id)?.note ?? '';
  const path = `${meetingPath(state, meeting)}/stappen/${step.number}`;
  return (
    <section aria-labelledby="markeren-kop" id="markeren">
      <h2 id="markeren-kop">Markeren</h2>
      <p>
        Geef bij elke stuurfactor en oplossingsrichting aan wat je ervan vindt: kansrijk, hebben we al, of niet van toepassing. Daarna bespreken jullie samen de uitkomst.
      </p>
      {state.me.isKartrekker && guests.length > 0 ? (
        <form method="get" action={path} class="search-form">
          {lang === 'en' ? <input type="hidden" name="taal" value="en" /> : null}
          <div class="row">
            <div class="form-field">
              <label for="namens">Markeringen vastleggen voor</label>
              <select id="namens" name="namens">
                <option value="" selected={markFor.self}>
                  Mijzelf
                </option>
                {guests.map((g) => (
                  <option value={g.id} selected={g.id === markFor.participantId}>
                    {g.name} (zonder account)
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">Kiezen</button>
          </div>
        </form>
      ) : null}
      <form method="post" action={`${path}/markeringen`} novalidate>
        <Csrf token={csrfToken} />
        <input type="hidden" name="voor" value={markFor.participantId} />
        <p>
          <strong>Je markeert voor: {markFor.self ? 'jezelf' : markFor.name}.</strong>
        </p>
        <ErrorSummary errors={errors} title="Markeringen niet opgeslagen" />
        {step.steeringFactors.map((f) => (
          <div class="vk-factor">
            <h3 lang={langAttr(lang)}>{f.title[lang]}</h3>
            <p lang={langAttr(lang)}>{f.text[lang]}</p>
            {f.subFactors.length ? (
              <dl class="facts" lang={langAttr(lang)}>
                {f.subFactors.map((s) => (
                  <>
                    <dt>{s.title[lang]}</dt>
                    <dd>{s.text[lang]}</dd>
                  </>
                ))}
              </dl>
            ) : null}
            <MarkChoice itemId={f.id} legend={`Stuurfactor: ${f.title[lang]}`} current={current(f.id)} note={note(f.id)} errors={errors} lang={lang} />
            {f.solutionDirections.length ? <h4>Oplossingsrichtingen bij deze stuurfactor</h4> : null}
            {f.solutionDirections.map((d) => (
              <MarkChoice itemId={d.id} legend={d.text[lang]} current={current(d.id)} note={note(d.id)} errors={errors} lang={lang} future={d.horizon === 'toekomst'} />
            ))}
          </div>
        ))}
        <button type="submit">Markeringen opslaan</button>
      </form>
    </section>
  );
}

function ResultsSection({ state, meeting, step, lang, marksSvg }: StepPageProps) {
  const items = markableItems(step);
  const counts = countsForMeeting(state, meeting.id);
  const notes = state.markNotes.filter((n) => n.meetingId === meeting.id && items.some((i) => i.id === n.itemId));
  const marked = state.markers.find((m) => m.meetingId === meeting.id && m.step === step.number)?.n ?? 0;
  return (
    <section aria-labelledby="samen-kop" id="samen">
      <h2 id="samen-kop">Samen bekeken</h2>
      <p>
        {marked} van {state.participants.length} deelnemers hebben in deze bijeenkomst iets gemarkeerd bij deze stap.
      </p>
      <MarkTable items={items} counts={counts} caption={`Markeringen bij stap ${step.number}, bijeenkomst ${meetingLabel(meeting)}`} lang={lang} svg={marksSvg} />
      <h3>Notities bij de markeringen</h3>
      {notes.length === 0 ? (
        <p>Er zijn nog geen notities.</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li>
              {n.itemId}, {n.participantName}
              {n.mark ? ` (${markLabels[n.mark].nl.toLowerCase()})` : ''}: {n.note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
