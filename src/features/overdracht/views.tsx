// Pages of the warme overdracht: the person's referrals, the sender's
// overview, the receiver's inbox, one referral, settings, the report, the
// page behind the e-mailed link, and the person's own page.
import type { ComponentChildren } from 'preact';
import { protectGroup } from '../../domain/sdc/index.ts';
import type { RecordPart } from '../../db/persons.ts';
import { recordParts } from '../../db/persons.ts';
import type {
  HandoverItem,
  OfferCheck,
  OfferOption,
  OverdueReferral,
  PersonLinkState,
  PersonOverview,
  ReferralDetail,
  ReferralListItem,
  ReferralPolicy,
  ReportRow,
  ExternalView,
} from '../../db/referrals.ts';
import {
  actionLabels,
  availableActions,
  fhirTaskStatus,
  outcomes,
  reasons,
  rules,
  stateForPerson,
  stateLabels,
  type ReferralAction,
  type ReferralRole,
  type ReferralState,
} from '../../domain/referral.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { formatDateTime, formatDay } from '../personen/views.tsx';
import { consentMethods, partLabels, partShort, type ActionForm, type HandoverForm, type PolicyForm, type ReferralForm } from './service.ts';
import { DataTable } from '../../web/table.tsx';

type Option = { code: string; name: string };

// ---------------------------------------------------------------- small form pieces with their own ids

function errorOf(errors: FieldError[], id: string): string | undefined {
  return errors.find((e) => e.field === id)?.message;
}

function described(id: string, hint: boolean, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
}

function Hint({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
      {error ? <p class="hint" id={`${id}-fout`}><strong>Let op:</strong> {error}</p> : null}
    </>
  );
}

