// Durability on the monitor (issue 16 item 1): of the people who started
// work a year before each period, how many were still in work 3, 6 and 12
// months later, counted for both periods at once as the other monitor
// queries do ($1 gemeente codes, $2..$3 current period, $4..$5 previous).
// A cohort a year back means every point has passed, so nobody is counted
// as a dropout before their time. Counts only; src/domain/sdc protects them.
import { DEFAULT_GAP_WEEKS } from '../../domain/nazorg/careers.ts';
import type { Queryable } from '../client.ts';
import type { Params } from '../monitor/queries.ts';

export interface DurabilityCohort {
  started: [number, number];
  at3: [number, number];
  at6: [number, number];
  at12: [number, number];
}

// In work on day d: a job that covers d, or d falls in a gap of at most the
// default job-to-job gap between two jobs (the Inspectie counts continuity of work).
const inWork = (d: string) => `(exists (select 1 from placement y where y.person_id = c.person_id and y.start_date <= ${d} and coalesce(y.end_date, 'infinity'::date) >= ${d})
  or exists (select 1 from placement y join placement z on z.person_id = y.person_id
             where y.person_id = c.person_id and y.end_date < ${d} and y.end_date >= ${d} - $6::int and z.start_date > ${d} and z.start_date <= y.end_date + $6::int))`;

const SQL = `
with c as (
  select x.person_id, x.start_date,
    case when x.start_date + interval '12 months' >= $2::date then 0 else 1 end as period
  from placement x join person p on p.id = x.person_id
  where p.gemeente_code = any($1::text[]) and p.erased_at is null
    and x.start_date + interval '12 months' <= current_date
    and ((x.start_date + interval '12 months' >= $2::date and x.start_date + interval '12 months' < $3::date + 1)
      or (x.start_date + interval '12 months' >= $4::date and x.start_date + interval '12 months' < $5::date + 1))
    -- Only the start of a spell of work: not a next job right after (or during) an earlier one.
    and not exists (select 1 from placement e where e.person_id = x.person_id and e.id <> x.id and e.start_date <= x.start_date
      and coalesce(e.end_date, 'infinity'::date) >= x.start_date - $6::int and (e.start_date < x.start_date or e.id < x.id))
),
steps as (
  select c.period,
    ${inWork("(c.start_date + interval '3 months')::date")} as at3,
    ${inWork("(c.start_date + interval '6 months')::date")} as at6,
    ${inWork("(c.start_date + interval '12 months')::date")} as at12
  from c
)
select period, count(*)::int as started,
  count(*) filter (where at3)::int as at3,
  count(*) filter (where at3 and at6)::int as at6,
  count(*) filter (where at3 and at6 and at12)::int as at12
from steps group by period`;

export async function durabilityCohort(db: Queryable, p: Params): Promise<DurabilityCohort> {
  const rows = await db.query<{ period: number; started: number; at3: number; at6: number; at12: number }>(SQL, [...p, DEFAULT_GAP_WEEKS * 7]);
  const pick = (k: 'started' | 'at3' | 'at6' | 'at12'): [number, number] => [rows.find((r) => r.period === 0)?.[k] ?? 0, rows.find((r) => r.period === 1)?.[k] ?? 0];
  return { started: pick('started'), at3: pick('at3'), at6: pick('at6'), at12: pick('at12') };
}
