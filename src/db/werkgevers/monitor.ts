// Monitor figures for werkgevers en matching: grouped counts only, both
// periods in one statement, as the other monitor queries (src/db/monitor/queries.ts).
// Vacancies count by the gemeente of the workplace; proposals by the person's gemeente.
import type { Queryable } from '../client.ts';
import type { CountRow, Params } from '../monitor/queries.ts';

const inCur = (col: string) => `(${col} >= $2::date and ${col} < $3::date + 1)`;
const inPrev = (col: string) => `(${col} >= $4::date and ${col} < $5::date + 1)`;
const counts = (col: string) => `count(*) filter (where ${inCur(col)})::int as cur, count(*) filter (where ${inPrev(col)})::int as prev`;

/** a: 'ontstaan' (b = origin), 'uren' (b = up to 24 hours or more), 'rooster' (b = roster), 'voorstel' (b = how far the proposal got). */
export function matchingFigures(db: Queryable, p: Params): Promise<CountRow[]> {
  return db.query<CountRow>(
    `select 'ontstaan' as a, v.origin as b, ${counts('v.created_at')} from vacancy v where v.gemeente_code = any($1::text[]) group by 2
     union all
     select 'uren', case when v.hours_min <= 24 then 'tot-24' else 'meer-dan-24' end, ${counts('v.created_at')} from vacancy v where v.gemeente_code = any($1::text[]) group by 2
     union all
     select 'rooster', coalesce(v.roster, 'onbekend'), ${counts('v.created_at')} from vacancy v where v.gemeente_code = any($1::text[]) group by 2
     union all
     select 'voorstel', case when m.state in ('voorgesteld', 'persoon-akkoord') then 'lopend' when m.state = 'werkgever-akkoord' then 'akkoord'
         when m.state = 'geplaatst' then 'geplaatst' when m.state = 'ingetrokken' then 'ingetrokken' else 'niet-doorgegaan' end,
       ${counts('m.created_at')}
     from job_match m join person per on per.id = m.person_id where per.gemeente_code = any($1::text[]) group by 2`,
    p,
  );
}
