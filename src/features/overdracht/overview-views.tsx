// The sender's overview, the receiver's inbox, the response-time setting
// and the report of outcomes.
import type { HandoverItem, OverdueReferral, ReferralListItem, ReferralPolicy, ReportRow } from '../../db/referrals/index.ts';
import { outcomes, reasons, stateLabels } from '../../domain/referral.ts';
import { protectGroup } from '../../domain/sdc/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Alert, Csrf, DataTable, ErrorSummary, TextInput } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { Layout } from '../../web/layout.tsx';
import { formatDay } from '../personen/views.tsx';
import { HandoverList, OverdueList, ReferralTable } from './lists.tsx';
import { SubNav } from './pieces.tsx';
import type { PolicyForm } from './service.ts';

// ---------------------------------------------------------------- the sender's overview

export function SentPage(props: { user: SessionUser; csrfToken: string; rows: ReferralListItem[]; overdue: OverdueReferral[]; handovers: HandoverItem[]; today: string; notice?: string; newReceived: number }) {
  const { rows, today } = props;
  const withdrawn = rows.filter((r) => !r.consentActive && !['concept', 'afgewezen', 'afgerond', 'niet_gelukt', 'ingetrokken'].includes(r.state));
  const live = rows.filter((r) => !withdrawn.includes(r));
  const waiting = live.filter((r) => r.state === 'verstuurd' && !r.overdue);
  const answered = live.filter((r) => ['geaccepteerd', 'in_behandeling', 'gepauzeerd'].includes(r.state));
  const concepts = live.filter((r) => r.state === 'concept');
  const closed = live.filter((r) => ['afgewezen', 'afgerond', 'niet_gelukt', 'ingetrokken'].includes(r.state));
  const open = live.filter((r) => ['verstuurd', 'geaccepteerd', 'in_behandeling', 'gepauzeerd'].includes(r.state));
  return (
    <Layout title="Doorverwijzingen: verstuurd" path="/doorverwijzingen" user={props.user} csrfToken={props.csrfToken}>
      <h1>Doorverwijzingen</h1>
      <SubNav current="/doorverwijzingen" user={props.user} received={props.newReceived} />
      {props.notice ? <Alert live>{props.notice}</Alert> : null}
      <p role="status">
        Open: {open.length}. Wacht op antwoord: {waiting.length + props.overdue.length}. Beantwoord: {answered.length}. Te laat: {props.overdue.length}.
      </p>
      <p>Je ziet hier elke doorverwijzing van je organisatie. Elke stap van de ontvanger zie je hier meteen.</p>
      <OverdueList rows={props.overdue} headingId="te-laat-kop" />
      {withdrawn.length ? (
        <section aria-labelledby="ingetrokken-kop" class="notice warn">
          <h2 id="ingetrokken-kop">Toestemming ingetrokken ({withdrawn.length})</h2>
          <p>De ontvanger kan deze doorverwijzingen niet meer zien. Trek ze in, of vraag de persoon opnieuw om toestemming.</p>
          <ReferralTable caption="Toestemming ingetrokken" rows={withdrawn} side="sender" today={today} />
        </section>
      ) : null}
      <section aria-labelledby="wacht-kop">
        <h2 id="wacht-kop">Wacht op antwoord ({waiting.length})</h2>
        <ReferralTable caption="Wacht op antwoord" rows={waiting} side="sender" today={today} />
      </section>
      <section aria-labelledby="beantwoord-kop">
        <h2 id="beantwoord-kop">Beantwoord en lopend ({answered.length})</h2>
        <ReferralTable caption="Beantwoord en lopend" rows={answered} side="sender" today={today} />
      </section>
      <section aria-labelledby="overdracht-kop">
        <h2 id="overdracht-kop">Overdracht van het vaste aanspreekpunt: wacht op antwoord ({props.handovers.length})</h2>
        <HandoverList items={props.handovers} csrfToken={props.csrfToken} mode="outgoing" />
      </section>
      <section aria-labelledby="concept-kop">
        <h2 id="concept-kop">Concepten ({concepts.length})</h2>
        <ReferralTable caption="Concepten" rows={concepts} side="sender" today={today} />
      </section>
      <section aria-labelledby="afgesloten-kop">
        <h2 id="afgesloten-kop">Afgesloten, de laatste 90 dagen ({closed.length})</h2>
        <ReferralTable caption="Afgesloten" rows={closed} side="sender" today={today} />
      </section>
    </Layout>
  );
}

// ---------------------------------------------------------------- the receiver's inbox

