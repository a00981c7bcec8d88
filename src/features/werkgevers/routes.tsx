// Werkgevers en matching (issue 15, docs/werkgevers.md): the werkgeversadviseur's
// start page, employers, vacancies and the workbench from a vacancy. Bad input:
// the form again with Dutch messages and status 400, nothing stored.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createVacancy, employerPlacements, listEmployers, listVacancies, readEmployer, readVacancy, saveEmployer } from '../../db/werkgevers/employers.ts';
import { listMatches, proposeMatch } from '../../db/werkgevers/matches.ts';
import { rankCandidatesFor } from '../../db/werkgevers/ranking.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { idParam, notFound } from './helpers.ts';
import { text, type FormBody } from '../../web/form-input.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { today } from '../nazorg/clock.ts';
import { newEmployerLink } from './link.ts';
import { employerFields, readForm, validateEmployer, validateVacancy, vacancyFields, type Values } from './service.ts';
import { EmployerFormPage, EmployerListPage, EmployerPage } from './views-employers.tsx';
import { VacancyFormPage, VacancyListPage, VacancyPage } from './views-vacancies.tsx';
import { openEnquiries, StartPage } from './vandaag.tsx';
import { matchingRoutes } from './routes-matching.tsx';
import { employerLinkRoutes } from './routes-link.tsx';

