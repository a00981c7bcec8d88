// Load on the Rechtencheck result page and API (issue 17: at least 200
// requests/s with 10 connections on PostgreSQL). Starts `inbeeld serve` in its
// own process (PGlite in a temporary folder, or a fresh database on
// BENCH_DATABASE_URL), and runs the load generator (bench/load/generate.ts,
// autocannon) in another process against 127.0.0.1. Windows alternate:
// static route (the stylesheet: the baseline of the same server in the same
// run), result page, API, and again; each figure is the median of its windows.
//   npx tsx bench/rechtencheck-load.bench.ts
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/rechtencheck-load.bench.ts
// CI=true: 2 rounds of 2 s (about 20 s with the start); otherwise 3 rounds of 10 s.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const CI = process.env.CI === 'true';
const SECONDS = Number(process.env.BENCH_SECONDS ?? (CI ? 2 : 10));
const ROUNDS = CI ? 2 : 3;
const CONNECTIONS = 10;
const root = fileURLToPath(new URL('../', import.meta.url));

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'inbeeld-rc-load-'));
const adminUrl = process.env.BENCH_DATABASE_URL;
const dbName = `inbeeld_rc_load_${process.pid}`;
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
// BENCH_CPU_PROF=<dir>: the server writes a CPU profile there when it stops (read its top self times).
const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
const server = spawn(process.execPath, [...profile, join(root, 'bin/inbeeld.js'), 'serve'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', SEED_DEMO: 'true', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

try {
  for (let i = 0; ; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
    if (i > 600) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const home = await (await fetch(`${base}/`)).text();
  const css = /href="(\/[^"]+\.css)"/.exec(home)?.[1];
  if (!css) throw new Error('no stylesheet on the home page');
  // A result with many next steps in the demo region (Emmen: local, regional and national offers).
  const facts = JSON.stringify({ gemeente: 'GM0114', age: 27, benefit: 'geen', registeredJobseeker: 'ja', structuralLimitation: 'ja', limitationKind: 'nah', canEarnMinimumWage: 'onbekend', jobStatus: 'geen' });
  const page = '/rechtencheck/uitslag?persona=milan';
  for (const [path, init] of [[page, {}], ['/api/v1/rechtencheck', { method: 'POST', headers: { 'content-type': 'application/json' }, body: facts }]] as const) {
    const res = await fetch(base + path, init);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  }
  const scenarios = [
    { label: 'static route', requests: [{ path: css }] },
    { label: 'result page', requests: [{ path: page }] },
    { label: 'Rechtencheck API', requests: [{ method: 'POST', path: '/api/v1/rechtencheck', headers: { 'content-type': 'application/json' }, body: facts }] },
  ];
  const figures = new Map<string, Array<{ rps: number; p95: number; errors: number }>>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of scenarios) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/load/generate.ts'), JSON.stringify({ ...s, url: base, seconds: SECONDS, connections: CONNECTIONS })], {
        encoding: 'utf8',
        timeout: (SECONDS + 60) * 1000,
      });
      const row = JSON.parse(out.trim().split('\n').pop()!);
      figures.set(s.label, [...(figures.get(s.label) ?? []), { rps: row.rps, p95: row.p95, errors: row.errors + row.timeouts }]);
    }
  }
  const db = databaseUrl ? 'PostgreSQL' : 'PGlite';
  console.log(`[${db}] ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per scenario, alternating; medians:`);
  const staticRps = median(figures.get('static route')!.map((f) => f.rps));
  for (const s of scenarios) {
    const f = figures.get(s.label)!;
    const rps = median(f.map((x) => x.rps));
    console.log(
      `  ${s.label}: ${rps.toFixed(1)} requests/s [${f.map((x) => x.rps.toFixed(0)).join(', ')}], p95 ${median(f.map((x) => x.p95))} ms, errors ${f.reduce((n, x) => n + x.errors, 0)}; ` +
        `${(rps / staticRps).toFixed(3)} of the static route`,
    );
  }
  console.log('Target (issue 17, PostgreSQL): result page at least 200 requests/s with 10 connections.');
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
