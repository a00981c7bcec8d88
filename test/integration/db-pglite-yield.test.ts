// PGlite runs each statement synchronously on the server's thread. A busy
// queue of statements must still give the event loop a turn now and then,
// or no connection is accepted and no request read until the queue is empty.
// And it serves the oldest request first, so a page of several statements is
// not queued behind every newer request again for each of them.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { connect, workStarted, type Db } from '../../src/db/client.ts';

let db: Db;
before(async () => {
  db = await connect({ dataDir: 'memory://' });
});
after(async () => db?.close());

it('lets a timer run while many statements wait in the queue', async () => {
  const heavy = 'select count(*)::int as n from generate_series(1, 300000)';
  // How long one statement takes here, so the queue below is long enough to matter on any machine.
  let t0 = performance.now();
  await db.query(heavy);
  const one = Math.max(1, performance.now() - t0);
  const count = Math.max(20, Math.ceil(600 / one));

  t0 = performance.now();
  let timerAt = Number.NaN;
  const done: number[] = [];
  const statements = Array.from({ length: count }, () => db.query(heavy).then(() => done.push(performance.now() - t0)));
  setTimeout(() => (timerAt = performance.now() - t0), 0);
  await Promise.all(statements);
  const lastDone = done[done.length - 1]!;
  assert.ok(Number.isFinite(timerAt), 'the timer ran');
  assert.ok(
    timerAt < lastDone / 2,
    `a timer set at the start ran after ${timerAt.toFixed(0)} ms, the ${count} statements (${one.toFixed(1)} ms each) took ${lastDone.toFixed(0)} ms`,
  );
  assert.ok(done.filter((t) => t < timerAt).length < count / 2, 'most statements ran after the timer had its turn');
});

it('runs the statements of the oldest work first, whatever the order they were asked in', async () => {
  const order: string[] = [];
  // Two requests: the newer asks first. Both wait behind a statement without a request.
  const free = db.query('select 1 as n').then(() => order.push('no request'));
  const newer = workStarted.run(2_000, () => db.query('select 1 as n').then(() => order.push('newer')));
  const older = workStarted.run(1_000, () => db.query('select 1 as n').then(() => order.push('older')));
  await Promise.all([free, newer, older]);
  assert.deepEqual(order.filter((o) => o !== 'no request'), ['older', 'newer']);
});
