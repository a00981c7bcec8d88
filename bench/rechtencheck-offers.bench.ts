// Linking a Rechtencheck result to Wegwijzer offers (issue 17): the one
// set-based query of src/features/rechtencheck/explain.ts against the former
// way (one getService per named offer and one searchServices per kinds set,
// one after another), on the same database in the same run, windows
// alternating. Counts the queries per result too.
//   npx tsx bench/rechtencheck-offers.bench.ts                 # PGlite in a temporary folder
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/rechtencheck-offers.bench.ts
// CI=true: 2 rounds of 20 results per way; otherwise 5 rounds of 100.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { getService, searchServices } from '../src/db/catalogue.ts';
import { connect, type Db, type Queryable } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { getGemeente, type GemeenteRecord } from '../src/db/reference.ts';
import { seedReference } from '../src/db/seed.ts';
import { writeCatalogue } from '../src/db/catalogue.ts';
import { allOrganizations, allServices } from '../src/content/catalogue/index.ts';
import { evaluate, type RechtencheckFacts, type RechtencheckResult } from '../src/domain/rechtencheck/index.ts';
import { OFFERS_PER_KIND, withOffers } from '../src/features/rechtencheck/explain.ts';
import { personas } from '../src/features/rechtencheck/personas.ts';

const CI = process.env.CI === 'true';
const ROUNDS = CI ? 2 : 5;
const PER_ROUND = CI ? 20 : 100;

/** The former resolver, kept here as the baseline: one query per named offer and per kinds set. */
async function formerWay(db: Queryable, result: RechtencheckResult, gemeente: GemeenteRecord | null): Promise<number> {
  let links = 0;
  const named = new Map<string, Promise<unknown>>();
  const kinds = new Map<string, Promise<unknown[]>>();
  for (const instrument of result.results) {
    for (const step of instrument.nextSteps) {
      for (const key of step.offer.serviceKeys ?? []) {
        if (!named.has(key)) named.set(key, getService(db, { key }));
        if (await named.get(key)) links++;
      }
      if (step.offer.helpKinds?.length) {
        const k = [...step.offer.helpKinds].sort().join(',');
        if (!kinds.has(k)) {
          kinds.set(
            k,
            searchServices(db, { helpKinds: step.offer.helpKinds, ...(gemeente ? { gemeenteCode: gemeente.code, arbeidsmarktregioCode: gemeente.arbeidsmarktregioCode } : {}), page: 1, perPage: 100 }).then((r) => r.items),
          );
        }
        links += Math.min(OFFERS_PER_KIND, (await kinds.get(k)!).length);
      }
    }
  }
  return links;
}

function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const wrapped = Object.create(db) as Db;
  wrapped.query = (sql, params) => {
    n++;
    return db.query(sql, params);
  };
  return { db: wrapped, count: () => n };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const adminUrl = process.env.BENCH_DATABASE_URL;
const dbName = `inbeeld_rc_offers_${process.pid}`;
const dataDir = mkdtempSync(join(tmpdir(), 'inbeeld-rc-offers-'));
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
const db = await connect({ databaseUrl, dataDir });
try {
  await migrate(db);
  // Reference data and the whole catalogue with the demo region (no demo caseload: not needed here).
  await seedReference(db);
  await db.transaction((tx) => writeCatalogue(tx, allOrganizations, allServices));
  // The personas, and the same people living in Emmen (the demo region has local offers there).
  const people: RechtencheckFacts[] = [...personas.map((p) => p.facts), ...personas.map((p) => ({ ...p.facts, gemeente: 'GM0114' }))];
  const cases = await Promise.all(people.map(async (facts) => ({ result: evaluate(facts), gemeente: facts.gemeente ? await getGemeente(db, facts.gemeente) : null })));
  const one = counting(db);
  await withOffers(one.db, cases[0]!.result, cases[0]!.gemeente);
  const former = counting(db);
  await formerWay(former.db, cases[0]!.result, cases[0]!.gemeente);
  const newMs: number[] = [];
  const oldMs: number[] = [];
  const time = async (fn: (i: number) => Promise<unknown>) => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < PER_ROUND; i++) await fn(i);
    return Number(process.hrtime.bigint() - t0) / 1e6 / PER_ROUND;
  };
  for (let round = 0; round < ROUNDS; round++) {
    newMs.push(await time((i) => withOffers(db, cases[i % cases.length]!.result, cases[i % cases.length]!.gemeente)));
    oldMs.push(await time((i) => formerWay(db, cases[i % cases.length]!.result, cases[i % cases.length]!.gemeente)));
  }
  const a = median(newMs);
  const b = median(oldMs);
  console.log(`[${databaseUrl ? 'PostgreSQL' : 'PGlite'}] offers for a result, ${ROUNDS} rounds of ${PER_ROUND} results (${cases.length} different), alternating; medians:`);
  console.log(`  one set-based query: ${a.toFixed(2)} ms per result [${newMs.map((x) => x.toFixed(1)).join(', ')}], ${one.count()} query per result`);
  console.log(`  former, one query per offer and kinds set: ${b.toFixed(2)} ms per result [${oldMs.map((x) => x.toFixed(1)).join(', ')}], ${former.count()} queries per result`);
  console.log(`  ratio former/set-based: ${(b / a).toFixed(2)}x`);
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}
