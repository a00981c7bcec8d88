// Upkeep on PGlite (src/db/upkeep.ts): it has no autovacuum, so without this
// no table is ever analyzed or vacuumed. Tables are analyzed and vacuumed on
// autovacuum's thresholds; nothing runs when nothing is due; on PostgreSQL it
// does nothing, and its job is scheduled only on PGlite.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { connect } from '../../src/db/client.ts';
import { pgliteUpkeep, pgliteVacuumAll, upkeepDue } from '../../src/db/upkeep.ts';
import { queues, startJobs } from '../../src/features/jobs/queue.ts';
import { emptyDb, onPostgres, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await emptyDb();
  await t.db.exec(`create table upkeep_probe (id int primary key, v text); insert into upkeep_probe select g, 'v' || g from generate_series(1, 2000) g;`);
  await t.db.query('select pg_stat_force_next_flush()');
});
after(async () => t?.close());

const stats = async () =>
  (await t.db.query<{ reltuples: number; columns: number; dead: number }>(
    `select c.reltuples::int as reltuples,
       (select count(*)::int from pg_statistic s where s.starelid = c.oid) as columns,
       coalesce((select n_dead_tup::int from pg_stat_user_tables u where u.relid = c.oid), 0) as dead
     from pg_class c where c.relname = 'upkeep_probe'`,
  ))[0]!;

it('PGlite: a table never analyzed gets statistics; then nothing is due', { skip: onPostgres && 'PGlite only' }, async () => {
  assert.deepEqual(await stats(), { reltuples: -1, columns: 0, dead: 0 }, 'PGlite analyzes nothing by itself');
  assert.ok((await upkeepDue(t.db)).some((d) => d.name === 'public.upkeep_probe' && d.analyze));
  const first = await pgliteUpkeep(t.db);
  assert.ok(first.analyzed >= 1, `analyzed ${first.analyzed}`);
  assert.deepEqual(await stats(), { reltuples: 2000, columns: 2, dead: 0 });
  assert.equal((await planRows()), 2000, 'the planner now knows the table has 2,000 rows');
  assert.deepEqual(await upkeepDue(t.db), [], 'nothing is due right after');
  assert.deepEqual({ ...(await pgliteUpkeep(t.db)), ms: 0 }, { analyzed: 0, vacuumed: 0, ms: 0 });
});

// A backend sends its counts of changed rows to the statistics at most once a second; this sends them now.
const change = async (sql: string) => {
  await t.db.query(sql);
  await t.db.query('select pg_stat_force_next_flush()');
};

async function planRows(): Promise<number> {
  const [row] = await t.db.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>('explain (format json) select * from upkeep_probe');
  return row!['QUERY PLAN'][0]!.Plan['Plan Rows'];
}

it('PGlite: analyzed after enough changes, vacuumed after enough dead rows, on autovacuum\'s thresholds', { skip: onPostgres && 'PGlite only' }, async () => {
  // Analyze: 50 + 10% of 2,000 rows = 250 changed rows. 200 updates leave it as it is (and 200 dead rows, below 50 + 20%).
  await change(`update upkeep_probe set v = v || '!' where id <= 200`);
  assert.deepEqual(await upkeepDue(t.db), []);
  await change(`update upkeep_probe set v = v || '!' where id > 1900`);
  assert.deepEqual(await upkeepDue(t.db), [{ name: 'public.upkeep_probe', vacuum: false, analyze: true }]);
  assert.equal((await pgliteUpkeep(t.db)).vacuumed, 0);
  // Vacuum: more than 50 + 20% of 2,000 = 450 dead rows (300 so far).
  await change(`delete from upkeep_probe where id between 1001 and 1200`);
  assert.deepEqual(await upkeepDue(t.db), [{ name: 'public.upkeep_probe', vacuum: true, analyze: false }]);
  const r = await pgliteUpkeep(t.db);
  assert.deepEqual([r.analyzed, r.vacuumed], [1, 1]);
  assert.deepEqual(await stats(), { reltuples: 1800, columns: 2, dead: 0 });
});

it('PGlite: dead rows from before a restart are not counted; the nightly vacuum removes them', { skip: onPostgres && 'PGlite only' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inbeeld-upkeep-'));
  try {
    let db = await connect({ dataDir: dir });
    await db.exec(`create table restart_probe (id int primary key); insert into restart_probe select generate_series(1, 1000);`);
    await db.query('delete from restart_probe where id <= 600');
    await db.close();
    db = await connect({ dataDir: dir });
    const dead = async () => (await db.query<{ n: number }>(`select n_dead_tup::int as n from pg_stat_user_tables where relname = 'restart_probe'`))[0]!.n;
    // relallvisible: pages VACUUM marked all-visible (the dead rows on them removed); ANALYZE marks none.
    const table = async () => (await db.query<{ pages: number; visible: number; rows: number }>(
      `select relpages as pages, relallvisible as visible, reltuples::int as rows from pg_class where relname = 'restart_probe'`,
    ))[0]!;
    assert.equal(await dead(), 0, 'PGlite forgot the 600 dead rows at the restart');
    assert.ok(!(await upkeepDue(db)).some((d) => d.name === 'public.restart_probe' && d.vacuum), 'so the upkeep does not vacuum the table');
    assert.equal((await table()).visible, 0);
    const r = await pgliteVacuumAll(db);
    const after = await table();
    assert.ok(after.pages > 0 && after.visible === after.pages, `every page vacuumed: ${after.visible} of ${after.pages}`);
    assert.equal(after.rows, 400);
    assert.ok(r.ms >= 0);
    await db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('PostgreSQL: does nothing (autovacuum does it)', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
  assert.deepEqual(await pgliteUpkeep(t.db), { analyzed: 0, vacuumed: 0, ms: 0 });
  assert.deepEqual(await pgliteVacuumAll(t.db), { ms: 0 });
});

it('the upkeep job is scheduled on PGlite only', async () => {
  const config = { ...loadConfig({ PORT: '0' }), smtpUrl: undefined };
  const jobs = await startJobs(t.db, config, { work: false, schedule: true });
  try {
    const scheduled = (await jobs.boss.getSchedules()).map((s) => s.name);
    assert.ok(scheduled.includes(queues.retention.name));
    assert.equal(scheduled.includes(queues.upkeep.name), !onPostgres);
    assert.equal(scheduled.includes(queues.vacuum.name), !onPostgres);
  } finally {
    await jobs.stop();
  }
});
