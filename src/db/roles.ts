// Least privilege on PostgreSQL: migrations run as the owner of the schema;
// the application connects as a separate role that may only read and change
// rows. It cannot change the schema, cannot turn off triggers
// (session_replication_role needs a superuser) and has no UPDATE, DELETE or
// TRUNCATE on the append-only logs. `inbeeld migrate --app-rol <naam>` calls
// this after the migrations, so grants follow every new table.
import type { Db } from './client.ts';
import { installJobQueue, JOB_SCHEMA } from '../features/jobs/install.ts';

export const DEFAULT_APP_ROLE = 'inbeeld_app';
/** Tables the application may only add to and read: the processing log and who did it. */
export const APPEND_ONLY_TABLES = ['processing_log', 'audit_log'] as const;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates the role when missing (with LOGIN; a password when given) and sets exactly the grants the app needs. */
export async function grantAppRole(db: Db, role: string, password?: string): Promise<void> {
  if (db.kind !== 'postgres') throw new Error('Een aparte databasegebruiker voor de app kan alleen met PostgreSQL (DATABASE_URL).');
  if (!ROLE_NAME.test(role)) throw new Error(`"${role}" is geen geldige naam voor een databasegebruiker. Gebruik kleine letters, cijfers en _.`);
  const [me] = await db.query<{ owner: string; superuser: boolean }>('select current_user as owner, rolsuper as superuser from pg_roles where rolname = current_user');
  if (me!.owner === role) throw new Error('De app-gebruiker moet een andere gebruiker zijn dan de eigenaar die de migraties draait.');
  const statements = async (sql: string, params: unknown[] = []) => {
    const [row] = await db.query<{ sql: string }>(`select ${sql} as sql`, params);
    await db.exec(row!.sql);
  };
  const [exists] = await db.query<{ n: number }>('select count(*) as n from pg_roles where rolname = $1', [role]);
  const attributes = 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls';
  if (exists!.n === 0) {
    // Several processes may set up the same role at once (parallel test files): the loser's "already exists" is fine.
    await statements(`format('create role %I ${attributes}', $1::text)`, [role]).catch((error: { code?: string }) => {
      if (error.code !== '42710' && error.code !== '23505') throw error;
    });
  } else {
    const [attrs] = await db.query<{ ok: boolean }>(
      `select rolcanlogin and not (rolsuper or rolcreatedb or rolcreaterole or rolreplication or rolbypassrls) as ok from pg_roles where rolname = $1`,
      [role],
    );
    if (!attrs!.ok) await statements(`format('alter role %I ${attributes}', $1::text)`, [role]);
  }
  if (password) await statements(`format('alter role %I password %L', $1::text, $2::text)`, [role, password]);
  await statements(`format('grant connect on database %I to %I', current_database(), $1::text)`, [role]);
  await statements(`format('revoke create on schema public from %I', $1::text)`, [role]);
  await db.exec('revoke create on schema public from public');
  await statements(`format('grant usage on schema public to %I', $1::text)`, [role]);
  await statements(`format('grant select, insert, update, delete on all tables in schema public to %I', $1::text)`, [role]);
  await statements(`format('revoke truncate, references, trigger on all tables in schema public from %I', $1::text)`, [role]);
  for (const table of [...APPEND_ONLY_TABLES, 'schema_migrations']) {
    await statements(`format('revoke update, delete on %I from %I', $1::text, $2::text)`, [table, role]);
  }
  await statements(`format('revoke insert on schema_migrations from %I', $1::text)`, [role]);
  await statements(`format('grant usage, select on all sequences in schema public to %I', $1::text)`, [role]);
  await statements(`format('grant execute on all functions in schema public to %I', $1::text)`, [role]);
  // The job queue: its schema and queues are made by the owner; the app only moves rows.
  await installJobQueue(db);
  await statements(`format('grant usage on schema %I to %I', $1::text, $2::text)`, [JOB_SCHEMA, role]);
  await statements(`format('grant select, insert, update, delete on all tables in schema %I to %I', $1::text, $2::text)`, [JOB_SCHEMA, role]);
  await statements(`format('grant usage, select on all sequences in schema %I to %I', $1::text, $2::text)`, [JOB_SCHEMA, role]);
  await statements(`format('grant execute on all functions in schema %I to %I', $1::text, $2::text)`, [JOB_SCHEMA, role]);
}

/** `inbeeld migrate --app-rol <naam>`: the password comes from APP_DATABASE_PASSWORD, never from the command line. */
export async function grantAppRoleCli(db: Db, role: string): Promise<void> {
  await grantAppRole(db, role, process.env.APP_DATABASE_PASSWORD || undefined);
  process.stdout.write(`Databasegebruiker ${role} heeft nu alleen de rechten die de app nodig heeft.\n`);
}
