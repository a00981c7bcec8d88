// Routes on one person's referrals: the check and a new referral, the
// handover of the contact person (and its decisions) and the person's own link.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, type PersonRecord, readPerson } from '../../db/persons.ts';
import { findShare, formatShareCode, normalizeShareCode } from '../../db/rechtencheck.ts';
import { createPersonLink, createReferral, decideHandover, handoverColleagues, handoverOrganizations, handoversForMe, handoversOfPerson, offerCheck, personLinkState, personReferrals, proposeHandover, receivedReferrals, rechtencheckCodeOf, referralOffers, referralOrganizations, revokePersonLinks } from '../../db/referrals/index.ts';
import { readIntake } from '../../db/trajecten/index.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { evaluate } from '../../domain/rechtencheck/index.ts';
import { actorOf } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { InboxPage } from './overview-views.tsx';
import { PersonReferralsPage, type RechtencheckSummary } from './person-views.tsx';
import { noStore, notFound, outcomeWords, type OverdrachtContext, personNotFound } from './route-context.ts';
import { emptyReferralForm, type HandoverForm, readHandoverForm, readReferralForm, type ReferralForm, text, todayIso, validateHandover, validateReferral } from './service.ts';

export function personRoutes(app: FastifyInstance, ctx: OverdrachtContext): void {
  const { hide, post, user, body, query, notice, idOf, notify, notifyHandover } = ctx;
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

}
