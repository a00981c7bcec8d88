// One referral: reading it, its actions, sending a concept, a new e-mail link.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actOnReferral, offerCheck, readReferral, referralOrganizations, renewExternalLink, sendReferral } from '../../db/referrals/index.ts';
import { actorOf } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { DetailPage } from './detail-views.tsx';
import { notFound, type OverdrachtContext } from './route-context.ts';
import { type ActionForm, actionOf, emptyReferralForm, followUpOf, readActionForm, readReferralForm, type ReferralForm, todayIso, validateSend } from './service.ts';

export function referralRoutes(app: FastifyInstance, ctx: OverdrachtContext): void {
  const { hide, post, user, body, notice, idOf, notify } = ctx;
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

}
