// Nazorg routes: the nazorg list, a person's work page, the placement,
// check-in and end forms, the schedule settings and the durability figures.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { durabilityFigures, dimensions, type Dimension } from '../../db/nazorg/durability.ts';
import { nazorgList } from '../../db/nazorg/list.ts';
import { readPersonNazorg } from '../../db/nazorg/placements.ts';
import { organizationGemeente, pickSchedule, schedulesOf } from '../../db/nazorg/schedule.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { today } from './clock.ts';
import { notFound, personGemeente, placementViews, uuidParam } from './helpers.ts';
import { nazorgWriteRoutes } from './routes-write.tsx';
import { scheduleRoutes } from './routes-schedule.tsx';
import { durabilityChart, durabilityCsv, DurabilityPage } from './views-durability.tsx';
import { NazorgListPage } from './views-list.tsx';
import { PersonNazorgPage } from './views-person.tsx';

export async function nazorgPlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const user = (request: FastifyRequest) => request.user as SessionUser;

  app.get('/nazorg', hide, async (request, reply) => {
    const team = (request.query as Record<string, unknown>).weergave === 'team';
    const now = today();
    const items = await nazorgList(app.db, actorOf(request), now, { mine: !team });
    return reply.page(NazorgListPage({ user: user(request), csrfToken: reply.generateCsrf(), items, team, today: now }));
  });

  app.get('/personen/:id/nazorg', hide, async (request, reply) => showPerson(request, reply));

  /** The person's work page; `notice` after a successful post. */
  async function showPerson(request: FastifyRequest, reply: FastifyReply, notice?: string) {
    const id = uuidParam(request, 'id');
    const actor = actorOf(request);
    const data = await readPersonNazorg(app.db, actor, id);
    if (!data) throw notFound();
    const views = await placementViews(app, data, await personGemeente(app, id));
    // readPersonNazorg logged this view: the list for one person is not logged again.
    const items = data.owned ? await nazorgList(app.db, actor, today(), { personId: id, log: false }) : [];
    return reply.page(PersonNazorgPage({ user: user(request), csrfToken: reply.generateCsrf(), data, views, items, notice }));
  }

  await nazorgWriteRoutes(app);
  await scheduleRoutes(app);

  async function figures(request: FastifyRequest) {
    const actor = actorOf(request);
    const raw = String((request.query as Record<string, unknown>).indeling ?? 'kwartaal');
    const dimension = (raw in dimensions ? raw : 'kwartaal') as Dimension;
    const schedule = pickSchedule(await schedulesOf(app.db, await organizationGemeente(app.db, actor.organizationId)), '*');
    const now = today();
    const rows = await durabilityFigures(app.db, actor.organizationId!, now, { gapWeeks: schedule.gapWeeks, firstCheckinWeeks: schedule.firstUntilWeeks });
    return { rows, dimension, now, gapWeeks: schedule.gapWeeks };
  }

  app.get('/nazorg/duurzaamheid', hide, async (request, reply) => {
    const { rows, dimension, now, gapWeeks } = await figures(request);
    const chart = await durabilityChart(rows, dimension);
    return reply.page(DurabilityPage({ user: user(request), csrfToken: reply.generateCsrf(), rows, dimension, today: now, gapWeeks, chart }));
  });

  app.get('/nazorg/duurzaamheid.csv', hide, async (request, reply) => {
    const { rows, now } = await figures(request);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="duurzaamheid-${now}.csv"`)
      .send(durabilityCsv(rows));
  });
}
