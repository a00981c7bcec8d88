// Warme overdracht routes: a person's referrals and a new referral (with the
// check whether it can succeed), the sender's overview, the receiver's inbox,
// one referral and its actions, handover of the fixed contact person, the
// person's own link, the e-mailed link for receivers without InBeeld, the
// response-time settings and the report. See docs/overdracht.md.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { OwnNazorg, ownWork } from '../nazorg/own-page.tsx';
import { today } from '../nazorg/clock.ts';
import { readPerson, type Actor, type PersonRecord } from '../../db/persons.ts';
import { findShare, formatShareCode, normalizeShareCode } from '../../db/rechtencheck.ts';
import {
  actExternal,
  actOnReferral,
  createPersonLink,
  createReferral,
  decideHandover,
  EXTERNAL_LINK_DAYS,
  handoverColleagues,
  handoverOrganizations,
  handoversForMe,
  handoversOfPerson,
  handoversProposedBy,
  newReceivedCount,
  offerCheck,
  overdueReferrals,
  personLinkState,
  personOverview,
  personReferrals,
  proposeHandover,
  readExternal,
  readReferral,
  receivedReferrals,
  rechtencheckCodeOf,
  referralOffers,
  referralOrganizations,
  referralPolicy,
  referralReport,
  renewExternalLink,
  revokePersonLinkByToken,
  revokePersonLinks,
  saveReferralPolicy,
  sendReferral,
  sentReferrals,
  type Notice,
} from '../../db/referrals.ts';
import { readIntake } from '../../db/trajecten.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { evaluate } from '../../domain/rechtencheck/index.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { NotFoundError, type FieldError } from '../../web/errors.ts';
import { createMailer } from '../../web/mail.ts';
import {
  actionOf,
  emptyReferralForm,
  followUpOf,
  readActionForm,
  readHandoverForm,
  readPolicyForm,
  readReferralForm,
  text,
  todayIso,
  validateHandover,
  validatePolicy,
  validateReferral,
  validateSend,
  type ActionForm,
  type Body,
  type HandoverForm,
  type ReferralForm,
} from './service.ts';
import {
  DetailPage,
  ExternalPage,
  InboxPage,
  MessagePage,
  PersonOverviewPage,
  PersonReferralsPage,
  PolicyPage,
  ReportPage,
  SentPage,
  type RechtencheckSummary,
} from './views.tsx';

const notices: Record<string, string> = {
  verstuurd: 'De doorverwijzing is verstuurd. De ontvanger kreeg een bericht zonder persoonsgegevens.',
  concept: 'De doorverwijzing is bewaard als concept. Er is nog niets verstuurd.',
  bijgewerkt: 'De status is bijgewerkt. De andere organisatie ziet het meteen.',
  vervolg: 'De doorverwijzing is afgerond. De verwijzer kreeg een concept-doorverwijzing naar de nieuwe organisatie.',
  link: 'Er is een nieuwe beveiligde link verstuurd. De oude link werkt niet meer.',
  overdracht: 'De overdracht is voorgesteld. Het huidige aanspreekpunt blijft tot de nieuwe contactpersoon accepteert.',
  'overdracht-ingetrokken': 'De overdracht is ingetrokken. Er verandert niets aan het vaste aanspreekpunt.',
  'overdracht-afgewezen': 'Je hebt de overdracht afgewezen. Het huidige aanspreekpunt blijft.',
  aanspreekpunt: 'Je bent nu het vaste aanspreekpunt.',
  'link-uit': 'De persoonlijke link is uitgezet.',
  opgeslagen: 'De antwoordtermijn is opgeslagen. Nieuwe doorverwijzingen gebruiken deze termijn.',
};

const outcomeWords: Record<string, string> = {
  waarschijnlijk: 'Waarschijnlijk wel',
  misschien: 'Misschien',
  waarschijnlijk_niet: 'Waarschijnlijk niet',
  meer_informatie_nodig: 'Meer informatie nodig',
};

const notFound = (what = 'Deze doorverwijzing bestaat niet, of je hebt er geen toegang toe.') => new NotFoundError(what);
const personNotFound = () => new NotFoundError('Deze persoon bestaat niet, of je hebt geen toegang tot het dossier.');

/** Links for external receivers and persons carry secrets: keep them out of caches and the back-forward cache. */
function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store');
}

