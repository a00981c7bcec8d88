// The batch on worker threads gives the same outcomes and counts as the
// single-threaded batch, with one policy and with a policy per person.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createColumns, ENUMS, evaluateBatch, type FactColumns } from '../../src/domain/rechtencheck/index.ts';
import { BatchPool, PARALLEL_FROM } from '../../src/features/rechtencheck/batch-parallel.ts';

function population(n: number, seed: number): FactColumns {
  let state = seed >>> 0;
  const rnd = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const columns = createColumns(n);
  for (const key of Object.keys(ENUMS) as (keyof typeof ENUMS)[]) {
    for (let i = 0; i < n; i++) columns[key][i] = Math.floor(rnd() * (ENUMS[key].length + 1));
  }
  for (let i = 0; i < n; i++) {
    columns.age[i] = Math.floor(rnd() * 82) - 2;
    columns.jobHoursPerWeek[i] = Math.floor(rnd() * 42) - 2;
    columns.jobContractMonths[i] = Math.floor(rnd() * 32) - 2;
    columns.loonwaarde[i] = Math.floor(rnd() * 122) - 2;
  }
  return columns;
}

let pool: BatchPool;
before(async () => {
  pool = await BatchPool.start(2);
});
after(async () => pool.close());

test('worker threads give the same outcome per person and the same counts', async () => {
  const columns = population(PARALLEL_FROM + 12_345, 3);
  const single = evaluateBatch(columns, { date: '2026-11-23' });
  const parallel = await pool.run(columns, { date: '2026-11-23' });
  assert.equal(parallel.length, single.length);
  assert.equal(parallel.date, single.date);
  for (let r = 0; r < single.instruments.length; r++) {
    assert.equal(parallel.instruments[r]!.id, single.instruments[r]!.id);
    assert.deepEqual(parallel.instruments[r]!.counts, single.instruments[r]!.counts);
    assert.ok(Buffer.from(parallel.instruments[r]!.outcomes).equals(Buffer.from(single.instruments[r]!.outcomes)), single.instruments[r]!.id);
  }
});

test('a policy per person travels to the workers', async () => {
  const columns = population(PARALLEL_FROM + 1, 9);
  columns.policyIndex = new Uint16Array(columns.length).map((_, i) => i % 2);
  const policies = [{}, { ondersteuningAgeMax: 30 } as Record<string, unknown>];
  const single = evaluateBatch(columns, { date: '2026-11-23', policies });
  const parallel = await pool.run(columns, { date: '2026-11-23', policies });
  assert.deepEqual(parallel.instruments.map((i) => i.counts), single.instruments.map((i) => i.counts));
});
