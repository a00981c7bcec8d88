// Shared by the nazorg routes: parameters, not-found, the gemeente of a person and the moments per placement.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { momentDone } from '../../db/nazorg/list.ts';
import type { PersonNazorg } from '../../db/nazorg/placements.ts';
import { pickSchedule, schedulesOf } from '../../db/nazorg/schedule.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { checkInSchedule, momentState } from '../../domain/nazorg/schedule.ts';
import { NotFoundError } from '../../web/errors.ts';
import { today } from './clock.ts';
import type { PlacementView } from './views-person.tsx';

export const notFound = () => new NotFoundError('Deze persoon of baan bestaat niet, of je hebt geen toegang.');

export function uuidParam(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, string>)[name] ?? '';
  if (!UUID_PATTERN.test(value)) throw notFound();
  return value;
}

/** The moments of each placement with their state today, from the gemeente's schedule. */
export async function placementViews(app: FastifyInstance, data: PersonNazorg, gemeenteCode: string | null): Promise<PlacementView[]> {
  const schedules = await schedulesOf(app.db, gemeenteCode);
  const now = today();
  return data.placements.map((placement) => {
    const checkins = data.checkins.filter((c) => c.placementId === placement.id).map((c) => ({ key: c.momentKey, date: c.checkinDate }));
    const moments = checkInSchedule(placement.startDate, pickSchedule(schedules, placement.contractKind)).map((m) => ({
      ...m,
      state: momentState(m, now, momentDone(m, checkins)),
    }));
    return { placement, moments };
  });
}

export async function personGemeente(app: FastifyInstance, personId: string): Promise<string | null> {
  const [row] = await app.db.query<{ code: string | null }>(
    'select coalesce(p.gemeente_code, o.gemeente_code) as code from person p join organization o on o.id = p.owner_organization_id where p.id = $1',
    [personId],
  );
  return row?.code ?? null;
}

