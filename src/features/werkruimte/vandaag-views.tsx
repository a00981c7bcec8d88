// "Vandaag": the start page per role. A consulent sees what needs them
// today, each line with the action that resolves it; a teamleider sees the
// team's load and what is overdue.
import type { ReferralListItem } from '../../db/referrals/index.ts';
import type { RegistrationItem } from '../../db/trajecten/index.ts';
import type { ConsulentLoad, Task } from '../../db/werkruimte/tasks.ts';
import { dutchDate } from '../../db/signals.ts';
import { Alert, DataTable, StatusTag } from '../../web/components/index.ts';
import { Layout, type LayoutUser } from '../../web/layout.tsx';
import { PersonLink } from '../personen/views.tsx';
import type { SignalRow } from '../trajecten/views.tsx';

export interface VandaagData {
  user: LayoutUser;
  csrfToken: string;
  today: string;
  signals: SignalRow[];
  signalLabels: Record<string, string>;
  tasks: Task[];
  registrations: RegistrationItem[];
  referrals: ReferralListItem[];
  /** Teamleider only. */
  load?: Array<ConsulentLoad & { signals: number; late: number }>;
}

const MAX_LINES = 10;

function More({ shown, total, href, what }: { shown: number; total: number; href: string; what: string }) {
  if (total <= shown) return null;
  return (
    <p>
      <a href={href}>
        Alle {total} {what} bekijken
      </a>
    </p>
  );
}

function SignalSection({ signals, labels }: { signals: SignalRow[]; labels: Record<string, string> }) {
  const shown = signals.slice(0, MAX_LINES);
  return (
    <section aria-labelledby="signalen-kop">
      <h2 id="signalen-kop">Signalen ({signals.length})</h2>
      <DataTable caption="Signalen, oudste eerst" columns={['Naam', 'Signaal', 'Sinds', 'Actie']} isEmpty={signals.length === 0} empty={<p>Geen signalen. Iedereen is in beeld.</p>}>
        {shown.map((s) => (
          <tr>
            <td><PersonLink id={s.personId} person={s} /></td>
            <td><StatusTag tone="warning">{labels[s.kind] ?? s.kind}</StatusTag></td>
            <td>{dutchDate(s.since)}</td>
            <td><a href={s.actionPath}>{s.actionLabel}<span class="visually-hidden">: {s.givenName} {s.familyName}</span></a></td>
          </tr>
        ))}
      </DataTable>
      <More shown={shown.length} total={signals.length} href="/signalen" what="signalen" />
    </section>
  );
}

function TaskSection({ tasks, today }: { tasks: Task[]; today: string }) {
  const shown = tasks.slice(0, MAX_LINES);
  return (
    <section aria-labelledby="taken-kop">
      <h2 id="taken-kop">Taken voor vandaag en te laat ({tasks.length})</h2>
      <DataTable caption="Taken, oudste datum eerst" columns={['Naam', 'Wat', 'Datum', 'Actie']} isEmpty={tasks.length === 0} empty={<p>Er staan geen taken voor vandaag.</p>}>
        {shown.map((t) => (
          <tr>
            <td><PersonLink id={t.personId} person={t} /></td>
            <td>{t.what}</td>
            <td>
              {dutchDate(t.due)} {t.late ? <StatusTag tone="danger">Te laat</StatusTag> : t.due === today ? <StatusTag tone="info">Vandaag</StatusTag> : null}
            </td>
            <td><a href={t.actionPath}>{t.actionLabel}<span class="visually-hidden">: {t.givenName} {t.familyName}</span></a></td>
          </tr>
        ))}
      </DataTable>
      <More shown={shown.length} total={tasks.length} href="/caseload?sorteer=actie" what="taken" />
    </section>
  );
}

