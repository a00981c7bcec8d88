// The monitor's figures in two statements instead of one per figure (issue
// 16, speed): the event figures (contact requests, transitions, referrals,
// signals) share one join with the area's persons, and the inflow figures
// (inflow, funnel, coverage) share one read of the period's persons. Each
// returns exactly what the per-figure queries in queries.ts return (same
// expressions, same filters); test/integration/monitor-batched.test.ts
// compares the two on generated data.
import type { Queryable } from '../client.ts';
import * as q from './queries.ts';
import { durationsOf, inBoth, type CountRow, type Durations, type Params } from './queries.ts';

const inCur = (col: string) => `(${col} >= $2::date and ${col} < $3::date + 1)`;
const inPrev = (col: string) => `(${col} >= $4::date and ${col} < $5::date + 1)`;
const days = (expr: string) => `extract(epoch from (${expr})) / 86400.0`;
/** One event kind as rows of (f, person, a, b, c, in current, in previous, days). */
const branch = (f: string, col: string, a: string, b: string, c: string, d: string, from: string) =>
  `select '${f}'::text as f, x.person_id, ${a} as a, ${b} as b, ${c} as c, ${inCur(col)} as cur, ${inPrev(col)} as prev, (${days(d)})::float8 as d
   ${from} and ${inBoth(col)}`;

const periodCounts = `count(*) filter (where e.cur)::int as cur, count(*) filter (where e.prev)::int as prev`;
const durationCols = (where = '', d = 'e.d') => (['cur', 'prev'] as const)
  .map((w) => `'${w}N', count(${d}) filter (where ${where}e.${w}),
    '${w}Median', percentile_cont(0.5) within group (order by ${d}) filter (where ${where}e.${w}),
    '${w}P90', percentile_cont(0.9) within group (order by ${d}) filter (where ${where}e.${w})`)
  .join(', ');
const kinds = ['contact', 'transitions', 'referrals', 'signals'];

const EVENTS_SQL = `
with e as materialized (
  select e.* from (
    ${branch('contact', 'x.created_at',
      `case when x.picked_up_at is null then (case when x.deadline < current_date then 'open-te-laat' else 'open' end)
         when x.picked_up_at::date <= x.deadline then 'op-tijd' else 'te-laat' end`,
      'null::text', 'null::text', 'x.picked_up_at - x.created_at', 'from self_registration x where true')}
    union all
    ${branch('transitions', 'x.event_date', 'x.kind',
      `case when x.picked_up_at is null then 'open' when x.picked_up_at::date <= x.deadline then 'op-tijd' else 'te-laat' end`,
      'null::text', 'x.picked_up_at - x.event_date::timestamptz', 'from transition x where true')}
    union all
    ${branch('referrals', 'x.sent_on', `case when x.state = 'afgerond' then 'afgerond:' || x.outcome else x.state end`, 'o.name',
      `case when x.state in ('afgewezen', 'niet_gelukt', 'ingetrokken') then x.reason end`,
      'x.responded_at - x.sent_at', 'from referral x join organization o on o.id = x.receiver_organization_id where x.sent_on is not null')}
    union all
    ${branch('signals', 'x.started_on', 'x.kind', `case when x.resolved_on is null then 'open' else 'opgelost' end`,
      'null::text', 'x.resolved_on::timestamptz - x.started_on::timestamptz', 'from signal_episode x where true')}
  ) e join monitor_person p on p.person_id = e.person_id
  where p.gemeente_code = any($1::text[])
)
select e.f, 0 as g, e.a, e.b, ${periodCounts}, null::json as d from e group by e.f, e.a, e.b
union all
select e.f, 2, e.c, null, ${periodCounts}, null from e where e.c is not null group by e.f, e.c
union all
-- The durations in one row without grouping: no sort of every row by figure first.
select null, 1, null, null, 0, 0, json_build_object(${kinds.map((f) => `'${f}', json_build_object(${durationCols(`e.f = '${f}' and `)})`).join(', ')}) from e
order by 1, 2, 3, 4`;

export interface EventFigures {
  contactRequests: { rows: CountRow[]; pickup: Durations };
  transitions: { rows: CountRow[]; latency: Durations };
  referrals: { rows: CountRow[]; reasons: CountRow[]; response: Durations };
  signals: { rows: CountRow[]; resolve: Durations };
}

/** Durations per figure as one JSON object (PostgreSQL writes float8 in JSON as it writes a float8 column). */
type DurationJson = Record<string, Record<string, number | null>>;
type Row = CountRow & { f: string | null; g: number; d: DurationJson | null };

