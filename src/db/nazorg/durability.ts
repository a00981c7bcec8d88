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
// One ordered pass over the placements (the index placement_career hands them
// over per person in start order, migration 120): the latest end of the
// person's earlier jobs ('infinity' while one is open) marks where a new
// career starts; the next career's "earlier end", or the person's last end,
// is where this one stopped. The first job of a career carries its
// breakdowns. All breakdowns are then counted in one grouped pass (grouping
// sets); instruments are unnested there, and the other breakdowns count only
// the first instrument row of a career so that none is counted twice.
// Durations are capped at 731 days: beyond the last point (730) only "still at risk" matters.
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
  select j.start_date, j.contract_kind, j.came_about, j.instruments, j.age, j.on_time,
    coalesce(lead(j.prev_reach) over (partition by j.person_id order by j.start_date, j.id), j.last_reach) as reach
  from jobs j
  where j.prev_reach is null or (j.prev_reach <> 'infinity' and j.start_date - j.prev_reach > $3::int)
),
obs as (
  select c.*, case when c.reach >= $2::date then $2::date - c.start_date else c.reach - c.start_date end as raw_days,
    c.reach < $2::date and c.reach + $3::int < $2::date as raw_ended
  from careers c
),
capped as (
  select least(o.raw_days, 731) as days, o.raw_ended and o.raw_days <= 730 as ended,
    extract(year from o.start_date)::int * 10 + extract(quarter from o.start_date)::int as quarter,
    o.contract_kind, o.came_about, o.on_time,
    case when o.age is null then 'onbekend' when o.age < 27 then 'onder 27' when o.age < 50 then '27 tot 50' else '50 en ouder' end as age_band,
    i.instrument, i.ord
  from obs o cross join lateral unnest(case when cardinality(o.instruments) = 0 then array['geen'] else o.instruments end) with ordinality as i(instrument, ord)
)
select case when grouping(quarter) = 0 then 'kwartaal' when grouping(contract_kind) = 0 then 'contract'
            when grouping(came_about) = 0 then 'ontstaan' when grouping(age_band) = 0 then 'leeftijd'
            when grouping(on_time) = 0 then 'nazorg' when grouping(instrument) = 0 then 'instrument' else 'totaal' end as dim,
  coalesce((quarter / 10)::text || '-K' || (quarter % 10)::text, contract_kind, came_about, age_band,
           case when on_time then 'ja' when not on_time then 'nee' end, instrument, 'alle') as value,
  days, ended, (case when grouping(instrument) = 0 then count(*) else count(*) filter (where ord = 1) end)::int as n
from capped
group by grouping sets ((days, ended), (quarter, days, ended), (contract_kind, days, ended), (came_about, days, ended),
                        (age_band, days, ended), (on_time, days, ended), (instrument, days, ended))`;

export async function durabilityFigures(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  organizationId: string,
  today: string,
  options: { gapWeeks: number; firstCheckinWeeks: number },
): Promise<DurabilityRow[]> {
  const rows = await db.transaction(async (tx) => {
    await tx.query('set local jit = off');
    // The sort and the grouping stay in memory (a few MB at 100,000 placements) instead of spilling to disk.
    await tx.query("set local work_mem = '32MB'");
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
