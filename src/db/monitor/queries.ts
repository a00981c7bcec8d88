// The monitor's queries: set-based, one statement per figure for both
// periods at once (current and previous), grouped counts only. Parameters:
// $1 gemeente codes, $2..$3 the current period, $4..$5 the previous one
// (inclusive days). Run on PostgreSQL and PGlite alike.
import type { Queryable } from '../client.ts';
import type { Period } from '../../domain/monitor/period.ts';

export interface CountRow {
  a: string;
  b: string | null;
  cur: number;
  prev: number;
}

export interface Durations {
  /** Days, per period: median and 90th percentile, and how many were measured. */
  cur: { n: number; median: number | null; p90: number | null };
  prev: { n: number; median: number | null; p90: number | null };
}

const inCur = (col: string) => `(${col} >= $2::date and ${col} < $3::date + 1)`;
const inPrev = (col: string) => `(${col} >= $4::date and ${col} < $5::date + 1)`;
export const inBoth = (col: string) => `(${col} >= $4::date and ${col} < $3::date + 1)`;
export const counts = (col: string) => `count(*) filter (where ${inCur(col)})::int as cur, count(*) filter (where ${inPrev(col)})::int as prev`;
const days = (expr: string) => `extract(epoch from (${expr})) / 86400.0`;

function durationColumns(expr: string, col: string, prefix: string): string {
  const d = days(expr);
  return [
    `count(${d}) filter (where ${inCur(col)})::int as "${prefix}curN"`,
    `percentile_cont(0.5) within group (order by ${d}) filter (where ${inCur(col)}) as "${prefix}curMedian"`,
    `percentile_cont(0.9) within group (order by ${d}) filter (where ${inCur(col)}) as "${prefix}curP90"`,
    `count(${d}) filter (where ${inPrev(col)})::int as "${prefix}prevN"`,
    `percentile_cont(0.5) within group (order by ${d}) filter (where ${inPrev(col)}) as "${prefix}prevMedian"`,
    `percentile_cont(0.9) within group (order by ${d}) filter (where ${inPrev(col)}) as "${prefix}prevP90"`,
  ].join(', ');
}

export function durationsOf(row: Record<string, number | null> | undefined, prefix = ''): Durations {
  const n = (k: string) => (row?.[`${prefix}${k}`] ?? null) as number | null;
  return {
    cur: { n: n('curN') ?? 0, median: n('curMedian'), p90: n('curP90') },
    prev: { n: n('prevN') ?? 0, median: n('prevMedian'), p90: n('prevP90') },
  };
}

export type Params = [string[], string, string, string, string];
export const params = (codes: string[], cur: Period, prev: Period): Params => [codes, cur.from, cur.to, prev.from, prev.to];

/** Inflow by source (a) and by reason without benefit (b). Reads the per-person summary (migration 146). */
export function inflow(db: Queryable, p: Params): Promise<CountRow[]> {
  return db.query<CountRow>(
    `select case when m.via_rechtencheck then 'rechtencheck' else coalesce(m.came_into_view_via, 'onbekend') end as a,
       coalesce(m.no_benefit_reason, 'onbekend') as b, ${counts('m.created_at')}
     from monitor_person m
     where m.gemeente_code = any($1::text[]) and ${inBoth('m.created_at')}
     group by 1, 2`,
    p,
  );
}

/** In view at the end of each period: caseload status today (a), and "contact person|plan with a goal" flags (b). */
export function stock(db: Queryable, p: Params): Promise<CountRow[]> {
  const inView = (end: string) => `m.created_at < ${end}::date + 1 and (m.ended_at is null or m.ended_at >= ${end}::date + 1)`;
  return db.query<CountRow>(
    `select m.caseload as a,
       (case when m.has_contact_person then 'ja' else 'nee' end) || '|' || (case when m.has_open_plan then 'ja' else 'nee' end) as b,
       count(*) filter (where ${inView('$3')})::int as cur, count(*) filter (where ${inView('$5')})::int as prev
     from monitor_person m
     where m.gemeente_code = any($1::text[]) and m.created_at < $3::date + 1 and (m.ended_at is null or m.ended_at >= $5::date + 1)
       and ($2::date is not null and $4::date is not null)
     group by 1, 2`,
    p,
  );
}

