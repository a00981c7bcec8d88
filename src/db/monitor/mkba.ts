// Business case parameters (dated, with source) and the monitor counts the
// calculator starts from. Counts only; no person is read.
import type { Queryable } from '../client.ts';
import type { MkbaParameter } from '../../domain/mkba.ts';

export function mkbaParameters(db: Queryable): Promise<MkbaParameter[]> {
  return db.query<MkbaParameter>(
    `select key, label, side, per, amount::float8 as amount, valid_from::text as "validFrom", source, source_url as "sourceUrl"
     from mkba_parameter order by key, valid_from`,
  );
}

export async function addMkbaParameter(db: Queryable, accountId: string | null, p: Omit<MkbaParameter, 'sourceUrl'> & { sourceUrl: string | null }): Promise<void> {
  await db.query(
    `insert into mkba_parameter (key, label, side, per, amount, valid_from, source, source_url, updated_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (key, valid_from) do update set label = excluded.label, side = excluded.side, per = excluded.per, amount = excluded.amount,
       source = excluded.source, source_url = excluded.source_url, updated_by = excluded.updated_by, updated_at = now()`,
    [p.key, p.label, p.side, p.per, p.amount, p.validFrom, p.source, p.sourceUrl, accountId],
  );
}

/** People in view today and current plans aiming at work with loonkostensubsidie or other work, in these gemeenten. */
export async function mkbaStartCounts(db: Queryable, codes: string[]): Promise<{ inView: number; lksPlans: number; workPlans: number }> {
  const [row] = await db.query<{ inView: number; lksPlans: number; workPlans: number }>(
    `select count(*)::int as "inView",
       count(*) filter (where pl.goal_type = 'werk-met-loonkostensubsidie')::int as "lksPlans",
       count(*) filter (where pl.goal_type in ('regulier-werk', 'beschut-werk', 'proefplaatsing'))::int as "workPlans"
     from person p left join plan pl on pl.person_id = p.id and pl.closed_at is null
     where p.gemeente_code = any($1::text[]) and p.ended_at is null and p.erased_at is null`,
    [codes],
  );
  return row ?? { inView: 0, lksPlans: 0, workPlans: 0 };
}