export async function werkgeversPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const body = (request: FastifyRequest) => (request.body ?? {}) as FormBody;

  app.get('/werkgevers/vandaag', hide, async (request, reply) => {
    const actor = actorOf(request);
    const [vacancies, matches, enquiries] = await Promise.all([
      listVacancies(app.db, actor, { open: true }), listMatches(app.db, actor, { open: true }), openEnquiries(app.db, actor.organizationId!),
    ]);
    return reply.page(StartPage({ user: user(request), csrfToken: reply.generateCsrf(), vacancies, matches, enquiries }));
  });

  app.get('/werkgevers', hide, async (request, reply) =>
    reply.page(EmployerListPage({ user: user(request), csrfToken: reply.generateCsrf(), employers: await listEmployers(app.db, actorOf(request)) })));

  app.get('/werkgevers/nieuw', hide, async (request, reply) =>
    reply.page(EmployerFormPage({ user: user(request), csrfToken: reply.generateCsrf(), values: {}, errors: [] })));

  async function saveEmployerForm(request: FastifyRequest, id?: string) {
    const values = readForm(body(request), employerFields, ['openTo']);
    const { errors, input } = validateEmployer(values);
    if (!input) return { values, errors, id: null };
    const saved = await saveEmployer(app.db, actorOf(request), input, id);
    if (!saved) return { values, errors: [{ field: 'name', message: 'Naam werkgever: deze werkgever staat al in de lijst. Zoek hem op in de lijst, of gebruik een andere naam.' }], id: null };
    return { values, errors, id: saved };
  }

  app.post('/werkgevers', post, async (request, reply) => {
    const r = await saveEmployerForm(request);
    if (r.id) return reply.redirect(`/werkgevers/${r.id}`, 303);
    return reply.page(EmployerFormPage({ user: user(request), csrfToken: reply.generateCsrf(), values: r.values, errors: r.errors }), 400);
  });

  async function showEmployer(request: FastifyRequest, extra: { link?: string; notice?: string } = {}) {
    const actor = actorOf(request);
    const employer = await readEmployer(app.db, actor, idParam(request));
    if (!employer) throw notFound();
    const [vacancies, placements] = await Promise.all([listVacancies(app.db, actor, { employerId: employer.id }), employerPlacements(app.db, actor, employer.id)]);
    return { employer, vacancies, placements, ...extra };
  }

  app.get('/werkgevers/:id', hide, async (request, reply) =>
    reply.page(EmployerPage({ user: user(request), csrfToken: reply.generateCsrf(), ...(await showEmployer(request)) })));

  app.get('/werkgevers/:id/bewerken', hide, async (request, reply) => {
    const { employer: e } = await showEmployer(request);
    const values: Values = { name: e.name, sector: e.sector ?? '', sizeClass: e.sizeClass ?? '', gemeenteCode: e.gemeenteCode ?? '', contactName: e.contactName ?? '',
      contactPhone: e.contactPhone ?? '', contactEmail: e.contactEmail ?? '', agreements: e.agreements ?? '', openTo: e.openTo };
    return reply.page(EmployerFormPage({ user: user(request), csrfToken: reply.generateCsrf(), values, errors: [], id: e.id }));
  });

  app.post('/werkgevers/:id', post, async (request, reply) => {
    const id = idParam(request);
    if (!(await readEmployer(app.db, actorOf(request), id))) throw notFound();
    const r = await saveEmployerForm(request, id);
    if (r.id) return reply.redirect(`/werkgevers/${r.id}`, 303);
    return reply.page(EmployerFormPage({ user: user(request), csrfToken: reply.generateCsrf(), values: r.values, errors: r.errors, id }), 400);
  });

  app.post('/werkgevers/:id/link', post, async (request, reply) => {
    const actor = actorOf(request);
    const employer = await readEmployer(app.db, actor, idParam(request));
    if (!employer) throw notFound();
    const token = await newEmployerLink(app.db, employer.id, employer.contactEmail, actor.accountId);
    const link = `${app.config.baseUrl}/werkgever?sleutel=${token}`;
    return reply.header('cache-control', 'no-store').page(EmployerPage({ user: user(request), csrfToken: reply.generateCsrf(), ...(await showEmployer(request, { link })) }));
  });

  app.get('/werkgevers/:id/vacatures/nieuw', hide, async (request, reply) => {
    const employer = await readEmployer(app.db, actorOf(request), idParam(request));
    if (!employer) throw notFound();
    const values: Values = { gemeenteCode: employer.gemeenteCode ?? '', banenafspraak: 'nee' };
    return reply.page(VacancyFormPage({ user: user(request), csrfToken: reply.generateCsrf(), employerId: employer.id, employerName: employer.name, values, errors: [] }));
  });

  app.post('/werkgevers/:id/vacatures', post, async (request, reply) => {
    const actor = actorOf(request);
    const employer = await readEmployer(app.db, actor, idParam(request));
    if (!employer) throw notFound();
    const values = readForm(body(request), vacancyFields, ['benefits']);
    const { errors, input } = validateVacancy(values);
    if (input) {
      const id = await createVacancy(app.db, actor.organizationId!, employer.id, input, actor.accountId);
      if (id) return reply.redirect(`/vacatures/${id}`, 303);
    }
    return reply.page(VacancyFormPage({ user: user(request), csrfToken: reply.generateCsrf(), employerId: employer.id, employerName: employer.name, values, errors }), 400);
  });

  app.get('/vacatures', hide, async (request, reply) =>
    reply.page(VacancyListPage({ user: user(request), csrfToken: reply.generateCsrf(), vacancies: await listVacancies(app.db, actorOf(request)) })));

  async function showVacancy(request: FastifyRequest, csrfToken: string, extra: { notice?: string; errors?: Array<{ field: string; message: string }> } = {}) {
    const actor = actorOf(request);
    const vacancy = await readVacancy(app.db, actor.organizationId!, idParam(request));
    if (!vacancy) throw notFound();
    const ranked = vacancy.status === 'open' ? await rankCandidatesFor(app.db, actor, vacancy) : [];
    return VacancyPage({ user: user(request), csrfToken, vacancy, ranked, today: today(), ...extra });
  }

  app.get('/vacatures/:id', hide, async (request, reply) => reply.page(await showVacancy(request, reply.generateCsrf())));

  app.post('/vacatures/:id/voorstellen', post, async (request, reply) => {
    const vacancyId = idParam(request);
    const profileId = text(body(request), 'profileId', 100);
    if (!UUID_PATTERN.test(profileId)) {
      return reply.page(await showVacancy(request, reply.generateCsrf(), { errors: [{ field: 'profileId', message: 'Kandidaat: kies een kandidaat uit de lijst.' }] }), 400);
    }
    const result = await proposeMatch(app.db, actorOf(request), vacancyId, profileId);
    if (result.ok) return reply.redirect(`/voorstellen#voorstel-${result.id}`, 303);
    if (result.reason === 'not-found') throw notFound();
    const message = result.reason === 'excluded'
      ? 'Dit voorstel kan niet: een harde voorwaarde van de persoon past niet bij deze vacature.'
      : 'Deze kandidaat is al voorgesteld voor deze vacature. Kijk bij voorstellen.';
    return reply.page(await showVacancy(request, reply.generateCsrf(), { errors: [{ field: 'profileId', message }] }), 400);
  });

  await matchingRoutes(app);
  await employerLinkRoutes(app);
}
