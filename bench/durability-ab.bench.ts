// A/B for the durability figures: another checkout's durabilityFigures (for
// example main, in a second git worktree) on a database migrated by that
// checkout, against this checkout's on a database migrated by this one, with
// the same generated placements, alternating A/B and B/A per round, medians,
// and the bench's count(*) baseline in the same run. It also checks that both
// give the same figures. Databases are kept (REUSE=1 skips generating them).
//
//   BENCH_BASE_DIR=../inbeeld-main BENCH_DATABASE_URL=postgres://... npx tsx bench/durability-ab.bench.ts
//
// Without BENCH_DATABASE_URL both run on in-memory PGlite. SIZE (default 100,000 placements, 10,000 on PGlite), ROUNDS (default 7), REUSE_MAIN=1 keeps the other checkout's database.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
if (!process.env.BENCH_BASE_DIR) throw new Error('set BENCH_BASE_DIR (the other checkout); BENCH_DATABASE_URL for PostgreSQL, else PGlite in memory');
const B = resolve(process.env.BENCH_BASE_DIR);
const N = resolve(fileURLToPath(new URL('..', import.meta.url)));
const baseClient = await import(`${B}/src/db/client.ts`);
const newClient = await import(`${N}/src/db/client.ts`);
const baseMig = await import(`${B}/src/db/migrate.ts`);
const newMig = await import(`${N}/src/db/migrate.ts`);
const baseSeed = await import(`${B}/src/db/seed.ts`);
const newSeed = await import(`${N}/src/db/seed.ts`);
const baseBench = await import(`${B}/bench/durability.bench.ts`);
const newBench = await import(`${N}/bench/durability.bench.ts`);
const baseDur = await import(`${B}/src/db/nazorg/durability.ts`);
const newDur = await import(`${N}/src/db/nazorg/durability.ts`);
const admin = process.env.BENCH_DATABASE_URL;
const size = Number(process.env.SIZE ?? (admin ? 100_000 : 10_000));
const rounds = Number(process.env.ROUNDS ?? 7);
const reuse = process.env.REUSE === '1';
async function adminQ(sql: string) { const c = new pg.Client({ connectionString: admin! }); await c.connect(); try { await c.query(sql); } finally { await c.end(); } }
const url = (name: string) => admin!.replace(/\/[^/]*$/, `/${name}`);
async function prep(name: string, client: any, mig: any, seed: any, bench: any, reuse: boolean) {
  if (!admin) reuse = false;
  if (admin && !reuse) { await adminQ(`drop database if exists ${name}`); await adminQ(`create database ${name}`); }
  const db = await client.connect(admin ? { databaseUrl: url(name) } : { dataDir: 'memory://' });
  let orgId: string;
  if (!reuse) { await mig.migrate(db); await seed.seedReference(db); const t0 = performance.now(); orgId = await bench.generate(db, size); console.log(`${name}: generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`); }
  else orgId = (await db.query(`select id from organization where key = 'bench-durability-gemeente'`))[0].id;
  return { db, orgId };
}
const A = await prep(`durability_ab_a_${size}`, baseClient, baseMig, baseSeed, baseBench, reuse || process.env.REUSE_MAIN === '1');
const Bn = await prep(`durability_ab_b_${size}`, newClient, newMig, newSeed, newBench, reuse);
const today = new Date().toISOString().slice(0, 10);
const opts = { gapWeeks: 4, firstCheckinWeeks: 6 };
const baselineSql = `select (select count(*) from placement where organization_id = $1) + (select count(*) from checkin) as n`;
const ra = await baseDur.durabilityFigures(A.db, A.orgId, today, opts);
const rb = await newDur.durabilityFigures(Bn.db, Bn.orgId, today, opts);
console.log('same figures:', isDeepStrictEqual(ra, rb), 'groups', ra.length, rb.length, 'total careers', ra.find((r: any) => r.dimension === 'totaal')?.careers, rb.find((r: any) => r.dimension === 'totaal')?.careers);
const ta: number[] = [], tb: number[] = [], tc: number[] = [];
const time = async (f: () => Promise<unknown>) => { const t0 = performance.now(); await f(); return performance.now() - t0; };
for (let i = 0; i < rounds; i++) {
  tc.push(await time(() => A.db.query(baselineSql, [A.orgId])));
  if (i % 2 === 0) { ta.push(await time(() => baseDur.durabilityFigures(A.db, A.orgId, today, opts))); tb.push(await time(() => newDur.durabilityFigures(Bn.db, Bn.orgId, today, opts))); }
  else { tb.push(await time(() => newDur.durabilityFigures(Bn.db, Bn.orgId, today, opts))); ta.push(await time(() => baseDur.durabilityFigures(A.db, A.orgId, today, opts))); }
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const f = (v: number[]) => v.map((x) => x.toFixed(0)).join(' ');
console.log(`load ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
console.log(`count(*) median ${med(tc).toFixed(1)} ms [${f(tc)}]`);
console.log(`A (other) median ${med(ta).toFixed(0)} ms [${f(ta)}]`);
console.log(`B (this)  median ${med(tb).toFixed(0)} ms [${f(tb)}]`);
console.log(`ratio B/A ${(med(tb) / med(ta)).toFixed(2)}; per-round ratios ${ta.map((a, i) => (tb[i]! / a).toFixed(2)).join(' ')}`);
await A.db.close(); await Bn.db.close();
