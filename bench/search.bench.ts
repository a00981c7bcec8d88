// Search on a national-size catalogue: 10,000 generated offers whose texts
// draw words with their real frequencies from the B1 content we wrote.
// Baseline, in the same run: the same full-text query sent straight to the
// database. Reports throughput of both, their ratio, and the median server
// time of a search. Runs on PGlite, and on PostgreSQL when
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { allServices } from '../src/content/catalogue/index.ts';
import { helpKinds, limitationTypes } from '../src/content/taxonomy.ts';
import { loadConfig } from '../src/config.ts';
import { buildSearchQuery, runSearchQuery } from '../src/db/catalogue.ts';
import type { Db } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedReference } from '../src/db/seed.ts';
import { getGemeente } from '../src/db/reference.ts';
import { uuidFromKey } from '../src/domain/ids.ts';
import { buildApp } from '../src/web/server.ts';
import { emptyDb } from '../test/helpers/db.ts';

const OFFERS = Number(process.env.BENCH_OFFERS ?? 10_000);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const CONCURRENCY = 4;

// Deterministic pseudo-random numbers, so every run searches the same catalogue.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(): { words: string[]; cumulative: Float64Array } {
  const counts = new Map<string, number>();
  for (const s of allServices) {
    for (const w of `${s.name} ${s.summary} ${s.description} ${s.howToApply} ${s.eligibility}`.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const words = [...counts.keys()];
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((w, i) => {
    total += counts.get(w)!;
    cumulative[i] = total;
  });
  for (let i = 0; i < cumulative.length; i++) cumulative[i]! /= total;
  return { words, cumulative };
}

function pick(v: { words: string[]; cumulative: Float64Array }, r: number): string {
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

function sentence(v: ReturnType<typeof vocabulary>, random: () => number, n: number): string {
  const words = Array.from({ length: n }, () => pick(v, random()));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export async function generate(db: Db): Promise<void> {
  const random = rng(42);
  const v = vocabulary();
  const gemeenten = await db.query<{ code: string; regio: string }>('select code, arbeidsmarktregio_code as regio from gemeente');
  const regios = [...new Set(gemeenten.map((g) => g.regio))];
  const orgIds: string[] = [];
  for (let i = 0; i < 500; i++) orgIds.push(uuidFromKey('organization', `bench-org-${i}`));
  await db.query(
    `insert into organization (id, key, name, type, description) select id, 'bench-org-' || n, 'Organisatie ' || n, 'aanbieder', 'Gegenereerd'
     from unnest($1::uuid[]) with ordinality as t(id, n)`,
    [orgIds],
  );
  const batch = 1000;
  for (let start = 0; start < OFFERS; start += batch) {
    const cols: unknown[][] = Array.from({ length: 11 }, () => []);
    for (let i = start; i < Math.min(OFFERS, start + batch); i++) {
      const words = 80 + Math.floor(random() * 221);
      const paragraphs: string[] = [];
      let left = words;
      while (left > 0) {
        const n = Math.min(left, 8 + Math.floor(random() * 10));
        paragraphs.push(sentence(v, random, n));
        left -= n;
      }
      const scopeDraw = random();
      const scope = scopeDraw < 0.05 ? 'national' : scopeDraw < 0.25 ? 'arbeidsmarktregio' : 'gemeente';
      const g = gemeenten[Math.floor(random() * gemeenten.length)]!;
      const codes = scope === 'national' ? [] : scope === 'gemeente' ? [g.code] : [regios[Math.floor(random() * regios.length)]!];
      const values = [
        uuidFromKey('service', `bench-${i}`),
        `bench-${i}`,
        orgIds[i % orgIds.length],
        sentence(v, random, 3 + Math.floor(random() * 4)).replace(/\.$/, ''),
        sentence(v, random, 15 + Math.floor(random() * 10)),
        paragraphs.join(' '),
        `{${helpKinds[Math.floor(random() * helpKinds.length)]!.code}}`,
        random() < 0.5 ? '{}' : `{${limitationTypes[Math.floor(random() * limitationTypes.length)]!.code}}`,
        ['ja', 'nee', 'onbekend'][Math.floor(random() * 3)],
        scope,
        `{${codes.join(',')}}`,
      ];
      values.forEach((value, c) => cols[c]!.push(value));
    }
    await db.query(
      `insert into service (id, key, organization_id, name, summary, description, help_kinds, limitations, open_without_benefit,
         area_scope, area_codes, open_without_benefit_explanation, eligibility, how_to_apply, who_decides, assured_date)
       select id, key, org, name, summary, description, hk::text[], lim::text[], open, scope, codes::text[],
         'Gegenereerd.', 'Gegenereerd.', 'Gegenereerd.', 'Gegenereerd.', current_date
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         as t(id, key, org, name, summary, description, hk, lim, open, scope, codes)`,
      cols,
    );
  }
  await db.query('analyze service');
  await db.query('analyze service_search');
}

interface Query {
  search: string;
  gemeente?: string;
}

function queries(): Query[] {
  // Common words match many offers, as "werk" does in reality; rarer words few.
  const v = vocabulary();
  const byFrequency = v.words.filter((w) => w.length > 3);
  const common = byFrequency.slice(0, 5);
  const list: Query[] = [];
  for (const word of ['werk', 'jobcoach', 'werkgever', 'vervoer', 'scholing', 'beperking', 'uitkering', 'gemeente']) list.push({ search: word });
  for (const word of common) list.push({ search: word, gemeente: 'GM0106' });
  list.push({ search: 'werk zoeken', gemeente: 'GM0363' }, { search: 'hulp bij solliciteren' }, { search: 'aanpassing werkplek', gemeente: 'GM0014' });
  return list;
}

async function runFor(fn: (q: Query) => Promise<void>, list: Query[], concurrency = CONCURRENCY): Promise<{ count: number; perSecond: number; times: number[] }> {
  const times: number[] = [];
  let i = 0;
  const end = performance.now() + DURATION_MS;
  async function worker() {
    while (performance.now() < end) {
      const q = list[i++ % list.length]!;
      const t0 = performance.now();
      await fn(q);
      times.push(performance.now() - t0);
    }
  }
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - start;
  return { count: times.length, perSecond: (times.length / elapsed) * 1000, times };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function benchSearch(label: string, databaseUrl?: string): Promise<{ ratio: number; medianServerMs: number }> {
  if (databaseUrl) process.env.TEST_DATABASE_URL = databaseUrl;
  else delete process.env.TEST_DATABASE_URL;
  const t = await emptyDb();
  const db = t.db;
  await migrate(db);
  await seedReference(db);
  const g0 = performance.now();
  await generate(db);
  console.log(`[${label}] generated ${OFFERS} offers in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
  const list = queries();
  const gemeenteOf = new Map<string, { code: string; regio: string | null }>();
  for (const q of list) {
    if (q.gemeente && !gemeenteOf.has(q.gemeente)) {
      const g = await getGemeente(db, q.gemeente);
      gemeenteOf.set(q.gemeente, { code: g!.code, regio: g!.arbeidsmarktregioCode });
    }
  }

  const baseline = async (q: Query) => {
    const g = q.gemeente ? gemeenteOf.get(q.gemeente) : undefined;
    // Exactly the query the application sends, with its planner setting.
    await runSearchQuery(db, buildSearchQuery({ text: q.search, gemeenteCode: g?.code, arbeidsmarktregioCode: g?.regio ?? null, page: 1, perPage: 20 }));
  };

  const config = { ...loadConfig({ PORT: '0' }) };
  const app = await buildApp({ db, config });
  const serverTimes: number[] = [];
  app.addHook('onResponse', async (_req, reply) => {
    serverTimes.push(reply.elapsedTime);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // A plain keep-alive HTTP client: it shares the two cores with the server.
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const endpoint = (q: Query) =>
    new Promise<void>((resolve, reject) => {
      const params = new URLSearchParams({ search: q.search, per_page: '20' });
      if (q.gemeente) params.set('gemeente', q.gemeente);
      const req = request({ host: '127.0.0.1', port, path: `/api/v1/hsds/services?${params}`, agent }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
        res.on('data', () => undefined);
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end();
    });

  // Warm up both paths (query plans, JIT), then alternate measurements.
  await runFor(baseline, list);
  await runFor(endpoint, list);
  const base = await runFor(baseline, list);
  const http = await runFor(endpoint, list);
  const ratio = http.perSecond / base.perSecond;
  // One search at a time: the server time of a search without queueing.
  const single = await runFor(baseline, list, 1);
  serverTimes.length = 0;
  await runFor(endpoint, list, 1);
  const medianServer = median(serverTimes);
  const [hits] = await db.query<{ n: number }>(`select count(*) as n from service_search where search @@ websearch_to_tsquery('dutch', 'werk')`);
  console.log(`[${label}] "werk" matches ${hits!.n} of ${OFFERS} offers`);
  console.log(`[${label}] baseline (SQL straight to the database): ${base.perSecond.toFixed(0)} searches/s, median ${median(base.times).toFixed(2)} ms`);
  console.log(`[${label}] search endpoint (HTTP, /api/v1/hsds/services): ${http.perSecond.toFixed(0)} searches/s, median ${median(http.times).toFixed(2)} ms (${CONCURRENCY} concurrent)`);
  console.log(`[${label}] one at a time: database query median ${median(single.times).toFixed(2)} ms; search endpoint median server time ${medianServer.toFixed(2)} ms`);
  console.log(`[${label}] throughput ratio endpoint/baseline: ${ratio.toFixed(2)} (target >= 0.60); median server time ${medianServer.toFixed(2)} ms (target <= 10)`);
  agent.destroy();
  await app.close();
  await t.close();
  return { ratio, medianServerMs: medianServer };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSearch('PGlite');
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) await benchSearch('PostgreSQL', pgUrl);
  else console.log('[PostgreSQL] skipped: set BENCH_DATABASE_URL to a PostgreSQL server');
}
