// One small interface over two drivers: embedded PGlite (default, data in
// ./data) and a PostgreSQL server through `pg` (DATABASE_URL). Features only
// see `Db`, so the same queries and migrations run on both.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { PgliteStatements } from './pglite-statements.ts';

// Rows are typed by the caller; the drivers return plain objects.
export type Row = object;

/** A statement PostgreSQL parses and plans once per connection (see `prepared`). */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/**
 * Marks a hot statement as a named (prepared) statement. On PostgreSQL each
 * pool connection parses it once and keeps it; after five runs the server may
 * switch to a generic plan (one plan for all parameter values) when that is
 * not costlier than planning each time. For the signal and caseload
 * statements planning cost several times their execution (issue 17).
 *
 * Only for texts that are code constants, or built from a bounded set of
 * code constants: every connection keeps every prepared statement until it
 * closes, so a text with input in it would grow without bound. And give each
 * usage pattern its own text: a generic plan is one plan for all values, so
 * an optional filter such as `($3::uuid is null or id = $3)` shared by a
 * one-person view and a whole list would get a plan that scans for the one
 * person. PGlite keeps it the same way (src/db/pglite-statements.ts).
 */
export function prepared(text: string): Statement {
  // The name is the text's hash: the same text gets the same name on every connection, another text another name.
  return { name: `ib_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`, text };
}

/**
 * Prepared statements for one query with optional filters: one text per
 * combination of the filters present (`flags`, at most a few), so each usage
 * pattern gets its own generic plan. Built on first use.
 */
export function preparedVariants<K extends string>(flags: readonly K[], build: (has: Record<K, boolean>) => string): (has: Record<K, boolean>) => Statement {
  const made = new Map<number, Statement>();
  return (has) => {
    const key = flags.reduce((k, f, i) => (has[f] ? k | (1 << i) : k), 0);
    let statement = made.get(key);
    if (!statement) {
      statement = prepared(build(Object.fromEntries(flags.map((f, i) => [f, (key & (1 << i)) !== 0])) as Record<K, boolean>));
      made.set(key, statement);
    }
    return statement;
  };
}

const textOf = (sql: string | Statement): string => (typeof sql === 'string' ? sql : sql.text);

export interface Queryable {
  query<T extends Row = Row>(sql: string | Statement, params?: unknown[]): Promise<T[]>;
}

export interface TransactionOptions {
  /** Settings for this transaction only, e.g. { jit: 'off' }: names and values are code constants, never input. */
  settings?: Record<string, string>;
}

const SETTING = /^[a-z_.]+$/;
const SETTING_VALUE = /^[A-Za-z0-9_.]+$/;
function settingsSql(settings: Record<string, string>): string {
  const parts = Object.entries(settings).map(([name, value]) => {
    if (!SETTING.test(name) || !SETTING_VALUE.test(value)) throw new Error(`not a setting: ${name}`);
    return `set_config('${name}', '${value}', true)`;
  });
  return `select ${parts.join(', ')}`;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction; rolls back when it throws. `settings` are
   * local to the transaction (set_config(…, true)); on PostgreSQL they go with
   * the BEGIN in one round trip.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** For the job queue (pg-boss): one statement with parameters, or a script without; rows of the last. */
  executeSql(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  close(): Promise<void>;
}

// Dates stay ISO strings and bigint counts become numbers, the same on both drivers.
pg.types.setTypeParser(1082, (v: string) => v); // date
pg.types.setTypeParser(20, (v: string) => Number(v)); // int8 (count(*))
pg.types.setTypeParser(1700, (v: string) => Number(v)); // numeric

/** PGlite: at most this long of statements back to back before the event loop gets a turn (see next). Of 5, 20 and 50 ms, 20 gave the best p95 of the consulent mix at 50 connections. */
const YIELD_AFTER_MS = 20;

/**
 * When the work a statement belongs to began (a request: see src/web/server.ts).
 * PGlite runs one statement at a time and serves the oldest work first, so a
 * page of several statements is not queued behind every newer request again
 * for each of them.
 */
export const workStarted = new AsyncLocalStorage<number>();

interface PgliteJob {
  at: number;
  seq: number;
  run: () => Promise<void>;
}

class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  // PGlite is one connection: one statement (or transaction) at a time, the oldest work first.
  private readonly pending: PgliteJob[] = [];
  private busy = false;
  private seq = 0;
  private lastYield = 0;
  private readonly statements: PgliteStatements;
  constructor(private readonly pglite: PGlite) {
    this.statements = new PgliteStatements(pglite);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ at: workStarted.getStore() ?? performance.now(), seq: this.seq++, run: () => fn().then(resolve, reject) });
      if (!this.busy) {
        this.busy = true;
        queueMicrotask(() => this.next());
      }
    });
  }

  private next(): void {
    if (this.pending.length === 0) {
      this.busy = false;
      return;
    }
    // PGlite runs a statement synchronously on this thread. Back to back as promise callbacks, a busy queue
    // ran for seconds without accepting a connection or reading a request (a new connection's first page
    // waited up to 19 s at 50 connections). So after YIELD_AFTER_MS the loop gets one turn (setImmediate).
    if (performance.now() - this.lastYield < YIELD_AFTER_MS) {
      void this.runOldest();
      return;
    }
    setImmediate(() => {
      this.lastYield = performance.now();
      void this.runOldest();
    });
  }

  private async runOldest(): Promise<void> {
    let best = 0;
    for (let i = 1; i < this.pending.length; i++) {
      const a = this.pending[i]!;
      const b = this.pending[best]!;
      if (a.at < b.at || (a.at === b.at && a.seq < b.seq)) best = i;
    }
    const [job] = this.pending.splice(best, 1);
    await job!.run();
    this.next();
  }

  query<T extends Row = Row>(sql: string | Statement, params: unknown[] = []): Promise<T[]> {
    return this.serial(() => this.statements.run<T>(sql, params, false));
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.serial(() =>
      this.pglite.transaction(async (tx) => {
        if (options.settings && Object.keys(options.settings).length) await tx.query(settingsSql(options.settings));
        return fn({ query: <R extends Row>(sql: string | Statement, params: unknown[] = []) => this.statements.run<R>(sql, params, true) });
      }),
    );
  }

  exec(sql: string): Promise<void> {
    return this.serial(async () => {
      await this.pglite.exec(sql);
      // A script may change tables (a migration): named statements are parsed again.
      await this.statements.forget();
    });
  }

  executeSql(sql: string, params: unknown[] = []): Promise<{ rows: Row[] }> {
    return this.serial(async () => {
      if (params.length > 0) return { rows: await this.statements.run<Row>(sql, params, false) };
      const results = await this.pglite.exec(sql);
      return { rows: (results[results.length - 1]?.rows ?? []) as Row[] };
    });
  }

  close(): Promise<void> {
    return this.serial(() => this.pglite.close());
  }

  /** The whole data folder as a tar file, to start another PGlite from (tests clone a seeded database). */
  dumpDataDir(): Promise<File | Blob> {
    return this.serial(() => this.pglite.dumpDataDir('none'));
  }
}