function Select(props: { id: string; name: string; label: string; options: Option[]; value: string; errors: FieldError[]; empty?: string; hint?: string }) {
  const error = errorOf(props.errors, props.id);
  return (
    <div class="form-field">
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} error={error} />
      <select id={props.id} name={props.name} aria-describedby={described(props.id, Boolean(props.hint), error)} aria-invalid={error ? 'true' : undefined}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option value={o.code} selected={o.code === props.value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function Input(props: { id: string; name: string; label: string; value: string; errors: FieldError[]; hint?: string; type?: 'text' | 'email' | 'number'; multiline?: boolean; autocomplete?: string }) {
  const error = errorOf(props.errors, props.id);
  const common = { id: props.id, name: props.name, 'aria-describedby': described(props.id, Boolean(props.hint), error), 'aria-invalid': error ? ('true' as const) : undefined };
  return (
    <div class="form-field">
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} hint={props.hint} error={error} />
      {props.multiline ? (
        <textarea {...common} rows={4}>
          {props.value}
        </textarea>
      ) : (
        <input {...common} type={(props.type ?? 'text') as 'text'} value={props.value} autocomplete={props.autocomplete} />
      )}
    </div>
  );
}

function Group(props: { id: string; name: string; kind: 'radio' | 'checkbox'; legend: string; options: Option[]; checked: string[]; errors: FieldError[]; hint?: string }) {
  const error = errorOf(props.errors, props.id);
  return (
    <fieldset class="form-field" id={props.id} aria-describedby={described(props.id, Boolean(props.hint), error)}>
      <legend>{props.legend}</legend>
      <Hint id={props.id} hint={props.hint} error={error} />
      {props.options.map((o) => (
        <div>
          <input type={props.kind} id={`${props.id}-${o.code}`} name={props.name} value={o.code} checked={props.checked.includes(o.code)} />
          <label for={`${props.id}-${o.code}`}>{o.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Check(props: { id: string; name: string; label: string; checked: boolean; errors: FieldError[] }) {
  const error = errorOf(props.errors, props.id);
  return (
    <div class="form-field" id={`${props.id}-veld`}>
      {error ? <p class="hint" id={`${props.id}-fout`}><strong>Let op:</strong> {error}</p> : null}
      <div>
        <input type="checkbox" id={props.id} name={props.name} value="ja" checked={props.checked} aria-describedby={error ? `${props.id}-fout` : undefined} aria-invalid={error ? 'true' : undefined} />
        <label for={props.id}>{props.label}</label>
      </div>
    </div>
  );
}

function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

function Notice({ text, warn }: { text?: string | undefined; warn?: boolean }) {
  if (!text) return null;
  return (
    <div class={warn ? 'notice warn' : 'notice'} role="status">
      <p>{text}</p>
    </div>
  );
}

const options = (record: Record<string, string>, codes?: readonly string[]): Option[] =>
  (codes ?? Object.keys(record)).map((code) => ({ code, name: record[code] ?? code }));

function personName(r: { givenName: string | null; familyName: string | null }): string {
  return r.givenName === null ? 'Niet meer zichtbaar' : `${r.givenName} ${r.familyName ?? ''}`.trim();
}

function StateTag({ state }: { state: ReferralState }) {
  const kind = state === 'afgerond' ? 'tag ok' : state === 'afgewezen' || state === 'niet_gelukt' || state === 'ingetrokken' ? 'tag no' : 'tag';
  return <span class={kind}>{stateLabels[state]}</span>;
}

function SubNav({ current, user, received }: { current: string; user: SessionUser; received?: number }) {
  const items = [
    { href: '/doorverwijzingen', label: 'Verstuurd' },
    { href: '/doorverwijzingen/ontvangen', label: received ? `Ontvangen (${received} nieuw)` : 'Ontvangen' },
    ...(user.role === 'teamleider' ? [{ href: '/doorverwijzingen/rapport', label: 'Rapport' }, { href: '/doorverwijzingen/instellingen', label: 'Antwoordtermijn' }] : []),
  ];
  return (
    <nav aria-label="Doorverwijzingen">
      <ul class="pager">
        {items.map((i) => (
          <li>
            <a href={i.href} aria-current={i.href === current ? 'page' : undefined}>
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// ---------------------------------------------------------------- lists

function ReferralTable({ caption, rows, side, today }: { caption: string; rows: ReferralListItem[]; side: 'sender' | 'receiver' | 'person'; today: string }) {
  if (rows.length === 0) return <p>Geen.</p>;
  return (
    <table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {side !== 'person' ? <th scope="col">Persoon</th> : null}
          <th scope="col">{side === 'receiver' ? 'Van' : 'Naar'}</th>
          <th scope="col">Status</th>
          <th scope="col">Verstuurd</th>
          <th scope="col">Antwoord vóór</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = personName(r);
          const to = side === 'receiver' ? r.senderOrganizationName : `${r.receiverOrganizationName}${r.serviceName ? `: ${r.serviceName}` : ''}`;
          const visible = r.givenName !== null || side === 'sender' || side === 'person';
          return (
            <tr>
              {side !== 'person' ? <td>{name}</td> : null}
              <td>
                {visible ? (
                  <a href={`/doorverwijzingen/${r.id}`}>
                    {to}
                    <span class="visually-hidden">{side !== 'person' ? `, ${name}` : ''}</span>
                  </a>
                ) : (
                  to
                )}
                {r.external ? ' (per e-maillink)' : ''}
              </td>
              <td>
                <StateTag state={r.state} />
                {r.escalated ? <strong> Termijn ruim voorbij</strong> : r.overdue ? <strong> Te laat</strong> : null}
                {!r.consentActive && r.state !== 'concept' ? <strong> Toestemming ingetrokken</strong> : null}
              </td>
              <td>{r.sentOn ? formatDay(r.sentOn) : 'Nog niet'}</td>
              <td>{r.responseDue && r.state === 'verstuurd' ? `${formatDay(r.responseDue)}${r.responseDue < today ? ' (voorbij)' : ''}` : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function OverdueList({ rows, headingId }: { rows: OverdueReferral[]; headingId: string }) {
  if (rows.length === 0) return null;
  return (
    <section class="notice warn" aria-labelledby={headingId} id="te-laat">
      <h2 id={headingId}>Te laat: nog geen antwoord ({rows.length})</h2>
      <ul>
        {rows.map((o) => (
          <li>
            <strong>
              {o.givenName} {o.familyName}
            </strong>
            : {o.detail}{' '}
            <a href={o.actionPath}>
              {o.actionLabel}
              <span class="visually-hidden">
                : {o.givenName} {o.familyName}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function HandoverList({ items, csrfToken, mode, errors }: { items: HandoverItem[]; csrfToken: string; mode: 'incoming' | 'outgoing' | 'person'; errors?: FieldError[] }) {
  if (items.length === 0) return <p>Geen.</p>;
  return (
    <ul class="results">
      {items.map((h) => (
        <li class="result">
          <p>
            <strong>{h.givenName ? `${h.givenName} ${h.familyName ?? ''}` : 'Een persoon'}</strong>: van {h.fromAccountName ?? 'niemand'} ({h.fromOrganizationName}) naar{' '}
            {h.toAccountName ?? `een medewerker van ${h.toOrganizationName}`}
            {h.betweenOrganizations ? ` (${h.toOrganizationName}; het dossier gaat mee)` : ''}. Voorgesteld op {formatDateTime(h.proposedAt)}
            {h.proposedByName ? ` door ${h.proposedByName}` : ''}.{h.note ? ` "${h.note}"` : ''}
          </p>
          {h.status !== 'voorgesteld' ? (
            <p>
              {h.status === 'geaccepteerd' ? 'Geaccepteerd' : h.status === 'afgewezen' ? 'Afgewezen' : 'Ingetrokken'}
              {h.decidedAt ? ` op ${formatDateTime(h.decidedAt)}` : ''}
              {h.decidedByName ? ` door ${h.decidedByName}` : ''}
              {h.declineReason ? `. Reden: ${h.declineReason}` : ''}.
            </p>
          ) : mode === 'incoming' ? (
            <>
              <p>Zolang je niet accepteert, blijft de huidige contactpersoon het vaste aanspreekpunt.</p>
              <form method="post" action={`/overdrachten/${h.id}/accepteren`} class="inline-form">
                <Csrf token={csrfToken} />
                <button type="submit">
                  Ik word het vaste aanspreekpunt<span class="visually-hidden"> van {h.givenName ?? 'deze persoon'}</span>
                </button>
              </form>
              <details>
                <summary>Afwijzen<span class="visually-hidden"> (overdracht van {h.givenName ?? 'deze persoon'})</span></summary>
                <form method="post" action={`/overdrachten/${h.id}/afwijzen`} novalidate>
                  <Csrf token={csrfToken} />
                  <Input id={`declineReason-${h.id}`} name="declineReason" label="Waarom wijs je de overdracht af?" value="" errors={errors ?? []} />
                  <button type="submit">Overdracht afwijzen</button>
                </form>
              </details>
            </>
          ) : (
            <>
              <p>Wacht op antwoord. De huidige contactpersoon blijft het vaste aanspreekpunt tot de overdracht is geaccepteerd.</p>
              <form method="post" action={`/overdrachten/${h.id}/intrekken`} class="inline-form">
                <Csrf token={csrfToken} />
                <button type="submit" class="link-button">
                  Overdracht intrekken<span class="visually-hidden"> ({h.givenName ?? 'persoon'})</span>
                </button>
              </form>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

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
      <Notice text={props.notice} />
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
      <Notice text={props.notice} />
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

// ---------------------------------------------------------------- send fields (new referral and concept)

function SendFields({ form, errors, check, alreadyVisible }: { form: ReferralForm; errors: FieldError[]; check: { organizationName: string; usesInBeeld: boolean }; alreadyVisible: RecordPart[] }) {
  return (
    <>
      <Group
        id="parts"
        name="parts"
        kind="checkbox"
        legend="Welke gegevens gaan mee?"
        hint="Kies alleen wat de ontvanger nodig heeft voor deze vraag. De basisgegevens gaan altijd mee."
        options={recordParts.map((p) => ({ code: p, name: partLabels[p] }))}
        checked={form.parts}
        errors={errors}
      />
      {alreadyVisible.length ? (
        <p class="hint">
          {check.organizationName} mag door eerdere toestemming al zien: {alreadyVisible.map((p) => partShort[p]).join(', ')}.
        </p>
      ) : null}
      <Group id="consentMethod" name="consentMethod" kind="radio" legend="Hoe gaf de persoon toestemming?" options={options(consentMethods)} checked={[form.consentMethod]} errors={errors} />
      <Check id="consent" name="consent" label={`De persoon gaf toestemming om deze gegevens voor deze doorverwijzing te delen met ${check.organizationName}.`} checked={form.consent === 'ja'} errors={errors} />
      {!check.usesInBeeld ? (
        <Input
          id="externalEmail"
          name="externalEmail"
          type="email"
          label={`E-mailadres van ${check.organizationName}`}
          hint="Deze organisatie werkt niet met InBeeld. Ze krijgt een e-mail zonder persoonsgegevens, met een beveiligde link die 14 dagen werkt. Met die link accepteert ze, wijst ze af of sluit ze af met een uitkomst."
          value={form.externalEmail}
          errors={errors}
          autocomplete="off"
        />
      ) : null}
    </>
  );
}

// ---------------------------------------------------------------- one person's referrals, a new referral, handover, personal link

export interface RechtencheckSummary {
  status: 'ok' | 'expired' | 'deleted' | 'unknown' | 'invalid';
  code: string;
  rows: Array<{ title: string; outcome: string }>;
}

export interface PersonReferralsProps {
  user: SessionUser;
  csrfToken: string;
  personId: string;
  personName: string;
  owned: boolean;
  ended: boolean;
  today: string;
  notice?: string;
  referrals: ReferralListItem[];
  offers: OfferOption[];
  organizations: Option[];
  selected: { serviceId: string; organizationId: string; code: string };
  check: OfferCheck | null;
  rechtencheck: RechtencheckSummary | null;
  form: ReferralForm;
  errors: FieldError[];
  contactPersonName: string | null;
  handovers: HandoverItem[];
  colleagues: Option[];
  handoverOrganizations: Option[];
  handoverForm: HandoverForm | null;
  handoverErrors: FieldError[];
  link: PersonLinkState;
  newLink?: { url: string; expiresAt: string };
  baseUrl: string;
}

const benefitText = { ja: 'Ja, ook zonder uitkering', nee: 'Nee, alleen met een uitkering', onbekend: 'Niet bekend' } as const;

function CheckPanel({ check, rechtencheck }: { check: OfferCheck; rechtencheck: RechtencheckSummary | null }) {
  const s = check.service;
  const h = check.history;
  return (
    <section aria-labelledby="past-kop" id="past">
      <h3 id="past-kop">Kan deze doorverwijzing slagen?</h3>
      <dl class="facts">
        <dt>Naar</dt>
        <dd>
          {check.organizationName}
          {s ? (
            <>
              : <a href={`/aanbod/${s.key}`}>{s.name}</a>
            </>
          ) : null}
        </dd>
        {s ? (
          <>
            <dt>Voorwaarden</dt>
            <dd>{s.eligibility}</dd>
            <dt>Open zonder uitkering</dt>
            <dd>
              <span class={s.openWithoutBenefit === 'ja' ? 'tag ok' : s.openWithoutBenefit === 'nee' ? 'tag no' : 'tag warn'}>{benefitText[s.openWithoutBenefit]}</span> {s.openWithoutBenefitExplanation}
            </dd>
            <dt>Wachttijd of plek</dt>
            <dd>{s.waitTime ?? 'Niet bekend. Vraag het na bij de organisatie.'}</dd>
            <dt>Werkgebied</dt>
            <dd>{s.inArea === null ? 'De gemeente van de persoon is niet bekend.' : s.inArea ? 'Dit aanbod is er in de gemeente van de persoon.' : 'Let op: dit aanbod is er niet in de gemeente van de persoon.'}</dd>
            <dt>Wie beslist</dt>
            <dd>{s.whoDecides}</dd>
            {s.costDescription ? (
              <>
                <dt>Kosten</dt>
                <dd>{s.costDescription}</dd>
              </>
            ) : null}
          </>
        ) : (
          <>
            <dt>Aanbod</dt>
            <dd>Geen specifiek aanbod gekozen. De organisatie kijkt zelf wat past.</dd>
          </>
        )}
        <dt>Eerdere doorverwijzingen (12 maanden)</dt>
        <dd>
          {h.sent === 0
            ? 'Nog geen doorverwijzingen via InBeeld.'
            : `${h.sent} verstuurd, ${h.open} nog open, ${h.successful} met een goede uitkomst. ${h.noCapacity} keer geen plek of een wachtlijst, ${h.notEligible} keer kwam de persoon niet in aanmerking.`}
        </dd>
        <dt>Antwoordtermijn</dt>
        <dd>
          {check.policy.responseWorkingDays} werkdagen. Na {check.policy.escalationWorkingDays} werkdagen zonder antwoord krijg je een signaal om op te volgen.
        </dd>
        <dt>Hoe gaat het naar de organisatie?</dt>
        <dd>{check.usesInBeeld ? 'De organisatie werkt met InBeeld en ziet de doorverwijzing meteen.' : 'De organisatie werkt niet met InBeeld. Ze krijgt een e-mail met een beveiligde link.'}</dd>
      </dl>
      {check.openForPerson > 0 ? (
        <div class="notice warn">
          <p>Deze persoon heeft al {check.openForPerson === 1 ? 'een open doorverwijzing' : `${check.openForPerson} open doorverwijzingen`} naar {check.organizationName}.</p>
        </div>
      ) : null}
      {rechtencheck ? <RechtencheckPanel summary={rechtencheck} /> : null}
    </section>
  );
}

function RechtencheckPanel({ summary }: { summary: RechtencheckSummary }) {
  if (summary.status !== 'ok') {
    const why = { expired: 'is verlopen', deleted: 'is door de persoon verwijderd', unknown: 'kennen we niet', invalid: 'heeft niet de goede vorm', ok: '' }[summary.status];
    return <p>De Rechtencheck-code {summary.code} {why}. Er is geen uitslag te tonen.</p>;
  }
  return (
    <>
      <h4>Rechtencheck van de persoon (code {summary.code})</h4>
      <p>Dit is geen besluit. Het laat zien waar de persoon waarschijnlijk recht op heeft. De gemeente of UWV beslist.</p>
      <DataTable caption="Uitslag van de Rechtencheck" columns={['Regeling', 'Uitkomst']}>
          {summary.rows.map((r) => (
            <tr>
              <td>{r.title}</td>
              <td>{r.outcome}</td>
            </tr>
          ))}
      </DataTable>
    </>
  );
}

export function PersonReferralsPage(p: PersonReferralsProps) {
  const base = `/personen/${p.personId}`;
  const offerOptions = p.offers.map((o) => ({ code: o.serviceKey, name: `${o.organizationName}: ${o.serviceName}` }));
  const orgOptions = p.organizations;
  const hf = p.handoverForm;
  const openHandover = p.handovers.find((h) => h.status === 'voorgesteld');
  const canAct = p.owned && !p.ended;
  return (
    <Layout title={p.errors.length || p.handoverErrors.length ? `Fout: Doorverwijzen: ${p.personName}` : `Doorverwijzen: ${p.personName}`} path="/personen" user={p.user} csrfToken={p.csrfToken}>
      <p>
        <a href={base}>Terug naar het dossier</a>
      </p>
      <h1>Doorverwijzingen van {p.personName}</h1>
      <Notice text={p.notice} />
      {p.newLink ? (
        <div class="notice" role="status">
          <h2>Persoonlijke link gemaakt</h2>
          <p>Geef deze link aan {p.personName}, bijvoorbeeld in een e-mail of op papier. Je ziet de link maar één keer. Hij werkt tot {formatDay(p.newLink.expiresAt)}.</p>
          <p>
            <code id="persoonlijke-link">{p.newLink.url}</code>
          </p>
        </div>
      ) : null}

      <section aria-labelledby="lijst-kop">
        <h2 id="lijst-kop">Doorverwijzingen</h2>
        <ReferralTable caption="Doorverwijzingen van deze persoon" rows={p.referrals} side="person" today={p.today} />
      </section>

      {canAct ? (
        <section aria-labelledby="nieuw-kop" id="nieuw">
          <h2 id="nieuw-kop">Nieuwe doorverwijzing</h2>
          <p>Kies eerst het aanbod of de organisatie. Dan zie je of het kan slagen, voordat je iets verstuurt.</p>
          <form method="get" action={`${base}/doorverwijzingen`} novalidate>
            <Select id="aanbod" name="aanbod" label="Aanbod uit de Wegwijzer" options={offerOptions} value={p.selected.serviceId} errors={p.errors} empty="Kies een aanbod" hint="Alleen aanbod dat er is in de gemeente van de persoon." />
            <Select id="organisatie" name="organisatie" label="Of een organisatie (zonder specifiek aanbod)" options={orgOptions} value={p.selected.organizationId} errors={p.errors} empty="Geen organisatie gekozen" />
            <Input id="code" name="code" label="Rechtencheck-code van de persoon (niet verplicht)" value={p.selected.code} errors={[]} hint="Heeft de persoon de Rechtencheck gedaan en een code gemaakt? Dan zie je de uitslag hieronder." autocomplete="off" />
            <button type="submit" class="secondary">Bekijk of het past</button>
          </form>
          {p.check ? (
            <>
              <CheckPanel check={p.check} rechtencheck={p.rechtencheck} />
              <h3 id="versturen-kop">Doorverwijzing maken</h3>
              <ErrorSummary errors={p.errors} title="Niet verstuurd" />
              <form method="post" action={`${base}/doorverwijzingen`} novalidate aria-labelledby="versturen-kop">
                <Csrf token={p.csrfToken} />
                <input type="hidden" name="serviceId" value={p.check.service?.id ?? ''} />
                <input type="hidden" name="organizationId" value={p.check.organizationId} />
                <input type="hidden" name="code" value={p.selected.code} />
                <Input id="question" name="question" label="Vraag aan de ontvanger" hint="Waar zoekt de persoon hulp bij? Schrijf het zo dat de persoon het zelf ook zo zou zeggen." value={p.form.question} errors={p.errors} multiline />
                <SendFields form={p.form} errors={p.errors} check={p.check} alreadyVisible={p.check.alreadyVisible} />
                <button type="submit" name="actie" value="versturen">
                  Versturen
                </button>{' '}
                <button type="submit" name="actie" value="concept" class="secondary">
                  Bewaren als concept
                </button>
              </form>
            </>
          ) : p.selected.serviceId || p.selected.organizationId ? (
            <p role="status">Kies een aanbod of organisatie uit de lijst.</p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="aanspreekpunt-kop" id="aanspreekpunt">
        <h2 id="aanspreekpunt-kop">Vast aanspreekpunt overdragen</h2>
        <p>{p.contactPersonName ? `Nu is ${p.contactPersonName} het vaste aanspreekpunt.` : 'Er is nu geen vast aanspreekpunt.'} Bij een overdracht blijft het huidige aanspreekpunt tot de nieuwe contactpersoon accepteert. Zo is er altijd iemand.</p>
        {openHandover ? (
          <HandoverList items={[openHandover]} csrfToken={p.csrfToken} mode={p.owned ? 'outgoing' : 'person'} />
        ) : canAct ? (
          <>
            <ErrorSummary errors={p.handoverErrors} title="Niet overgedragen" />
            <form method="post" action={`${base}/aanspreekpunt`} novalidate>
              <Csrf token={p.csrfToken} />
              <input type="hidden" name="soort" value="collega" />
              <h3 id="collega-kop">Aan een collega</h3>
              <Select id="toAccountId" name="toAccountId" label="Nieuwe contactpersoon" options={p.colleagues} value={hf?.soort === 'collega' ? hf.toAccountId : ''} errors={p.handoverErrors} empty="Kies een collega" />
              <Input id="handoverNote" name="handoverNote" label="Toelichting (niet verplicht)" value={hf?.soort === 'collega' ? hf.note : ''} errors={p.handoverErrors} />
              <button type="submit">Overdracht voorstellen</button>
            </form>
            <form method="post" action={`${base}/aanspreekpunt`} novalidate>
              <Csrf token={p.csrfToken} />
              <input type="hidden" name="soort" value="organisatie" />
              <h3 id="organisatie-kop">Aan een andere organisatie</h3>
              <p>Bijvoorbeeld van UWV naar de gemeente na een afgewezen Wajong, of van school naar de gemeente. Als de nieuwe contactpersoon accepteert, gaat het dossier naar die organisatie. Jouw organisatie ziet het dossier daarna niet meer.</p>
              <Select id="toOrganizationId" name="toOrganizationId" label="Nieuwe organisatie" options={p.handoverOrganizations} value={hf?.soort === 'organisatie' ? hf.toOrganizationId : ''} errors={p.handoverErrors} empty="Kies een organisatie" />
              <Group id="handoverParts" name="handoverParts" kind="checkbox" legend="Welke gegevens mag de nieuwe organisatie al zien, voordat ze accepteert?" options={recordParts.map((x) => ({ code: x, name: partLabels[x] }))} checked={hf?.soort === 'organisatie' ? hf.parts : ['basis']} errors={p.handoverErrors} />
              <Group id="handoverConsentMethod" name="handoverConsentMethod" kind="radio" legend="Hoe gaf de persoon toestemming?" options={options(consentMethods)} checked={hf?.soort === 'organisatie' ? [hf.consentMethod] : []} errors={p.handoverErrors} />
              <Check id="handoverConsent" name="handoverConsent" label="De persoon gaf toestemming voor de overdracht en om deze gegevens te delen." checked={hf?.soort === 'organisatie' && hf.consent === 'ja'} errors={p.handoverErrors} />
              <Input id="handoverNoteOrg" name="handoverNote" label="Toelichting (niet verplicht)" value={hf?.soort === 'organisatie' ? hf.note : ''} errors={p.handoverErrors} />
              <button type="submit">Overdracht voorstellen</button>
            </form>
          </>
        ) : null}
        {p.handovers.filter((h) => h.status !== 'voorgesteld').length ? (
          <details>
            <summary>Eerdere overdrachten</summary>
            <HandoverList items={p.handovers.filter((h) => h.status !== 'voorgesteld')} csrfToken={p.csrfToken} mode="person" />
          </details>
        ) : null}
      </section>

      {p.owned ? (
        <section aria-labelledby="link-kop" id="persoonlijke-link-sectie">
          <h2 id="link-kop">Persoonlijke link voor de persoon</h2>
          <p>
            Met een persoonlijke link ziet de persoon zelf waar hij of zij naartoe is verwezen, hoe het ervoor staat en wie het vaste aanspreekpunt is. De persoon kan de link
            zelf uitzetten.
          </p>
          <p>{p.link.active ? `Er is een link die werkt tot ${formatDay(p.link.expiresAt!)}.` : 'Er is nu geen werkende link.'}</p>
          {!p.ended ? (
            <form method="post" action={`${base}/persoonlijke-link`} class="inline-form">
              <Csrf token={p.csrfToken} />
              <button type="submit" class="secondary">
                {p.link.active ? 'Nieuwe link maken (de oude stopt)' : 'Link maken'}
              </button>
            </form>
          ) : null}{' '}
          {p.link.active ? (
            <form method="post" action={`${base}/persoonlijke-link/uitzetten`} class="inline-form">
              <Csrf token={p.csrfToken} />
              <button type="submit" class="secondary">
                Link uitzetten
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}

// ---------------------------------------------------------------- one referral

function ActionForms({ d, csrfToken, errors, form, organizations }: { d: ReferralDetail; csrfToken: string; errors: FieldError[]; form: ActionForm | null; organizations: Option[] }) {
  const role: ReferralRole = d.role;
  const actions = availableActions(d.state, role).filter((a) => a !== 'versturen');
  // Without consent the receiver cannot act; the sender can still withdraw.
  const allowed = role === 'receiver' && !d.consentActive ? [] : actions;
  if (allowed.length === 0) return null;
  const mine = (a: ReferralAction) => form?.actie === a;
  return (
    <section aria-labelledby="acties-kop" id="acties">
      <h2 id="acties-kop">Wat wil je doen?</h2>
      {allowed.map((a) => {
        const rule = rules[a];
        const errs = mine(a) ? errors : [];
        const id = (f: string) => `${f}-${a}`;
        if (!rule.reasons && !rule.outcome) {
          return (
            <form method="post" action={`/doorverwijzingen/${d.id}/actie`} class="inline-form">
              <Csrf token={csrfToken} />
              <input type="hidden" name="actie" value={a} />
              <button type="submit">{actionLabels[a]}</button>{' '}
            </form>
          );
        }
        return (
          <div class="form-field">
          <details open={mine(a) && errors.length > 0}>
            <summary>{actionLabels[a]}</summary>
            <form method="post" action={`/doorverwijzingen/${d.id}/actie`} novalidate>
              <Csrf token={csrfToken} />
              <input type="hidden" name="actie" value={a} />
              {rule.reasons ? (
                <Select id={id('reason')} name="reason" label="Reden" options={options(reasons, rule.reasons)} value={mine(a) ? form!.reason : ''} errors={errs} empty="Kies een reden" />
              ) : null}
              {rule.outcome ? (
                <>
                  <Select id={id('outcome')} name="outcome" label="Uitkomst" options={options(outcomes)} value={mine(a) ? form!.outcome : ''} errors={errs} empty="Kies de uitkomst" />
                  <Select
                    id={id('followUp')}
                    name="followUpOrganizationId"
                    label="Doorverwezen naar (alleen bij de uitkomst “Doorverwezen naar een andere organisatie”)"
                    hint="De verwijzer krijgt een concept-doorverwijzing naar deze organisatie en vraagt de persoon om toestemming. Zo blijft de keten van overdrachten zichtbaar."
                    options={organizations}
                    value={mine(a) ? form!.followUpOrganizationId : ''}
                    errors={errs}
                    empty="Geen"
                  />
                </>
              ) : null}
              <Input id={id('note')} name="note" label={rule.reasons ? 'Toelichting (verplicht bij “Anders”)' : 'Toelichting (niet verplicht)'} value={mine(a) ? form!.note : ''} errors={errs} multiline />
              <button type="submit">{actionLabels[a]}</button>
            </form>
          </details>
          </div>
        );
      })}
    </section>
  );
}

const roleLabel: Record<ReferralRole, string> = { sender: 'verwijzer', receiver: 'ontvanger', external: 'ontvanger via e-maillink' };

export function DetailPage(props: {
  user: SessionUser;
  csrfToken: string;
  d: ReferralDetail;
  errors: FieldError[];
  actionForm: ActionForm | null;
  sendForm: ReferralForm;
  sendCheck: { organizationName: string; usesInBeeld: boolean; alreadyVisible: RecordPart[] } | null;
  organizations: Option[];
  notice?: string;
}) {
  const { d } = props;
  const title = d.role === 'sender' ? `Doorverwijzing naar ${d.receiverOrganizationName}` : `Doorverwijzing van ${d.senderOrganizationName}`;
  const name = d.person ? `${d.person.givenName} ${d.person.familyName}` : 'Niet zichtbaar';
  return (
    <Layout title={props.errors.length ? `Fout: ${title}` : title} path="/doorverwijzingen" user={props.user} csrfToken={props.csrfToken}>
      <p>
        <a href={d.role === 'sender' ? '/doorverwijzingen' : '/doorverwijzingen/ontvangen'}>{d.role === 'sender' ? 'Terug naar verstuurde doorverwijzingen' : 'Terug naar ontvangen doorverwijzingen'}</a>
      </p>
      <h1>{title}</h1>
      <Notice text={props.notice} />
      {!d.consentActive && d.state !== 'concept' ? (
        <div class="notice warn" role="status" id="toestemming-ingetrokken">
          <p>
            <strong>Toestemming ingetrokken.</strong> {d.receiverOrganizationName} kan deze doorverwijzing en het dossier niet meer zien
            {d.consentWithdrawnAt ? ` (sinds ${formatDateTime(d.consentWithdrawnAt)})` : ''}.
            {['afgewezen', 'afgerond', 'niet_gelukt', 'ingetrokken'].includes(d.state) ? '' : ' Trek de doorverwijzing in, of vraag de persoon opnieuw om toestemming.'}
          </p>
        </div>
      ) : null}
      {d.escalated ? (
        <div class="notice warn" role="status">
          <p>De termijn om te antwoorden is ruim voorbij (sinds {formatDay(d.escalationDue!)}). Neem contact op met {d.receiverOrganizationName}, of verwijs door naar een ander aanbod.</p>
        </div>
      ) : d.overdue ? (
        <div class="notice warn" role="status">
          <p>{d.role === 'sender' ? `${d.receiverOrganizationName} heeft nog niet geantwoord. De termijn liep af op ${formatDay(d.responseDue!)}.` : `Je bent te laat met antwoorden. De termijn liep af op ${formatDay(d.responseDue!)}.`}</p>
        </div>
      ) : null}
      <p>
        Status: <StateTag state={d.state} /> <span class="hint">(FHIR Task: {fhirTaskStatus[d.state]})</span>
      </p>
      <dl class="facts">
        <dt>Persoon</dt>
        <dd>{d.person ? <a href={`/personen/${d.personId}`}>{name}</a> : name}</dd>
        <dt>Van</dt>
        <dd>
          {d.senderOrganizationName}
          {d.senderAccountName ? `, ${d.senderAccountName}` : ''}
        </dd>
        <dt>Naar</dt>
        <dd>
          {d.receiverOrganizationName}
          {d.serviceName ? (
            <>
              : {d.serviceKey ? <a href={`/aanbod/${d.serviceKey}`}>{d.serviceName}</a> : d.serviceName}
            </>
          ) : null}
          {d.external ? ' (werkt niet met InBeeld: antwoordt via een beveiligde e-maillink)' : ''}
        </dd>
        <dt>Vraag</dt>
        <dd>{d.question}</dd>
        <dt>Gegevens die meegaan</dt>
        <dd>{d.parts.map((x) => partShort[x]).join(', ')}</dd>
        <dt>Verstuurd</dt>
        <dd>{d.sentAt ? formatDateTime(d.sentAt) : 'Nog niet'}</dd>
        {d.responseDue ? (
          <>
            <dt>Antwoord vóór</dt>
            <dd>
              {formatDay(d.responseDue)} (escalatie na {formatDay(d.escalationDue!)})
              {d.respondedAt ? `. Beantwoord op ${formatDateTime(d.respondedAt)}` : ''}
            </dd>
          </>
        ) : null}
        {d.reason ? (
          <>
            <dt>Reden</dt>
            <dd>
              {reasons[d.reason]}
              {d.reasonNote ? `: ${d.reasonNote}` : ''}
            </dd>
          </>
        ) : null}
        {d.outcome ? (
          <>
            <dt>Uitkomst</dt>
            <dd>{outcomes[d.outcome]}</dd>
          </>
        ) : null}
        {d.previous ? (
          <>
            <dt>Kwam voort uit</dt>
            <dd>
              <a href={`/doorverwijzingen/${d.previous.id}`}>
                doorverwijzing naar {d.previous.receiverName}
                {d.previous.serviceName ? `: ${d.previous.serviceName}` : ''}
              </a>{' '}
              ({stateLabels[d.previous.state]})
            </dd>
          </>
        ) : null}
        {d.followUp ? (
          <>
            <dt>Vervolg</dt>
            <dd>
              <a href={`/doorverwijzingen/${d.followUp.id}`}>doorverwijzing naar {d.followUp.receiverName}</a> ({stateLabels[d.followUp.state]})
            </dd>
          </>
        ) : null}
      </dl>
      {d.external && d.role === 'sender' ? (
        <section aria-labelledby="link-kop">
          <h2 id="link-kop">Beveiligde e-maillink</h2>
          <p>
            {d.receiverOrganizationName} werkt niet met InBeeld. De link ging naar {d.externalEmail ?? 'het opgegeven adres'}
            {d.linkExpiresAt ? ` en werkt tot ${formatDateTime(d.linkExpiresAt)}` : ''}.
          </p>
          {['verstuurd', 'geaccepteerd', 'in_behandeling', 'gepauzeerd'].includes(d.state) && d.consentActive ? (
            <form method="post" action={`/doorverwijzingen/${d.id}/nieuwe-link`}>
              <Csrf token={props.csrfToken} />
              <button type="submit" class="secondary">
                Stuur een nieuwe link
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
      {d.role === 'receiver' && d.person ? (
        <section aria-labelledby="persoon-kop">
          <h2 id="persoon-kop">Over {d.person.givenName}</h2>
          <dl class="facts">
            <dt>Geboortejaar</dt>
            <dd>{d.person.birthYear ?? 'Niet bekend'}</dd>
            <dt>E-mail</dt>
            <dd>{d.person.email ?? 'Niet bekend'}</dd>
            <dt>Telefoon</dt>
            <dd>{d.person.phone ?? 'Niet bekend'}</dd>
            {d.person.story ? (
              <>
                <dt>Verhaal</dt>
                <dd>{d.person.story}</dd>
              </>
            ) : null}
          </dl>
          <p>
            <a href={`/personen/${d.personId}`}>Open wat je van het dossier mag zien</a>
          </p>
        </section>
      ) : null}
      {d.state === 'concept' && d.role === 'sender' && props.sendCheck ? (
        <section aria-labelledby="versturen-kop">
          <h2 id="versturen-kop">Versturen</h2>
          <ErrorSummary errors={props.actionForm ? [] : props.errors} title="Niet verstuurd" />
          <form method="post" action={`/doorverwijzingen/${d.id}/versturen`} novalidate>
            <Csrf token={props.csrfToken} />
            <SendFields form={props.sendForm} errors={props.actionForm ? [] : props.errors} check={props.sendCheck} alreadyVisible={props.sendCheck.alreadyVisible} />
            <button type="submit">Versturen</button>
          </form>
        </section>
      ) : null}
      {props.actionForm ? <ErrorSummary errors={props.errors} title="Niet gewijzigd" /> : null}
      <ActionForms d={d} csrfToken={props.csrfToken} errors={props.errors} form={props.actionForm} organizations={props.organizations} />
      <section aria-labelledby="geschiedenis-kop">
        <h2 id="geschiedenis-kop">Geschiedenis</h2>
        <DataTable caption="Geschiedenis van de doorverwijzing" columns={['Wanneer', 'Wie', 'Wat']}>
            {d.events.map((e) => (
              <tr>
                <td>{formatDateTime(e.occurredAt)}</td>
                <td>
                  {e.accountName ?? e.organizationName ?? ''}
                  {e.accountName && e.organizationName ? ` (${e.organizationName})` : ''} als {roleLabel[e.role]}
                </td>
                <td>
                  {e.action === 'aanmaken' ? 'Aangemaakt als concept' : `${actionLabels[e.action as ReferralAction] ?? e.action}: ${stateLabels[e.toState]}`}
                  {e.reason ? `. Reden: ${reasons[e.reason]}` : ''}
                  {e.outcome ? `. Uitkomst: ${outcomes[e.outcome]}` : ''}
                  {e.reasonNote ? `. "${e.reasonNote}"` : ''}
                </td>
              </tr>
            ))}
        </DataTable>
      </section>
    </Layout>
  );
}

// ---------------------------------------------------------------- response times

export function PolicyPage(props: { user: SessionUser; csrfToken: string; policy: ReferralPolicy; form: PolicyForm | null; errors: FieldError[]; notice?: string }) {
  const values = props.form ?? { responseWorkingDays: String(props.policy.responseWorkingDays), escalationWorkingDays: String(props.policy.escalationWorkingDays) };
  return (
    <Layout title={props.errors.length ? 'Fout: Antwoordtermijn' : 'Antwoordtermijn'} path="/doorverwijzingen" user={props.user} csrfToken={props.csrfToken}>
      <h1>Antwoordtermijn voor doorverwijzingen</h1>
      <SubNav current="/doorverwijzingen/instellingen" user={props.user} />
      <Notice text={props.notice} />
      <p>
        Binnen hoeveel werkdagen antwoordt jullie organisatie op een doorverwijzing? Daarna ziet de verwijzer een signaal. Na de escalatietermijn staat erbij dat de termijn ruim
        voorbij is. {props.policy.custom ? '' : 'Jullie gebruiken nu de standaard: 5 en 10 werkdagen.'}
      </p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/doorverwijzingen/instellingen" novalidate>
        <Csrf token={props.csrfToken} />
        <Input id="responseWorkingDays" name="responseWorkingDays" type="number" label="Antwoorden binnen (werkdagen)" value={values.responseWorkingDays} errors={props.errors} />
        <Input id="escalationWorkingDays" name="escalationWorkingDays" type="number" label="Escaleren na (werkdagen)" value={values.escalationWorkingDays} errors={props.errors} />
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
    <Layout title="Rapport doorverwijzingen" path="/doorverwijzingen" user={props.user} csrfToken={props.csrfToken}>
      <h1>Rapport doorverwijzingen</h1>
      {props.user.role === 'teamleider' ? <SubNav current="/doorverwijzingen/rapport" user={props.user} /> : null}
      <p>Aantallen, zonder namen: doorverwijzingen die jullie organisatie verstuurde of ontving, verstuurd in de gekozen periode. Aantallen kleiner dan 5 zijn verborgen (·), en soms ook een ander aantal. Meer cijfers staan in de <a href="/monitor#doorverwijzingen">monitor</a>.</p>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/doorverwijzingen/rapport" class="search-form" novalidate>
        <div class="row">
          <Input id="van" name="van" label="Van (JJJJ-MM-DD)" value={props.from} errors={props.errors} />
          <Input id="tot" name="tot" label="Tot en met (JJJJ-MM-DD)" value={props.to} errors={props.errors} />
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
  if (rows.length === 0) return <p>Geen.</p>;
  return (
    <table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Organisatie en aanbod</th>
          <th scope="col">{head}</th>
          <th scope="col">Aantal</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td>{r.where}</td>
            <td>{r.what}</td>
            <td>{r.count === null ? <>·<span class="visually-hidden"> verborgen</span></> : r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// ---------------------------------------------------------------- external receiver (e-mailed link)

export function ExternalPage(props: { csrfToken: string; token: string; view: ExternalView; errors: FieldError[]; form: ActionForm | null; organizations: Option[]; notice?: string }) {
  const v = props.view;
  const actions = availableActions(v.state, 'external');
  const mine = (a: string) => props.form?.actie === a;
  const errs = (a: string) => (mine(a) ? props.errors : []);
  return (
    <Layout title={props.errors.length ? 'Fout: Doorverwijzing' : 'Doorverwijzing via InBeeld'} path="/overdracht/extern">
      <h1>Doorverwijzing van {v.senderOrganizationName}</h1>
      <Notice text={props.notice} />
      <p>
        {v.senderOrganizationName} verwijst iemand door naar {v.receiverOrganizationName}
        {v.serviceName ? ` (${v.serviceName})` : ''}. U ziet hier alleen wat nodig is om te antwoorden. Deze link werkt tot {formatDateTime(v.expiresAt)}.
      </p>
      <dl class="facts">
        {v.givenName !== null ? (
          <>
            <dt>Voornaam</dt>
            <dd>{v.givenName}</dd>
            <dt>Vraag</dt>
            <dd>{v.question}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>
          <StateTag state={v.state} />
          {v.outcome ? ` Uitkomst: ${outcomes[v.outcome]}.` : ''}
          {v.reason ? ` Reden: ${reasons[v.reason]}.` : ''}
        </dd>
        {v.responseDue && v.state === 'verstuurd' ? (
          <>
            <dt>Graag antwoord vóór</dt>
            <dd>{formatDay(v.responseDue)}</dd>
          </>
        ) : null}
      </dl>
      {v.givenName === null ? (
        <p>Deze doorverwijzing is afgesloten. Daarom ziet u de voornaam en de vraag hier niet meer.</p>
      ) : (
        <p>Na uw antwoord neemt {v.senderOrganizationName} contact op met u en de persoon over de verdere gegevens.</p>
      )}
      {actions.length ? <h2>Uw antwoord</h2> : <p>Er is niets meer te doen. Dank u wel.</p>}
      <ErrorSummary errors={props.errors} title="Niet opgeslagen" />
      {actions.map((a) => {
        const rule = rules[a];
        const id = (f: string) => `${f}-${a}`;
        return (
          <section aria-labelledby={`kop-${a}`}>
            <h3 id={`kop-${a}`}>{actionLabels[a]}</h3>
            <form method="post" action="/overdracht/extern" novalidate>
              <Csrf token={props.csrfToken} />
              <input type="hidden" name="sleutel" value={props.token} />
              <input type="hidden" name="actie" value={a} />
              {rule.reasons ? <Select id={id('reason')} name="reason" label="Reden" options={options(reasons, rule.reasons)} value={mine(a) ? props.form!.reason : ''} errors={errs(a)} empty="Kies een reden" /> : null}
              {rule.outcome ? (
                <>
                  <Select id={id('outcome')} name="outcome" label="Uitkomst" options={options(outcomes)} value={mine(a) ? props.form!.outcome : ''} errors={errs(a)} empty="Kies de uitkomst" />
                  <Select id={id('followUp')} name="followUpOrganizationId" label="Doorverwezen naar (alleen bij die uitkomst)" options={props.organizations} value={mine(a) ? props.form!.followUpOrganizationId : ''} errors={errs(a)} empty="Geen" />
                </>
              ) : null}
              {rule.reasons || rule.outcome ? <Input id={id('note')} name="note" label="Toelichting (verplicht bij “Anders”)" value={mine(a) ? props.form!.note : ''} errors={errs(a)} multiline /> : null}
              <button type="submit">{actionLabels[a]}</button>
            </form>
          </section>
        );
      })}
    </Layout>
  );
}

export function MessagePage(props: { title: string; message: string; path: string; children?: ComponentChildren }) {
  return (
    <Layout title={props.title} path={props.path}>
      <h1>{props.title}</h1>
      <div class="notice" role="status">
        <p>{props.message}</p>
      </div>
      {props.children}
    </Layout>
  );
}

// ---------------------------------------------------------------- the person's own page

export function PersonOverviewPage(props: { csrfToken: string; token: string; o: PersonOverview; work?: ComponentChildren }) {
  const { o } = props;
  return (
    <Layout title="Mijn doorverwijzingen" path="/mijn-doorverwijzingen">
      <h1>Hallo {o.givenName}</h1>
      <p class="lead">Hier zie je waar je naartoe bent verwezen, hoe het ervoor staat en wie je vaste contactpersoon is.</p>
      <h2>Je vaste contactpersoon</h2>
      <p>
        {o.contactPersonName
          ? `${o.contactPersonName}${o.contactPersonOrganizationName ? ` van ${o.contactPersonOrganizationName}` : ''} is je vaste contactpersoon. Heb je een vraag? Neem contact op met deze persoon.`
          : `Je hebt nu nog geen vaste contactpersoon. ${o.ownerOrganizationName} zoekt iemand voor je.`}
      </p>
      {o.pendingHandover ? <p>Er komt misschien een nieuwe contactpersoon, van {o.pendingHandover.toOrganizationName}. Tot die ja zegt, blijft je contactpersoon dezelfde.</p> : null}
      <h2>Waar ben je naartoe verwezen?</h2>
      {o.referrals.length === 0 ? <p>Je bent nog nergens naartoe verwezen.</p> : null}
      <ul>
        {o.referrals.map((r) => (
          <li>
            <strong>
              {r.organizationName}
              {r.serviceName ? `: ${r.serviceName}` : ''}
            </strong>
            . {stateForPerson(r.state, r.organizationName, r.outcome)}
            {r.sentOn ? ` Aangemeld op ${formatDay(r.sentOn)}.` : ''}
          </li>
        ))}
      </ul>
      {props.work}
      <h2>Deze pagina uitzetten</h2>
      <p>Deze link werkt tot {formatDay(o.expiresAt)}. Wil je niet dat iemand anders deze pagina kan zien? Zet de link dan uit. Je contactpersoon kan je een nieuwe link geven.</p>
      <form method="post" action="/mijn-doorverwijzingen/uitzetten">
        <Csrf token={props.csrfToken} />
        <input type="hidden" name="sleutel" value={props.token} />
        <button type="submit" class="secondary">
          Zet deze link uit
        </button>
      </form>
    </Layout>
  );
}
