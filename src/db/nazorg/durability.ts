// Durability figures: for placements of an organisation, the share still in
// work at 3, 6, 12 and 24 months, where job-to-job moves with a gap of at
// most `gapWeeks` count as continuous work (the Inspectie SZW's definition).
// Careers (placements merged by the same rule as mergeCareers in
// src/domain/nazorg/careers.ts) come ready from the table career (migration
// 155, kept by triggers) for the default gap, or are merged live in SQL for
// another gap; one query counts them per breakdown, duration and outcome, and
// the pure Kaplan–Meier function turns those counts into the curve. Aggregates only: no person data leaves the query,
// so nothing is logged, and groups under MIN_CELL careers are suppressed.
import { DEFAULT_GAP_WEEKS } from '../../domain/nazorg/careers.ts';
import { DURABILITY_POINTS, kaplanMeier } from '../../domain/nazorg/survival.ts';
import type { Queryable } from '../client.ts';

/** Groups with fewer careers, and points with fewer at risk, are not shown (small numbers can identify people). */
export const MIN_CELL = 5;

export const dimensions = {
  totaal: 'Alle plaatsingen',
  kwartaal: 'Startkwartaal',
  instrument: 'Instrument',
  ontstaan: 'Hoe de baan ontstond',
  contract: 'Soort contract',
  leeftijd: 'Leeftijd bij de start',
  nazorg: 'Eerste nazorggesprek op tijd',
} as const;
export type Dimension = keyof typeof dimensions;

export interface DurabilityPoint {
  months: number;
  /** Share still in work (0..1); null when suppressed (fewer than MIN_CELL at risk). */
  survival: number | null;
  atRisk: number;
}

export interface DurabilityRow {
  dimension: Dimension;
  value: string;
  careers: number;
  /** Null when the group is suppressed. */
  points: DurabilityPoint[] | null;
}

// $1 organisation, $2 today, $3 gap in days, $4 first check-in deadline in days.
// From careers (start_date, reach and the breakdowns) to counts per
// breakdown, duration and outcome, in one grouped pass (grouping sets).
// Instruments are grouped by the whole list (a handful of combinations) and
// split per instrument in durabilityFigures, so no row is unnested; the total
// is the sum of one plain breakdown. Durations are capped at 731 days: beyond
// the last point (730) only "still at risk" matters.
const COUNT_SQL = `
obs as (
  select c.*, case when c.reach >= $2::date then $2::date - c.start_date else c.reach - c.start_date end as raw_days,
    c.reach < $2::date and c.reach + $3::int < $2::date as raw_ended
  from careers c
),
capped as (
  select least(o.raw_days, 731) as days, o.raw_ended and o.raw_days <= 730 as ended,
    o.quarter, o.contract_kind, o.came_about, o.on_time, o.age_band, o.instruments
  from obs o
)
select dim, value, instruments,
  -- One row per group, its counts as "days,e|c,n;…": a few dozen rows to send instead of tens of thousands.
  string_agg(days::text || (case when ended then ',e,' else ',c,' end) || n::text, ';') as obs
from (
  select case when grouping(quarter) = 0 then 'kwartaal' when grouping(contract_kind) = 0 then 'contract'
              when grouping(came_about) = 0 then 'ontstaan' when grouping(age_band) = 0 then 'leeftijd'
              when grouping(on_time) = 0 then 'nazorg' else 'instrument' end as dim,
    coalesce((quarter / 10)::text || '-K' || (quarter % 10)::text, contract_kind, came_about, age_band,
             case when on_time then 'ja' when not on_time then 'nee' end) as value,
    instruments, days, ended, count(*) as n
  from capped
  group by grouping sets ((quarter, days, ended), (contract_kind, days, ended), (came_about, days, ended),
                          (age_band, days, ended), (on_time, days, ended), (instruments, days, ended))
) counted
group by dim, value, instruments`;

/** The gap of the stored careers (table career, migration 155). */
export const STORED_GAP_DAYS = DEFAULT_GAP_WEEKS * 7;

// The stored careers of the default gap (migration 155). A career that holds
// a job starting after today (recorded ahead) takes its reach from its jobs
// up to today, as if the later ones were not there yet.
export const STORED_DURABILITY_SQL = `
with careers as (
  select c.start_date, c.start_quarter as quarter, c.contract_kind, c.came_about, c.instruments, c.age_band,
    coalesce(c.first_checkin <= c.start_date + $4::int, false) as on_time,
    case when c.last_start <= $2::date then c.reach
         else (select max(coalesce(x.end_date, 'infinity'::date)) from placement x
               where x.organization_id = c.organization_id and x.person_id = c.person_id and x.start_date between c.start_date and $2::date) end as reach
  from career c
  where c.organization_id = $1::uuid and c.start_date <= $2::date and not c.erased
),${COUNT_SQL}`;

