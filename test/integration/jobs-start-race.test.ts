// Instances that start at the same moment on a new database all create the
// job queues at once. pg-boss's create_queue takes its locks in an order that
// can deadlock two callers (seen in CI: two instances and a worker starting
// together); every instance must still start, so they take turns (queue.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { connect, type Db } from '../../src/db/client.ts';
import { queues, startJobs, type Jobs } from '../../src/features/jobs/queue.ts';
import { emptyDb, onPostgres } from '../helpers/db.ts';

const config = { ...loadConfig({ PORT: '0' }), smtpUrl: undefined };
const INSTANCES = 4;
const ROUNDS = 3;

test('instances starting together on a new database all start, and each queue is made once', { skip: !onPostgres && 'needs TEST_DATABASE_URL', timeout: 120_000 }, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const t = await emptyDb();
    const pools: Db[] = [];
    const started: Jobs[] = [];
    try {
      for (let i = 0; i < INSTANCES; i++) pools.push(await connect({ databaseUrl: t.url! }));
      const results = await Promise.allSettled(pools.map((db) => startJobs(db, config, { work: false, schedule: true })));
      for (const r of results) if (r.status === 'fulfilled') started.push(r.value);
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
      assert.deepEqual(failures, [], `round ${round}: every instance starts`);
      const rows = await t.db.query<{ name: string }>(`select name from pgboss.queue where name not like '\_\_pgboss%' order by name`);
      assert.deepEqual(rows.map((r) => r.name), Object.values(queues).map((q) => q.name).sort());
    } finally {
      for (const j of started) await j.stop();
      for (const db of pools) await db.close();
      await t.close();
    }
  }
});
