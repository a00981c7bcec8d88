// Load test (issue 17): starts `inbeeld serve` in its own process (PGlite in a
// temporary folder, or BENCH_DATABASE_URL), then runs the load generator in
// another process against 127.0.0.1, one scenario after another:
//   static   a static route of the same server (the stylesheet), as the baseline of the same run
//   public   200 connections: home, search with a gemeente, an offer page, the Rechtencheck API
//   public without the Rechtencheck API (its internals are measured in bench/rechtencheck.bench.ts)
//   consulent 50 connections, logged in: caseload, signals, queue, person list
// and prints requests/s, p50, p95, p99 (ms), errors and timeouts per scenario,
// the goal of issue 17 and whether it was met, and the machine's load, since
// the machine is shared and its load changes the figures more than the code.
// Every path is fetched once before its scenario, so the first compile of a
// module is not in the figures. On PGlite the public scenarios use 50
// connections (the goal there is stated for 50).
//   npx tsx bench/load/run.ts                      # 30 s per scenario
//   LOAD_SECONDS=5 npx tsx bench/load/run.ts       # short, as in CI
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/load/run.ts
//   LOAD_SCENARIOS=consulent npx tsx bench/load/run.ts   # only scenarios whose label contains a word (static always runs)
//   LOAD_ACCEPT_ENCODING= npx tsx bench/load/run.ts  # uncompressed answers (default: what a browser sends)
//   WEB_PROCESSES=2 ... / PAGE_CACHE_SECONDS=0 ...  # the server's settings pass through (docs/configuration.md)
//   LOAD_CPU_PROF=prof npx tsx bench/load/run.ts    # CPU profile of the server; then
//   npx tsx bench/load/profile-top.ts prof/*.cpuprofile   # top functions by self time
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ENUMS } from '../../src/domain/rechtencheck/index.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const onPostgres = Boolean(process.env.BENCH_DATABASE_URL);
const PUBLIC_CONNECTIONS = Number(process.env.LOAD_PUBLIC_CONNECTIONS ?? (onPostgres ? 200 : 50));
const CONSULENT_CONNECTIONS = Number(process.env.LOAD_CONSULENT_CONNECTIONS ?? 50);
// What every browser sends; LOAD_ACCEPT_ENCODING= (empty) asks for uncompressed answers,
// which measures copying bytes over loopback more than the server.
const ACCEPT_ENCODING = process.env.LOAD_ACCEPT_ENCODING ?? 'gzip, deflate, br';
/** A scenario in which no request finished did not meet its goal, whatever its p95 says (0). */
function verdictOf(row: Record<string, number | string>, goal: number): string {
  if (Number(row.requests) === 0) return 'NOT met: no request finished in the window';
  if (Number(row.errors) > 0 || Number(row.timeouts) > 0) return 'NOT met: errors or timeouts';
  return Number(row.p95) < goal ? 'met' : 'NOT met';
}
/** How many different sets of facts the mix's Rechtencheck requests go through. */
const RECHTENCHECK_FACTS = 5000;
const DEMO_GEMEENTEN = ['GM0106', 'GM0109', 'GM0114', 'GM0118', 'GM0119', 'GM1680', 'GM1681', 'GM1690', 'GM1699', 'GM1701', 'GM1730', 'GM1731'];

/** `n` different sets of facts, the same in every run (a fixed seed): a gemeente, an age, and each question answered or not. */
function distinctFacts(n: number): string[] {
  let seed = 17;
  // mulberry32: 32-bit integer steps (Math.imul), so no precision is lost as with a float LCG.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const seen = new Set<string>();
  while (seen.size < n) {
    const facts: Record<string, unknown> = { gemeente: pick(DEMO_GEMEENTEN), age: 16 + Math.floor(random() * 52) };
    for (const [key, values] of Object.entries(ENUMS)) if (random() < 0.5) facts[key] = pick(values);
    seen.add(JSON.stringify(facts));
  }
  return [...seen];
}
const root = fileURLToPath(new URL('../../', import.meta.url));

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'inbeeld-load-'));
// On PostgreSQL a fresh database per run, dropped afterwards.
const adminUrl = process.env.BENCH_DATABASE_URL;
const dbName = `inbeeld_load_${process.pid}`;
let databaseUrl: string | undefined;
if (adminUrl) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  databaseUrl = url.toString();
}
const profileDir = process.env.LOAD_CPU_PROF;
const serverStarted = performance.now();
const server = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), join(root, 'bin/inbeeld.js'), 'serve'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', SEED_DEMO: 'true', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

