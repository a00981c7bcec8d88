// The logged-in worklist (/caseload) under load: a consulent with 40 persons
// (their own caseload) and a teamleider with 400 (the team view, all signals),
// against a static page of the same server in the same run (/toegankelijkheid).
// Server time is Fastify's own elapsed time per request (onResponse hook), so
// the load generator, a separate process (bench/worklist-load.ts), does not
// count. Reports the median and p95 per page.
//
//   npx tsx bench/worklist.bench.ts                                  (PGlite)
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/worklist.bench.ts (PostgreSQL)
//
// Target (issue 11): median under 30 ms for both worklists on PostgreSQL.
// With CI=true the team is smaller (3 consulents, 120 persons) and there are
// fewer requests, so the run stays well under 30 seconds; the sizes are printed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { insertDemoCaseload } from '../src/db/demo/caseload.ts';
import type { Actor } from '../src/db/persons.ts';
import { demoCaseload, type DemoPersonSpec } from '../src/domain/demo-caseload.ts';
import { uuidFromKey } from '../src/domain/ids.ts';
import { addWorkingDays } from '../src/domain/workdays.ts';
import { createAccount } from '../src/web/auth.tsx';
import { buildApp } from '../src/web/server.ts';
import { loginAs } from '../test/helpers/app.ts';
import { DEMO_PASSWORD, emptyDb } from '../test/helpers/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { seed } from '../src/db/seed.ts';

const CI = process.env.CI === 'true';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (CI ? 15 : 60));
const CONSULENTS = CI ? 3 : 10;
const PER_CONSULENT = 40;
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

/** Exactly n generated persons: the demo generator's caseloads, concatenated. */
function persons(key: string, n: number, today: string): DemoPersonSpec[] {
  const out: DemoPersonSpec[] = [];
  for (let i = 0; out.length < n; i++) out.push(...demoCaseload(`${key}-${i}`, today, addWorkingDays));
  return out.slice(0, n);
}

const step = (what: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${what}`);
step('seeding');
const t = await emptyDb();
await migrate(t.db);
await seed(t.db, { demo: true, demoPassword: DEMO_PASSWORD });
const today = new Date().toISOString().slice(0, 10);
const org = uuidFromKey('organization', 'demo-gemeente-bench');
await t.db.query(`insert into organization (id, key, name, type, description, gemeente_code) values ($1, 'demo-gemeente-bench', 'Gemeente (benchmark)', 'gemeente', 'Gegenereerd', 'GM0114')`, [org]);
// Ten consulents with 40 persons each: one of them is measured, the teamleider sees all 400.
const consulentEmail = 'consulent-0@bench.invalid';
for (let c = 0; c < CONSULENTS; c++) {
  const accountId = await createAccount(t.db, { email: `consulent-${c}@bench.invalid`, name: `Consulent ${c}`, password: DEMO_PASSWORD, role: 'consulent', organizationId: org });
  const actor: Actor = { accountId, organizationId: org, role: 'consulent', traceId: 'bench' };
  await insertDemoCaseload(t.db, actor, 'GM0114', persons(`bench-${c}`, PER_CONSULENT, today));
}
await createAccount(t.db, { email: 'teamleider@bench.invalid', name: 'Teamleider', password: DEMO_PASSWORD, role: 'teamleider', organizationId: org });
step(`${CONSULENTS * PER_CONSULENT} persons written`);
if (process.env.TEST_DATABASE_URL) await t.db.query('vacuum analyze');

const app = await buildApp({ db: t.db, config: { ...loadConfig({ PORT: '0', SESSION_IDLE_MINUTES: '600' }) } });
const times = new Map<string, number[]>();
app.addHook('onResponse', async (request, reply) => {
  const list = times.get(request.url) ?? [];
  list.push(reply.elapsedTime);
  times.set(request.url, list);
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const consulent = (await loginAs(app, consulentEmail)).cookie;
const teamleider = (await loginAs(app, 'teamleider@bench.invalid')).cookie;
const targets = [
  { label: 'static page (/toegankelijkheid)', path: '/toegankelijkheid', cookie: consulent },
  { label: `consulent, ${PER_CONSULENT} persons (/caseload)`, path: '/caseload', cookie: consulent },
  { label: `teamleider, ${CONSULENTS * PER_CONSULENT} persons (/caseload?weergave=team)`, path: '/caseload?weergave=team', cookie: teamleider },
  { label: 'consulent, Vandaag (/vandaag)', path: '/vandaag', cookie: consulent },
];
// Warm-up, then the measured run, interleaved per target so load drift hits all alike.
const plan = (n: number) => JSON.stringify({ base, targets: targets.map((x) => ({ path: x.path, cookie: x.cookie, n })) });
step('warming up');
await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/worklist-load.ts', plan(5)]);
step('measuring');
times.clear();
await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/worklist-load.ts', plan(REQUESTS)], { maxBuffer: 1 << 20 });
console.log(`Worklist on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}${CI ? ' (CI sizes)' : ''}: ${CONSULENTS} consulents x ${PER_CONSULENT} persons, ${REQUESTS} requests each, server time in ms:`);
const baseline = quantile(times.get(targets[0]!.path) ?? [], 0.5);
for (const x of targets) {
  const v = times.get(x.path) ?? [];
  const median = quantile(v, 0.5);
  const verdict = x === targets[0] ? 'baseline' : `${(median / baseline).toFixed(1)}x the static page, ${median < 30 ? 'under' : 'OVER'} the 30 ms target`;
  console.log(`  ${x.label.padEnd(52)} median ${median.toFixed(1).padStart(6)}  p95 ${quantile(v, 0.95).toFixed(1).padStart(6)}  (n=${v.length})  ${verdict}`);
}
await app.close();
await t.close();
