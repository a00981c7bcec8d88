// `inbeeld serve`: the web application. On PostgreSQL one instance can run
// several web processes (WEB_PROCESSES, "auto" for one per core) that share
// the port through node:cluster: Node runs JavaScript on one core, so one
// process leaves the other cores of a server idle (bench/load, issue 17).
// The first process migrates and seeds, then starts the web processes and
// starts a new one when one stops unexpectedly. Nothing that must be shared
// lives in a process (sessions, throttling, jobs are in the database), so the
// processes are interchangeable, as separate instances are.
// PGlite is a database inside one process: it always runs one.
import cluster from 'node:cluster';
import type { Config } from './config.ts';
import { connect, type Db } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { seedOnFirstStart } from './db/seed.ts';
import { pgliteUpkeep } from './db/upkeep.ts';
import { buildApp } from './web/server.ts';

/** A stopped web process is replaced after this pause; more than MAX_RESTARTS within RESTART_WINDOW_MS stops the instance (a crash loop helps no one). */
const RESTART_DELAY_MS = 1000;
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

const connectTo = (config: Config): Promise<Db> => connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });

/** The configured database, migrated to the latest version (every command that uses it starts here). */
export async function openMigrated(config: Config): Promise<Db> {
  const db = await connectTo(config);
  await migrate(db);
  return db;
}

/** One web process: the app on the port; on PGlite also the background duties. */
async function serveOne(config: Config, db: Db): Promise<void> {
  const app = await buildApp({ db, config, logger: true });
  let jobs: { stop(): Promise<void> } | null = null;
  const close = async () => {
    await app.close();
    await jobs?.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  // Background duties: in-process only on embedded PGlite; on PostgreSQL run `inbeeld worker`.
  if (db.kind === 'pglite') jobs = await (await import('./features/jobs/worker-cli.ts')).startWorker(db, config, (l, m, f) => app.log[l](f ?? {}, m));
}

export async function serve(config: Config): Promise<void> {
  if (cluster.isWorker) {
    // The first process has migrated already.
    await serveOne(config, await connectTo(config));
    return;
  }
  const db = await openMigrated(config);
  if (await seedOnFirstStart(db, { demo: config.seedDemo })) {
    process.stdout.write(config.seedDemo ? 'Eerste start: gegevens en demoregio geladen.\n' : 'Eerste start: gegevens geladen.\n');
  }
  // PGlite has no autovacuum: statistics for the tables that have none (after seeding, a new table) before the first request.
  await pgliteUpkeep(db);
  if (config.webProcesses <= 1 || db.kind === 'pglite') {
    if (config.webProcesses > 1) process.stdout.write('WEB_PROCESSES geldt alleen voor PostgreSQL (DATABASE_URL); met de ingebouwde database draait één proces.\n');
    await serveOne(config, db);
    return;
  }
  await db.close();
  let stopping = false;
  let restarts: number[] = [];
  const start = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    const now = Date.now();
    restarts = restarts.filter((at) => now - at < RESTART_WINDOW_MS).concat(now);
    if (restarts.length > MAX_RESTARTS) {
      process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'web processes keep stopping; the instance stops', restarts: restarts.length })}\n`);
      stop();
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${JSON.stringify({ level: 'error', msg: 'web process stopped; starting a new one', pid: worker.process.pid, code, signal })}\n`);
    setTimeout(() => stopping || start(), RESTART_DELAY_MS);
  });
  const stop = () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit();
    // Each process closes its server (finishing the requests it has) and its pool.
    for (const worker of workers) worker?.process.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (let i = 0; i < config.webProcesses; i++) start();
}
