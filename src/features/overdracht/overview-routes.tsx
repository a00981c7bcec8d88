// The sender's overview, the receiver's inbox, the response-time setting and
// the report.
import type { FastifyInstance } from 'fastify';
import { handoversForMe, handoversProposedBy, newReceivedCount, overdueReferrals, receivedReferrals, referralPolicy, referralReport, saveReferralPolicy, sentReferrals } from '../../db/referrals/index.ts';
import { actorOf } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { InboxPage, PolicyPage, ReportPage, SentPage } from './overview-views.tsx';
import type { OverdrachtContext } from './route-context.ts';
import { readPolicyForm, todayIso, validatePolicy } from './service.ts';

export function overviewRoutes(app: FastifyInstance, ctx: OverdrachtContext): void {
  const { hide, post, user, body, query, notice } = ctx;
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

}
