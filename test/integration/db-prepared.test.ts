// Prepared (named) statements (src/db/client.ts): the same rows as the plain
// text on both drivers, in and outside a transaction; on PostgreSQL a
// statement whose result type changed under it (a migration by another
// instance) still answers, on a fresh connection.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { prepared, preparedVariants, type Queryable } from '../../src/db/client.ts';
import { emptyDb, onPostgres, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await emptyDb();
  await t.db.exec(`create table prepared_probe (id int primary key, v int); insert into prepared_probe values (1, 10), (2, 20);`);
});
after(async () => t?.close());

const backend = async (q: Queryable) => (await q.query<{ pid: number }>('select pg_backend_pid() as pid'))[0]!.pid;

it('a name per text: the same text the same name, another text another', () => {
  assert.equal(prepared('select 1').name, prepared('select 1').name);
  assert.notEqual(prepared('select 1').name, prepared('select 2').name);
  assert.match(prepared('select 1').name, /^ib_[0-9a-f]{24}$/);
});

it('variants: one statement per combination of flags, built once', () => {
  let built = 0;
  const v = preparedVariants(['a', 'b'] as const, (has) => (built++, `select ${has.a ? 1 : 0} + ${has.b ? 2 : 0}`));
  assert.equal(v({ a: true, b: false }), v({ a: true, b: false }));
  assert.notEqual(v({ a: true, b: false }).name, v({ a: false, b: true }).name);
  assert.equal(v({ a: false, b: false }).text, 'select 0 + 0');
  assert.equal(built, 3);
});

it('gives the rows of the plain text, many times and inside a transaction', async () => {
  const statement = prepared('select id, v from prepared_probe where id = $1::int');
  for (let i = 0; i < 8; i++) assert.deepEqual(await t.db.query(statement, [2]), [{ id: 2, v: 20 }]);
  const inTx = await t.db.transaction(async (tx) => [await tx.query(statement, [1]), await tx.query(statement, [2])]);
  assert.deepEqual(inTx, [[{ id: 1, v: 10 }], [{ id: 2, v: 20 }]]);
});

it('an error in a prepared statement is the error of the statement', async () => {
  await assert.rejects(t.db.query(prepared('select 1 / $1::int as x'), [0]), /division by zero/);
  assert.deepEqual(await t.db.query(prepared('select 1 / $1::int as x'), [1]), [{ x: 1 }]);
});

it('PostgreSQL: a changed result type closes the connection and the statement runs again', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  await t.db.exec('create table plan_probe (id int primary key, v int); insert into plan_probe values (1, 10);');
  const text = 'select * from plan_probe where id = $1::int';
  const statement = prepared(text);
  // Run one after another, the pool hands out the same connection each time (the last one released).
  assert.deepEqual(await t.db.query(statement, [1]), [{ id: 1, v: 10 }]);
  const stale = await backend(t.db);

  // Without the handling PostgreSQL refuses a statement prepared before the change.
  const plain = new pg.Client({ connectionString: t.url });
  await plain.connect();
  try {
    await plain.query({ name: 'probe', text, values: [1] });
    await plain.query('alter table plan_probe alter column v type text');
    await assert.rejects(plain.query({ name: 'probe', text, values: [1] }), (e: { code?: string }) => e.code === '0A000');
  } finally {
    await plain.end();
  }
  assert.deepEqual(await t.db.query(statement, [1]), [{ id: 1, v: '10' }]);
  assert.notEqual(await backend(t.db), stale, 'the connection with the stale statement was closed');

  // In a transaction the error aborts it: the whole function runs again, on another connection.
  assert.deepEqual(await t.db.query(statement, [1]), [{ id: 1, v: '10' }]); // prepared on the new connection
  await t.db.exec('alter table plan_probe alter column v type int using v::int');
  let runs = 0;
  const inTx = await t.db.transaction(async (tx) => {
    runs++;
    return tx.query(statement, [1]);
  });
  assert.deepEqual(inTx, [{ id: 1, v: 10 }]);
  assert.equal(runs, 2);
  assert.deepEqual(await t.db.query(statement, [1]), [{ id: 1, v: 10 }]);
});
