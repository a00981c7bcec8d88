// The employer's own pages, reached through its expiring link (no account):
// its vacancies only, new and changed, and the proposals the person already
// agreed to. Any other employer's vacancy or proposal answers 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createVacancy, readVacancy, updateVacancy, type VacancyRow } from '../../db/werkgevers/employers.ts';
import { answerMatch, type MatchRow } from '../../db/werkgevers/matches.ts';
import { Alert } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary } from '../../web/forms.tsx';
import { text, type FormBody } from '../../web/form-input.ts';
import { Layout } from '../../web/layout.tsx';
import { idParam, notFound } from './helpers.ts';
import { employerByLink, type LinkedEmployer } from './link.ts';
import { readForm, validateVacancy, vacancyFields, type Values } from './service.ts';
import { VacancyFields } from './views-vacancies.tsx';
import { stateLabels } from './labels.ts';

const linkGone = 'Deze link werkt niet (meer). Misschien is hij verlopen of is er een nieuwe link gemaakt. Vraag uw contactpersoon bij het werkgeversservicepunt om een nieuwe link.';

function Gone() {
  return (
    <Layout title="Deze link werkt niet" path="/werkgever">
      <h1>Deze link werkt niet</h1>
      <p>{linkGone}</p>
    </Layout>
  );
}

type Proposal = Pick<MatchRow, 'id' | 'vacancyTitle' | 'state'> & { name: string | null; code: string | null };

