// The business case (MKBA) calculator for teamleiders and beleidsmedewerkers,
// and the parameter page for functioneel-beheerders. See docs/monitor.md.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { addMkbaParameter, mkbaParameters, mkbaStartCounts } from '../../db/monitor/mkba.ts';
import { scopeFor } from '../../db/monitor/scope.ts';
import { computeMkba, inForce, type MkbaInput, type MkbaParameter, type MkbaResult } from '../../domain/mkba.ts';
import { isIsoDay } from '../../domain/monitor/period.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';

const hide = { schema: { hide: true } };
const today = () => new Date().toISOString().slice(0, 10);
const euro = (n: number) => `€ ${Math.round(n).toLocaleString('nl-NL')}`;

const fields: Array<{ key: keyof MkbaInput; label: string; hint?: string; max: number }> = [
  { key: 'peopleInView', label: 'Mensen in beeld in een jaar', max: 1_000_000 },
  { key: 'placementsWithLks', label: 'Plaatsingen in werk met loonkostensubsidie per jaar', hint: 'Standaard: huidige plannen met als doel werk met loonkostensubsidie (plaatsingen komen later uit Nazorg).', max: 100_000 },
  { key: 'placementsWithoutLks', label: 'Plaatsingen in werk zonder loonkostensubsidie per jaar', max: 100_000 },
  { key: 'durability12', label: 'Deel dat na 12 maanden nog werkt (0 tot 1)', hint: 'Bijvoorbeeld 0,8 voor 80 procent.', max: 1 },
  { key: 'consulentHoursPerPerson', label: 'Uren van een consulent per persoon per jaar', max: 2000 },
  { key: 'hourlyRate', label: 'Kosten per uur van een consulent (euro)', max: 1000 },
  { key: 'jobcoachCostPerPlacement', label: 'Kosten van jobcoaching per plaatsing (euro)', max: 1_000_000 },
  { key: 'lksCostPerPlacement', label: 'Loonkostensubsidie per plaatsing per jaar (euro)', max: 1_000_000 },
  { key: 'bijstandAvoidedPerPlacement', label: 'Bijstand die niet nodig is per plaatsing per jaar (euro)', hint: 'Voor nuggers meestal 0: zij hebben geen uitkering.', max: 1_000_000 },
];

function readInput(q: Record<string, unknown>, defaults: MkbaInput): { values: Record<string, string>; input: MkbaInput | null; errors: FieldError[] } {
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  const input = { ...defaults };
  for (const f of fields) {
    const raw = typeof q[f.key] === 'string' ? String(q[f.key]).trim().slice(0, 20) : '';
    values[f.key] = raw || String(defaults[f.key]).replace('.', ',');
    if (!raw) continue;
    const n = Number(raw.replace(/\./g, '').replace(',', '.'));
    if (!Number.isFinite(n) || n < 0 || n > f.max) errors.push({ field: f.key, message: `${f.label}: vul een getal in van 0 tot en met ${f.max.toLocaleString('nl-NL')}.` });
    else input[f.key] = n;
  }
  return { values, input: errors.length ? null : input, errors };
}

