// Issue 10: on PostgreSQL the application connects as a role with only the
// grants it needs, so its own connection cannot delete processing-log rows,
// turn off triggers or change the schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { connect } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { grantAppRole } from '../../src/db/roles.ts';
import { emptyDb, onPostgres } from '../helpers/db.ts';

describe('least-privilege database role', { skip: !onPostgres && 'needs TEST_DATABASE_URL' }, () => {
  it('the app role reads and writes rows but cannot delete the processing log, disable triggers or change the schema', async () => {
    const t = await emptyDb();
    const role = 'inbeeld_app_roltest';
    try {
      await migrate(t.db);
      await t.db.query(`insert into processing_log (trace_id, activity, operation, person_pseudonym, purpose, legal_basis) values ('x', 'test', 'lezen', 'p', 'test', 'test')`);
      await grantAppRole(t.db, role);
      await grantAppRole(t.db, role); // idempotent
      const [me] = await t.db.query<{ db: string }>('select current_database() as db');
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.username = role;
      url.pathname = `/${me!.db}`;
      const app = await connect({ databaseUrl: url.toString() });
      try {
        assert.deepEqual(await migrate(app), [], 'an up-to-date schema needs no rights to "migrate"');
        await app.query(`insert into app_state (key, value) values ('roltest', 'ja')`);
        await app.query(`insert into processing_log (trace_id, activity, operation, person_pseudonym, purpose, legal_basis) values ('y', 'test', 'lezen', 'p', 'test', 'test')`);
        await assert.rejects(app.query('delete from processing_log'), /permission denied/);
        await assert.rejects(app.query('update processing_log set activity = $1', ['weg']), /permission denied/);
        await assert.rejects(app.query('truncate processing_log cascade'), /permission denied/);
        await assert.rejects(app.query('delete from audit_log'), /permission denied/);
        await assert.rejects(app.query('set session_replication_role = replica'), /permission denied/);
        await assert.rejects(app.query('alter table processing_log disable trigger processing_log_append_only'), /must be owner|permission denied/);
        await assert.rejects(app.query('create table sluiproute (x int)'), /permission denied/);
        await assert.rejects(app.query('drop table person cascade'), /must be owner|permission denied/);
        await assert.rejects(app.query(`insert into schema_migrations (id) values ('999_x.sql')`), /permission denied/);
        const [count] = await t.db.query<{ n: number }>('select count(*) as n from processing_log');
        assert.equal(count!.n, 2, 'nothing was removed');
      } finally {
        await app.close();
      }
    } finally {
      await t.close();
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`drop owned by ${role}`).catch(() => undefined);
      await admin.query(`drop role if exists ${role}`).catch(() => undefined);
      await admin.end();
    }
  });
});
