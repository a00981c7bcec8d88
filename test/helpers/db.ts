// Test databases: in-memory PGlite by default; with TEST_DATABASE_URL a fresh
// database on that PostgreSQL server per call, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Db } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { grantAppRole } from '../../src/db/roles.ts';
import { seed } from '../../src/db/seed.ts';

export interface TestDb {
  db: Db;
  /** The PostgreSQL URL of this database (absent on PGlite), for a second connection. */
  url?: string;
  close(): Promise<void>;
}

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export async function emptyDb(): Promise<TestDb> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await connect({ dataDir: 'memory://' });
    return { db, close: () => db.close() };
  }
  const name = `inbeeld_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await connect({ databaseUrl: url.toString() });
  return {
    db,
    url: url.toString(),
    async close() {
      await db.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** A migrated database with reference data, the national catalogue and the demo region. */
export async function seededDb(): Promise<TestDb> {
  const t = await emptyDb();
  await migrate(t.db);
  await seed(t.db, { demo: true, demoPassword: DEMO_PASSWORD });
  return asAppRole(t);
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
