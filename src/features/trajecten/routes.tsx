// Trajecten routes: the public "neem contact met mij op", the team queue,
// caseload views, and the dossier actions (intake, contact person, plan,
// agreements, contact moments, transitions, end of support).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../../db/client.ts';
import type { Actor, PersonRecord } from '../../db/persons.ts';
import { logProcessing, readPerson } from '../../db/persons.ts';
import { computeSignals, signalKinds } from '../../db/signals.ts';
import { computeSignalsPage } from '../../db/signals/page.ts';
import { overdueReferrals } from '../../db/referrals/index.ts';
import {
  addAgreement,
  addContact,
  addTransition,
  colleagues,
  completeAgreement,
  confirmPlan,
  contactPersonHistory,
  endSupport,
  gemeenteTeams,
  goalTypes,
  listContacts,
  listTransitions,
  pickUpRegistration,
  pickUpTransition,
  readIntake,
  readPlan,
  registrationQueue,
  registrationsOf,
  saveIntake,
  savePlan,
  selfRegister,
  setContactPerson,
} from '../../db/trajecten/index.ts';
import { consulentScope } from '../../db/werkruimte/scope.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { InputError, NotFoundError, type FieldError } from '../../web/errors.ts';
import { renderPdf } from '../../web/pdf.ts';
import { formatDateTime, formatDay } from '../personen/views.tsx';
import {
  readAgreementForm,
  readContactForm,
  readIntakeForm,
  readPlanForm,
  readSelfRegistration,
  readTransitionForm,
  text,
  validateAgreement,
  validateContact,
  validateEndReason,
  validateIntake,
  validatePlan,
  validateSelfRegistration,
  validateTransition,
  type Body,
} from './service.ts';
import { SIGNALS_PER_PAGE } from './views/lists.tsx';
import { DossierSections, EndSupportPage, QueuePage, SelfRegistrationDone, SelfRegistrationPage, SignalsPage, type DossierData, type SectionForms } from './views.tsx';
import type { ListLog } from '../../db/list-log.ts';

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const notFound = () => new NotFoundError('Deze persoon bestaat niet, of je hebt geen toegang tot het dossier.');

/** Everything the dossier sections need; reads are logged by the functions they call. */
type Tx = Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export async function dossierData(db: Tx, actor: Actor, person: PersonRecord, csrfToken: string, forms: SectionForms = {}): Promise<DossierData> {
  const today = todayIso();
  const planVisible = person.visibleParts.includes('plan');
  const none = Promise.resolve([]);
  // The sections do not depend on each other: read at the same time (on PostgreSQL on several pool
  // connections), so the page waits for the slowest read instead of the sum of eight.
  const [intake, colleagueList, history, registrations, plan, contacts, transitions, signals] = await Promise.all([
    readIntake(db, actor, person.id),
    person.owned ? colleagues(db, actor) : none,
    person.owned ? contactPersonHistory(db, person.id) : none,
    person.owned ? registrationsOf(db, actor, person.id) : none,
    planVisible ? readPlan(db, actor, person.id) : Promise.resolve(null),
    listContacts(db, actor, person.id),
    person.owned ? listTransitions(db, actor, person.id) : none,
    // readPerson logged this page view already: one view, one line.
    person.owned ? signalsFor(db, actor, today, person.id) : none,
  ]);
  return {
    personId: person.id,
    gemeenteCode: person.gemeenteCode,
    owned: person.owned,
    today,
    csrfToken,
    intake: intake!,
    colleagues: colleagueList,
    history,
    registrations,
    plan,
    planVisible,
    contacts,
    transitions,
    signals,
    forms,
  };
}

/** A person a list shows: the id to scope by, the pseudonym to log. */
export type ScopedPerson = { id: string; pseudonym: string };

/**
 * Signals from the record (src/db/signals.ts) and unanswered referrals (src/db/referrals.ts), oldest first.
 * `persons` limits both to the persons a list shows (a worklist page, a consulent's scope):
 * only they are computed, and only they are logged.
 */
