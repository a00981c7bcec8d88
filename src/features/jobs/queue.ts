// The job queue: pg-boss, with its jobs in PostgreSQL (schema `pgboss`), so
// no other server is needed. pg-boss fetches with FOR UPDATE SKIP LOCKED, so a
// job runs once however many workers poll; its cron schedules are kept in the
// database and sent once per slot, whichever instance sees the slot first.
// pg-boss runs over our Db (executeSql), so the same queue also runs on
// embedded PGlite, where `inbeeld serve` runs it in-process.
import PgBoss from 'pg-boss';
import type { Config } from '../../config.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { ADVISORY_LOCK } from '../../db/locks.ts';
import { amsterdamToday, duties, jobId, MAIL_JOB, type DutyContext } from './duties.ts';

export const queues = {
  retention: { name: 'retention', cron: '15 3 * * *', options: { retryLimit: 2, retryDelay: 600 } },
  [MAIL_JOB]: { name: MAIL_JOB, cron: null, options: { retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } },
  escalation: { name: 'referral.escalation', cron: '5 * * * *', options: { retryLimit: 3, retryDelay: 300 } },
  reminders: { name: 'reminders', cron: '0 7 * * 1-5', options: { retryLimit: 3, retryDelay: 300 } },
  logIndex: { name: 'log.index', cron: '* * * * *', options: { retryLimit: 0 } },
  monitorSignals: { name: 'monitor.signals', cron: '30 2 * * *', options: { retryLimit: 2, retryDelay: 600 } },
  // Embedded PGlite has no autovacuum; this does its work (src/db/upkeep.ts). Not scheduled on PostgreSQL.
  upkeep: { name: 'db.upkeep', cron: '*/10 * * * *', options: { retryLimit: 0 }, pgliteOnly: true },
  vacuum: { name: 'db.vacuum', cron: '40 4 * * *', options: { retryLimit: 1, retryDelay: 600 }, pgliteOnly: true },
} as const;

export type QueueName = (typeof queues)[keyof typeof queues]['name'];

/** A handler per queue; tests replace one to count runs or to fail on purpose. */
export type Handlers = Record<QueueName, (ctx: DutyContext, jobId: string, data: unknown) => Promise<unknown>>;

export const defaultHandlers: Handlers = {
  retention: duties.retention,
  [MAIL_JOB]: duties.mail,
  'referral.escalation': duties.escalation,
  reminders: duties.reminders,
  'log.index': duties.logIndex,
  'monitor.signals': duties.monitorSignals,
  'db.upkeep': duties.upkeep,
  'db.vacuum': duties.vacuum,
};

export interface JobOptions {
  /** Fetch and run jobs here (`inbeeld worker`, or `serve` on PGlite). */
  work: boolean;
  /** Keep the cron schedules and send their jobs. */
  schedule: boolean;
  handlers?: Partial<Handlers>;
  pollingIntervalSeconds?: number;
  /** Application log, without personal data. */
  log?: (level: 'info' | 'error', message: string, fields?: Record<string, unknown>) => void;
  today?: () => string;
}

export interface Jobs {
  /** Enqueue a job; the same (name, key) twice is one job. Returns false when it already existed. */
  enqueue(name: QueueName, data: object, key: string, options?: { startAfterSeconds?: number }): Promise<boolean>;
  stop(): Promise<void>;
  readonly boss: PgBoss;
}

function executor(q: Queryable): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  return { executeSql: async (text, values = []) => ({ rows: await q.query(text, values) }) };
}

export async function startJobs(db: Db, config: Config, options: JobOptions): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => db.executeSql(text, values) },
    schedule: options.schedule,
    supervise: options.work,
    migrate: true,
    // Completed jobs (mail jobs hold an address) leave the queue after a day and the archive after a week.
    archiveCompletedAfterSeconds: 24 * 3600,
    deleteAfterDays: 7,
  } as PgBoss.ConstructorOptions);
  const log = options.log ?? (() => undefined);
  boss.on('error', (error: Error) => log('error', 'job queue', { message: error.message }));
  // On PostgreSQL the instances start one at a time (see oneStarterAtATime); the rest of the start runs side by side.
  await oneStarterAtATime(db, async () => {
    await boss.start();
    for (const q of Object.values(queues)) await boss.createQueue(q.name, { name: q.name, ...q.options });
  });

  const send = async (q: Queryable | null, name: QueueName, data: object, key: string, startAfterSeconds?: number) => {
    const id = await boss.send(name, data, {
      id: jobId(name, key),
      ...(startAfterSeconds ? { startAfter: startAfterSeconds } : {}),
      ...(q ? { db: executor(q) } : {}),
    } as PgBoss.SendOptions);
    return id !== null;
  };
  const ctx: DutyContext = {
    db,
    config,
    today: options.today ?? (() => amsterdamToday()),
    enqueueIn: async (tx, name, data, key) => void (await send(tx, name as QueueName, data, key)),
  };
  const handlers: Handlers = { ...defaultHandlers, ...options.handlers };

  for (const q of Object.values(queues)) {
    if (options.schedule && q.cron && (!('pgliteOnly' in q) || db.kind === 'pglite')) await boss.schedule(q.name, q.cron, {}, { tz: 'Europe/Amsterdam' });
    if (options.work) {
      await boss.work(q.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 }, async ([job]) => {
        if (!job) return;
        const t0 = Date.now();
        try {
          const result = await handlers[q.name](ctx, job.id, job.data);
          log('info', 'job done', { queue: q.name, ms: Date.now() - t0, ...(result && typeof result === 'object' ? result : {}) });
        } catch (error) {
          log('error', 'job failed', { queue: q.name, message: (error as Error).message });
          throw error;
        }
      });
    }
  }
  return {
    boss,
    enqueue: (name, data, key, o) => send(null, name, data, key, o?.startAfterSeconds),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };
}

/**
 * pg-boss's create_queue inserts the queue row and then attaches a partition
 * with a foreign key to that table, so instances creating the same new queues
 * at once deadlock (PostgreSQL aborts all but one, after a second each). This
 * includes pg-boss's own cron queue, made inside boss.start(). So on
 * PostgreSQL one instance at a time starts pg-boss and creates the queues: the
 * others wait on this lock, then find them made. The lock is held by an otherwise idle
 * transaction while pg-boss works on other connections of the pool; PGlite
 * is one process and one connection, so it needs no lock (and would wait on itself).
 */
async function oneStarterAtATime(db: Db, fn: () => Promise<void>): Promise<void> {
  if (db.kind !== 'postgres') return fn();
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [ADVISORY_LOCK.jobStart]);
    await fn();
  });
}