/**
 * Grouped counts and the durations of the same rows in one statement (one
 * pass over the rows instead of two): `grouping sets ((a, b), ())`, where the
 * grand-total row (g = 1) carries the percentiles. `extra` adds one more
 * grouping set on column c (g = 2 marks its rows).
 */
export async function countsWithDurations(
  db: Queryable,
  p: Params,
  spec: { a: string; b: string; col: string; from: string; durations: Array<[string, string]>; c?: string },
): Promise<{ rows: CountRow[]; extra: CountRow[]; total: Record<string, number | null> | undefined }> {
  const durations = spec.durations.map(([expr, prefix]) => durationColumns(expr, spec.col, prefix)).join(', ');
  const c = spec.c ?? 'null::text';
  const sets = spec.c ? `(${spec.a}, ${spec.b}), (${c}), ()` : `(${spec.a}, ${spec.b}), ()`;
  const rows = await db.query<CountRow & { g: number; c: string | null } & Record<string, number | null>>(
    `select ${spec.a} as a, ${spec.b} as b, ${c} as c, ${counts(spec.col)},
       case when grouping(${spec.a}) = 0 then 0 ${spec.c ? `when grouping(${c}) = 0 then 2 ` : ''}else 1 end as g, ${durations}
     ${spec.from} group by grouping sets (${sets})`,
    p,
  );
  const pick = (r: CountRow & { c?: string | null }, a: string | null) => ({ a: a ?? 'onbekend', b: r.b, cur: r.cur, prev: r.prev });
  return {
    rows: rows.filter((r) => Number(r.g) === 0).map((r) => pick(r, r.a)),
    extra: rows.filter((r) => Number(r.g) === 2 && r.c !== null).map((r) => ({ a: r.c!, b: null, cur: r.cur, prev: r.prev })),
    total: rows.find((r) => Number(r.g) === 1),
  };
}

/** The funnel for the inflow of each period: furthest step reached (a), with the time to first contact and to a plan. */
export async function funnel(db: Queryable, p: Params): Promise<{ rows: CountRow[]; toContact: Durations; toPlan: Durations }> {
  const { rows, total } = await countsWithDurations(db, p, {
    a: `case when m.plan_confirmed then '4-bevestigd' when m.first_plan_at is not null then '3-plan' when m.first_contact is not null then '2-contact' else '1-in-beeld' end`,
    b: 'null::text',
    col: 'm.created_at',
    from: `from monitor_person m where m.gemeente_code = any($1::text[]) and ${inBoth('m.created_at')}`,
    durations: [['m.first_contact::timestamptz - m.created_at', 'c_'], ['m.first_plan_at - m.created_at', 'p_']],
  });
  return { rows, toContact: durationsOf(total, 'c_'), toPlan: durationsOf(total, 'p_') };
}

/** Contact requests by whether they were picked up within the deadline (a), with the time to pick-up. */
export async function contactRequests(db: Queryable, p: Params): Promise<{ rows: CountRow[]; pickup: Durations }> {
  const { rows, total } = await countsWithDurations(db, p, {
    a: `case when s.picked_up_at is null then (case when s.deadline < current_date then 'open-te-laat' else 'open' end)
       when s.picked_up_at::date <= s.deadline then 'op-tijd' else 'te-laat' end`,
    b: 'null::text',
    col: 's.created_at',
    from: `from self_registration s join monitor_person p on p.person_id = s.person_id where p.gemeente_code = any($1::text[]) and ${inBoth('s.created_at')}`,
    durations: [['s.picked_up_at - s.created_at', '']],
  });
  return { rows, pickup: durationsOf(total) };
}