export async function signalsFor(db: Tx, actor: Actor, today: string, personId?: string, options: { log?: boolean; persons?: readonly ScopedPerson[]; listLog?: ListLog } = {}) {
  // On the person page readPerson logged this view already: one view, one line.
  const log = options.log ?? personId === undefined;
  const scope = options.persons ? new Map(options.persons.map((p) => [p.id, p.pseudonym])) : null;
  // Both reads at once (two pool connections on PostgreSQL): the page waits for one round trip less.
  const [record, allReferrals] = await Promise.all([
    computeSignals(db, actor, today, personId ? { personId, log } : { log, ...(scope ? { personIds: [...scope.keys()] } : {}), ...(log && options.listLog ? { listLog: options.listLog } : {}) }),
    // Referrals are read for the organisation; with a scope (or a page's one log line) only the scope's persons are kept and logged.
    overdueReferrals(db, actor, today, { log: log && !scope, ...(log && !scope && options.listLog ? { listLog: options.listLog } : {}) }),
  ]);
  const referrals = allReferrals.filter((r) => (!personId || r.personId === personId) && (!scope || scope.has(r.personId)));
  if (scope && log && options.listLog) options.listLog.add(referrals.map((r) => scope.get(r.personId)!));
  // One statement (both log tables in one insert): no transaction around it needed.
  else if (scope && log) await logProcessing(db, actor, 'persoon.lijst', referrals.map((r) => scope.get(r.personId)!));
  return [...record, ...referrals].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

/**
 * One page of the signals list view: counts per kind over the scope and the page's signals,
 * with unanswered referrals merged in. Only the persons on the page are logged.
 */
export async function signalsPageFor(db: Tx, actor: Actor, today: string, options: { persons?: Promise<readonly ScopedPerson[]>; kind?: string; page: number }) {
  // The scope and the overdue referrals do not depend on each other: asked at the same time, one wait less under load.
  // The referrals are logged with the page (computeSignalsPage), for the persons shown only.
  const [persons, overdue] = await Promise.all([options.persons, overdueReferrals(db, actor, today, { log: false })]);
  const scope = persons ? new Set(persons.map((p) => p.id)) : null;
  const referrals = overdue.filter((r) => !scope || scope.has(r.personId));
  return computeSignalsPage(db, actor, today, { ...(scope ? { personIds: [...scope] } : {}), ...(options.kind ? { kind: options.kind } : {}), page: options.page, perPage: SIGNALS_PER_PAGE, extra: referrals });
}

export async function trajectenPlugin(app: FastifyInstance, opts: { showPerson: (request: FastifyRequest, reply: FastifyReply, person: PersonRecord, forms: SectionForms, status: number) => Promise<unknown> }) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const body = (request: FastifyRequest) => (request.body ?? {}) as Body;
  const idOf = (request: FastifyRequest, name = 'id') => {
    const value = (request.params as Record<string, string>)[name] ?? '';
    if (!UUID_PATTERN.test(value)) throw notFound();
    return value;
  };
  const back = (reply: FastifyReply, id: string, anchor: string) => reply.redirect(`/personen/${id}#${anchor}`, 303);

  /** Re-renders the dossier with a section's errors (status 400); nothing was stored. */
  async function invalid(request: FastifyRequest, reply: FastifyReply, id: string, forms: SectionForms) {
    const person = await readPerson(app.db, actorOf(request), id);
    if (!person) throw notFound();
    return opts.showPerson(request, reply, person, forms, 400);
  }

  // ------------------------------------------------------------ public self-registration

  app.get('/aanmelden', hide, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const values = readSelfRegistration({
      gemeenteCode: typeof query.gemeente === 'string' ? query.gemeente : '',
      helpKinds: query.hulp ?? [],
      rechtencheckCode: typeof query.code === 'string' ? query.code : '',
    });
    return reply.page(SelfRegistrationPage({ values, errors: [], teams: await gemeenteTeams(app.db), csrfToken: reply.generateCsrf() }));
  });

  app.post('/aanmelden', { ...post, config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
    const teams = await gemeenteTeams(app.db);
    const values = readSelfRegistration(body(request));
    const { errors, input } = validateSelfRegistration(values, new Set(teams.map((t) => t.gemeenteCode)));
    const result = input ? await selfRegister(app.db, input, todayIso(), request.traceId) : null;
    if (!result) {
      return reply.page(SelfRegistrationPage({ values, errors, teams, csrfToken: reply.generateCsrf() }), 400);
    }
    return reply.page(SelfRegistrationDone(result));
  });

  // ------------------------------------------------------------ queue and caseload

  app.get('/aanmeldingen', hide, async (request, reply) =>
    reply.page(QueuePage({ user: user(request), csrfToken: reply.generateCsrf(), items: await registrationQueue(app.db, actorOf(request)), today: todayIso() })),
  );

  app.post('/aanmeldingen/:id/oppakken', post, async (request, reply) => {
    const personId = await pickUpRegistration(app.db, actorOf(request), idOf(request));
    if (!personId) throw new NotFoundError('Deze aanmelding bestaat niet, is al opgepakt, of is niet voor jouw team.');
    return back(reply, personId, 'intake');
  });

  // GET /caseload is the worklist of the workspace: src/features/werkruimte/worklist.tsx.

  app.get('/signalen', hide, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const labels: Record<string, string> = {
      ...Object.fromEntries(Object.entries(signalKinds).map(([k, v]) => [k, v.label])),
      'doorverwijzing-onbeantwoord': 'Doorverwijzing niet beantwoord',
    };
    const soort = String(query.soort ?? '');
    const kind = soort in labels ? soort : '';
    const page = /^\d{1,6}$/.test(String(query.pagina ?? '')) ? Number(query.pagina) : 1;
    const actor = actorOf(request);
    // The same scope as Vandaag: a consulent their own persons and the team's persons without a contact person.
    const mine = actor.role === 'consulent';
    const result = await signalsPageFor(app.db, actor, todayIso(), { ...(mine ? { persons: consulentScope(app.db, actor) } : {}), kind, page });
    return reply.page(SignalsPage({ user: user(request), csrfToken: reply.generateCsrf(), result, labels, mine, kind }));
  });

  // ------------------------------------------------------------ dossier actions

  app.post('/personen/:id/intake', post, async (request, reply) => {
    const id = idOf(request);
    const values = readIntakeForm(body(request));
    const { errors, input } = validateIntake(values);
    if (!input) return invalid(request, reply, id, { intake: { values, errors } });
    if (!(await saveIntake(app.db, actorOf(request), id, input))) throw notFound();
    return back(reply, id, 'intake');
  });

  app.post('/personen/:id/contactpersoon', post, async (request, reply) => {
    const id = idOf(request);
    const accountId = text(body(request), 'accountId');
    const note = text(body(request), 'note').slice(0, 300) || null;
    const outcome = UUID_PATTERN.test(accountId) ? await setContactPerson(app.db, actorOf(request), id, accountId, note) : 'not-colleague';
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'not-colleague') {
      return invalid(request, reply, id, { contactPerson: { errors: [{ field: 'accountId', message: 'Vast aanspreekpunt: kies een collega uit de lijst.' }] } });
    }
    if (outcome === 'has-contact-person') {
      throw new InputError('Deze persoon heeft al een vast aanspreekpunt. Draag het over via Doorverwijzingen en overdracht: de nieuwe collega accepteert eerst.', [], 409);
    }
    return back(reply, id, 'contactpersoon');
  });

  app.post('/personen/:id/plan', post, async (request, reply) => {
    const id = idOf(request);
    const values = readPlanForm(body(request));
    const { errors, input } = validatePlan(values, todayIso());
    if (!input) return invalid(request, reply, id, { plan: { values, errors } });
    if (!(await savePlan(app.db, actorOf(request), id, input))) throw notFound();
    return back(reply, id, 'plan');
  });

  app.post('/personen/:id/afspraken', post, async (request, reply) => {
    const id = idOf(request);
    const values = readAgreementForm(body(request));
    const { errors, input } = validateAgreement(values, todayIso());
    if (!input) return invalid(request, reply, id, { agreement: { values, errors } });
    const outcome = await addAgreement(app.db, actorOf(request), id, input);
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'no-plan') {
      return invalid(request, reply, id, { agreement: { values, errors: [{ field: 'description', message: 'Afspraak: maak eerst een plan van aanpak. Daarna kun je afspraken toevoegen.' }] } });
    }
    return back(reply, id, 'afspraken');
  });

  app.post('/personen/:id/afspraken/:agreementId/klaar', post, async (request, reply) => {
    const id = idOf(request);
    if (!(await completeAgreement(app.db, actorOf(request), id, idOf(request, 'agreementId')))) throw notFound();
    return back(reply, id, 'afspraken');
  });

  app.post('/personen/:id/plan/bevestigen', post, async (request, reply) => {
    const id = idOf(request);
    const how = text(body(request), 'how');
    if (!['in-persoon', 'telefonisch', 'schriftelijk', 'online'].includes(how)) {
      return invalid(request, reply, id, { plan: { values: readPlanForm({}), errors: [{ field: 'how', message: 'Bevestiging: kies hoe de persoon het plan bevestigde.' }] } });
    }
    if (!(await confirmPlan(app.db, actorOf(request), id, how as 'in-persoon'))) throw notFound();
    return back(reply, id, 'plan');
  });

  app.get('/personen/:id/plan.pdf', hide, async (request, reply) => {
    const id = idOf(request);
    const actor = actorOf(request);
    const person = await readPerson(app.db, actor, id);
    const plan = person ? await readPlan(app.db, actor, id) : null;
    if (!person || !plan) throw new NotFoundError('Er is geen plan van aanpak voor deze persoon, of je hebt geen toegang.');
    const pdf = await renderPdf(
      `Plan van aanpak voor ${person.givenName} ${person.familyName}`,
      `Dit plan maakten jullie samen met ${person.ownerOrganizationName}. Je hebt geen verplichtingen. Lukt een afspraak niet? Zeg het, dan passen jullie het plan aan.`,
      [
        { heading: 'Het doel', paragraphs: [`${goalTypes[plan.goalType]}: ${plan.goal}`, `We bespreken het plan weer op ${formatDay(plan.reviewDate)}.`] },
        { heading: 'Wat jij van ons mag verwachten', paragraphs: [plan.personExpects ?? 'Nog niet ingevuld.'] },
        { heading: 'Wat wij van jou verwachten', paragraphs: [plan.professionalExpects ?? 'Nog niet ingevuld.'] },
        {
          heading: 'Afspraken',
          paragraphs: plan.agreements.length
            ? plan.agreements.map((a) => `${a.description}. Wie: ${a.owner === 'persoon' ? 'jij' : a.ownerName ?? 'je contactpersoon'}. Klaar op ${formatDay(a.dueDate)}.${a.doneAt ? ' Gedaan.' : ''}`)
            : ['Er zijn nog geen afspraken.'],
        },
        { heading: 'Bevestiging', paragraphs: [plan.confirmedAt ? `Je hebt dit plan bevestigd op ${formatDateTime(plan.confirmedAt)}.` : 'Je hebt dit plan nog niet bevestigd.'] },
      ],
    );
    return reply.header('content-disposition', 'attachment; filename="plan-van-aanpak.pdf"').type('application/pdf').send(pdf);
  });

  app.post('/personen/:id/contacten', post, async (request, reply) => {
    const id = idOf(request);
    const values = readContactForm(body(request));
    const { errors, input } = validateContact(values, todayIso());
    if (!input) return invalid(request, reply, id, { contact: { values, errors } });
    if (!(await addContact(app.db, actorOf(request), id, input))) throw notFound();
    return back(reply, id, 'contact');
  });

  app.post('/personen/:id/transities', post, async (request, reply) => {
    const id = idOf(request);
    const values = readTransitionForm(body(request));
    const { errors, input } = validateTransition(values);
    if (!input) return invalid(request, reply, id, { transition: { values, errors } });
    if (!(await addTransition(app.db, actorOf(request), id, input, todayIso()))) throw notFound();
    return back(reply, id, 'transities');
  });

  app.post('/personen/:id/transities/:transitionId/oppakken', post, async (request, reply) => {
    const id = idOf(request);
    if (!(await pickUpTransition(app.db, actorOf(request), id, idOf(request, 'transitionId')))) throw notFound();
    return back(reply, id, 'transities');
  });

  /** The confirmation page of ending support (owner only, not yet ended). */
  async function endPage(request: FastifyRequest, reply: FastifyReply, id: string, errors: FieldError[], status = 200) {
    const actor = actorOf(request);
    const person = await readPerson(app.db, actor, id);
    const intake = person?.owned ? await readIntake(app.db, actor, id) : null;
    if (!person || !intake || intake.endReason !== null) throw notFound();
    return reply.page(EndSupportPage({ user: user(request), csrfToken: reply.generateCsrf(), personId: id, name: `${person.givenName} ${person.familyName}`, errors }), status);
  }

  app.get('/personen/:id/beeindigen', hide, async (request, reply) => endPage(request, reply, idOf(request), []));

  app.post('/personen/:id/beeindigen', post, async (request, reply) => {
    const id = idOf(request);
    const { errors, reason } = validateEndReason(text(body(request), 'endReason'));
    if (!reason) return endPage(request, reply, id, errors, 400);
    if (!(await endSupport(app.db, actorOf(request), id, reason))) throw notFound();
    return back(reply, id, 'einde');
  });
}

export { DossierSections };
