// Veranderkompas pages: the list of one's trajectories, a new trajectory, and
// the trajectory overview (meetings, actions, progress, bottlenecks from
// practice, participants and settings). Server-rendered, no JavaScript needed.
import {
  actionStatusLabels,
  introSections,
  meetingTips,
  participantRoleLabels,
  participantRoles,
  preparationTips,
  steeringFactorById,
  stepByNumber,
  steps as allSteps,
} from '../../content/kennis/veranderkompas.ts';
import type { BottleneckItem } from '../../db/veranderkompas/bottlenecks.ts';
import { BottleneckSection } from './veranderkompas-bottlenecks.tsx';
import type { TrajectoryState, TrajectorySummary } from '../../db/veranderkompas/trajectories.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { formatDay } from '../personen/views.tsx';
import { ProgressTable } from './veranderkompas-chart.tsx';
import type { ParticipantForm, TrajectoryForm } from './veranderkompas-service.ts';
import { DataTable } from '../../web/table.tsx';
import { Csrf, Notice } from '../../web/components/index.ts';

interface Base {
  user: SessionUser;
  csrfToken: string;
}

type Option = { code: string; name: string };

export const roleOptions: Option[] = participantRoles.map((r) => ({ code: r, name: participantRoleLabels[r].nl }));
export const stepOptions: Option[] = allSteps.map((s) => ({ code: String(s.number), name: `Stap ${s.number}: ${s.shortTitle.nl}. ${s.title.nl}` }));

export const base = (id: string) => `/veranderkompas/${id}`;

// ---------------------------------------------------------------- list

export function TrajectoryListPage({ user, csrfToken, trajectories, notice }: Base & { trajectories: TrajectorySummary[]; notice?: string | undefined }) {
  return (
    <Layout title="Veranderkompas" path="/veranderkompas" user={user} csrfToken={csrfToken}>
      <h1>Veranderkompas</h1>
      <Notice text={notice} />
      <p class="lead">
        Met het veranderkompas bespreek je met collega’s uit beleid, management en uitvoering hoe jullie gemeente mensen met een arbeidsbeperking zonder uitkering beter helpt. Je doet dat in een
        traject met een paar bijeenkomsten.
      </p>
      <p>
        <a class="button" href="/veranderkompas/nieuw">
          Nieuw traject starten
        </a>
      </p>
      <h2>Jouw trajecten</h2>
      {trajectories.length === 0 ? (
        <p>Je doet nog niet mee aan een traject. Start er een, of vraag de kartrekker om je uit te nodigen.</p>
      ) : (
        <DataTable caption="Jouw trajecten" columns={['Traject', 'Gebied', 'Bijeenkomsten', 'Jouw rol']}>
            {trajectories.map((t) => (
              <tr>
                <td>
                  <a href={base(t.id)}>{t.name}</a>
                </td>
                <td>{t.gemeenteNames.length > 3 ? `${t.gemeenteNames.length} gemeenten` : t.gemeenteNames.join(', ')}</td>
                <td>
                  {t.meetingCount}
                  {t.lastMeetingDate ? `, de laatste op ${formatDay(t.lastMeetingDate)}` : ''}
                </td>
                <td>{t.isKartrekker ? 'Kartrekker' : 'Deelnemer'}</td>
              </tr>
            ))}
        </DataTable>
      )}
      <AboutCompass />
    </Layout>
  );
}

