// Person records: list, create, read, consent, inzage, AVG export and
// erasure. Access (organisation, role, consent) is decided in the queries of
// src/db/persons.ts; a record the user may not see is answered with 404, so
// the answer does not reveal that it exists.
import { recordSections } from './export-sections.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  anonymisePerson,
  createPerson,
  exportPerson,
  listConsents,
  processingHistory,
  readPerson,
  recordConsent,
  withdrawConsent,
  type PersonRecord,
} from '../../db/persons.ts';
import { listPersons } from '../../db/person-list.ts';
import { getGemeente, listGemeenten } from '../../db/reference.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { InputError, NotFoundError, type FieldError } from '../../web/errors.ts';
import { text } from '../../web/form-input.ts';
import { likeText } from '../../domain/worklist.ts';
import { renderPdf } from '../../web/pdf.ts';
import { readConsentForm, readPersonForm, validateConsentForm, validatePersonForm, partLabels, methodLabels, type ConsentForm } from './service.ts';
import { dossierData, trajectenPlugin } from '../trajecten/routes.tsx';
import { DossierSections, DossierSummary, EndSupportLink, type SectionForms } from '../trajecten/views.tsx';
import { ErasePage, InzagePage, NewPersonPage, PersonListPage, PersonPage, consentLine, formatDateTime, formatDay } from './views.tsx';

const notFound = () => new NotFoundError('Deze persoon bestaat niet, of je hebt geen toegang tot het dossier.');

const notices: Record<string, string> = {
  aangemaakt: 'De persoon is vastgelegd.',
  toestemming: 'De toestemming is vastgelegd.',
  ingetrokken: 'De toestemming is ingetrokken. De andere organisatie kan het dossier nu niet meer zien.',
  gewist: 'De gegevens zijn gewist.',
};

/** The notice named by ?melding=, only one of ours (not `constructor` or another inherited key). */
function noticeOf(query: Record<string, unknown>): string | undefined {
  const key = text(query, 'melding', 20);
  return Object.hasOwn(notices, key) ? notices[key] : undefined;
}

function emptyConsent(): ConsentForm {
  return { organizationId: '', parts: [], purpose: '', validFrom: new Date().toISOString().slice(0, 10), validUntil: '', method: '' };
}