/** PGlite only: the data folder as a tar file, for `connect({ loadDataDir })`. */
export function dumpPgliteDataDir(db: Db): Promise<File | Blob> {
  if (!(db instanceof PgliteDb)) throw new Error('dumpDataDir is only for PGlite');
  return db.dumpDataDir();
}

// "cached plan must not change result type": a prepared statement outlived a
// change to a table it reads (a migration by another instance). PostgreSQL
// keeps refusing that statement on that connection, so the connection is
// closed, not returned to the pool, and the statement runs once more unnamed.
const planChanged = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '0A000';

class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  constructor(private readonly pool: pg.Pool) {}

  async query<T extends Row = Row>(sql: string | Statement, params: unknown[] = []): Promise<T[]> {
    if (typeof sql === 'string') return (await this.pool.query(sql, params)).rows as T[];
    const client = await this.pool.connect();
    try {
      const rows = (await client.query({ name: sql.name, text: sql.text, values: params })).rows as T[];
      client.release();
      return rows;
    } catch (error) {
      // Closed after any error, as pool.query does; only a changed plan is tried again.
      client.release(true);
      if (!planChanged(error)) throw error;
      return (await this.pool.query(sql.text, params)).rows as T[];
    }
  }

  /**
   * When a prepared statement in `fn` meets a changed plan (0A000), the
   * transaction is rolled back with its connection closed, and `fn` runs once
   * more on another connection with every statement unnamed: the error
   * aborts the transaction, so the statement alone cannot be repeated. The
   * callers keep effects outside the database after their statements.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.runTransaction(fn, options, true);
  }

  private async runTransaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions, named: boolean): Promise<T> {
    const client = await this.pool.connect();
    // An object, not a let: the flag is set inside the callback.
    const state = { planChanged: false };
    const tx: Queryable = {
      query: async <R extends Row>(sql: string | Statement, params: unknown[] = []) => {
        if (typeof sql === 'string' || !named) return (await client.query(textOf(sql), params)).rows as R[];
        try {
          return (await client.query({ name: sql.name, text: sql.text, values: params })).rows as R[];
        } catch (error) {
          // Remembered here: fn may catch the error, but the transaction is aborted either way.
          if (planChanged(error)) state.planChanged = true;
          throw error;
        }
      },
    };
    try {
      // BEGIN and the settings as one simple-protocol script: one round trip.
      await client.query(options.settings && Object.keys(options.settings).length ? `BEGIN; ${settingsSql(options.settings)}` : 'BEGIN');
      const result = await fn(tx);
      if (!state.planChanged) {
        await client.query('COMMIT');
        return result;
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (!state.planChanged) throw error;
    } finally {
      // true closes the connection (and its transaction) instead of returning it to the pool.
      client.release(state.planChanged);
    }
    return this.runTransaction(fn, options, false);
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async executeSql(sql: string, params: unknown[] = []): Promise<{ rows: Row[] }> {
    const result = await this.pool.query(sql, params.length > 0 ? params : undefined);
    // A script gives one result per statement; pg-boss wants the last.
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return { rows: (last?.rows ?? []) as Row[] };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export interface ConnectOptions {
  /** postgres:// URL; when absent, embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` for a throw-away database. */
  dataDir?: string;
  /** PGlite: start from this dump (dumpPgliteDataDir) instead of an empty database. */
  loadDataDir?: File | Blob;
}

export async function connect(options: ConnectOptions): Promise<Db> {
  if (options.databaseUrl) {
    // Connections per instance (PG_POOL_MAX, default 10; see docs/scaling.md for the sum over instances), and a
    // bounded wait for one, so an unreachable server gives a quick 503 instead of hanging requests. At least 2:
    // the job queue starts while one connection holds its start lock (src/features/jobs/queue.ts).
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: Math.max(2, Number(process.env.PG_POOL_MAX) || 10),
      connectionTimeoutMillis: 5000,
    });
    pool.on('error', () => undefined); // an idle client dropping must not crash the server
    return new PostgresDb(pool);
  }
  // Same text parsing as the pg driver: dates as strings, counts as numbers.
  // pg_trgm (forgiving search) ships with PGlite as a loadable extension; the migration creates it.
  const pglite = await PGlite.create(options.dataDir ?? 'memory://', {
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v), 1700: (v: string) => Number(v) },
  });
  return new PgliteDb(pglite);
}
