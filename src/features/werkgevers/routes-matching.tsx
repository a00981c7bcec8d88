// Matching routes: candidates (werkgeversadviseur), proposals and their steps
// (both sides), the person's work profile and consent (consulent), and the
// placement that an accepted match becomes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { gemeenteByCode, regioOfGemeente } from '../../content/reference/index.ts';
import { readPerson } from '../../db/persons.ts';
import { answerMatch, listMatches, matchEvents, placeMatch, type MatchEvent } from '../../db/werkgevers/matches.ts';
import { listProfiles, matchingOrganizations, ownProfile, saveProfile, withdrawProfile } from '../../db/werkgevers/profiles.ts';
import { rankVacanciesFor } from '../../db/werkgevers/ranking.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { text, type FormBody } from '../../web/form-input.ts';
import { today } from '../nazorg/clock.ts';
import { idParam, notFound } from './helpers.ts';
import { placementFields, profileFields, profileLists, readForm, validatePlacementFromMatch, validateProfile, type Values } from './service.ts';
import { CandidateListPage, CandidatePage, MatchListPage } from './views-matching.tsx';
import { PlacementFromMatchPage, profileValues, WorkProfilePage } from './views-profile.tsx';

export async function matchingRoutes(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const body = (request: FastifyRequest) => (request.body ?? {}) as FormBody;

  app.get('/kandidaten', hide, async (request, reply) =>
    reply.page(CandidateListPage({ user: user(request), csrfToken: reply.generateCsrf(), profiles: await listProfiles(app.db, actorOf(request)) })));

  app.get('/kandidaten/:id', hide, async (request, reply) => {
    const actor = actorOf(request);
    const [profile] = await listProfiles(app.db, actor, idParam(request));
    if (!profile) throw notFound();
    const ranked = await rankVacanciesFor(app.db, actor, profile);
    return reply.page(CandidatePage({ user: user(request), csrfToken: reply.generateCsrf(), profile, ranked }));
  });

  async function showMatches(request: FastifyRequest, csrfToken: string, extra: { notice?: string; errors?: FieldError[] } = {}) {
    const matches = await listMatches(app.db, actorOf(request));
    const events = new Map<string, MatchEvent[]>();
    for (const m of matches.slice(0, 100)) events.set(m.id, await matchEvents(app.db, m.id));
    return MatchListPage({ user: user(request), csrfToken, matches, events, ...extra });
  }

  app.get('/voorstellen', hide, async (request, reply) => {
    const saved = (request.query as Record<string, unknown>).opgeslagen === '1';
    return reply.page(await showMatches(request, reply.generateCsrf(), saved ? { notice: 'Het antwoord is opgeslagen.' } : {}));
  });

  for (const who of ['persoon', 'werkgever'] as const) {
    app.post(`/voorstellen/:id/${who}`, post, async (request, reply) => {
      const answer = text(body(request), 'antwoord', 10);
      if (answer !== 'ja' && answer !== 'nee') {
        return reply.page(await showMatches(request, reply.generateCsrf(), { errors: [{ field: 'antwoord', message: 'Antwoord: kies ja of nee.' }] }), 400);
      }
      const result = await answerMatch(app.db, actorOf(request), idParam(request), who, answer === 'ja', text(body(request), 'notitie', 2000) || null);
      if (!result.ok && result.reason === 'not-found') throw notFound();
      if (!result.ok) {
        return reply.page(await showMatches(request, reply.generateCsrf(), { errors: [{ field: 'antwoord', message: 'Dit voorstel is al verder of gestopt. Kijk hieronder wat de stand is.' }] }), 409);
      }
      const back = (request.headers.referer ?? '').includes('/werkprofiel') && who === 'persoon' ? `/personen/${result.personId}/werkprofiel` : '/voorstellen';
      return reply.redirect(`${back}?opgeslagen=1`, 303);
    });
  }

  async function matchOf(request: FastifyRequest) {
    const id = idParam(request);
    const m = (await listMatches(app.db, actorOf(request))).find((x) => x.id === id);
    if (!m || !m.ownedPerson) throw notFound();
    return m;
  }

  app.get('/voorstellen/:id/plaatsing', hide, async (request, reply) => {
    const match = await matchOf(request);
    return reply.page(PlacementFromMatchPage({ user: user(request), csrfToken: reply.generateCsrf(), match, values: { startDate: today() }, errors: [] }));
  });

  app.post('/voorstellen/:id/plaatsing', post, async (request, reply) => {
    const match = await matchOf(request);
    const values = readForm(body(request), placementFields);
    const { errors, input } = validatePlacementFromMatch(values);
    if (input) {
      const result = await placeMatch(app.db, actorOf(request), match.id, input);
      if (result.ok) return reply.redirect(`/personen/${result.personId}/nazorg#baan-${result.placementId}`, 303);
      if (result.reason === 'not-found') throw notFound();
      errors.push({ field: 'startDate', message: 'Deze plaatsing kan nog niet: de werkgever is nog niet akkoord, of de plaatsing is er al.' });
    }
    return reply.page(PlacementFromMatchPage({ user: user(request), csrfToken: reply.generateCsrf(), match, values, errors }), 400);
  });

  async function profilePage(request: FastifyRequest, csrfToken: string, values: Values | null, errors: FieldError[], notice?: string) {
    const actor = actorOf(request);
    const person = await readPerson(app.db, actor, idParam(request));
    if (!person || !person.owned) throw notFound();
    const profile = await ownProfile(app.db, actor, person.id);
    const regio = regioOfGemeente(person.gemeenteCode ?? 'GM0000');
    const region = (regio?.gemeenten ?? (person.gemeenteCode ? [person.gemeenteCode] : []))
      .map((code) => ({ code, name: gemeenteByCode(code)?.name ?? code })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const organizations = (await matchingOrganizations(app.db)).filter((o) => o.id !== actor.organizationId);
    const matches = await listMatches(app.db, actor, { personId: person.id });
    const ranked = profile ? await rankVacanciesFor(app.db, actor, profile) : [];
    const initial: Values = profile ? profileValues(profile) : { method: 'in-persoon', reachGemeenten: person.gemeenteCode ? [person.gemeenteCode] : [] };
    return WorkProfilePage({ user: user(request), csrfToken, personId: person.id, personName: `${person.givenName} ${person.familyName}`, profile,
      values: values ?? initial, errors, organizations, region, matches, ranked, notice });
  }

  app.get('/personen/:id/werkprofiel', hide, async (request, reply) => {
    const saved = (request.query as Record<string, unknown>).opgeslagen === '1';
    return reply.page(await profilePage(request, reply.generateCsrf(), null, [], saved ? 'Opgeslagen.' : undefined));
  });

  app.post('/personen/:id/werkprofiel', post, async (request, reply) => {
    const id = idParam(request);
    const values = readForm(body(request), profileFields, profileLists);
    const shareable = (await matchingOrganizations(app.db)).map((o) => o.id);
    const { errors, input, share } = validateProfile(values, shareable);
    if (input && share) {
      if (!(await saveProfile(app.db, actorOf(request), id, input, share))) throw notFound();
      return reply.redirect(`/personen/${id}/werkprofiel?opgeslagen=1`, 303);
    }
    return reply.page(await profilePage(request, reply.generateCsrf(), values, errors), 400);
  });

  app.post('/personen/:id/werkprofiel/intrekken', post, async (request, reply) => {
    const id = idParam(request);
    if (!(await withdrawProfile(app.db, actorOf(request), id))) throw notFound();
    return reply.page(await profilePage(request, reply.generateCsrf(), null, [], 'De toestemming is ingetrokken. Het profiel is verwijderd en staat in geen enkele lijst meer.'));
  });

  app.post('/werkgevers/berichten/:id/afgehandeld', post, async (request, reply) => {
    const actor = actorOf(request);
    const rows = await app.db.query(
      `update employer_enquiry set handled_at = now(), handled_by = $3 where id = $1::uuid and organization_id = $2::uuid and handled_at is null returning id`,
      [idParam(request), actor.organizationId, actor.accountId],
    );
    if (rows.length === 0) throw notFound();
    return reply.redirect('/werkgevers/vandaag', 303);
  });
}