export async function overdrachtPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const post = { ...hide, preValidation: app.csrfProtection };
  const linkLimit = { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } };
  const mailer = createMailer(app.db, app.config.smtpUrl, app.config.mailFrom);
  const user = (request: FastifyRequest) => request.user as SessionUser;
  const body = (request: FastifyRequest) => (request.body ?? {}) as Body;
  const query = (request: FastifyRequest) => (request.query ?? {}) as Record<string, unknown>;
  const notice = (request: FastifyRequest) => notices[String(query(request).melding ?? '')];
  const idOf = (request: FastifyRequest, error = notFound) => {
    const value = (request.params as Record<string, string>).id ?? '';
    if (!UUID_PATTERN.test(value)) throw error();
    return value;
  };

  /** E-mail without personal data: there is an update, and where to look. */
  async function notify(n: Notice | null): Promise<void> {
    if (!n) return;
    const base = app.config.baseUrl;
    const mail = (() => {
      switch (n.kind) {
        case 'nieuw':
          return {
            subject: 'Nieuwe doorverwijzing in InBeeld',
            text: `Er is een nieuwe doorverwijzing voor jullie organisatie.\n\nBekijk hem in InBeeld (log eerst in):\n${base}/doorverwijzingen/${n.referralId}\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
          };
        case 'update':
          return {
            subject: 'Update over een doorverwijzing in InBeeld',
            text: `Er is iets veranderd aan een doorverwijzing.\n\nBekijk het in InBeeld (log eerst in):\n${base}/doorverwijzingen/${n.referralId}\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
          };
        case 'extern-nieuw':
          return {
            subject: 'Doorverwijzing via InBeeld: graag uw antwoord',
            text: `Uw organisatie heeft een doorverwijzing gekregen via InBeeld.\n\nOpen de beveiligde link om te zien waar het om gaat en om te antwoorden: accepteren, afwijzen of afsluiten met een uitkomst. U hebt geen account nodig.\n\n${base}/overdracht/extern?sleutel=${n.token}\n\nDe link werkt ${EXTERNAL_LINK_DAYS} dagen. Stuur deze e-mail niet door: wie de link heeft, kan de doorverwijzing zien.\n\nIn deze e-mail staan bewust geen persoonsgegevens.`,
          };
        case 'extern-update':
          return {
            subject: 'Update over een doorverwijzing via InBeeld',
            text: 'Er is iets veranderd aan een doorverwijzing die u via InBeeld kreeg. Gebruik de link uit de eerste e-mail om het te bekijken.\n\nIn deze e-mail staan bewust geen persoonsgegevens.',
          };
      }
    })();
    for (const to of n.to) await mailer.send({ to, subject: mail.subject, text: mail.text });
  }

  async function notifyHandover(to: string[], decided: boolean): Promise<void> {
    const text = decided
      ? `Er is een antwoord op een overdracht van het vaste aanspreekpunt.\n\nBekijk het in InBeeld (log eerst in):\n${app.config.baseUrl}/doorverwijzingen\n\nIn deze e-mail staan bewust geen persoonsgegevens.`
      : `Er is een voorstel om jou of jullie organisatie het vaste aanspreekpunt te maken van iemand.\n\nBekijk het in InBeeld (log eerst in):\n${app.config.baseUrl}/doorverwijzingen/ontvangen\n\nIn deze e-mail staan bewust geen persoonsgegevens.`;
    for (const address of to) await mailer.send({ to: address, subject: 'Overdracht van een vast aanspreekpunt in InBeeld', text });
  }

  // ------------------------------------------------------------ one person's referrals

  async function rechtencheckSummary(actor: Actor, personId: string, typed: string): Promise<RechtencheckSummary | null> {
    const raw = typed || (await rechtencheckCodeOf(app.db, actor, personId)) || '';
    if (!raw) return null;
    const code = normalizeShareCode(raw);
    if (!code) return { status: 'invalid', code: raw.slice(0, 20), rows: [] };
    const found = await findShare(app.db, code);
    if (found.status !== 'ok') return { status: found.status, code: formatShareCode(code), rows: [] };
    const result = evaluate(found.receipt.facts, { date: found.receipt.date, policy: found.receipt.policy });
    return {
      status: 'ok',
      code: formatShareCode(code),
      rows: result.results.map((r) => ({ title: r.title.nl, outcome: outcomeWords[r.outcome] ?? r.outcome })),
    };
  }

  interface PersonPageExtra {
    selected?: { serviceKey: string; organizationKey: string; code: string };
    form?: ReferralForm;
    errors?: FieldError[];
    handoverForm?: HandoverForm;
    handoverErrors?: FieldError[];
    newLink?: { url: string; expiresAt: string };
    notice?: string | undefined;
  }

  async function showPerson(request: FastifyRequest, reply: FastifyReply, person: PersonRecord, extra: PersonPageExtra, status = 200) {
    const actor = actorOf(request);
    const today = todayIso();
    const referrals = await personReferrals(app.db, actor, person.id, today);
    if (!person.owned && referrals === null) throw personNotFound();
    const intake = await readIntake(app.db, actor, person.id);
    const offers = person.owned ? await referralOffers(app.db, actor, person.gemeenteCode) : [];
    const organizations = person.owned ? await referralOrganizations(app.db, actor) : [];
    const selected = extra.selected ?? { serviceKey: '', organizationKey: '', code: '' };
    const offer = offers.find((o) => o.serviceKey === selected.serviceKey);
    const org = organizations.find((o) => o.key === selected.organizationKey);
    const check = offer
      ? await offerCheck(app.db, actor, person.id, { serviceId: offer.serviceId }, person.gemeenteCode)
      : org
        ? await offerCheck(app.db, actor, person.id, { organizationId: org.id }, person.gemeenteCode)
        : null;
    const form = extra.form ?? { ...emptyReferralForm(), externalEmail: check?.defaultEmail ?? '' };
    const colleagues = person.owned ? (await handoverColleagues(app.db, actor)).filter((c) => c.id !== intake?.contactPersonId) : [];
    return noStore(reply).page(
      PersonReferralsPage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        personId: person.id,
        personName: `${person.givenName} ${person.familyName}`,
        owned: person.owned,
        ended: (intake?.endReason ?? null) !== null || person.erasedAt !== null,
        today,
        ...(extra.notice ? { notice: extra.notice } : {}),
        referrals: referrals ?? [],
        offers,
        organizations: organizations.map((o) => ({ code: o.key, name: o.name })),
        selected: { serviceId: selected.serviceKey, organizationId: selected.organizationKey, code: selected.code },
        check,
        rechtencheck: check ? await rechtencheckSummary(actor, person.id, selected.code) : null,
        form,
        errors: extra.errors ?? [],
        contactPersonName: intake?.contactPersonName ?? null,
        handovers: await handoversOfPerson(app.db, actor, person.id),
        colleagues: colleagues.map((c) => ({ code: c.id, name: c.name })),
        handoverOrganizations: person.owned ? (await handoverOrganizations(app.db, actor)).map((o) => ({ code: o.id, name: o.name })) : [],
        handoverForm: extra.handoverForm ?? null,
        handoverErrors: extra.handoverErrors ?? [],
        link: person.owned ? await personLinkState(app.db, person.id) : { active: false, expiresAt: null, createdAt: null },
        ...(extra.newLink ? { newLink: extra.newLink } : {}),
        baseUrl: app.config.baseUrl,
      }),
      status,
    );
  }

  async function personOf(request: FastifyRequest): Promise<PersonRecord> {
    const person = await readPerson(app.db, actorOf(request), idOf(request, personNotFound));
    if (!person) throw personNotFound();
    return person;
  }

  app.get('/personen/:id/doorverwijzingen', hide, async (request, reply) => {
    const person = await personOf(request);
    const q = query(request);
    const pick = (name: string) => (typeof q[name] === 'string' ? (q[name] as string).slice(0, 200) : '');
    return showPerson(request, reply, person, { selected: { serviceKey: pick('aanbod'), organizationKey: pick('aanbod') ? '' : pick('organisatie'), code: pick('code') }, notice: notice(request) });
  });

  app.post('/personen/:id/doorverwijzingen', post, async (request, reply) => {
    const actor = actorOf(request);
    const person = await personOf(request);
    if (!person.owned) throw personNotFound();
    const f = readReferralForm(body(request));
    const serviceId = UUID_PATTERN.test(f.serviceId) ? f.serviceId : null;
    const organizationId = UUID_PATTERN.test(f.organizationId) ? f.organizationId : null;
    const check = serviceId
      ? await offerCheck(app.db, actor, person.id, { serviceId }, person.gemeenteCode)
      : organizationId
        ? await offerCheck(app.db, actor, person.id, { organizationId }, person.gemeenteCode)
        : null;
    const again = (errors: FieldError[]) =>
      showPerson(request, reply, person, {
        selected: { serviceKey: check?.service?.key ?? '', organizationKey: check && !check.service ? check.organizationKey : '', code: f.code },
        form: f,
        errors,
      }, 400);
    if (!check) return again([{ field: 'aanbod', message: 'Naar: kies een aanbod of organisatie uit de lijst.' }]);
    const v = validateReferral(f, !check.usesInBeeld);
    if (v.errors.length) return again(v.errors);
    const result = await createReferral(
      app.db,
      actor,
      { personId: person.id, serviceId: check.service?.id ?? null, receiverOrganizationId: check.organizationId, question: f.question, parts: v.parts, send: v.send },
      todayIso(),
    );
    if (result.status === 'not-found') throw personNotFound();
    if (result.status === 'invalid') return again([{ field: result.field === 'target' ? 'aanbod' : result.field, message: result.message }]);
    await notify(result.notice);
    return reply.redirect(`/doorverwijzingen/${result.id}?melding=${v.asConcept ? 'concept' : 'verstuurd'}`, 303);
  });

  app.post('/personen/:id/aanspreekpunt', post, async (request, reply) => {
    const person = await personOf(request);
    const f = readHandoverForm(body(request));
    const { errors, input } = validateHandover(f);
    if (!input) return showPerson(request, reply, person, { handoverForm: f, handoverErrors: errors }, 400);
    const result = await proposeHandover(app.db, actorOf(request), person.id, input, todayIso());
    if (result.status === 'not-found') throw personNotFound();
    if (result.status === 'invalid') return showPerson(request, reply, person, { handoverForm: f, handoverErrors: [{ field: result.field, message: result.message }] }, 400);
    await notifyHandover(result.notice.to, false);
    return reply.redirect(`/personen/${person.id}/doorverwijzingen?melding=overdracht#aanspreekpunt`, 303);
  });

  app.post('/personen/:id/persoonlijke-link', post, async (request, reply) => {
    const person = await personOf(request);
    const link = await createPersonLink(app.db, actorOf(request), person.id);
    if (!link) throw personNotFound();
    return showPerson(request, reply, person, { newLink: { url: `${app.config.baseUrl}/mijn-doorverwijzingen?sleutel=${link.token}`, expiresAt: link.expiresAt } });
  });

  app.post('/personen/:id/persoonlijke-link/uitzetten', post, async (request, reply) => {
    const id = idOf(request, personNotFound);
    if (!(await revokePersonLinks(app.db, actorOf(request), id))) throw personNotFound();
    return reply.redirect(`/personen/${id}/doorverwijzingen?melding=link-uit`, 303);
  });

  // ------------------------------------------------------------ handover decisions

  app.post('/overdrachten/:id/accepteren', post, async (request, reply) => {
    const result = await decideHandover(app.db, actorOf(request), idOf(request), { kind: 'accepteren' });
    if (result.status === 'not-found') throw notFound('Deze overdracht bestaat niet, is al beantwoord, of is niet voor jou.');
    await notifyHandover(result.notice.to, true);
    return reply.redirect('/doorverwijzingen/ontvangen?melding=aanspreekpunt', 303);
  });

  app.post('/overdrachten/:id/afwijzen', post, async (request, reply) => {
    const id = idOf(request);
    const reason = text(body(request), 'declineReason', 500);
    if (!reason) {
      const actor = actorOf(request);
      const handovers = await handoversForMe(app.db, actor);
      if (!handovers.some((h) => h.id === id)) throw notFound('Deze overdracht bestaat niet, is al beantwoord, of is niet voor jou.');
      const rows = await receivedReferrals(app.db, actor, todayIso());
      return reply.page(
        InboxPage({ user: user(request), csrfToken: reply.generateCsrf(), rows, handovers, today: todayIso(), notice: 'Niet afgewezen: schrijf op waarom je de overdracht afwijst. Het huidige aanspreekpunt blijft.' }),
        400,
      );
    }
    const result = await decideHandover(app.db, actorOf(request), id, { kind: 'afwijzen', reason });
    if (result.status === 'not-found') throw notFound('Deze overdracht bestaat niet, is al beantwoord, of is niet voor jou.');
    await notifyHandover(result.notice.to, true);
    return reply.redirect('/doorverwijzingen/ontvangen?melding=overdracht-afgewezen', 303);
  });

  app.post('/overdrachten/:id/intrekken', post, async (request, reply) => {
    const result = await decideHandover(app.db, actorOf(request), idOf(request), { kind: 'intrekken' });
    if (result.status === 'not-found') throw notFound('Deze overdracht bestaat niet, is al beantwoord, of is niet van jouw organisatie.');
    await notifyHandover(result.notice.to, true);
    return reply.redirect(`/personen/${result.personId}/doorverwijzingen?melding=overdracht-ingetrokken`, 303);
  });

  // ------------------------------------------------------------ overviews

  app.get('/doorverwijzingen', hide, async (request, reply) => {
    const actor = actorOf(request);
    const today = todayIso();
    const rows = await sentReferrals(app.db, actor, today);
    // The same persons were logged by the list just read.
    const overdue = await overdueReferrals(app.db, actor, today, { log: false });
    return reply.page(
      SentPage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        rows,
        overdue,
        handovers: await handoversProposedBy(app.db, actor),
        today,
        newReceived: await newReceivedCount(app.db, actor),
        ...(notice(request) ? { notice: notice(request)! } : {}),
      }),
    );
  });

  app.get('/doorverwijzingen/ontvangen', hide, async (request, reply) => {
    const actor = actorOf(request);
    const today = todayIso();
    return reply.page(
      InboxPage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        rows: await receivedReferrals(app.db, actor, today),
        handovers: await handoversForMe(app.db, actor),
        today,
        ...(notice(request) ? { notice: notice(request)! } : {}),
      }),
    );
  });

  // ------------------------------------------------------------ settings and report

  app.get('/doorverwijzingen/instellingen', hide, async (request, reply) =>
    reply.page(
      PolicyPage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        policy: await referralPolicy(app.db, actorOf(request).organizationId!),
        form: null,
        errors: [],
        ...(notice(request) ? { notice: notice(request)! } : {}),
      }),
    ),
  );

  app.post('/doorverwijzingen/instellingen', post, async (request, reply) => {
    const actor = actorOf(request);
    const f = readPolicyForm(body(request));
    const { errors, input } = validatePolicy(f);
    if (!input) {
      return reply.page(PolicyPage({ user: user(request), csrfToken: reply.generateCsrf(), policy: await referralPolicy(app.db, actor.organizationId!), form: f, errors }), 400);
    }
    await saveReferralPolicy(app.db, actor, input);
    return reply.redirect('/doorverwijzingen/instellingen?melding=opgeslagen', 303);
  });

  app.get('/doorverwijzingen/rapport', hide, async (request, reply) => {
    const q = query(request);
    const today = todayIso();
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const from = typeof q.van === 'string' && q.van ? q.van.slice(0, 20) : yearAgo;
    const to = typeof q.tot === 'string' && q.tot ? q.tot.slice(0, 20) : today;
    const errors: FieldError[] = [];
    const valid = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
    if (!valid(from)) errors.push({ field: 'van', message: 'Van: dit is geen geldige datum. Gebruik bijvoorbeeld 2026-01-01.' });
    if (!valid(to)) errors.push({ field: 'tot', message: 'Tot en met: dit is geen geldige datum. Gebruik bijvoorbeeld 2026-12-31.' });
    if (!errors.length && to < from) errors.push({ field: 'tot', message: 'Tot en met: deze datum ligt vóór de begindatum.' });
    const rows = errors.length ? [] : await referralReport(app.db, actorOf(request), { from, to });
    return reply.page(ReportPage({ user: user(request), csrfToken: reply.generateCsrf(), rows, from, to, errors }), errors.length ? 400 : 200);
  });

  // ------------------------------------------------------------ one referral

  async function showReferral(request: FastifyRequest, reply: FastifyReply, id: string, extra: { errors?: FieldError[]; actionForm?: ActionForm; sendForm?: ReferralForm; notice?: string | undefined } = {}, status = 200) {
    const actor = actorOf(request);
    const d = await readReferral(app.db, actor, id, todayIso());
    if (!d) throw notFound();
    let sendCheck = null;
    let defaultEmail = '';
    if (d.state === 'concept' && d.role === 'sender') {
      const check =
        (d.serviceId ? await offerCheck(app.db, actor, d.personId, { serviceId: d.serviceId }, null) : null) ??
        (await offerCheck(app.db, actor, d.personId, { organizationId: d.receiverOrganizationId }, null));
      if (check) sendCheck = { organizationName: check.organizationName, usesInBeeld: check.usesInBeeld, alreadyVisible: check.alreadyVisible };
      defaultEmail = check?.defaultEmail ?? '';
    }
    const sendForm = extra.sendForm ?? { ...emptyReferralForm(), parts: d.parts, externalEmail: defaultEmail };
    return reply.page(
      DetailPage({
        user: user(request),
        csrfToken: reply.generateCsrf(),
        d,
        errors: extra.errors ?? [],
        actionForm: extra.actionForm ?? null,
        sendForm,
        sendCheck,
        organizations: (await referralOrganizations(app.db, actor)).map((o) => ({ code: o.id, name: o.name })),
        ...(extra.notice ? { notice: extra.notice } : {}),
      }),
      status,
    );
  }

  app.get('/doorverwijzingen/:id', hide, async (request, reply) => showReferral(request, reply, idOf(request), { notice: notice(request) }));

  app.post('/doorverwijzingen/:id/actie', post, async (request, reply) => {
    const id = idOf(request);
    const f = readActionForm(body(request));
    const action = actionOf(f);
    const fieldId = (field: string) => (field === 'actie' || !action ? 'acties' : `${field}-${action}`);
    if (!action) return showReferral(request, reply, id, { actionForm: f, errors: [{ field: 'acties', message: 'Actie: deze actie kennen we niet. Kies een van de knoppen.' }] }, 400);
    const result = await actOnReferral(app.db, actorOf(request), id, action, {
      reason: f.reason || null,
      note: f.note || null,
      outcome: f.outcome || null,
      followUpOrganizationId: followUpOf(f),
    });
    if (result.status === 'not-found') throw notFound();
    if (result.status === 'invalid') return showReferral(request, reply, id, { actionForm: f, errors: [{ field: fieldId(result.field), message: result.message }] }, 400);
    await notify(result.notice);
    return reply.redirect(`/doorverwijzingen/${id}?melding=${result.followUpId ? 'vervolg' : 'bijgewerkt'}`, 303);
  });

  app.post('/doorverwijzingen/:id/versturen', post, async (request, reply) => {
    const id = idOf(request);
    const actor = actorOf(request);
    const f = { ...emptyReferralForm(), ...readReferralForm(body(request)) };
    const d = await readReferral(app.db, actor, id, todayIso());
    if (!d || d.role !== 'sender') throw notFound();
    const check = await offerCheck(app.db, actor, d.personId, { organizationId: d.receiverOrganizationId }, null);
    const errors: FieldError[] = [];
    const input = validateSend(f, check ? !check.usesInBeeld : false, errors);
    if (!input) return showReferral(request, reply, id, { sendForm: f, errors }, 400);
    const result = await sendReferral(app.db, actor, id, input, todayIso());
    if (result.status === 'not-found') throw notFound();
    if (result.status === 'invalid') return showReferral(request, reply, id, { sendForm: f, errors: [{ field: result.field === 'actie' ? 'parts' : result.field, message: result.message }] }, 400);
    await notify(result.notice);
    return reply.redirect(`/doorverwijzingen/${id}?melding=verstuurd`, 303);
  });

  app.post('/doorverwijzingen/:id/nieuwe-link', post, async (request, reply) => {
    const id = idOf(request);
    const n = await renewExternalLink(app.db, actorOf(request), id);
    if (!n) throw notFound();
    await notify(n);
    return reply.redirect(`/doorverwijzingen/${id}?melding=link`, 303);
  });

  // ------------------------------------------------------------ external receivers: the e-mailed link (no login)

  const linkGone = 'Deze link werkt niet meer. Hij is verlopen, er is een nieuwe link gestuurd, of de persoon heeft de toestemming om gegevens te delen ingetrokken. Neem contact op met de organisatie die u de e-mail stuurde.';
  const linkUnknown = 'Deze link werkt niet. Gebruik de hele link uit de e-mail.';

  async function showExternal(request: FastifyRequest, reply: FastifyReply, token: string, extra: { errors?: FieldError[]; form?: ActionForm; notice?: string } = {}, status = 200) {
    const found = await readExternal(app.db, token, request.traceId);
    if (found.status !== 'ok') {
      return noStore(reply).page(MessagePage({ title: 'Deze link werkt niet', message: found.status === 'gone' ? linkGone : linkUnknown, path: '/overdracht/extern' }), found.status === 'gone' ? 410 : 404);
    }
    const organizations = (await app.db.query<{ id: string; name: string }>(`select id, name from organization where key <> 'je-gemeente' order by name`)).map((o) => ({ code: o.id, name: o.name }));
    return noStore(reply).page(
      ExternalPage({ csrfToken: reply.generateCsrf(), token, view: found.view, errors: extra.errors ?? [], form: extra.form ?? null, organizations, ...(extra.notice ? { notice: extra.notice } : {}) }),
      status,
    );
  }

  app.get('/overdracht/extern', { ...hide, ...linkLimit }, async (request, reply) => {
    const token = typeof query(request).sleutel === 'string' ? String(query(request).sleutel).slice(0, 100) : '';
    return showExternal(request, reply, token);
  });

  app.post('/overdracht/extern', { ...post, ...linkLimit }, async (request, reply) => {
    const token = text(body(request), 'sleutel', 100);
    const f = readActionForm(body(request));
    const action = actionOf(f);
    if (!action) return showExternal(request, reply, token, { form: f, errors: [{ field: 'actie', message: 'Kies een van de knoppen.' }] }, 400);
    const result = await actExternal(app.db, token, action, { reason: f.reason || null, note: f.note || null, outcome: f.outcome || null, followUpOrganizationId: followUpOf(f) }, request.traceId);
    if (result.status === 'not-found') return noStore(reply).page(MessagePage({ title: 'Deze link werkt niet', message: linkUnknown, path: '/overdracht/extern' }), 404);
    if (result.status === 'gone') return noStore(reply).page(MessagePage({ title: 'Deze link werkt niet', message: linkGone, path: '/overdracht/extern' }), 410);
    if (result.status === 'invalid') {
      const field = result.field === 'actie' ? 'actie' : `${result.field}-${action}`;
      return showExternal(request, reply, token, { form: f, errors: [{ field, message: result.message }] }, 400);
    }
    await notify(result.notice);
    return showExternal(request, reply, token, { notice: 'Dank u. Uw antwoord is opgeslagen en doorgegeven aan de verwijzer.' });
  });

  // ------------------------------------------------------------ the person's own page (no login)

  app.get('/mijn-doorverwijzingen', { ...hide, ...linkLimit }, async (request, reply) => {
    const token = typeof query(request).sleutel === 'string' ? String(query(request).sleutel).slice(0, 100) : '';
    const o = await personOverview(app.db, token, request.traceId);
    if (!o) {
      return noStore(reply).page(
        MessagePage({ title: 'Deze link werkt niet', message: 'Deze link werkt niet (meer). Misschien is hij verlopen of uitgezet. Vraag je contactpersoon om een nieuwe link.', path: '/mijn-doorverwijzingen' }),
        404,
      );
    }
    const work = await ownWork(app.db, token, today()); // nazorg (issue 14)
    return noStore(reply).page(PersonOverviewPage({ csrfToken: reply.generateCsrf(), token, o, work: work ? OwnNazorg({ w: work }) : null }));
  });

  app.post('/mijn-doorverwijzingen/uitzetten', { ...post, ...linkLimit }, async (request, reply) => {
    const token = text(body(request), 'sleutel', 100);
    const done = await revokePersonLinkByToken(app.db, token);
    return noStore(reply).page(
      MessagePage({
        title: done ? 'De link is uitgezet' : 'Deze link werkt niet',
        message: done ? 'De link werkt niet meer. Niemand kan deze pagina nu nog zien. Wil je later weer kijken? Vraag je contactpersoon om een nieuwe link.' : 'Deze link werkt niet (meer). Hij is misschien al uitgezet.',
        path: '/mijn-doorverwijzingen',
      }),
      done ? 200 : 404,
    );
  });
}
