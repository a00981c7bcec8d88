// Test databases: in-memory PGlite by default; with TEST_DATABASE_URL a fresh
// database on that PostgreSQL server per call, dropped afterwards.
//
// Migrating and seeding costs seconds of CPU per test file, so it is done once
// per version of the source and cloned: on PGlite from a dump of the data
// folder cached in the temp folder, on PostgreSQL from a template database.
// The key is a hash of src/ and package-lock.json plus today's date (the demo
// data is dated relative to today). TEST_DB_CACHE=0 builds every database from
// scratch, as before.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect, dumpPgliteDataDir, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { grantAppRole } from '../../src/db/roles.ts';
import { seed } from '../../src/db/seed.ts';
import { pgliteUpkeep } from '../../src/db/upkeep.ts';

export interface TestDb {
  db: Db;
  /** The PostgreSQL URL of this database (absent on PGlite), for a second connection. */
  url?: string;
  close(): Promise<void>;
}

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

const useCache = process.env.TEST_DB_CACHE !== '0';

export async function emptyDb(): Promise<TestDb> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = useCache ? await connect({ dataDir: 'memory://', loadDataDir: await pgliteDump('empty') }) : await connect({ dataDir: 'memory://' });
    return { db, close: () => db.close() };
  }
  const name = `inbeeld_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  return onServer(adminUrl, name);
}

/** A migrated database with reference data, the national catalogue and the demo region. */
export async function seededDb(): Promise<TestDb> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!useCache) {
    const t = await emptyDb();
    await migrateAndSeed(t.db);
    return asAppRole(t);
  }
  if (!adminUrl) {
    const db = await connect({ dataDir: 'memory://', loadDataDir: await pgliteDump('seeded') });
    return { db, close: () => db.close() };
  }
  return asAppRole(await onServer(adminUrl, await cloneTemplate(adminUrl)));
}

async function migrateAndSeed(db: Db): Promise<void> {
  await migrate(db);
  await seed(db, { demo: true, demoPassword: DEMO_PASSWORD });
  // As `inbeeld serve` does after seeding: PGlite has no autovacuum, so the tests plan with statistics as the app does.
  await pgliteUpkeep(db);
}

async function onServer(adminUrl: string, name: string): Promise<TestDb> {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await connect({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    async close() {
      await db.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

// --- the cache key ---------------------------------------------------------

let key: string | undefined;
/** Changes whenever a migration, the seed, the content or a dependency changes, and every day. */
function sourceKey(): string {
  if (key) return key;
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
  for (const file of [...files, join(root, 'package-lock.json')]) {
    hash.update(file.slice(root.length));
    hash.update(readFileSync(file));
  }
  key = `${new Date().toISOString().slice(0, 10).replace(/-/g, '')}_${hash.digest('hex').slice(0, 16)}`;
  return key;
}

// --- PGlite: a dump of the data folder, cached on disk -----------------------

const cacheDir = join(tmpdir(), 'inbeeld-test-db');
const dumps = new Map<string, Promise<Blob>>();

function pgliteDump(kind: 'empty' | 'seeded'): Promise<Blob> {
  let dump = dumps.get(kind);
  if (!dump) {
    dump = loadOrBuildDump(kind);
    dumps.set(kind, dump);
  }
  return dump;
}

async function loadOrBuildDump(kind: 'empty' | 'seeded'): Promise<Blob> {
  const file = join(cacheDir, `${kind}-${sourceKey()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = await connect({ dataDir: 'memory://' });
  if (kind === 'seeded') await migrateAndSeed(db);
  const dump = await dumpPgliteDataDir(db);
  await db.close();
  mkdirSync(cacheDir, { recursive: true });
  // Test files run in parallel processes: write aside, then rename (atomic), so no one reads half a file.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, file);
  for (const old of readdirSync(cacheDir)) {
    const path = join(cacheDir, old);
    if (!old.includes(sourceKey()) && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
  return dump;
}

// --- PostgreSQL: a template database per key --------------------------------

const TEMPLATE_PREFIX = 'inbeeld_tpl_';

/** Creates a new database from the migrated and seeded template (built once per key); returns its name. */
async function cloneTemplate(adminUrl: string): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${sourceKey()}`;
  const name = `inbeeld_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // One process builds the template; the others wait. Cloning happens under the same lock: a
    // template may not be in use while it is copied.
    await admin.query(`select pg_advisory_lock(hashtext('inbeeld-test-template'))`);
    const [{ n } = { n: 0 }] = (await admin.query<{ n: number }>('select count(*)::int as n from pg_database where datname = $1', [template])).rows;
    if (n === 0) {
      const building = `${template}_b${randomBytes(3).toString('hex')}`;
      await admin.query(`create database ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const db = await connect({ databaseUrl: url.toString() });
      await migrateAndSeed(db);
      await db.close();
      await retryInUse(() => admin.query(`alter database ${building} rename to ${template}`));
      // Templates of other days or sources on this server are no longer needed.
      const stale = await admin.query<{ datname: string }>(`select datname from pg_database where datname like '${TEMPLATE_PREFIX}%' and datname <> $1`, [template]);
      for (const { datname } of stale.rows) await admin.query(`drop database if exists ${datname}`).catch(() => undefined);
    }
    const [{ v } = { v: 0 }] = (await admin.query<{ v: number }>(`select current_setting('server_version_num')::int as v`)).rows;
    // file_copy (PostgreSQL 15+) copies the files instead of writing every page to the WAL: much faster.
    await retryInUse(() => admin.query(`create database ${name} template ${template}${v >= 150000 ? ' strategy = file_copy' : ''}`));
  } finally {
    await admin.end();
  }
  return name;
}

/** A connection that was just closed can take a moment to leave the server (55006: object in use). */
async function retryInUse<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * With TEST_DATABASE_APP_ROLE (CI's PostgreSQL run), the tests use the
 * database as the application does in production: through the least-privilege
 * role, after migrating and seeding as the owner.
 */
async function asAppRole(t: TestDb): Promise<TestDb> {
  const role = process.env.TEST_DATABASE_APP_ROLE;
  if (!role || t.db.kind !== 'postgres') return t;
  await grantAppRole(t.db, role);
  const [row] = await t.db.query<{ db: string }>('select current_database() as db');
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.username = role;
  url.password = '';
  url.pathname = `/${row!.db}`;
  await t.db.close();
  const db = await connect({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    async close() {
      await db.close();
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${row!.db} with (force)`);
      await admin.end();
    },
  };
}

export const DEMO_PASSWORD = 'test-wachtwoord-123';