function RegistrationSection({ items, today }: { items: RegistrationItem[]; today: string }) {
  const shown = items.slice(0, MAX_LINES);
  return (
    <section aria-labelledby="aanmeldingen-kop">
      <h2 id="aanmeldingen-kop">Nieuwe aanmeldingen voor je team ({items.length})</h2>
      <DataTable caption="Aanmeldingen, vroegste termijn eerst" columns={['Naam', 'Reageren vóór', 'Actie']} isEmpty={items.length === 0} empty={<p>Er zijn geen nieuwe aanmeldingen.</p>}>
        {shown.map((r) => (
          <tr>
            <td><PersonLink id={r.personId} person={r} /></td>
            <td>{dutchDate(r.deadline)} {r.deadline < today ? <StatusTag tone="danger">Te laat</StatusTag> : null}</td>
            <td><a href="/aanmeldingen">Oppakken<span class="visually-hidden">: {r.givenName} {r.familyName}</span></a></td>
          </tr>
        ))}
      </DataTable>
      <More shown={shown.length} total={items.length} href="/aanmeldingen" what="aanmeldingen" />
    </section>
  );
}

function ReferralSection({ items }: { items: ReferralListItem[] }) {
  return (
    <section aria-labelledby="doorverwijzingen-kop">
      <h2 id="doorverwijzingen-kop">Doorverwijzingen die op jullie wachten ({items.length})</h2>
      <DataTable caption="Ontvangen doorverwijzingen zonder antwoord" columns={['Naam', 'Van', 'Antwoord vóór', 'Actie']} isEmpty={items.length === 0} empty={<p>Er wachten geen doorverwijzingen op een antwoord.</p>}>
        {items.slice(0, MAX_LINES).map((r) => (
          <tr>
            <td>{r.givenName ? `${r.givenName} ${r.familyName}` : 'Geen toestemming meer'}</td>
            <td>{r.senderOrganizationName}</td>
            <td>{r.responseDue ? dutchDate(r.responseDue) : '–'} {r.overdue ? <StatusTag tone="danger">Te laat</StatusTag> : null}</td>
            <td><a href={`/doorverwijzingen/${r.id}`}>Beantwoorden<span class="visually-hidden">: doorverwijzing van {r.senderOrganizationName}</span></a></td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function LoadSection({ load }: { load: NonNullable<VandaagData['load']> }) {
  return (
    <section aria-labelledby="team-kop">
      <h2 id="team-kop">Je team</h2>
      <DataTable caption="Personen, signalen en te late taken per consulent" columns={[{ label: 'Consulent' }, { label: 'Actief', numeric: true }, { label: 'Passief', numeric: true }, { label: 'Signalen', numeric: true }, { label: 'Te laat', numeric: true }]} isEmpty={load.length === 0} empty={<p>Je organisatie heeft nog geen personen in beeld.</p>}>
        {load.map((l) => (
          <tr>
            <td>{l.accountId ? <a href={`/caseload?weergave=team&consulent=${l.accountId}`}>{l.name}</a> : <a href="/caseload?weergave=zonder-contactpersoon">{l.name}</a>}</td>
            <td>{l.active}</td>
            <td>{l.passive}</td>
            <td>{l.signals}</td>
            <td>{l.late > 0 ? <StatusTag tone="danger">{l.late}</StatusTag> : 0}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export function VandaagPage(d: VandaagData) {
  const teamleider = d.load !== undefined;
  return (
    <Layout title="Vandaag" path="/vandaag" user={d.user} csrfToken={d.csrfToken}>
      <h1>Vandaag</h1>
      <p class="lead">
        {dutchDate(d.today)}. {teamleider ? 'Hoe staat je team ervoor, en wat is te laat?' : 'Dit vraagt vandaag je aandacht. Bij elke regel staat wat je kunt doen.'}
      </p>
      {d.signals.length + d.tasks.length + d.registrations.length + d.referrals.length === 0 && !teamleider ? (
        <Alert type="ok">Er is vandaag niets dat op je wacht.</Alert>
      ) : null}
      {teamleider ? <LoadSection load={d.load!} /> : null}
      <TaskSection tasks={d.tasks} today={d.today} />
      <SignalSection signals={d.signals} labels={d.signalLabels} />
      <RegistrationSection items={d.registrations} today={d.today} />
      <ReferralSection items={d.referrals} />
    </Layout>
  );
}
