// One small interface over two drivers: embedded PGlite (default, data in
// ./data) and a PostgreSQL server through `pg` (DATABASE_URL). Features only
// see `Db`, so the same queries and migrations run on both.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

// Rows are typed by the caller; the drivers return plain objects.
export type Row = object;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
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

class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  // PGlite is one connection; a queue keeps a transaction's statements together.
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly pglite: PGlite) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  query<T extends Row = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.serial(async () => (await this.pglite.query<T>(sql, params)).rows);
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.serial(() =>
      this.pglite.transaction(async (tx) => {
        if (options.settings && Object.keys(options.settings).length) await tx.query(settingsSql(options.settings));
        return fn({ query: async <R extends Row>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows });
      }),
    );
  }

  exec(sql: string): Promise<void> {
    return this.serial(async () => {
      await this.pglite.exec(sql);
    });
  }

  executeSql(sql: string, params: unknown[] = []): Promise<{ rows: Row[] }> {
    return this.serial(async () => {
      if (params.length > 0) return { rows: (await this.pglite.query<Row>(sql, params)).rows };
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

class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  constructor(private readonly pool: pg.Pool) {}

  async query<T extends Row = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const client = await this.pool.connect();
    try {
      // BEGIN and the settings as one simple-protocol script: one round trip.
      await client.query(options.settings && Object.keys(options.settings).length ? `BEGIN; ${settingsSql(options.settings)}` : 'BEGIN');
      const result = await fn({
        query: async <R extends Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
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
    // bounded wait for one, so an unreachable server gives a quick 503 instead of hanging requests.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: Number(process.env.PG_POOL_MAX) || 10,
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
