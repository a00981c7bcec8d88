// Durability figures: for placements of an organisation, the share still in
// work at 3, 6, 12 and 24 months, where job-to-job moves with a gap of at
// most `gapWeeks` count as continuous work (the Inspectie SZW's definition).
// One set-based query merges placements into careers (the same rule as
// mergeCareers in src/domain/nazorg/careers.ts) and counts careers per
// breakdown, duration and outcome; the pure Kaplan–Meier function turns those
// counts into the curve. Aggregates only: no person data leaves the query,
// so nothing is logged, and groups under MIN_CELL careers are suppressed.
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
// Durations are capped at 731 days: beyond the last point (730) only "still at risk" matters.
export const DURABILITY_SQL = `
with pl as (
  select x.id, x.person_id, x.start_date, x.end_date, x.contract_kind, x.came_about, x.instruments,
    extract(year from x.start_date)::int - p.birth_year as age,
    coalesce(k.first_on <= x.start_date + $4::int, false) as on_time,
    -- Running latest end of the person's jobs so far; 'infinity' while one is still open.
    max(coalesce(x.end_date, 'infinity'::date)) over (partition by x.person_id order by x.start_date, x.id) as reach
  from placement x join person p on p.id = x.person_id
  left join (select placement_id, min(checkin_date) as first_on from checkin group by placement_id) k on k.placement_id = x.id
  where x.organization_id = $1::uuid and p.erased_at is null and x.start_date <= $2::date
),
flagged as (
  select pl.*, lag(reach) over (partition by person_id order by start_date, id) as prev_reach from pl
),
numbered as (
  select f.*, case when f.prev_reach is null then 1 when f.prev_reach = 'infinity' then 0
                   when f.start_date - f.prev_reach > $3::int then 1 else 0 end as first
  from flagged f
),
careers as (
  -- The first job of a career carries its breakdowns (how it came about, contract, instruments, age, first check-in).
  select c.person_id, min(c.start_date) as start_date,
    case when bool_or(c.end_date is null) then null else max(c.end_date) end as end_date,
    max(c.contract_kind) filter (where c.first = 1) as contract_kind,
    max(c.came_about) filter (where c.first = 1) as came_about,
    max(c.instruments) filter (where c.first = 1) as instruments,
    max(c.age) filter (where c.first = 1) as age,
    coalesce(bool_or(c.on_time) filter (where c.first = 1), false) as on_time
  from (select n.*, sum(n.first) over (partition by n.person_id order by n.start_date, n.id) as career_no from numbered n) c
  group by c.person_id, c.career_no
),
obs as (
  select c.*,
    case when c.end_date is null or c.end_date >= $2::date then $2::date - c.start_date else c.end_date - c.start_date end as raw_days,
    c.end_date is not null and c.end_date < $2::date and c.end_date + $3::int < $2::date as raw_ended
  from careers c
),
capped as (
  select o.*, least(o.raw_days, 731) as days, o.raw_ended and o.raw_days <= 730 as ended,
    to_char(o.start_date, 'YYYY') || '-K' || to_char(o.start_date, 'Q') as quarter,
    case when o.age is null then 'onbekend' when o.age < 27 then 'onder 27' when o.age < 50 then '27 tot 50' else '50 en ouder' end as age_band
  from obs o
)
-- One pass over the careers for the plain breakdowns (grouping sets), one for instruments (a career can have several).
select case when grouping(quarter) = 0 then 'kwartaal' when grouping(contract_kind) = 0 then 'contract'
            when grouping(came_about) = 0 then 'ontstaan' when grouping(age_band) = 0 then 'leeftijd'
            when grouping(on_time) = 0 then 'nazorg' else 'totaal' end as dim,
  coalesce(quarter, contract_kind, came_about, age_band, case when on_time then 'ja' when not on_time then 'nee' end, 'alle') as value,
  days, ended, count(*)::int as n
from capped
group by grouping sets ((days, ended), (quarter, days, ended), (contract_kind, days, ended), (came_about, days, ended), (age_band, days, ended), (on_time, days, ended))
union all
select 'instrument', coalesce(i.instrument, 'geen'), days, ended, count(*)::int
from capped left join lateral unnest(case when cardinality(capped.instruments) = 0 then array[null::text] else capped.instruments end) as i(instrument) on true
group by 2, days, ended`;

export async function durabilityFigures(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  organizationId: string,
  today: string,
  options: { gapWeeks: number; firstCheckinWeeks: number },
): Promise<DurabilityRow[]> {
  const rows = await db.transaction(async (tx) => {
    await tx.query('set local jit = off');
    return tx.query<{ dim: Dimension; value: string; days: number; ended: boolean; n: number }>(DURABILITY_SQL, [
      organizationId,
      today,
      options.gapWeeks * 7,
      options.firstCheckinWeeks * 7,
    ]);
  });
  const groups = new Map<string, { dimension: Dimension; value: string; obs: Array<{ days: number; ended: boolean; count: number }> }>();
  for (const r of rows) {
    const key = `${r.dim}\u0000${r.value}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { dimension: r.dim, value: r.value, obs: [] }));
    g.obs.push({ days: r.days, ended: r.ended, count: r.n });
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
