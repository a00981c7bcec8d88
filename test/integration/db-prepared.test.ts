// Prepared (named) statements (src/db/client.ts): the same rows as the plain
// text on both drivers, in and outside a transaction; on PostgreSQL a
// statement whose result type changed under it (a migration by another
// instance) still answers, on a fresh connection.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { prepared, preparedVariants, type Queryable } from '../../src/db/client.ts';
import { PGLITE_STATEMENTS } from '../../src/db/pglite-statements.ts';
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

// PGlite (src/db/pglite-statements.ts): a named statement is parsed once and kept, a plain text is not;
// values and rows are written and read as PGlite's own query() does.
const onPglite = { skip: onPostgres && 'PGlite only' };
const kept = async () => (await t.db.query<{ name: string; generic: number; custom: number }>(
  `select name, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where not from_sql`,
));

it('PGlite: a named statement is parsed once and planned at most five times; a plain text is not kept', onPglite, async () => {
  const statement = prepared('select v from prepared_probe where id = $1::int');
  for (let i = 0; i < 10; i++) assert.deepEqual(await t.db.query(statement, [1]), [{ v: 10 }]);
  const mine = (await kept()).filter((s) => s.name === statement.name);
  assert.equal(mine.length, 1);
  assert.equal(mine[0]!.generic + mine[0]!.custom, 10, 'every run used the kept statement');
  assert.ok(mine[0]!.custom <= 5, `after five custom plans the generic plan is used (custom ${mine[0]!.custom})`);
  const plain = 'select v + 0 as v from prepared_probe where id = $1::int';
  assert.deepEqual(await t.db.query(plain, [2]), [{ v: 20 }]);
  assert.equal((await kept()).length, (await kept()).filter((s) => s.name.startsWith('ib_')).length, 'only named statements are kept');
});

it('PGlite: values and rows as PGlite writes and reads them', onPglite, async () => {
  const [row] = await t.db.query<Record<string, unknown>>(
    `select $1::uuid[] as ids, $2::jsonb as doc, $3::date as day, $4::timestamptz as at, $5::boolean as yes, $6::text as nothing,
       $7::int8 as big, $8::numeric as num, array_length($1::uuid[], 1) as n`,
    [['0a45254f-2724-462c-90cd-3e4589e503b5', '4d9ab9b4-d548-4263-a062-2ffde0d7fb78'], { a: [1, 'x'] }, '2026-12-03', new Date('2026-12-03T10:00:00Z'), false, null, 12, '1.5'],
  );
  assert.deepEqual(row, {
    ids: ['0a45254f-2724-462c-90cd-3e4589e503b5', '4d9ab9b4-d548-4263-a062-2ffde0d7fb78'], doc: { a: [1, 'x'] }, day: '2026-12-03',
    at: new Date('2026-12-03T10:00:00Z'), yes: false, nothing: null, big: 12, num: 1.5, n: 2,
  });
  // Without rows: an insert gives [], with returning its rows.
  assert.deepEqual(await t.db.query(prepared('insert into prepared_probe values ($1::int, $2::int)'), [3, 30]), []);
  assert.deepEqual(await t.db.query('delete from prepared_probe where id = $1::int returning v', [3]), [{ v: 30 }]);
});

it('PGlite: statements of one transaction asked at the same time each get their own rows', onPglite, async () => {
  const got = await t.db.transaction((tx) =>
    Promise.all([1, 2, 1, 2, 1].map((id, i) => (i % 2 ? tx.query(prepared('select v from prepared_probe where id = $1::int'), [id]) : tx.query(`select v * ${i + 1} as v from prepared_probe where id = $1::int`, [id])))),
  );
  assert.deepEqual(got, [[{ v: 10 }], [{ v: 20 }], [{ v: 30 }], [{ v: 20 }], [{ v: 50 }]]);
});

it('PGlite: an error leaves the connection usable, and rolls back its transaction', onPglite, async () => {
  await assert.rejects(t.db.query('select from_nowhere from prepared_probe'), /from_nowhere/);
  await assert.rejects(t.db.query(prepared('select $1::int / 0 as x'), [1]), /division by zero/);
  await assert.rejects(
    t.db.transaction(async (tx) => {
      await tx.query(prepared('update prepared_probe set v = v + 1 where id = $1::int'), [1]);
      await tx.query('select 1 / 0');
    }),
    /division by zero/,
  );
  assert.deepEqual(await t.db.query(prepared('select v from prepared_probe where id = $1::int'), [1]), [{ v: 10 }], 'the update was rolled back');
});

it('PGlite: a table changed by a script or under a kept statement still answers', onPglite, async () => {
  await t.db.exec('create table plan_probe (id int primary key, v int); insert into plan_probe values (1, 10);');
  const statement = prepared('select * from plan_probe where id = $1::int');
  assert.deepEqual(await t.db.query(statement, [1]), [{ id: 1, v: 10 }]);
  // A migration (a script): the kept statements are forgotten, so even a transaction meets no stale statement.
  await t.db.exec('alter table plan_probe alter column v type text');
  assert.deepEqual(await t.db.transaction((tx) => tx.query(statement, [1])), [{ id: 1, v: '10' }]);
  // Changed by a single statement: PostgreSQL refuses the kept one; it is parsed again and runs once more.
  await t.db.query('alter table plan_probe alter column v type int using v::int');
  assert.deepEqual(await t.db.query(statement, [1]), [{ id: 1, v: 10 }]);
});

it('PGlite: at most PGLITE_STATEMENTS are kept; a forgotten one is parsed again', onPglite, async () => {
  const first = prepared('select 0 as k, $1::int as x');
  await t.db.query(first, [1]);
  for (let i = 1; i <= PGLITE_STATEMENTS + 5; i++) assert.deepEqual(await t.db.query(prepared(`select ${i} as k, $1::int as x`), [i]), [{ k: i, x: i }]);
  const names = (await kept()).map((s) => s.name);
  assert.ok(names.length <= PGLITE_STATEMENTS, `${names.length} kept`);
  assert.ok(!names.includes(first.name), 'the least recently used was closed');
  assert.deepEqual(await t.db.query(first, [7]), [{ k: 0, x: 7 }]);
});