// Any other gap: merged live, in one ordered pass over the placements (the
// index placement_career, migration 120): the latest end of the person's
// earlier jobs ('infinity' while one is open) marks where a new career
// starts; the next career's "earlier end", or the person's last end, is
// where this one stopped. The first job of a career carries its breakdowns.
export const DURABILITY_SQL = `
with jobs as (
  select x.id, x.person_id, x.start_date, x.contract_kind, x.came_about, x.instruments,
    extract(year from x.start_date)::int - p.birth_year as age,
    coalesce(x.first_checkin <= x.start_date + $4::int, false) as on_time,
    max(coalesce(x.end_date, 'infinity'::date)) over (partition by x.person_id order by x.start_date, x.id rows between unbounded preceding and 1 preceding) as prev_reach,
    max(coalesce(x.end_date, 'infinity'::date)) over (partition by x.person_id) as last_reach
  from placement x join person p on p.id = x.person_id
  where x.organization_id = $1::uuid and x.start_date <= $2::date and p.erased_at is null
),
careers as (
  select j.start_date, j.contract_kind, j.came_about, j.instruments, j.on_time,
    extract(year from j.start_date)::int * 10 + extract(quarter from j.start_date)::int as quarter,
    case when j.age is null then 'onbekend' when j.age < 27 then 'onder 27' when j.age < 50 then '27 tot 50' else '50 en ouder' end as age_band,
    coalesce(lead(j.prev_reach) over (partition by j.person_id order by j.start_date, j.id), j.last_reach) as reach
  from jobs j
  where j.prev_reach is null or (j.prev_reach <> 'infinity' and j.start_date - j.prev_reach > $3::int)
),${COUNT_SQL}`;

export async function durabilityFigures(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  organizationId: string,
  today: string,
  options: { gapWeeks: number; firstCheckinWeeks: number; /** Merge the placements live even for the stored gap (tests compare both). */ live?: boolean },
): Promise<DurabilityRow[]> {
  const rows = await db.transaction(async (tx) => {
    await tx.query('set local jit = off');
    // The sort and the grouping stay in memory (a few MB at 100,000 placements) instead of spilling to disk.
    await tx.query("set local work_mem = '32MB'");
    const sql = options.gapWeeks * 7 === STORED_GAP_DAYS && !options.live ? STORED_DURABILITY_SQL : DURABILITY_SQL;
    return tx.query<{ dim: Dimension; value: string | null; instruments: string[] | null; obs: string }>(sql, [
      organizationId,
      today,
      options.gapWeeks * 7,
      options.firstCheckinWeeks * 7,
    ]);
  });
  const groups = new Map<string, { dimension: Dimension; value: string; obs: Array<{ days: number; ended: boolean; count: number }> }>();
  const add = (dimension: Dimension, value: string, days: number, ended: boolean, count: number) => {
    const key = `${dimension}\u0000${value}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dimension, value, obs: [] }));
    g.obs.push({ days, ended, count });
  };
  for (const r of rows) {
    const parts = r.obs.split(/[,;]/);
    for (let k = 0; k < parts.length; k += 3) {
      const [days, ended, n] = [Number(parts[k]), parts[k + 1] === 'e', Number(parts[k + 2])];
      if (r.dim !== 'instrument') add(r.dim, r.value!, days, ended, n);
      // Every contract kind is one career, so the contract rows add up to the total.
      if (r.dim === 'contract') add('totaal', 'alle', days, ended, n);
      if (r.dim === 'instrument') for (const i of r.instruments!.length === 0 ? ['geen'] : r.instruments!) add('instrument', i, days, ended, n);
    }
  }
  const order = Object.keys(dimensions);
  return [...groups.values()]
    .map((g) => {
      const careers = g.obs.reduce((s, o) => s + o.count, 0);
      if (careers < MIN_CELL) return { dimension: g.dimension, value: g.value, careers, points: null };
      const curve = kaplanMeier(g.obs, DURABILITY_POINTS.map((p) => p.day));
      const points = curve.map((c, i) => ({
        months: DURABILITY_POINTS[i]!.months,
        survival: c.atRisk >= MIN_CELL ? c.survival : null,
        atRisk: c.atRisk,
      }));
      return { dimension: g.dimension, value: g.value, careers, points };
    })
    .sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