try {
  for (let i = 0; ; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    if (i > 2400) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const home = await (await fetch(`${base}/`)).text();
  const css = /href="(\/[^"]+\.css)"/.exec(home)?.[1];
  const search = await (await fetch(`${base}/zoeken?q=werk&waar=Emmen`)).text();
  const offer = /href="(\/aanbod\/[^"?#]+)"/.exec(search)?.[1];
  if (!css || !offer) throw new Error('could not find the stylesheet or an offer page');
  const facts = JSON.stringify({ gemeente: 'GM0114', age: 24 });
  const api = await fetch(`${base}/api/v1/rechtencheck`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: facts });
  if (api.status !== 200) throw new Error(`Rechtencheck API: ${api.status} ${await api.text()}`);

  // A consulent session for the logged-in mix.
  const form = await fetch(`${base}/inloggen`);
  const jar = form.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const login = await fetch(`${base}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ _csrf: csrf, email: 'consulent.emmen@inbeeld.demo', wachtwoord: 'demo-wachtwoord' }).toString(),
  });
  if (login.status !== 303) throw new Error(`login failed: ${login.status}`);
  const cookie = [...jar, ...login.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');

  interface Req { path: string; method?: string; headers?: Record<string, string>; body?: string; varyBody?: boolean }
  interface Scenario { label: string; connections: number; requests: Req[]; headers?: Record<string, string>; goal?: number }
  // Every Rechtencheck of the mix asks about another person (RECHTENCHECK_FACTS different sets, in turn over
  // all connections), so the server's answer cache (100 answers) meets each question as new, as with real visitors.
  const rechtencheck: Req = { method: 'POST', path: '/api/v1/rechtencheck', headers: { 'content-type': 'application/json' }, body: facts, varyBody: true };
  const bodies = distinctFacts(RECHTENCHECK_FACTS);
  const publicPages: Req[] = [{ path: '/' }, { path: '/zoeken?q=werk&waar=Emmen' }, { path: offer }];
  // Goals of issue 17: p95 in ms on PostgreSQL (one instance) and on PGlite (50 connections); always zero errors and timeouts.
  const scenarios: Scenario[] = [
    { label: 'static', connections: PUBLIC_CONNECTIONS, requests: [{ path: css }] },
    { label: 'public mix', connections: PUBLIC_CONNECTIONS, requests: [...publicPages, rechtencheck], goal: onPostgres ? 200 : 1000 },
    { label: 'public, no API', connections: PUBLIC_CONNECTIONS, requests: publicPages, goal: onPostgres ? 200 : 1000 },
    { label: 'consulent mix', connections: CONSULENT_CONNECTIONS, headers: { cookie }, requests: [{ path: '/caseload' }, { path: '/signalen' }, { path: '/aanmeldingen' }, { path: '/personen' }], goal: onPostgres ? 300 : 1000 },
  ];
  const only = (process.env.LOAD_SCENARIOS ?? '').split(',').filter(Boolean);
  if (only.length) scenarios.splice(0, scenarios.length, ...scenarios.filter((s) => s.label === 'static' || only.some((w) => s.label.includes(w))));
  const db = databaseUrl ? 'PostgreSQL' : 'PGlite';
  const rows: Array<Record<string, number | string> & { label: string }> = [];
  for (const s of scenarios) {
    for (const r of s.requests) {
      const warm = await fetch(`${base}${r.path}`, { method: r.method ?? 'GET', headers: { ...r.headers, ...s.headers }, body: r.body });
      if (warm.status >= 400) throw new Error(`${s.label}: ${r.path} answered ${warm.status}`);
      await warm.arrayBuffer();
    }
    // Session writes during the scenario (PostgreSQL): a logged-in request touches its session at most once a minute.
    const sessionUpdates = async () => {
      if (!databaseUrl) return NaN;
      await new Promise((r) => setTimeout(r, 1500)); // backends report their counters within a second or so
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      const { rows: [r] } = await c.query<{ n: string }>(`select coalesce(sum(n_tup_upd), 0) as n from pg_stat_user_tables where relname = 'session'`);
      await c.end();
      return Number(r!.n);
    };
    const updatesBefore = await sessionUpdates();
    const load = loadavg()[0]!.toFixed(1);
    const windowFrom = (performance.now() - serverStarted) / 1000;
    const jobFile = join(dataDir, 'load-job.json');
    writeFileSync(jobFile, JSON.stringify({ ...s, ...(s.requests.some((r) => r.varyBody) ? { bodies } : {}), headers: { ...(ACCEPT_ENCODING ? { 'accept-encoding': ACCEPT_ENCODING } : {}), ...s.headers }, url: base, seconds: SECONDS }));
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/load/generate.ts'), jobFile], {
      encoding: 'utf8',
      timeout: (SECONDS + 60) * 1000,
    });
    const row = { ...JSON.parse(out.trim().split('\n').pop()!), load };
    const sessionWrites = (await sessionUpdates()) - updatesBefore;
    rows.push(row);
    const verdict = s.goal === undefined ? 'baseline' : verdictOf(row, s.goal);
    console.log(
      `[${db}] ${row.label}: ${row.connections} connections, ${row.seconds} s: ${row.requests} requests, ${row.rps.toFixed(1)} requests/s, ` +
        `p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, errors ${row.errors}, timeouts ${row.timeouts}; load average ${load} on ${cpus().length} cores; ${verdict}` +
        (Number.isNaN(sessionWrites) ? '' : `; session rows updated: ${sessionWrites}`) +
        // The profile starts about when the server does: these bound the scenario for profile-top.
        (profileDir ? `; profile window --from=${Math.ceil(windowFrom)} --to=${Math.floor(windowFrom + SECONDS)}` : ''),
    );
  }
  const staticRps = Number(rows[0]!.rps) || NaN;
  console.log(
    `\n[${db}] summary (${SECONDS} s per scenario, web processes: ${process.env.WEB_PROCESSES || 1}, page cache: ${process.env.PAGE_CACHE_SECONDS ?? 10} s, ` +
      `accept-encoding: ${ACCEPT_ENCODING || 'none'}; requests/s also as a share of the static route of the same run):`,
  );
  console.log('scenario           conn   req/s  of static   p50    p95    p99  errors timeouts  goal p95');
  for (const [i, r] of rows.entries()) {
    const goal = scenarios[i]!.goal;
    console.log(
      `${r.label.padEnd(18)} ${String(r.connections).padStart(4)} ${Number(r.rps).toFixed(1).padStart(7)} ${(Number(r.rps) / staticRps).toFixed(2).padStart(9)} ` +
        `${String(r.p50).padStart(6)} ${String(r.p95).padStart(6)} ${String(r.p99).padStart(6)} ${String(r.errors).padStart(7)} ${String(r.timeouts).padStart(8)}  ` +
        `${goal === undefined ? '-' : `< ${goal} ms: ${verdictOf(r, goal)}`}`,
    );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}