/** Transitions by kind (a) and follow-up within the deadline (b), with the latency. */
export async function transitions(db: Queryable, p: Params): Promise<{ rows: CountRow[]; latency: Durations }> {
  const { rows, total } = await countsWithDurations(db, p, {
    a: 't.kind',
    b: `case when t.picked_up_at is null then 'open' when t.picked_up_at::date <= t.deadline then 'op-tijd' else 'te-laat' end`,
    col: 't.event_date',
    from: `from transition t join monitor_person p on p.person_id = t.person_id where p.gemeente_code = any($1::text[]) and ${inBoth('t.event_date')}`,
    durations: [['t.picked_up_at - t.event_date::timestamptz', '']],
  });
  return { rows, latency: durationsOf(total) };
}

/** Referrals sent by or to an organisation of these gemeenten: outcome or state (a), receiver (b); reasons (when it failed) as a third grouping. */
export async function referrals(db: Queryable, p: Params): Promise<{ rows: CountRow[]; reasons: CountRow[]; response: Durations }> {
  const { rows, extra, total } = await countsWithDurations(db, p, {
    a: `case when r.state = 'afgerond' then 'afgerond:' || r.outcome else r.state end`,
    b: 'o.name',
    c: `case when r.state in ('afgewezen', 'niet_gelukt', 'ingetrokken') then r.reason end`,
    col: 'r.sent_on',
    from: `from referral r join monitor_person p on p.person_id = r.person_id join organization o on o.id = r.receiver_organization_id
     where p.gemeente_code = any($1::text[]) and r.sent_on is not null and ${inBoth('r.sent_on')}`,
    durations: [['r.responded_at - r.sent_at', '']],
  });
  return { rows, reasons: extra, response: durationsOf(total) };
}

/**
 * Coverage of the inflow: age band at the end of the current period (a), and
 * "zzp|limitation" (b). Limitation kinds are multi-select; to keep every
 * breakdown adding up to the same total (disclosure control relies on it) a
 * person counts once: no kind recorded, the one kind, or "more than one".
 */
export function coverage(db: Queryable, p: Params): Promise<CountRow[]> {
  return db.query<CountRow>(
    `select case when m.birth_year is null then 'onbekend'
         when extract(year from $3::date) - m.birth_year < 27 then '0-26'
         when extract(year from $3::date) - m.birth_year < 45 then '27-44'
         when extract(year from $3::date) - m.birth_year < 55 then '45-54' else '55+' end as a,
       (case when m.no_benefit_reason = 'zelfstandige' then 'zzp' else 'niet-zzp' end) || '|' ||
       (case cardinality(m.limitation_kinds) when 0 then 'niet-vastgelegd' when 1 then m.limitation_kinds[1] else 'meer-dan-een' end) as b,
       ${counts('m.created_at')}
     from monitor_person m where m.gemeente_code = any($1::text[]) and ${inBoth('m.created_at')}
     group by 1, 2`,
    p,
  );
}

/** Placements that started: how the job came about (a), and contract kind with loonkostensubsidie yes/no (b, "kind|ja"). */
export function placements(db: Queryable, p: Params): Promise<CountRow[]> {
  return db.query<CountRow>(
    `select pl.came_about as a,
       pl.contract_kind || '|' || case when 'loonkostensubsidie' = any(pl.instruments) then 'ja' else 'nee' end as b,
       ${counts('pl.start_date')}
     from placement pl join person p on p.id = pl.person_id
     where p.gemeente_code = any($1::text[]) and ${inBoth('pl.start_date')}
     group by 1, 2`,
    p,
  );
}

/** Signal episodes (migration 125) that started in the period: kind (a), resolved by now or still open (b), with the days to resolve. */
export async function signals(db: Queryable, p: Params): Promise<{ rows: CountRow[]; resolve: Durations }> {
  const { rows, total } = await countsWithDurations(db, p, {
    a: 'e.kind',
    b: `case when e.resolved_on is null then 'open' else 'opgelost' end`,
    col: 'e.started_on',
    from: `from signal_episode e join monitor_person p on p.person_id = e.person_id where p.gemeente_code = any($1::text[]) and ${inBoth('e.started_on')}`,
    durations: [['e.resolved_on::timestamptz - e.started_on::timestamptz', '']],
  });
  return { rows, resolve: durationsOf(total) };
}