export async function personenPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const idOf = (request: FastifyRequest) => {
    const { id } = request.params as { id: string };
    if (!UUID_PATTERN.test(id)) throw notFound();
    return id;
  };

  async function gemeenteOptions() {
    return (await listGemeenten(app.db)).map((g) => ({ code: g.code, name: g.name }));
  }

  async function otherOrganizations(ownId: string | null) {
    const rows = await app.db.query<{ id: string; name: string }>(
      `select id, name from organization where id is distinct from $1::uuid and key <> 'je-gemeente' order by name`,
      [ownId],
    );
    return rows.map((r) => ({ code: r.id, name: r.name }));
  }

  async function showPerson(request: FastifyRequest, reply: FastifyReply, person: PersonRecord, extra: { consentValues?: ConsentForm; consentErrors?: FieldError[]; notice?: string; forms?: SectionForms } = {}, status = 200) {
    const actor = actorOf(request);
    const csrfToken = reply.generateCsrf();
    // Independent reads, at the same time: the page waits for the slowest, not for the sum.
    const [consents, data, gemeente, organizations] = await Promise.all([
      listConsents(app.db, actor, person.id),
      person.erasedAt ? null : dossierData(app.db, actor, person, csrfToken, extra.forms ?? {}),
      person.gemeenteCode ? getGemeente(app.db, person.gemeenteCode).then((g) => g?.name ?? null) : null,
      person.owned ? otherOrganizations(actor.organizationId) : [],
    ]);
    return reply.page(
      PersonPage({
        user: user(request),
        csrfToken,
        ...(data ? { summary: DossierSummary({ d: data, consentLine: consentLine(consents) }), dossier: DossierSections(data), endLink: EndSupportLink({ d: data }) } : {}),
        person,
        consents,
        organizations,
        consentValues: extra.consentValues ?? emptyConsent(),
        consentErrors: extra.consentErrors ?? [],
        gemeenteName: gemeente,
        ...(extra.notice ? { notice: extra.notice } : {}),
      }),
      status,
    );
  }

  await app.register(trajectenPlugin, {
    showPerson: (request: FastifyRequest, reply: FastifyReply, person: PersonRecord, forms: SectionForms, status: number) => showPerson(request, reply, person, { forms }, status),
  });

  app.get('/personen', hide, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const search = text(query, 'zoek', 100);
    const page = Number(text(query, 'pagina', 12));
    const list = await listPersons(app.db, actorOf(request), {
      search: likeText(search),
      // A page number beyond any list shows the last page (listPersons); the cap keeps the offset a safe integer.
      page: Number.isInteger(page) && page > 0 ? Math.min(page, 100_000) : 1,
    });
    const notice = noticeOf(query);
    return reply.page(PersonListPage({ user: user(request), csrfToken: reply.generateCsrf(), list, search, ...(notice ? { notice } : {}) }));
  });

  app.get('/personen/nieuw', hide, async (request, reply) =>
    reply.page(NewPersonPage({ user: user(request), csrfToken: reply.generateCsrf(), values: readPersonForm({}), errors: [], gemeenten: await gemeenteOptions() })),
  );

  app.post('/personen', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const values = readPersonForm((request.body ?? {}) as Record<string, unknown>);
    const gemeenten = await gemeenteOptions();
    const { errors, person } = validatePersonForm(values, new Set(gemeenten.map((g) => g.code)));
    if (!person) {
      return reply.page(NewPersonPage({ user: user(request), csrfToken: reply.generateCsrf(), values, errors, gemeenten }), 400);
    }
    const id = await createPerson(app.db, actorOf(request), person);
    if (!id) throw new InputError('Je kunt geen persoon vastleggen zonder organisatie.', [], 403);
    return reply.redirect(`/personen/${id}?melding=aangemaakt`, 303);
  });

  app.get('/personen/:id', hide, async (request, reply) => {
    const person = await readPerson(app.db, actorOf(request), idOf(request));
    if (!person) throw notFound();
    const notice = noticeOf(request.query as Record<string, unknown>);
    return showPerson(request, reply, person, notice ? { notice } : {});
  });

  app.post('/personen/:id/toestemming', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const id = idOf(request);
    const actor = actorOf(request);
    const values = readConsentForm((request.body ?? {}) as Record<string, unknown>);
    const allowed = new Set((await otherOrganizations(actor.organizationId)).map((o) => o.code));
    const { errors, consent } = validateConsentForm(values, allowed);
    if (!consent) {
      const person = await readPerson(app.db, actor, id);
      if (!person) throw notFound();
      return showPerson(request, reply, person, { consentValues: values, consentErrors: errors }, 400);
    }
    if (!(await recordConsent(app.db, actor, id, consent))) throw notFound();
    return reply.redirect(`/personen/${id}?melding=toestemming`, 303);
  });

  app.post('/personen/:id/toestemming/:consentId/intrekken', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const id = idOf(request);
    const { consentId } = request.params as { consentId: string };
    if (!UUID_PATTERN.test(consentId) || !(await withdrawConsent(app.db, actorOf(request), id, consentId))) throw notFound();
    return reply.redirect(`/personen/${id}?melding=ingetrokken`, 303);
  });

  app.get('/personen/:id/inzage', hide, async (request, reply) => {
    const id = idOf(request);
    const actor = actorOf(request);
    const lines = await processingHistory(app.db, actor, id);
    const person = lines ? await readPerson(app.db, actor, id) : null;
    if (!lines || !person) throw notFound();
    return reply.page(InzagePage({ user: user(request), csrfToken: reply.generateCsrf(), person, lines }));
  });

  app.get('/personen/:id/export.json', hide, async (request, reply) => {
    const data = await exportPerson(app.db, actorOf(request), idOf(request));
    if (!data) throw notFound();
    return reply
      .header('content-disposition', `attachment; filename="inbeeld-gegevens-${data.person.pseudonym}.json"`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/personen/:id/export.pdf', hide, async (request, reply) => {
    const data = await exportPerson(app.db, actorOf(request), idOf(request));
    if (!data) throw notFound();
    const p = data.person;
    const pdf = await renderPdf(
      'Alle gegevens in InBeeld',
      `Dit zijn alle gegevens die ${p.ownerOrganizationName} in InBeeld over je bewaart, op ${formatDateTime(data.exportedAt)}. Je hebt recht op dit overzicht (AVG, artikel 15).`,
      [
        {
          heading: 'Basisgegevens',
          paragraphs: [
            `Naam: ${p.givenName} ${p.familyName}`,
            `Geboortejaar: ${p.birthYear ?? 'niet vastgelegd'}`,
            `E-mail: ${p.email ?? 'niet vastgelegd'}`,
            `Telefoon: ${p.phone ?? 'niet vastgelegd'}`,
            `BSN: ${p.bsn ?? 'niet vastgelegd'}`,
            `Vastgelegd op: ${formatDateTime(p.createdAt)}`,
          ],
        },
        { heading: 'Je verhaal', paragraphs: [p.story ?? 'Niet opgeschreven.'] },
        {
          heading: 'Toestemming om te delen',
          paragraphs: data.consents.length
            ? data.consents.map((c) => `${c.organizationName}: ${c.parts.map((x) => partLabels[x]).join(', ')}. Doel: ${c.purpose}. ${methodLabels[c.method]} gegeven. Geldig vanaf ${formatDay(c.validFrom)}${c.validUntil ? ` tot en met ${formatDay(c.validUntil)}` : ''}.${c.withdrawnAt ? ` Ingetrokken op ${formatDateTime(c.withdrawnAt)}.` : ''}`)
            : ['Je gaf geen toestemming om gegevens te delen.'],
        },
        {
          heading: 'Wie keek in je gegevens',
          paragraphs: data.processing.map((l) => `${formatDateTime(l.occurredAt)}: ${l.organizationName ?? 'InBeeld (automatisch)'}, ${l.operation}. Waarom: ${l.purpose}.`),
        },
        // Everything else, table by table, the same as in the JSON export.
        ...recordSections(data.records),
      ],
    );
    return reply.header('content-disposition', `attachment; filename="inbeeld-gegevens-${p.pseudonym}.pdf"`).type('application/pdf').send(pdf);
  });

  app.get('/personen/:id/wissen', hide, async (request, reply) => {
    const person = await readPerson(app.db, actorOf(request), idOf(request));
    if (!person?.owned || person.erasedAt) throw notFound();
    return reply.page(ErasePage({ user: user(request), csrfToken: reply.generateCsrf(), person }));
  });

  app.post('/personen/:id/anonimiseren', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const id = idOf(request);
    const actor = actorOf(request);
    if ((request.body as Record<string, unknown> | undefined)?.zeker !== 'ja') {
      const person = await readPerson(app.db, actor, id);
      if (!person?.owned || person.erasedAt) throw notFound();
      return reply.page(ErasePage({ user: user(request), csrfToken: reply.generateCsrf(), person, error: 'Vink eerst aan dat de persoon om wissen vroeg.' }), 400);
    }
    if (!(await anonymisePerson(app.db, actor, id))) throw notFound();
    return reply.redirect(`/personen/${id}?melding=gewist`, 303);
  });
}