/** What the compass is, and the tips, in one collapsed block. */
export function AboutCompass() {
  return (
    <section aria-labelledby="over-kompas-kop">
      <h2 id="over-kompas-kop">Over het veranderkompas</h2>
      <details>
        <summary>Lees wat het veranderkompas is, en tips voor de bijeenkomsten</summary>
        {introSections.map((s) => (
          <>
            <h3>{s.heading.nl}</h3>
            <p>{s.text.nl}</p>
            <p lang="en">{s.text.en}</p>
          </>
        ))}
        <h3>Tips voor de voorbereiding</h3>
        <ol>
          {preparationTips.map((t) => (
            <li>
              <strong>{t.title.nl}.</strong> {t.text.nl}
            </li>
          ))}
        </ol>
        <h3>Tips voor tijdens de bijeenkomsten</h3>
        <ol>
          {meetingTips.map((t) => (
            <li>
              <strong>{t.title.nl}.</strong> {t.text.nl}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

// ---------------------------------------------------------------- new trajectory

export function NewTrajectoryPage({ user, csrfToken, values, errors, gemeenten, regios }: Base & { values: TrajectoryForm; errors: FieldError[]; gemeenten: Option[]; regios: Option[] }) {
  const v = values as unknown as Record<string, unknown>;
  const areaError = errors.find((e) => e.field === 'area')?.message;
  return (
    <Layout title={errors.length ? 'Fout: Nieuw traject' : 'Nieuw traject'} path="/veranderkompas" user={user} csrfToken={csrfToken}>
      <p>
        <a href="/veranderkompas">Terug naar het veranderkompas</a>
      </p>
      <h1>Nieuw traject starten</h1>
      <p>Jij wordt de kartrekker. Daarna nodig je deelnemers uit en plan je de eerste bijeenkomst.</p>
      <form method="post" action="/veranderkompas" novalidate>
        <Csrf token={csrfToken} />
        <ErrorSummary errors={errors} />
        <TextField name="name" label="Naam van het traject" hint="Bijvoorbeeld: Veranderkompas Zuidoost-Drenthe 2026" values={v} errors={errors} />
        <div class="form-field">
          <label for="area">Gebied</label>
          <p class="hint" id="area-hint">
            Kies één gemeente, of een arbeidsmarktregio voor alle gemeenten in die regio. Later kun je gemeenten uit de regio aan- of uitzetten.
          </p>
          {areaError ? (
            <p class="hint" id="area-fout">
              <strong>Let op:</strong> {areaError}
            </p>
          ) : null}
          <select id="area" name="area" aria-describedby={areaError ? 'area-hint area-fout' : 'area-hint'} aria-invalid={areaError ? 'true' : undefined}>
            <option value="">Kies een gebied</option>
            <optgroup label="Arbeidsmarktregio's">
              {regios.map((r) => (
                <option value={`regio:${r.code}`} selected={values.area === `regio:${r.code}`}>
                  {r.name} (arbeidsmarktregio)
                </option>
              ))}
            </optgroup>
            <optgroup label="Gemeenten">
              {gemeenten.map((g) => (
                <option value={`gemeente:${g.code}`} selected={values.area === `gemeente:${g.code}`}>
                  {g.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <Choices kind="checkbox" name="steps" legend="Welke stappen gaan jullie doorlopen?" hint="Het beste werk je de stappen op volgorde af." options={stepOptions} checked={values.steps} errors={errors} />
        <Choices kind="radio" name="ownRole" legend="Jouw rol in het traject" options={roleOptions} checked={[values.ownRole]} errors={errors} />
        <TextField name="focus" label="Focus (niet verplicht)" hint="Waar willen jullie samen op letten? Hoe vaak komen jullie bij elkaar?" values={v} errors={errors} multiline />
        <button type="submit">Traject starten</button>
      </form>
    </Layout>
  );
}

// ---------------------------------------------------------------- trajectory overview

export interface TrajectoryForms {
  participant?: { values: ParticipantForm; errors: FieldError[] };
  guest?: { values: ParticipantForm; errors: FieldError[] };
  meeting?: { values: { date: string; title: string }; errors: FieldError[] };
  settings?: { errors: FieldError[] };
}

export interface TrajectoryPageProps extends Base {
  state: TrajectoryState;
  bottlenecks: BottleneckItem[];
  gemeenteChoices: Option[];
  forms: TrajectoryForms;
  today: string;
  notice?: string | undefined;
  /** Vega SVG of the actions per status (src/web/chart.ts), made by the route. */
  progressSvg?: string | null;
}

export function TrajectoryPage(p: TrajectoryPageProps) {
  const { state } = p;
  const k = state.me.isKartrekker;
  const latest = state.meetings.at(-1);
  const hasErrors = Object.values(p.forms).some((f) => f && f.errors.length > 0);
  return (
    <Layout title={`${hasErrors ? 'Fout: ' : ''}${state.name}`} path="/veranderkompas" user={p.user} csrfToken={p.csrfToken}>
      <p>
        <a href="/veranderkompas">Alle trajecten</a>
      </p>
      <h1>{state.name}</h1>
      <Notice text={p.notice} />
      <dl class="facts">
        <TrajectoryFacts state={state} />
        <dt>Jouw rol</dt>
        <dd>
          {participantRoleLabels[state.me.role].nl}
          {k ? ', kartrekker' : ''}
        </dd>
      </dl>
      <p>
        <a href={`${base(state.id)}/rapport`}>Rapport bekijken</a> · <a href={`${base(state.id)}/rapport.pdf`}>Rapport als PDF</a>
      </p>

      <MeetingsSection {...p} />

      <section aria-labelledby="acties-kop" id="acties">
        <h2 id="acties-kop">Acties</h2>
        {state.actions.length === 0 ? (
          <p>Er zijn nog geen acties. Je voegt een actie toe op de pagina van een bijeenkomst.</p>
        ) : (
          <ActionTable state={state} />
        )}
        <h3 id="voortgang">Voortgang over de bijeenkomsten</h3>
        <ProgressTable state={state} formatDay={formatDay} svg={p.progressSvg} />
        {latest ? (
          <p>
            <a href={`${base(state.id)}/bijeenkomsten/${latest.id}#acties`}>Status van acties bijwerken in de laatste bijeenkomst</a>
          </p>
        ) : null}
      </section>

      <BottleneckSection items={p.bottlenecks} />
      <ParticipantsSection {...p} />
      {k ? <SettingsSection {...p} /> : null}
      <AboutCompass />
    </Layout>
  );
}

function MeetingsSection(p: TrajectoryPageProps) {
  const { state } = p;
  const form = p.forms.meeting ?? { values: { date: p.today, title: '' }, errors: [] };
  return (
    <section aria-labelledby="bijeenkomsten-kop" id="bijeenkomsten">
      <h2 id="bijeenkomsten-kop">Bijeenkomsten</h2>
      {state.meetings.length === 0 ? (
        <p>Er is nog geen bijeenkomst gepland.</p>
      ) : (
        <ol>
          {state.meetings.map((m) => (
            <li>
              <a href={`${base(state.id)}/bijeenkomsten/${m.id}`}>
                {formatDay(m.date)}
                {m.title ? `: ${m.title}` : ''}
              </a>
            </li>
          ))}
        </ol>
      )}
      {state.me.isKartrekker ? (
        <form method="post" action={`${base(state.id)}/bijeenkomsten`} novalidate>
          <Csrf token={p.csrfToken} />
          <h3>Nieuwe bijeenkomst</h3>
          <ErrorSummary errors={form.errors} title="Bijeenkomst niet opgeslagen" />
          <TextField name="date" label="Datum" type="date" values={form.values} errors={form.errors} />
          <TextField name="title" label="Onderwerp (niet verplicht)" values={form.values} errors={form.errors} />
          <button type="submit">Bijeenkomst toevoegen</button>
        </form>
      ) : null}
    </section>
  );
}

export function ActionTable({ state }: { state: TrajectoryState }) {
  return (
    <DataTable caption="Acties" columns={['Wat', 'Wie', 'Klaar op', 'Stuurfactor', 'Status en verloop']}>
        {state.actions.map((a) => (
          <tr>
            <td>{a.what}</td>
            <td>{a.who}</td>
            <td>{formatDay(a.dueDate)}</td>
            <td>{steeringFactorById.get(a.steeringFactorId)?.factor.title.nl ?? a.steeringFactorId}</td>
            <td>
              <strong>{actionStatusLabels[a.status].nl}</strong>
              <ul>
                {a.history.map((h) => (
                  <li>
                    {actionStatusLabels[h.status].nl} (bijeenkomst {formatDay(h.meetingDate)}){h.note ? `: ${h.note}` : ''}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
    </DataTable>
  );
}

function ParticipantsSection(p: TrajectoryPageProps) {
  const { state } = p;
  const k = state.me.isKartrekker;
  const invite = p.forms.participant ?? { values: { kind: 'account' as const, email: '', guestName: '', role: '' }, errors: [] };
  const guest = p.forms.guest ?? { values: { kind: 'gast' as const, email: '', guestName: '', role: '' }, errors: [] };
  return (
    <section aria-labelledby="deelnemers-kop" id="deelnemers">
      <h2 id="deelnemers-kop">Deelnemers</h2>
      <p>Alleen deelnemers zien dit traject.</p>
      <ul>
        {state.participants.map((x) => (
          <li>
            {x.name}
            {x.organizationName ? ` (${x.organizationName})` : ''}: {participantRoleLabels[x.role].nl}
            {x.isKartrekker ? ', kartrekker' : ''}
            {x.isGuest ? ', zonder account' : ''}
            {k && !x.isKartrekker ? (
              <form method="post" action={`${base(state.id)}/deelnemers/${x.id}/verwijderen`} class="inline-form">
                <Csrf token={p.csrfToken} />{' '}
                <button type="submit" class="link-button">
                  Verwijderen<span class="visually-hidden">: {x.name}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {k ? (
        <>
          <form method="post" action={`${base(state.id)}/deelnemers`} novalidate>
            <Csrf token={p.csrfToken} />
            <input type="hidden" name="kind" value="account" />
            <h3>Deelnemer met een account uitnodigen</h3>
            <ErrorSummary errors={invite.errors} title="Deelnemer niet toegevoegd" />
            <TextField name="email" label="E-mailadres van het account" type="email" autocomplete="off" values={invite.values as unknown as Record<string, unknown>} errors={invite.errors} />
            <SelectField name="role" label="Rol in het traject" options={roleOptions} value={invite.values.role} errors={invite.errors} empty="Kies een rol" />
            <button type="submit">Deelnemer toevoegen</button>
          </form>
          <form method="post" action={`${base(state.id)}/deelnemers`} novalidate>
            <Csrf token={p.csrfToken} />
            <input type="hidden" name="kind" value="gast" />
            <h3>Deelnemer zonder account toevoegen</h3>
            <p>Bijvoorbeeld een ervaringsdeskundige. Deze deelnemer logt niet in; jij legt de markeringen vast als jullie ze samen bespreken.</p>
            <ErrorSummary errors={guest.errors} title="Deelnemer niet toegevoegd" />
            <TextField name="guestName" label="Naam of omschrijving" hint="Een voornaam is genoeg, of bijvoorbeeld: ervaringsdeskundige 1." values={guest.values as unknown as Record<string, unknown>} errors={guest.errors} />
            <SelectField name="guestRole" label="Rol in het traject" options={roleOptions} value={guest.values.role} errors={guest.errors} empty="Kies een rol" />
            <button type="submit">Deelnemer zonder account toevoegen</button>
          </form>
        </>
      ) : null}
    </section>
  );
}

function SettingsSection(p: TrajectoryPageProps) {
  const errors = p.forms.settings?.errors ?? [];
  return (
    <section aria-labelledby="instellingen-kop" id="instellingen">
      <h2 id="instellingen-kop">Stappen en gemeenten aanpassen</h2>
      <form method="post" action={`${base(p.state.id)}/instellingen`} novalidate>
        <Csrf token={p.csrfToken} />
        <ErrorSummary errors={errors} title="Niet aangepast" />
        <Choices kind="checkbox" name="steps" legend="Stappen" options={stepOptions} checked={p.state.steps.map(String)} errors={errors} />
        <Choices kind="checkbox" name="gemeenten" legend="Gemeenten" options={p.gemeenteChoices} checked={p.state.gemeenten.map((g) => g.code)} errors={errors} />
        <button type="submit">Aanpassingen opslaan</button>
      </form>
    </section>
  );
}

/** Area, chosen steps and focus of a trajectory, as rows of a definition list. */
export function TrajectoryFacts({ state }: { state: TrajectoryState }) {
  return (
    <>
      <dt>Gebied</dt>
      <dd>
        {state.regioName ? `Arbeidsmarktregio ${state.regioName}: ` : ''}
        {state.gemeenten.map((g) => g.name).join(', ')}
      </dd>
      <dt>Stappen</dt>
      <dd>{state.steps.map((n) => `${n}. ${stepByNumber(n)?.shortTitle.nl ?? ''}`).join(', ')}</dd>
      {state.focus ? (
        <>
          <dt>Focus</dt>
          <dd>{state.focus}</dd>
        </>
      ) : null}
    </>
  );
}
