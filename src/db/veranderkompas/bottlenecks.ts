// Knelpunten (bottlenecks) reported from a trajectory or on their own.
import type { Queryable } from '../client.ts';
import { iso, membership } from './shared.ts';

// ---------------------------------------------------------------- bottlenecks (knelpunten)

export interface NewBottleneck {
  gemeenteCode: string;
  source: 'werkkaart' | 'traject';
  werkkaartSection: string | null;
  category: string;
  text: string;
}

export async function createBottleneck(db: Queryable, accountId: string, input: NewBottleneck): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into bottleneck (gemeente_code, source, werkkaart_section, category, text, created_by) values ($1, $2, $3, $4, $5, $6) returning id`,
    [input.gemeenteCode, input.source, input.source === 'werkkaart' ? input.werkkaartSection : null, input.category, input.text, accountId],
  );
  return row!.id;
}

export interface BottleneckItem {
  category: string;
  text: string;
  gemeenteName: string;
  source: 'werkkaart' | 'traject';
  werkkaartSection: string | null;
  createdAt: string;
  isNew: boolean;
}

/**
 * Bottlenecks flagged in the trajectory's gemeenten, newest first, for
 * participants only. "New" means flagged on or after the day of the last meeting that has
 * taken place (on or before `today`), so they are input for the next one.
 */
export async function bottlenecksForTrajectory(db: Queryable, accountId: string, trajectoryId: string, today: string): Promise<BottleneckItem[] | null> {
  if (!(await membership(db, accountId, trajectoryId))) return null;
  return db.query<BottleneckItem>(
    `with last_meeting as (
       select max(meeting_date) as d from veranderkompas_meeting where trajectory_id = $1 and meeting_date <= $2::date
     )
     select b.category, b.text, g.name as "gemeenteName", b.source, b.werkkaart_section as "werkkaartSection",
       ${iso('b.created_at')} as "createdAt",
       ((select d from last_meeting) is null or (b.created_at at time zone 'Europe/Amsterdam')::date >= (select d from last_meeting)) as "isNew"
     from bottleneck b join gemeente g on g.code = b.gemeente_code
     where b.gemeente_code in (select gemeente_code from veranderkompas_trajectory_gemeente where trajectory_id = $1)
     order by b.created_at desc limit 500`,
    [trajectoryId, today],
  );
}
