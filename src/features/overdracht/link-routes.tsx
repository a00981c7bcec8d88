// Pages without login: the e-mailed link for receivers without InBeeld and
// the person's own page. Both carry secrets in the address: no caching.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actExternal, personOverview, readExternal, revokePersonLinkByToken } from '../../db/referrals/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { today } from '../nazorg/clock.ts';
import { OwnNazorg, ownWork } from '../nazorg/own-page.tsx';
import { ExternalPage, MessagePage, PersonOverviewPage } from './external-views.tsx';
import { noStore, type OverdrachtContext } from './route-context.ts';
import { type ActionForm, actionOf, followUpOf, readActionForm, text } from './service.ts';

export function linkRoutes(app: FastifyInstance, ctx: OverdrachtContext): void {
  const { hide, post, linkLimit, body, query, notify } = ctx;
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
