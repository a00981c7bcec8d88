// One person's referrals: the check before sending, a new referral, the
// handover of the contact person and the person's own link.
import { recordParts } from '../../db/persons.ts';
import type { HandoverItem, OfferCheck, OfferOption, PersonLinkState, ReferralListItem } from '../../db/referrals/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Alert, Checkbox, ChoiceGroup, Csrf, DataTable, ErrorSummary, type Option, Select, StatusTag, Textarea, TextInput } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { Layout } from '../../web/layout.tsx';
import { formatDay } from '../personen/views.tsx';
import { HandoverList, ReferralTable } from './lists.tsx';
import { options, SendFields } from './pieces.tsx';
import { consentMethods, type HandoverForm, partLabels, type ReferralForm } from './service.ts';

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
              <StatusTag tone={s.openWithoutBenefit === 'ja' ? 'ok' : s.openWithoutBenefit === 'nee' ? 'danger' : 'warning'}>{benefitText[s.openWithoutBenefit]}</StatusTag> {s.openWithoutBenefitExplanation}
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
      {p.notice ? <Alert live>{p.notice}</Alert> : null}
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
            <TextInput id="code" name="code" label="Rechtencheck-code van de persoon (niet verplicht)" value={p.selected.code} errors={[]} hint="Heeft de persoon de Rechtencheck gedaan en een code gemaakt? Dan zie je de uitslag hieronder." autocomplete="off" />
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
                <Textarea id="question" name="question" label="Vraag aan de ontvanger" hint="Waar zoekt de persoon hulp bij? Schrijf het zo dat de persoon het zelf ook zo zou zeggen." value={p.form.question} errors={p.errors} rows={4} />
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
              <TextInput id="handoverNote" name="handoverNote" label="Toelichting (niet verplicht)" value={hf?.soort === 'collega' ? hf.note : ''} errors={p.handoverErrors} />
              <button type="submit">Overdracht voorstellen</button>
            </form>
            <form method="post" action={`${base}/aanspreekpunt`} novalidate>
              <Csrf token={p.csrfToken} />
              <input type="hidden" name="soort" value="organisatie" />
              <h3 id="organisatie-kop">Aan een andere organisatie</h3>
              <p>Bijvoorbeeld van UWV naar de gemeente na een afgewezen Wajong, of van school naar de gemeente. Als de nieuwe contactpersoon accepteert, gaat het dossier naar die organisatie. Jouw organisatie ziet het dossier daarna niet meer.</p>
              <Select id="toOrganizationId" name="toOrganizationId" label="Nieuwe organisatie" options={p.handoverOrganizations} value={hf?.soort === 'organisatie' ? hf.toOrganizationId : ''} errors={p.handoverErrors} empty="Kies een organisatie" />
              <ChoiceGroup id="handoverParts" name="handoverParts" kind="checkbox" legend="Welke gegevens mag de nieuwe organisatie al zien, voordat ze accepteert?" options={recordParts.map((x) => ({ code: x, name: partLabels[x] }))} checked={hf?.soort === 'organisatie' ? hf.parts : ['basis']} errors={p.handoverErrors} />
              <ChoiceGroup id="handoverConsentMethod" name="handoverConsentMethod" kind="radio" legend="Hoe gaf de persoon toestemming?" options={options(consentMethods)} checked={hf?.soort === 'organisatie' ? [hf.consentMethod] : []} errors={p.handoverErrors} />
              <Checkbox id="handoverConsent" name="handoverConsent" label="De persoon gaf toestemming voor de overdracht en om deze gegevens te delen." checked={hf?.soort === 'organisatie' && hf.consent === 'ja'} errors={p.handoverErrors} />
              <TextInput id="handoverNoteOrg" name="handoverNote" label="Toelichting (niet verplicht)" value={hf?.soort === 'organisatie' ? hf.note : ''} errors={p.handoverErrors} />
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