export function InboxPage(props: { user: SessionUser; csrfToken: string; rows: ReferralListItem[]; handovers: HandoverItem[]; today: string; notice?: string }) {
  const { rows, today } = props;
  const gone = rows.filter((r) => r.givenName === null);
  const live = rows.filter((r) => r.givenName !== null);
  const overdue = live.filter((r) => r.state === 'verstuurd' && r.overdue);
  const fresh = live.filter((r) => r.state === 'verstuurd' && !r.overdue);
  const accepted = live.filter((r) => r.state === 'geaccepteerd');
  const working = live.filter((r) => r.state === 'in_behandeling' || r.state === 'gepauzeerd');
  const closed = live.filter((r) => ['afgewezen', 'afgerond', 'niet_gelukt', 'ingetrokken'].includes(r.state));
  return (
    <Layout title="Doorverwijzingen: ontvangen" path="/doorverwijzingen" user={props.user} csrfToken={props.csrfToken}>
      <h1>Ontvangen doorverwijzingen</h1>
      <SubNav current="/doorverwijzingen/ontvangen" user={props.user} />
      {props.notice ? <Alert live>{props.notice}</Alert> : null}
      <p role="status">
        Nieuw: {fresh.length + overdue.length}. Geaccepteerd: {accepted.length}. In behandeling: {working.length}. Te laat beantwoord: {overdue.length}.
      </p>
      {props.handovers.length ? (
        <section aria-labelledby="voor-jou-kop">
          <h2 id="voor-jou-kop">Vast aanspreekpunt worden ({props.handovers.length})</h2>
          <HandoverList items={props.handovers} csrfToken={props.csrfToken} mode="incoming" />
        </section>
      ) : null}
      {overdue.length ? (
        <section aria-labelledby="te-laat-kop" class="notice warn">
          <h2 id="te-laat-kop">Te laat: nog niet beantwoord ({overdue.length})</h2>
          <p>De verwijzer wacht op je antwoord. Accepteer of wijs af, zodat de persoon niet tussen wal en schip valt.</p>
          <ReferralTable caption="Te laat beantwoord" rows={overdue} side="receiver" today={today} />
        </section>
      ) : null}
      <section aria-labelledby="nieuw-kop">
        <h2 id="nieuw-kop">Nieuw ({fresh.length})</h2>
        <ReferralTable caption="Nieuw" rows={fresh} side="receiver" today={today} />
      </section>
      <section aria-labelledby="geaccepteerd-kop">
        <h2 id="geaccepteerd-kop">Geaccepteerd ({accepted.length})</h2>
        <ReferralTable caption="Geaccepteerd" rows={accepted} side="receiver" today={today} />
      </section>
      <section aria-labelledby="behandeling-kop">
        <h2 id="behandeling-kop">In behandeling ({working.length})</h2>
        <ReferralTable caption="In behandeling" rows={working} side="receiver" today={today} />
      </section>
      <section aria-labelledby="afgesloten-kop">
        <h2 id="afgesloten-kop">Afgesloten, de laatste 30 dagen ({closed.length})</h2>
        <ReferralTable caption="Afgesloten" rows={closed} side="receiver" today={today} />
      </section>
      {gone.length ? (
        <section aria-labelledby="weg-kop">
          <h2 id="weg-kop">Niet meer zichtbaar ({gone.length})</h2>
          <p>De persoon heeft de toestemming om gegevens met jullie te delen ingetrokken, of de toestemming is afgelopen. Je ziet deze doorverwijzingen daarom niet meer.</p>
          <ul>
            {gone.map((r) => (
              <li>
                Van {r.senderOrganizationName}
                {r.sentOn ? `, verstuurd op ${formatDay(r.sentOn)}` : ''}: toestemming ingetrokken.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

// ---------------------------------------------------------------- response times

export function PolicyPage(props: { user: SessionUser; csrfToken: string; policy: ReferralPolicy; form: PolicyForm | null; errors: FieldError[]; notice?: string }) {
  const values = props.form ?? { responseWorkingDays: String(props.policy.responseWorkingDays), escalationWorkingDays: String(props.policy.escalationWorkingDays) };
  return (
    <Layout title={props.errors.length ? 'Fout: Antwoordtermijn' : 'Antwoordtermijn'} path="/doorverwijzingen/instellingen" user={props.user} csrfToken={props.csrfToken}>
      <h1>Antwoordtermijn voor doorverwijzingen</h1>
      <SubNav current="/doorverwijzingen/instellingen" user={props.user} />
      {props.notice ? <Alert live>{props.notice}</Alert> : null}
      <p>
        Binnen hoeveel werkdagen antwoordt jullie organisatie op een doorverwijzing? Daarna ziet de verwijzer een signaal. Na de escalatietermijn staat erbij dat de termijn ruim
        voorbij is. {props.policy.custom ? '' : 'Jullie gebruiken nu de standaard: 5 en 10 werkdagen.'}
      </p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/doorverwijzingen/instellingen" novalidate>
        <Csrf token={props.csrfToken} />
        <TextInput id="responseWorkingDays" name="responseWorkingDays" type="number" label="Antwoorden binnen (werkdagen)" value={values.responseWorkingDays} errors={props.errors} />
        <TextInput id="escalationWorkingDays" name="escalationWorkingDays" type="number" label="Escaleren na (werkdagen)" value={values.escalationWorkingDays} errors={props.errors} />
        <button type="submit">Opslaan</button>
      </form>
    </Layout>
  );
}

// ---------------------------------------------------------------- report

export function ReportPage(props: { user: SessionUser; csrfToken: string; rows: ReportRow[]; from: string; to: string; errors: FieldError[] }) {
  // Counts below 5 are hidden, with secondary suppression against the total
  // (src/domain/sdc, docs/monitor.md). The full picture is in the monitor.
  const total = props.rows.reduce((n, r) => n + r.count, 0);
  const group = protectGroup(1, [total], [{ key: 'r', rows: props.rows.map((r, i) => ({ key: String(i), counts: [r.count] })) }]);
  const shown = (i: number) => group.breakdowns[0]!.rows[i]!.cells[0]!.shown;
  const indexed = props.rows.map((r, i) => ({ r, count: shown(i) }));
  const byOutcome = indexed.filter(({ r }) => r.state === 'afgerond');
  const failures = indexed.filter(({ r }) => r.reason !== null);
  const totalShown = group.totals[0]!.shown;
  const where = (r: ReportRow) => `${r.receiverOrganizationName}${r.serviceName ? `: ${r.serviceName}` : ''}`;
  return (
    <Layout title="Rapport doorverwijzingen" path="/doorverwijzingen/rapport" user={props.user} csrfToken={props.csrfToken}>
      <h1>Rapport doorverwijzingen</h1>
      {props.user.role === 'teamleider' ? <SubNav current="/doorverwijzingen/rapport" user={props.user} /> : null}
      <p>Aantallen, zonder namen: doorverwijzingen die jullie organisatie verstuurde of ontving, verstuurd in de gekozen periode. Aantallen kleiner dan 5 zijn verborgen (·), en soms ook een ander aantal. Meer cijfers staan in de <a href="/monitor#doorverwijzingen">monitor</a>.</p>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/doorverwijzingen/rapport" class="search-form" novalidate>
        <div class="row">
          <TextInput id="van" name="van" label="Van (JJJJ-MM-DD)" value={props.from} errors={props.errors} />
          <TextInput id="tot" name="tot" label="Tot en met (JJJJ-MM-DD)" value={props.to} errors={props.errors} />
          <button type="submit">Tonen</button>
        </div>
      </form>
      <p role="status">{totalShown === null ? 'Minder dan 5 doorverwijzingen' : totalShown === 1 ? '1 doorverwijzing' : `${totalShown} doorverwijzingen`} in deze periode.</p>
      <h2>Uitkomsten per organisatie en aanbod</h2>
      <CountTable caption="Uitkomsten" head="Uitkomst" rows={byOutcome.map(({ r, count }) => ({ where: where(r), what: r.outcome ? outcomes[r.outcome] : '', count }))} />
      <h2>Redenen als het niet lukte</h2>
      <CountTable caption="Redenen" head="Status en reden" rows={failures.map(({ r, count }) => ({ where: where(r), what: `${stateLabels[r.state]}: ${r.reason ? reasons[r.reason] : ''}`, count }))} />
    </Layout>
  );
}

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: Array<{ where: string; what: string; count: number | null }> }) {
  return (
    <DataTable caption={caption} columns={['Organisatie en aanbod', head, { label: 'Aantal', numeric: true }]} isEmpty={rows.length === 0} empty={<p>Geen.</p>}>
      {rows.map((r) => (
        <tr>
          <td>{r.where}</td>
          <td>{r.what}</td>
          <td>{r.count === null ? <>·<span class="visually-hidden"> verborgen</span></> : r.count}</td>
        </tr>
      ))}
    </DataTable>
  );
}