/** The four event figures at once, each as its per-figure query in queries.ts returns it. */
export async function eventFigures(db: Queryable, p: Params): Promise<EventFigures> {
  const all = await db.query<Row>(EVENTS_SQL, p);
  const d = all.find((r) => Number(r.g) === 1)?.d;
  const of = (f: string) => {
    const rows = all.filter((r) => r.f === f);
    return {
      rows: rows.filter((r) => Number(r.g) === 0).map((r) => ({ a: r.a ?? 'onbekend', b: r.b, cur: r.cur, prev: r.prev })),
      extra: rows.filter((r) => Number(r.g) === 2).map((r) => ({ a: r.a, b: null, cur: r.cur, prev: r.prev })),
      total: durationsOf(d?.[f]),
    };
  };
  const c = of('contact');
  const t = of('transitions');
  const r = of('referrals');
  const s = of('signals');
  return {
    contactRequests: { rows: c.rows, pickup: c.total },
    transitions: { rows: t.rows, latency: t.total },
    referrals: { rows: r.rows, reasons: r.extra, response: r.total },
    signals: { rows: s.rows, resolve: s.total },
  };
}

const PERSONS_SQL = `
with m as materialized (
  select
    case when m.via_rechtencheck then 'rechtencheck' else coalesce(m.came_into_view_via, 'onbekend') end as src,
    coalesce(m.no_benefit_reason, 'onbekend') as reason,
    case when m.plan_confirmed then '4-bevestigd' when m.first_plan_at is not null then '3-plan' when m.first_contact is not null then '2-contact' else '1-in-beeld' end as step,
    case when m.birth_year is null then 'onbekend'
      when extract(year from $3::date) - m.birth_year < 27 then '0-26'
      when extract(year from $3::date) - m.birth_year < 45 then '27-44'
      when extract(year from $3::date) - m.birth_year < 55 then '45-54' else '55+' end as age,
    (case when m.no_benefit_reason = 'zelfstandige' then 'zzp' else 'niet-zzp' end) || '|' ||
      (case cardinality(m.limitation_kinds) when 0 then 'niet-vastgelegd' when 1 then m.limitation_kinds[1] else 'meer-dan-een' end) as zzp_limitation,
    ${inCur('m.created_at')} as cur, ${inPrev('m.created_at')} as prev,
    (${days('m.first_contact::timestamptz - m.created_at')})::float8 as to_contact,
    (${days('m.first_plan_at - m.created_at')})::float8 as to_plan
  from monitor_person m where m.gemeente_code = any($1::text[]) and ${inBoth('m.created_at')}
)
select 'inflow' as f, e.src as a, e.reason as b, ${periodCounts}, null::json as d from m e group by e.src, e.reason
union all
select 'coverage', e.age, e.zzp_limitation, ${periodCounts}, null from m e group by e.age, e.zzp_limitation
union all
select 'funnel', e.step, null, ${periodCounts}, null from m e group by e.step
union all
select 'durations', null, null, 0, 0, json_build_object('contact', json_build_object(${durationCols('', 'e.to_contact')}), 'plan', json_build_object(${durationCols('', 'e.to_plan')})) from m e
order by 1, 2, 3`;

export interface PersonFigures {
  inflow: CountRow[];
  funnel: { rows: CountRow[]; toContact: Durations; toPlan: Durations };
  coverage: CountRow[];
}

/** Inflow, funnel and coverage at once, each as its per-figure query in queries.ts returns it. */
export async function personFigures(db: Queryable, p: Params): Promise<PersonFigures> {
  const all = await db.query<CountRow & { f: string; d: DurationJson | null }>(PERSONS_SQL, p);
  const rows = (f: string) => all.filter((r) => r.f === f).map((r) => ({ a: r.a, b: r.b, cur: r.cur, prev: r.prev }));
  const d = all.find((r) => r.f === 'durations')?.d;
  return { inflow: rows('inflow'), funnel: { rows: rows('funnel'), toContact: durationsOf(d?.contact), toPlan: durationsOf(d?.plan) }, coverage: rows('coverage') };
}

/** Where a section finds the batched figures: one statement per context (one page load), shared by its sections. */
export interface BatchContext {
  db: Queryable;
  params: Params;
  /** The figures one statement each, as before the batching: for the test that compares both ways. */
  perFigure?: boolean;
}

const eventMemo = new WeakMap<BatchContext, Promise<EventFigures>>();
const personMemo = new WeakMap<BatchContext, Promise<PersonFigures>>();

export function eventsOf(ctx: BatchContext): Promise<EventFigures> {
  let p = eventMemo.get(ctx);
  if (!p) {
    p = ctx.perFigure
      ? (async () => ({
          contactRequests: await q.contactRequests(ctx.db, ctx.params),
          transitions: await q.transitions(ctx.db, ctx.params),
          referrals: await q.referrals(ctx.db, ctx.params),
          signals: await q.signals(ctx.db, ctx.params),
        }))()
      : eventFigures(ctx.db, ctx.params);
    eventMemo.set(ctx, p);
  }
  return p;
}

export function personsOf(ctx: BatchContext): Promise<PersonFigures> {
  let p = personMemo.get(ctx);
  if (!p) {
    p = ctx.perFigure
      ? (async () => ({ inflow: await q.inflow(ctx.db, ctx.params), funnel: await q.funnel(ctx.db, ctx.params), coverage: await q.coverage(ctx.db, ctx.params) }))()
      : personFigures(ctx.db, ctx.params);
    personMemo.set(ctx, p);
  }
  return p;
}
