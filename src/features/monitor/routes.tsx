// The monitor for beleidsmedewerkers and teamleiders: aggregates with
// disclosure control, CSV per table, open data and a PDF report.
// See docs/monitor.md.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { srgLines } from './srg-service.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { InputError, NotFoundError } from '../../web/errors.ts';
import { openDataCsv, reportPdf, tableCsv } from './export.ts';
import { chartsFor, loadMonitor, readChoice } from './service.ts';
import { srgCsv } from './srg.ts';
import { SrgPage } from './srg-view.tsx';
import { MonitorPage } from './views.tsx';

const hide = { schema: { hide: true } };
const today = () => new Date().toISOString().slice(0, 10);

async function monitorRoutes(app: FastifyInstance) {
  const load = async (request: FastifyRequest) => {
    const r = readChoice((request.query ?? {}) as Record<string, unknown>, today());
    const monitor = r.current && r.previous ? await loadMonitor(app.db, request.user!.organizationId, r.choice, r.current, r.previous, app.config.monitorMinimum) : null;
    return { ...r, monitor };
  };
  const fileName = (s: string) => s.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();

  app.get('/monitor', hide, async (request, reply) => {
    const { choice, errors, monitor } = await load(request);
    const charts = monitor ? await chartsFor(monitor) : new Map<string, string>();
    return reply.page(MonitorPage({ user: request.user as SessionUser, csrfToken: reply.generateCsrf(), monitor, charts, choice, errors }), errors.length ? 400 : 200);
  });

  app.get('/monitor/csv/:tabel', hide, async (request, reply) => {
    const { monitor, errors } = await load(request);
    if (errors.length) throw new InputError(errors.map((e) => e.message).join(' '), errors);
    const csv = monitor ? tableCsv(monitor, String((request.params as { tabel: string }).tabel)) : null;
    if (!monitor || csv === null) throw new NotFoundError('Deze tabel bestaat niet in de monitor.');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="monitor-${fileName((request.params as { tabel: string }).tabel)}-${monitor.current.from}.csv"`)
      .send(`\uFEFF${csv}`);
  });

  app.get('/monitor/open-data.csv', hide, async (request, reply) => {
    const { monitor, errors } = await load(request);
    if (errors.length) throw new InputError(errors.map((e) => e.message).join(' '), errors);
    if (!monitor) throw new NotFoundError('Je account hoort niet bij een gemeente.');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="inbeeld-open-data-${fileName(monitor.scope.name)}-${monitor.current.from}.csv"`)
      .send(`\uFEFF${openDataCsv(monitor)}`);
  });

  app.get('/monitor/rapport.pdf', hide, async (request, reply) => {
    const { monitor, errors } = await load(request);
    if (errors.length) throw new InputError(errors.map((e) => e.message).join(' '), errors);
    if (!monitor) throw new NotFoundError('Je account hoort niet bij een gemeente.');
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="monitor-${fileName(monitor.scope.name)}-${monitor.current.from}.pdf"`)
      .send(await reportPdf(monitor));
  });

  // SRG delivery to the CBS (teamleider only: the file holds BSNs).
  app.get('/monitor/srg', hide, async (request, reply) => {
    const r = await srgLines(app.db, actorOf(request), (request.query ?? {}) as Record<string, unknown>, today(), false);
    return reply.page(SrgPage({ user: request.user as SessionUser, csrfToken: reply.generateCsrf(), month: r.month, result: r.result, errors: r.errors }), r.errors.length ? 400 : 200);
  });

  app.get('/monitor/srg.csv', hide, async (request, reply) => {
    const r = await srgLines(app.db, actorOf(request), (request.query ?? {}) as Record<string, unknown>, today(), true);
    if (!r.result) throw new InputError(r.errors.map((e) => e.message).join(' '), r.errors);
    return reply
      .type('text/csv; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="srg-${r.month}.csv"`)
      .send(srgCsv(r.result.lines));
  });
}

export const monitorPlugin = fp(monitorRoutes, { name: 'monitor' });