function Lines({ caption, lines }: { caption: string; lines: Array<{ label: string; amount: number; basis: string }> }) {
  return (
    <DataTable caption={caption} columns={['Post', 'Bedrag per jaar', 'Hoe berekend']}>
      {lines.map((l) => (
        <tr>
          <th scope="row">{l.label}</th>
          <td>{euro(l.amount)}</td>
          <td>{l.basis}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function CalculatorPage(props: { user: SessionUser; csrfToken: string; scopeName: string; values: Record<string, string>; errors: FieldError[]; result: MkbaResult | null; parameters: MkbaParameter[] }) {
  const r = props.result;
  return (
    <Layout title="Businesscase" path="/monitor/businesscase" user={props.user} csrfToken={props.csrfToken}>
      <h1>Businesscase: {props.scopeName}</h1>
      <p>Wat kost de ondersteuning van mensen zonder uitkering per jaar, en wat levert het op? Voor de gemeente en voor de samenleving apart. Vul de eigen kosten van de gemeente in. De vaste bedragen hebben een bron en een datum.</p>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/monitor/businesscase" novalidate>
        {fields.map((f) => (
          <TextField name={f.key} label={f.label} values={props.values} errors={props.errors} {...(f.hint ? { hint: f.hint } : {})} />
        ))}
        <button type="submit">Berekenen</button>
      </form>
      {r ? (
        <>
          <h2>Gemeente</h2>
          <h3>Kosten</h3>
          <Lines caption="Kosten voor de gemeente" lines={r.gemeente.costs} />
          <h3>Opbrengsten</h3>
          {r.gemeente.returns.length ? <Lines caption="Opbrengsten voor de gemeente" lines={r.gemeente.returns} /> : <p>Geen.</p>}
          <p><strong>Saldo voor de gemeente per jaar: {euro(r.gemeente.net)}</strong></p>
          <h2>Samenleving</h2>
          {r.samenleving.returns.length ? <Lines caption="Opbrengsten voor de samenleving" lines={r.samenleving.returns} /> : <p>Er zijn nog geen bedragen voor de samenleving ingevoerd.</p>}
          <p><strong>Saldo voor de samenleving per jaar: {euro(r.samenleving.net)}</strong> (de kosten van de gemeente tellen mee; het geld uit het Gemeentefonds niet, want dat is geld van het Rijk naar de gemeente).</p>
          <h2>Niet meegeteld</h2>
          <ul>{r.notCounted.map((n) => <li>{n}</li>)}</ul>
        </>
      ) : null}
      <h2>Bronnen</h2>
      <ul>
        {props.parameters.map((p) => (
          <li>{p.label}: {euro(p.amount)} {p.per}. Bron: {p.sourceUrl ? <a href={p.sourceUrl}>{p.source}</a> : p.source}. Geldt vanaf {p.validFrom}.</li>
        ))}
      </ul>
    </Layout>
  );
}

function ParametersPage(props: { user: SessionUser; csrfToken: string; rows: MkbaParameter[]; values: Record<string, string>; errors: FieldError[]; saved: boolean }) {
  return (
    <Layout title="Bedragen businesscase" path="/beheer/mkba" user={props.user} csrfToken={props.csrfToken}>
      <h1>Bedragen voor de businesscase</h1>
      <p>Elk bedrag heeft een datum waarop het ingaat en een bron. Een nieuw bedrag met een nieuwe datum vervangt het oude niet: zo blijft te zien wat eerder gold.</p>
      {props.saved ? <p class="notice" role="status">Het bedrag is opgeslagen.</p> : null}
      <DataTable caption="Bedragen" columns={['Sleutel', 'Naam', 'Voor wie', 'Bedrag', 'Geldt vanaf', 'Bron']}>
        {props.rows.map((p) => (
          <tr><td>{p.key}</td><td>{p.label}</td><td>{p.side}</td><td>{euro(p.amount)} {p.per}</td><td>{p.validFrom}</td><td>{p.source}</td></tr>
        ))}
      </DataTable>
      <h2>Bedrag toevoegen of wijzigen</h2>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/beheer/mkba" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <TextField name="key" label="Sleutel (kleine letters, cijfers en streepjes)" hint="Dezelfde sleutel als een bestaand bedrag geeft een nieuwe waarde vanaf de datum." values={props.values} errors={props.errors} />
        <TextField name="label" label="Naam" values={props.values} errors={props.errors} />
        <SelectField name="side" label="Voor wie" value={props.values.side ?? 'gemeente'} errors={props.errors} options={[{ code: 'gemeente', name: 'Gemeente' }, { code: 'samenleving', name: 'Samenleving' }]} />
        <TextField name="per" label="Per wat (bijvoorbeeld: per plaatsing per jaar)" values={props.values} errors={props.errors} />
        <TextField name="amount" label="Bedrag in euro" values={props.values} errors={props.errors} />
        <TextField name="validFrom" label="Geldt vanaf (JJJJ-MM-DD)" values={props.values} errors={props.errors} />
        <TextField name="source" label="Bron" values={props.values} errors={props.errors} />
        <TextField name="sourceUrl" label="Link naar de bron (mag leeg)" type="url" values={props.values} errors={props.errors} />
        <button type="submit">Opslaan</button>
      </form>
    </Layout>
  );
}

function validateParameter(b: Record<string, string>): { errors: FieldError[]; p: MkbaParameter | null } {
  const errors: FieldError[] = [];
  const s = (k: string, max = 300) => (b[k] ?? '').trim().slice(0, max);
  if (!/^[a-z0-9-]{2,60}$/.test(s('key'))) errors.push({ field: 'key', message: 'Sleutel: gebruik 2 tot 60 kleine letters, cijfers of streepjes.' });
  if (!s('label')) errors.push({ field: 'label', message: 'Naam: vul een naam in.' });
  if (!['gemeente', 'samenleving'].includes(s('side'))) errors.push({ field: 'side', message: 'Voor wie: kies gemeente of samenleving.' });
  if (!s('per')) errors.push({ field: 'per', message: 'Per wat: zeg waar het bedrag voor geldt.' });
  const amount = Number(s('amount').replace(/\./g, '').replace(',', '.'));
  if (!s('amount') || !Number.isFinite(amount) || amount < 0 || amount > 1e9) errors.push({ field: 'amount', message: 'Bedrag: vul een bedrag in euro in, bijvoorbeeld 6776.' });
  if (!isIsoDay(s('validFrom'))) errors.push({ field: 'validFrom', message: 'Geldt vanaf: vul een datum in, bijvoorbeeld 2026-01-01.' });
  if (!s('source')) errors.push({ field: 'source', message: 'Bron: zeg waar het bedrag vandaan komt.' });
  if (s('sourceUrl') && !/^https?:\/\/\S+$/.test(s('sourceUrl'))) errors.push({ field: 'sourceUrl', message: 'Link: begin met https://, of laat het veld leeg.' });
  if (errors.length) return { errors, p: null };
  return { errors, p: { key: s('key'), label: s('label'), side: s('side') as 'gemeente', per: s('per'), amount, validFrom: s('validFrom'), source: s('source'), sourceUrl: s('sourceUrl') || null } };
}

async function mkbaRoutes(app: FastifyInstance) {
  app.get('/monitor/businesscase', hide, async (request, reply) => {
    const user = request.user as SessionUser;
    const scope = await scopeFor(app.db, user.organizationId, 'gemeente');
    const counts = scope ? await mkbaStartCounts(app.db, scope.codes) : { inView: 0, lksPlans: 0, workPlans: 0 };
    const defaults: MkbaInput = { peopleInView: counts.inView, placementsWithLks: counts.lksPlans, placementsWithoutLks: counts.workPlans, durability12: 0.8, consulentHoursPerPerson: 0, hourlyRate: 0, jobcoachCostPerPlacement: 0, lksCostPerPlacement: 0, bijstandAvoidedPerPlacement: 0 };
    const { values, input, errors } = readInput((request.query ?? {}) as Record<string, unknown>, defaults);
    const parameters = inForce(await mkbaParameters(app.db), today());
    const result = input ? computeMkba(input, parameters) : null;
    return reply.page(CalculatorPage({ user, csrfToken: reply.generateCsrf(), scopeName: scope?.name ?? 'geen gemeente', values, errors, result, parameters }), errors.length ? 400 : 200);
  });

  app.get('/beheer/mkba', hide, async (request, reply) =>
    reply.page(ParametersPage({ user: request.user as SessionUser, csrfToken: reply.generateCsrf(), rows: await mkbaParameters(app.db), values: {}, errors: [], saved: (request.query as Record<string, string>)?.melding === 'opgeslagen' })),
  );

  app.post('/beheer/mkba', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string>;
    const { errors, p } = validateParameter(body);
    if (!p) return reply.page(ParametersPage({ user: request.user as SessionUser, csrfToken: reply.generateCsrf(), rows: await mkbaParameters(app.db), values: body, errors, saved: false }), 400);
    await addMkbaParameter(app.db, request.user?.id ?? null, p);
    return reply.redirect('/beheer/mkba?melding=opgeslagen', 303);
  });
}

export const mkbaPlugin = fp(mkbaRoutes, { name: 'monitor-mkba' });
