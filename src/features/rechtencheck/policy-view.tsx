// The page where a gemeente records its Rechtencheck policy: the open terms of
// national law, the date from which they hold, and every earlier version.
import type { PolicyRecord } from '../../db/rechtencheck-policy.ts';
import type { GemeenteRecord } from '../../db/reference.ts';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { formatDate } from './texts.ts';

export const POLICY_PATH = '/beheer/rechtencheck-beleid';

/** The yes/no/unknown terms, with the question a beleidsmedewerker answers and the law it fills in. */
export const POLICY_TERMS = [
  {
    name: 'jobcoachingWithoutBenefit',
    legend: 'Geeft de gemeente jobcoaching aan mensen zonder uitkering?',
    hint: 'Participatiewet art. 10 lid 1 en art. 8a lid 2 onder e: sinds 1 juli 2023 moet de verordening dit regelen voor iedereen die de gemeente ondersteunt. Een “nee” neemt de aanspraak niet weg; de Rechtencheck zegt dat erbij.',
  },
  {
    name: 'werkvoorzieningenWithoutBenefit',
    legend: 'Geeft de gemeente werkvoorzieningen aan mensen zonder uitkering?',
    hint: 'Participatiewet art. 10 lid 1 en art. 8a lid 2 onder f (vervoer, tolk, meeneembare voorzieningen).',
  },
  {
    name: 'proefplaatsingWithoutBenefit',
    legend: 'Biedt de gemeente een proefplaats aan mensen zonder uitkering?',
    hint: 'De wet regelt de proefplaats alleen met behoud van bijstand (art. 8a lid 2 onder d). Zonder uitkering is het beleid van de gemeente.',
  },
  {
    name: 'beschutWerkPlaces',
    legend: 'Heeft de gemeente nog plekken beschut werk?',
    hint: 'Participatiewet art. 10b: de plicht stopt pas als de gemeente haar aantal plekken heeft gehaald.',
  },
  {
    name: 'praktijkroute',
    legend: 'Doet de gemeente loonwaardemetingen voor de praktijkroute?',
    hint: 'Wet financiering sociale verzekeringen art. 38b lid 1 onder a: toegang tot het doelgroepregister na een meting op de werkplek.',
  },
] as const;

const ANSWERS = [
  { code: 'ja', name: 'Ja' },
  { code: 'nee', name: 'Nee' },
  { code: 'onbekend', name: 'Nog niet vastgesteld' },
];

const yesNo = (value: string) => (value === 'ja' ? 'ja' : value === 'nee' ? 'nee' : 'niet vastgesteld');

export interface PolicyPageProps {
  ctx: ViewContext;
  gemeente: GemeenteRecord | null;
  /** For a functioneel beheerder without a gemeente: the gemeenten to choose from. */
  choose?: GemeenteRecord[];
  history: PolicyRecord[];
  values: Record<string, string>;
  errors: FieldError[];
  saved?: boolean;
}

export function PolicyPage(p: PolicyPageProps) {
  const name = p.gemeente?.name ?? '';
  const title = p.gemeente ? `Beleid voor de Rechtencheck: gemeente ${name}` : 'Beleid voor de Rechtencheck';
  return (
    <Layout title={p.errors.length ? `Fout: ${title}` : title} path={POLICY_PATH} user={p.ctx.user} csrfToken={p.ctx.csrfToken}>
      <h1>{title}</h1>
      {p.saved ? (
        <div class="notice" role="status">
          <p>Het beleid is opgeslagen als nieuwe versie. De Rechtencheck gebruikt het vanaf de datum die je koos.</p>
        </div>
      ) : null}
      <p class="lead">
        De wet laat ruimte die de gemeente zelf invult in haar re-integratieverordening (Participatiewet art. 8a). Leg hier vast
        wat jouw gemeente doet. De Rechtencheck zegt het dan tegen inwoners: “Gemeente {name || '…'} heeft vastgelegd dat …, sinds …”.
        Zonder vastgelegd beleid zegt de Rechtencheck wat de wet zegt en wat je de gemeente kunt vragen.
      </p>
      {p.choose ? (
        <form method="get" action={POLICY_PATH}>
          <SelectField name="gemeente" label="Gemeente" options={p.choose.map((g) => ({ code: g.code, name: g.name }))} value={p.gemeente?.code ?? ''} errors={[]} empty="Kies een gemeente" />
          <p>
            <button type="submit" class="secondary">
              Toon deze gemeente
            </button>
          </p>
        </form>
      ) : null}
      {p.gemeente ? (
        <>
          <h2>Nieuwe versie vastleggen</h2>
          <ErrorSummary errors={p.errors} />
          <form method="post" action={POLICY_PATH} novalidate>
            <input type="hidden" name="_csrf" value={p.ctx.csrfToken ?? ''} />
            <input type="hidden" name="gemeente" value={p.gemeente.code} />
            <TextField name="validFrom" label="Geldt vanaf" type="date" hint="De datum waarop dit beleid ingaat, bijvoorbeeld 2027-01-01. Eerdere versies blijven bewaard." values={p.values} errors={p.errors} />
            {POLICY_TERMS.map((term) => (
              <Choices kind="radio" name={term.name} legend={term.legend} hint={term.hint} options={ANSWERS} checked={[p.values[term.name] ?? '']} errors={p.errors} />
            ))}
            <TextField name="jobcoachingMaxYears" label="Hoeveel jaar jobcoaching hoogstens (volgens de verordening)?" hint="Een getal van 1 tot en met 10. Laat leeg als de verordening geen grens noemt." values={p.values} errors={p.errors} />
            <TextField name="policyUrl" label="Link naar de verordening of het beleid" type="url" hint="Begint met https://, bijvoorbeeld een link naar lokaleregelgeving.overheid.nl." values={p.values} errors={p.errors} />
            <TextField name="contactUrl" label="Link naar de pagina om hulp bij werk te vragen" type="url" hint="Begint met https://." values={p.values} errors={p.errors} />
            <p>
              <button type="submit">Leg deze versie vast</button>
            </p>
          </form>
          <h2>Alle versies</h2>
          {p.history.length ? (
            <DataTable caption={`Vastgelegd beleid van gemeente ${name}, nieuwste eerst`} columns={['Geldt vanaf', 'Jobcoaching', 'Voorzieningen', 'Proefplaats', 'Beschut werk', 'Praktijkroute', 'Vastgelegd door']}>
              {p.history.map((r) => (
                <tr>
                  <td>{formatDate(r.validFrom)}</td>
                  <td>{yesNo(r.jobcoachingWithoutBenefit)}{r.jobcoachingMaxYears ? ` (hoogstens ${r.jobcoachingMaxYears} jaar)` : ''}</td>
                  <td>{yesNo(r.werkvoorzieningenWithoutBenefit)}</td>
                  <td>{yesNo(r.proefplaatsingWithoutBenefit)}</td>
                  <td>{yesNo(r.beschutWerkPlaces)}</td>
                  <td>{yesNo(r.praktijkroute)}</td>
                  <td>{r.recordedByName}, {formatDate(r.recordedAt)}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <p>Gemeente {name} heeft nog niets vastgelegd. De Rechtencheck gebruikt nu de landelijke standaard.</p>
          )}
        </>
      ) : null}
    </Layout>
  );
}
