// GET /vandaag: gathers what waits for a consulent (their persons) or a
// teamleider (the whole team). Every read logs its persons (see the db functions).
import type { FastifyInstance } from 'fastify';
import { receivedReferrals } from '../../db/referrals/index.ts';
import { signalKinds } from '../../db/signals.ts';
import { registrationQueue } from '../../db/trajecten/index.ts';
import { consulentScope } from '../../db/werkruimte/scope.ts';
import { dueTasks, loadPerConsulent } from '../../db/werkruimte/tasks.ts';
import { ListLog } from '../../db/list-log.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { signalsFor, todayIso } from '../trajecten/routes.tsx';
import { VandaagPage } from './vandaag-views.tsx';

const signalLabels: Record<string, string> = {
  ...Object.fromEntries(Object.entries(signalKinds).map(([k, v]) => [k, v.label])),
  'doorverwijzing-onbeantwoord': 'Doorverwijzing niet beantwoord',
};

export async function vandaagRoutes(app: FastifyInstance) {
  app.get('/vandaag', { schema: { hide: true } }, async (request, reply) => {
    const user = request.user as SessionUser;
    const actor = actorOf(request);
    const today = todayIso();
    const teamleider = user.role === 'teamleider';
    // Every list adds the persons it read to one log line, written below before the page is sent (src/db/list-log.ts).
    const listLog = new ListLog();
    // The lists do not depend on each other: read them at once (separate pool connections on PostgreSQL).
    const [signals, tasks, registrations, received] = await Promise.all([
      // A consulent: signals of the persons they are contact person of and the team's persons without one, computed for those only.
      (teamleider ? Promise.resolve(undefined) : consulentScope(app.db, actor)).then((persons) =>
        signalsFor(app.db, actor, today, undefined, { ...(persons ? { persons } : {}), listLog }),
      ),
      dueTasks(app.db, actor, today, { ...(teamleider ? {} : { contactPersonId: user.id }), listLog }),
      registrationQueue(app.db, actor, { listLog }),
      receivedReferrals(app.db, actor, today, { listLog }),
    ]);
    await listLog.write(app.db, actor);
    const referrals = received.filter((r) => r.state === 'verstuurd');
    let load;
    if (teamleider) {
      const perPerson = new Map<string, string | null>();
      for (const s of signals) if ('contactPersonId' in s) perPerson.set(s.personId, s.contactPersonId);
      load = (await loadPerConsulent(app.db, actor)).map((l) => ({
        ...l,
        signals: signals.filter((s) => 'contactPersonId' in s && s.contactPersonId === l.accountId).length,
        late: tasks.filter((t) => t.late && (perPerson.get(t.personId) ?? null) === l.accountId).length,
      }));
    }
    return reply.page(
      <VandaagPage user={user} csrfToken={reply.generateCsrf()} today={today} signals={signals} signalLabels={signalLabels} tasks={tasks} registrations={registrations} referrals={referrals} load={load} />,
    );
  });
}