function EmployerHome(p: { csrfToken: string; token: string; e: LinkedEmployer; vacancies: VacancyRow[]; proposals: Proposal[]; notice?: string | undefined }) {
  const q = `sleutel=${encodeURIComponent(p.token)}`;
  return (
    <Layout title={`Vacatures van ${p.e.employerName}`} path="/werkgever">
      <h1>Vacatures van {p.e.employerName}</h1>
      {p.notice ? <Alert type="ok" live>{p.notice}</Alert> : null}
      <p>Hier houdt u uw vacatures bij voor {p.e.organizationName}. Deze link werkt tot en met {p.e.expiresAt}. Deel hem niet met anderen.</p>
      <p><a href={`/werkgever/vacatures/nieuw?${q}`}>Nieuwe vacature doorgeven</a></p>
      <h2>Uw vacatures</h2>
      {p.vacancies.length === 0 ? <p>U hebt nog geen vacatures doorgegeven.</p> : (
        <ul>{p.vacancies.map((v) => <li><a href={`/werkgever/vacatures/${v.id}?${q}`}>{v.title}</a> ({v.hoursMin} tot {v.hoursMax} uur, {v.status})</li>)}</ul>
      )}
      <h2>Kandidaten die willen kennismaken</h2>
      {p.proposals.length === 0 ? <p>Er zijn nu geen kandidaten voor u.</p> : (
        <ul>
          {p.proposals.map((m) => (
            <li>
              <p>{m.name ?? m.code} voor {m.vacancyTitle}: {stateLabels[m.state]}</p>
              {m.state === 'persoon-akkoord' ? (
                <form method="post" action={`/werkgever/voorstellen/${m.id}`}>
                  <input type="hidden" name="_csrf" value={p.csrfToken} />
                  <input type="hidden" name="sleutel" value={p.token} />
                  <button type="submit" name="antwoord" value="ja" class="button">Ja, ik wil {m.name ?? m.code} aannemen</button>{' '}
                  <button type="submit" name="antwoord" value="nee" class="button secondary">Nee, niet voor deze baan</button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function EmployerVacancyForm(p: { csrfToken: string; token: string; e: LinkedEmployer; id: string | null; values: Values; errors: FieldError[] }) {
  return (
    <Layout title={p.id ? 'Vacature aanpassen' : 'Nieuwe vacature'} path="/werkgever">
      <p><a href={`/werkgever?sleutel=${encodeURIComponent(p.token)}`}>Terug naar uw vacatures</a></p>
      <h1>{p.id ? 'Vacature aanpassen' : 'Nieuwe vacature'} voor {p.e.employerName}</h1>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={p.id ? `/werkgever/vacatures/${p.id}` : '/werkgever/vacatures'} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <input type="hidden" name="sleutel" value={p.token} />
        <VacancyFields values={p.values} errors={p.errors} withStatus={p.id !== null} />
        <button type="submit" class="button">Vacature opslaan</button>
      </form>
    </Layout>
  );
}

function vacancyValues(v: VacancyRow): Values {
  const n = (x: number | null) => (x === null ? '' : String(x));
  const yn = (b: boolean | null) => (b === null ? 'onbekend' : b ? 'ja' : 'nee');
  return { title: v.title, description: v.description ?? '', occupationCode: v.occupationCode ?? '', gemeenteCode: v.gemeenteCode ?? '', hoursMin: String(v.hoursMin),
    hoursMax: String(v.hoursMax), hoursSpread: v.hoursSpread ?? '', roster: v.roster ?? '', pace: n(v.pace), structure: n(v.structure), clientContact: n(v.clientContact),
    physical: n(v.physical), stimuli: n(v.stimuli), ovReachable: yn(v.ovReachable), adaptationsPossible: yn(v.adaptationsPossible), origin: v.origin,
    banenafspraak: v.banenafspraak ? 'ja' : 'nee', benefits: v.benefits, status: v.status };
}

export async function employerLinkRoutes(app: FastifyInstance) {
  const hide = { schema: { hide: true }, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const body = (request: FastifyRequest) => (request.body ?? {}) as FormBody;
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
  const tokenOf = (request: FastifyRequest) =>
    request.method === 'GET' ? String((request.query as Record<string, unknown>).sleutel ?? '').slice(0, 100) : text(body(request), 'sleutel', 100);

  async function vacanciesOf(e: LinkedEmployer): Promise<VacancyRow[]> {
    const rows = await app.db.query<{ id: string }>('select id from vacancy where employer_id = $1 order by created_at desc limit 200', [e.employerId]);
    return (await Promise.all(rows.map((r) => readVacancy(app.db, e.organizationId, r.id)))).filter((v): v is VacancyRow => v !== null);
  }

  async function home(reply: FastifyReply, token: string, e: LinkedEmployer, notice?: string) {
    // The employer sees a name only after the person agreed to meet (persoon-akkoord and later); no other person data.
    const proposals = await app.db.query<Proposal>(
      `select m.id, v.title as "vacancyTitle", m.state, cp.code,
         case when m.state in ('persoon-akkoord', 'werkgever-akkoord', 'geplaatst') then per.given_name || ' ' || per.family_name end as name
       from job_match m join vacancy v on v.id = m.vacancy_id join person per on per.id = m.person_id left join candidate_profile cp on cp.person_id = m.person_id
       where v.employer_id = $1 and m.state in ('persoon-akkoord', 'werkgever-akkoord', 'geplaatst') order by m.updated_at desc limit 100`,
      [e.employerId],
    );
    return noStore(reply).page(EmployerHome({ csrfToken: reply.generateCsrf(), token, e, vacancies: await vacanciesOf(e), proposals, notice }));
  }

  app.get('/werkgever', hide, async (request, reply) => {
    const token = tokenOf(request);
    const e = await employerByLink(app.db, token);
    if (!e) return noStore(reply).page(Gone(), 404);
    return home(reply, token, e);
  });

  app.get('/werkgever/vacatures/nieuw', hide, async (request, reply) => {
    const token = tokenOf(request);
    const e = await employerByLink(app.db, token);
    if (!e) return noStore(reply).page(Gone(), 404);
    return noStore(reply).page(EmployerVacancyForm({ csrfToken: reply.generateCsrf(), token, e, id: null, values: { banenafspraak: 'nee' }, errors: [] }));
  });

  app.get('/werkgever/vacatures/:id', hide, async (request, reply) => {
    const token = tokenOf(request);
    const e = await employerByLink(app.db, token);
    if (!e) return noStore(reply).page(Gone(), 404);
    const v = await readVacancy(app.db, e.organizationId, idParam(request));
    if (!v || v.employerId !== e.employerId) throw notFound();
    return noStore(reply).page(EmployerVacancyForm({ csrfToken: reply.generateCsrf(), token, e, id: v.id, values: vacancyValues(v), errors: [] }));
  });

  async function saveVacancy(request: FastifyRequest, reply: FastifyReply, id: string | null) {
    const token = tokenOf(request);
    const e = await employerByLink(app.db, token);
    if (!e) return noStore(reply).page(Gone(), 404);
    if (id) {
      const v = await readVacancy(app.db, e.organizationId, id);
      if (!v || v.employerId !== e.employerId) throw notFound();
    }
    const values = readForm(body(request), vacancyFields, ['benefits']);
    const { errors, input } = validateVacancy(values);
    const status = typeof values.status === 'string' && ['open', 'vervuld', 'gesloten'].includes(values.status) ? (values.status as VacancyRow['status']) : null;
    if (id && !status) errors.push({ field: 'status', message: 'Status: kies open, vervuld of gesloten.' });
    if (input && errors.length === 0) {
      if (id) await updateVacancy(app.db, e.employerId, id, input, status!);
      else await createVacancy(app.db, e.organizationId, e.employerId, input, null, 'werkgever');
      return home(reply, token, e, 'Dank u. De vacature is opgeslagen.');
    }
    return noStore(reply).page(EmployerVacancyForm({ csrfToken: reply.generateCsrf(), token, e, id, values, errors }), 400);
  }

  app.post('/werkgever/vacatures', post, async (request, reply) => saveVacancy(request, reply, null));
  app.post('/werkgever/vacatures/:id', post, async (request, reply) => saveVacancy(request, reply, idParam(request)));

  app.post('/werkgever/voorstellen/:id', post, async (request, reply) => {
    const token = tokenOf(request);
    const e = await employerByLink(app.db, token);
    if (!e) return noStore(reply).page(Gone(), 404);
    const answer = text(body(request), 'antwoord', 10);
    if (answer !== 'ja' && answer !== 'nee') return home(reply.status(400), token, e, undefined);
    const actor = { accountId: null, organizationId: e.organizationId, role: 'systeem' as const, traceId: request.traceId };
    const result = await answerMatch(app.db, actor, idParam(request), 'werkgever', answer === 'ja', null, 'werkgever-link', e.employerId);
    if (!result.ok && result.reason === 'not-found') throw notFound();
    return home(reply.status(result.ok ? 200 : 409), token, e, result.ok ? 'Dank u. Uw antwoord is doorgegeven.' : 'Dit voorstel is al beantwoord.');
  });
}
