// `inbeeld worker`: the job queue in its own process, for PostgreSQL. Any
// number may run; each job runs once. `inbeeld serve` runs the same queue
// in-process only on embedded PGlite (one process owns that database).
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { amsterdamToday } from './duties.ts';
import { startJobs, type Jobs } from './queue.ts';

type Log = (level: 'info' | 'error', message: string, fields?: Record<string, unknown>) => void;

export const jsonLog: Log = (level, message, fields = {}) =>
  process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields })}\n`);

/** Starts working and scheduling; retention once a day also right at start (the same day's key runs once). */
export async function startWorker(db: Db, config: Config, log: Log = jsonLog): Promise<Jobs> {
  const jobs = await startJobs(db, config, { work: true, schedule: true, log });
  await jobs.enqueue('retention', {}, `start:${amsterdamToday()}`);
  return jobs;
}

export async function runWorker(db: Db, config: Config): Promise<void> {
  const jobs = await startWorker(db, config);
  jsonLog('info', 'worker started');
  const stop = async () => {
    await jobs.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
