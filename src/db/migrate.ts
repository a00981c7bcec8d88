// Applies the SQL files in ./migrations in name order, each once, each in its
// own transaction. The same files run on PGlite and on PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './client.ts';
import { ADVISORY_LOCK } from './locks.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

/** Files not yet applied; all of them when the database is empty. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const [table] = await db.query<{ name: string | null }>(`select to_regclass('schema_migrations')::text as name`);
  if (!table?.name) return migrationFiles();
  const done = new Set((await db.query<{ id: string }>('select id from schema_migrations')).map((r) => r.id));
  return migrationFiles().filter((f) => !done.has(f));
}

export async function migrate(db: Db): Promise<string[]> {
  // Up to date: no DDL at all, so the application's own role (without CREATE) can start.
  if ((await pendingMigrations(db)).length === 0) return [];
  try {
    return await applyMigrations(db);
  } catch (error) {
    if ((error as { code?: string }).code === '42501') {
      throw new Error('Het databaseschema moet worden bijgewerkt, maar deze databasegebruiker mag dat niet. Draai eerst `inbeeld migrate` als eigenaar van de database (zie docs/postgresql.md).');
    }
    throw error;
  }
}

async function applyMigrations(db: Db): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (
    id text primary key,
    applied_at timestamptz not null default now()
  )`);
  const applied: string[] = [];
  for (const file of migrationFiles()) {
    const sql = readFileSync(new URL(file, migrationsDir), 'utf8');
    const done = await db.transaction(async (tx) => {
      // Serialises concurrent starts against one PostgreSQL server.
      if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [ADVISORY_LOCK.migrate]);
      const rows = await tx.query('select 1 from schema_migrations where id = $1', [file]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (id) values ($1)', [file]);
      return true;
    });
    if (done) applied.push(file);
  }
  return applied;
}

/** Splits a script on semicolons outside quotes and $$-bodies. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inSingle = false;
  let inDollar = false;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (!inSingle && !inDollar && ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      current += '\n';
      continue;
    }
    if (!inDollar && ch === "'") inSingle = !inSingle;
    if (!inSingle && ch === '$' && sql[i + 1] === '$') {
      inDollar = !inDollar;
      current += '$$';
      i++;
      continue;
    }
    if (ch === ';' && !inSingle && !inDollar) {
      if (current.trim()) statements.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
