// A PL/pgSQL function that takes a batch of ids must be planned with the real
// batch on every call (migration 177): a generic plan made for a guessed ten
// ids turned an import of 10,000 transitions from 2.5 s into 21 s.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededDb } from '../helpers/db.ts';

test('every PL/pgSQL function that takes a batch of ids (uuid[]) plans each call with its real batch', async () => {
  const t = await seededDb();
  try {
    const functions = await t.db.query<{ fn: string; custom: boolean }>(
      `select p.oid::regprocedure::text as fn, coalesce('plan_cache_mode=force_custom_plan' = any(p.proconfig), false) as custom
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
       where n.nspname = current_schema() and l.lanname = 'plpgsql'
         and exists (select 1 from unnest(p.proargtypes::oid[]) a join pg_type ty on ty.oid = a where ty.typname = '_uuid')
       order by 1`,
    );
    assert.ok(functions.some((f) => f.fn.startsWith('inbeeld_signal_recompute')), 'the signal recompute function is found');
    assert.deepEqual(functions.filter((f) => !f.custom).map((f) => f.fn), [], 'these take a batch of ids but may get a generic plan');
  } finally {
    await t.close();
  }
});
