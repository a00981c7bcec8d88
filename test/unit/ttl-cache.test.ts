import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ttlCache } from '../../src/db/ttl-cache.ts';

it('ttlCache: one load per key and database within the time to live, a new load after it', async () => {
  const cache = ttlCache<number>(1_000);
  const a = {};
  const b = {};
  let loads = 0;
  const load = async () => ++loads;
  assert.equal(await cache.get(a, 'x', load, 0), 1);
  assert.equal(await cache.get(a, 'x', load, 999), 1, 'still fresh');
  assert.equal(await cache.get(b, 'x', load, 999), 2, 'another database has its own entries');
  assert.equal(await cache.get(a, 'y', load, 999), 3, 'another key');
  assert.equal(await cache.get(a, 'x', load, 1_000), 4, 'expired');
});

it('ttlCache: concurrent callers share one load; a failed load is not kept', async () => {
  const cache = ttlCache<string>(60_000);
  const db = {};
  let loads = 0;
  const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`v${++loads}`), 5));
  assert.deepEqual(await Promise.all([cache.get(db, 'k', slow, 0), cache.get(db, 'k', slow, 0)]), ['v1', 'v1']);
  await assert.rejects(cache.get(db, 'bad', () => Promise.reject(new Error('down')), 0));
  assert.equal(await cache.get(db, 'bad', async () => 'up', 1), 'up');
});

it('ttlCache: clear(db) drops one database\'s entries, clear() every database\'s', async () => {
  const cache = ttlCache<number>(60_000);
  const a = {};
  const b = {};
  let loads = 0;
  const load = async () => ++loads;
  assert.equal(await cache.get(a, 'x', load, 0), 1);
  assert.equal(await cache.get(b, 'x', load, 0), 2);
  cache.clear(a);
  assert.equal(await cache.get(a, 'x', load, 1), 3, 'a loads again');
  assert.equal(await cache.get(b, 'x', load, 1), 2, 'b kept its entry');
  cache.clear();
  assert.equal(await cache.get(b, 'x', load, 2), 4, 'cleared for every database');
});
