// Table upkeep for embedded PGlite. PGlite runs PostgreSQL as one process in
// single-user mode, without the autovacuum worker a server has. Without it no
// table is ever analyzed: the planner has no statistics, guesses one row for
// every table, and picks plans that are fine for ten rows and slow for a
// thousand (the nazorg signals of a consulent took 24 ms instead of 1.5 ms on
// the demo region; issue 17). Nor are dead rows ever vacuumed away, so tables
// that change often (sessions, the job queue) keep growing.
// This does autovacuum's work with autovacuum's own thresholds and settings:
// a table is analyzed when more rows changed since its last analysis than
// autovacuum_analyze_threshold + autovacuum_analyze_scale_factor × its rows,
// vacuumed when it has more dead rows than the vacuum threshold and scale
// factor allow, and analyzed when it was never analyzed at all (a new table,
// or a database from before this upkeep). PostgreSQL servers have autovacuum:
// there this is never run.
// PGlite starts its counts of changed and dead rows from zero at every start,
// even after a clean close, so rows that died before a restart are never
// counted: once a night the whole database is vacuumed (pgliteVacuumAll).
import type { Db } from './client.ts';

export interface UpkeepResult {
  analyzed: number;
  vacuumed: number;
  ms: number;
}

interface Due {
  name: string;
  vacuum: boolean;
  analyze: boolean;
}

// pg_stat_user_tables counts changes since the process started (PGlite keeps no counts over a restart),
// so a table that was never analyzed is found by its reltuples: -1 until the first ANALYZE or VACUUM.
const DUE_SQL = `
select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as name,
  coalesce(s.n_dead_tup, 0) > current_setting('autovacuum_vacuum_threshold')::float8
    + current_setting('autovacuum_vacuum_scale_factor')::float8 * greatest(c.reltuples, 0) as vacuum,
  c.reltuples < 0
    or coalesce(s.n_mod_since_analyze, 0) > current_setting('autovacuum_analyze_threshold')::float8
      + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0) as analyze
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_stat_user_tables s on s.relid = c.oid
where c.relkind in ('r', 'm')
  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
order by 1`;

/** The tables autovacuum would vacuum or analyze now. */
export async function upkeepDue(db: Db): Promise<Due[]> {
  return (await db.query<Due>(DUE_SQL)).filter((t) => t.vacuum || t.analyze);
}

/**
 * Vacuums and analyzes the tables that are due (see above) on PGlite; does
 * nothing on PostgreSQL, where autovacuum does it. VACUUM cannot run inside a
 * transaction or a script of several statements, so it is one statement.
 */
export async function pgliteUpkeep(db: Db): Promise<UpkeepResult> {
  const t0 = performance.now();
  if (db.kind !== 'pglite') return { analyzed: 0, vacuumed: 0, ms: 0 };
  const due = await upkeepDue(db);
  const vacuum = due.filter((t) => t.vacuum).map((t) => t.name);
  const analyze = due.filter((t) => t.analyze && !t.vacuum).map((t) => t.name);
  if (vacuum.length) await db.exec(`vacuum (analyze) ${vacuum.join(', ')}`);
  if (analyze.length) await db.exec(`analyze ${analyze.join(', ')}`);
  return { analyzed: vacuum.length + analyze.length, vacuumed: vacuum.length, ms: Math.round(performance.now() - t0) };
}

/**
 * VACUUM (ANALYZE) of the whole database on PGlite, for the dead rows its
 * counts lost at a restart. About 1.2 s on the demo region (20 MB) the first
 * time and 0.06 s after, since pages without changes are skipped.
 */
export async function pgliteVacuumAll(db: Db): Promise<{ ms: number }> {
  const t0 = performance.now();
  if (db.kind === 'pglite') await db.exec('vacuum (analyze)');
  return { ms: Math.round(performance.now() - t0) };
}
