// Transaction settings (Db.transaction's `settings`): they hold inside the
// transaction only, on both drivers, and only code constants are accepted.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { emptyDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await emptyDb();
});
after(async () => t?.close());

const workMem = async (q: { query<T extends object>(sql: string): Promise<T[]> }) =>
  (await q.query<{ v: string }>(`select current_setting('work_mem') as v`))[0]!.v;

it('a setting holds inside the transaction and is gone after it', async () => {
  const outside = await workMem(t.db);
  assert.notEqual(outside, '37MB');
  const inside = await t.db.transaction((tx) => workMem(tx), { settings: { work_mem: '37MB', jit: 'off' } });
  assert.equal(inside, '37MB');
  assert.equal(await workMem(t.db), outside);
});

it('a failed transaction with settings rolls back and leaves no setting behind', async () => {
  const outside = await workMem(t.db);
  await t.db.query('create table settings_probe (n int)');
  await assert.rejects(
    t.db.transaction(async (tx) => {
      await tx.query('insert into settings_probe values (1)');
      throw new Error('stop');
    }, { settings: { work_mem: '37MB' } }),
  );
  assert.equal((await t.db.query<{ n: number }>('select count(*)::int as n from settings_probe'))[0]!.n, 0);
  assert.equal(await workMem(t.db), outside);
});

it('refuses a setting that is not a plain name and value', async () => {
  await assert.rejects(t.db.transaction(async () => 1, { settings: { "work_mem'; drop table x; --": '1MB' } }), /not a setting/);
  await assert.rejects(t.db.transaction(async () => 1, { settings: { work_mem: "1MB'); select 1; --" } }), /not a setting/);
});
