// The monitor's person figures recomputed from the events (person, contact,
// plan, self_registration), as src/db/monitor/queries.ts computed them before
// the summary table monitor_person (migration 146). The equivalence test
// (test/integration/monitor-summary.test.ts) compares both on random data.
import type { Queryable } from '../../src/db/client.ts';
import { counts, countsWithDurations, durationsOf, inBoth, type CountRow, type Durations, type Params } from '../../src/db/monitor/queries.ts';

/** Inflow by source (a) and by reason without benefit (b). */
export function inflow(db: Queryable, p: Params): Promise<CountRow[]> {
  return db.query<CountRow>(
    `select case when rc.person_id is not null then 'rechtencheck' else coalesce(p.came_into_view_via, 'onbekend') end as a,
       coalesce(p.no_benefit_reason, 'onbekend') as b, ${counts('p.created_at')}
     from person p left join (select distinct person_id from self_registration where rechtencheck_code is not null) rc on rc.person_id = p.id
     where p.gemeente_code = any($1::text[]) and ${inBoth('p.created_at')}
     group by 1, 2`,
    p,
  );
}

/** In view at the end of each period: caseload status today (a), and "contact person|plan with a goal" flags (b). */
export function stock(db: Queryable, p: Params): Promise<CountRow[]> {
  const inView = (end: string) => `p.created_at < ${end}::date + 1 and (p.ended_at is null or p.ended_at >= ${end}::date + 1)`;
  return db.query<CountRow>(
    `select p.caseload as a,
       (case when p.contact_person_id is null then 'nee' else 'ja' end) || '|' || (case when pl.person_id is null then 'nee' else 'ja' end) as b,
       count(*) filter (where ${inView('$3')})::int as cur, count(*) filter (where ${inView('$5')})::int as prev
     from person p left join plan pl on pl.person_id = p.id and pl.closed_at is null
     where p.gemeente_code = any($1::text[]) and p.created_at < $3::date + 1 and (p.ended_at is null or p.ended_at >= $5::date + 1)
       and ($2::date is not null and $4::date is not null)
     group by 1, 2`,
    p,
  );
}

/** The funnel for the inflow of each period: furthest step reached (a), with the time to first contact and to a plan. */
export async function funnel(db: Queryable, p: Params): Promise<{ rows: CountRow[]; toContact: Durations; toPlan: Durations }> {
  const { rows, total } = await countsWithDurations(db, p, {
    a: `case when fp.confirmed then '4-bevestigd' when fp.first is not null then '3-plan' when fc.first is not null then '2-contact' else '1-in-beeld' end`,
    b: 'null::text',
    col: 'p.created_at',
    from: `from person p
     left join lateral (select min(c.contact_date) as first from contact c where c.person_id = p.id) fc on true
     left join lateral (select min(pl.created_at) as first, bool_or(pl.confirmed_at is not null) as confirmed from plan pl where pl.person_id = p.id) fp on true
     where p.gemeente_code = any($1::text[]) and ${inBoth('p.created_at')}`,
    durations: [['fc.first::timestamptz - p.created_at', 'c_'], ['fp.first - p.created_at', 'p_']],
  });
  return { rows, toContact: durationsOf(total, 'c_'), toPlan: durationsOf(total, 'p_') };
}

/** Coverage of the inflow: age band at the end of the current period (a), "zzp|limitation kind" (b). */
export function coverage(db: Queryable, p: Params): Promise<CountRow[]> {
  return db.query<CountRow>(
    `select case when p.birth_year is null then 'onbekend'
         when extract(year from $3::date) - p.birth_year < 27 then '0-26'
         when extract(year from $3::date) - p.birth_year < 45 then '27-44'
         when extract(year from $3::date) - p.birth_year < 55 then '45-54' else '55+' end as a,
       (case when p.no_benefit_reason = 'zelfstandige' then 'zzp' else 'niet-zzp' end) || '|' ||
       (case cardinality(p.limitation_kinds) when 0 then 'niet-vastgelegd' when 1 then p.limitation_kinds[1] else 'meer-dan-een' end) as b, ${counts('p.created_at')}
     from person p where p.gemeente_code = any($1::text[]) and ${inBoth('p.created_at')}
     group by 1, 2`,
    p,
  );
}

