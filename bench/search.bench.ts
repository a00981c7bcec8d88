// Search on a national-size catalogue: 10,000 generated offers (BENCH_OFFERS)
// whose texts draw words with their real frequencies from the B1 content we
// wrote. Baseline, in the same run: the search query sent straight to the
// database. Baseline, API and /zoeken HTML windows alternate ROUNDS times; the
// load generator runs in its own process (bench/load-client.ts) and sends
// Accept-Encoding: br. Reports throughput, their ratio, and the median server
// time of the most common word and of a two-word query with a gemeente filter.
// Runs on PGlite, and on PostgreSQL when BENCH_DATABASE_URL (or
// TEST_DATABASE_URL) is set.
import { fork } from 'node:child_process';
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
import type { LoadJob, LoadResult } from './load-client.ts';
import { mulberry32 } from '../src/domain/random.ts';

// CI=true: small sizes, so the whole bench (both databases) stays under 30 s; the sizes are printed.
const CI = process.env.CI === 'true';
const OFFERS = Number(process.env.BENCH_OFFERS ?? (CI ? 2_000 : 10_000));
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? (CI ? 1 : 5)) * 1000;
const CONCURRENCY = 4;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (CI ? 2 : 3));

// Deterministic pseudo-random numbers, so every run searches the same catalogue.
const rng = mulberry32;

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function runInProcess(fn: (q: Query) => Promise<void>, list: Query[], concurrency: number): Promise<{ count: number; perSecond: number; times: number[] }> {
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
  return { count: times.length, perSecond: (times.length / (performance.now() - start)) * 1000, times };
}

/** A load generator in its own process (bench/load-client.ts). */
function loadClient() {
  const child = fork(new URL('./load-client.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return {
    run: (job: LoadJob) =>
      new Promise<LoadResult>((resolve) => {
        child.once('message', (m) => resolve(m as LoadResult));
        child.send(job);
      }),
    close: () => child.kill(),
  };
}

const apiPath = (q: Query) => {
  const params = new URLSearchParams({ search: q.search, per_page: '10' });
  if (q.gemeente) params.set('gemeente', q.gemeente);
  return `/api/v1/hsds/services?${params}`;
};
const htmlPath = (q: Query) => {
  const params = new URLSearchParams({ q: q.search });
  if (q.gemeente) params.set('gemeente', q.gemeente);
  return `/zoeken?${params}`;
};

export interface BenchFigures {
  ratio: number;
  medianServerMs: number;
  commonWordMs: { api: number; html: number };
  twoWordsGemeenteMs: { api: number; html: number };
}

export async function benchSearch(label: string, databaseUrl?: string): Promise<BenchFigures> {
  if (databaseUrl) process.env.TEST_DATABASE_URL = databaseUrl;
  else delete process.env.TEST_DATABASE_URL;
  const t = await emptyDb();
  const db = t.db;
  await migrate(db);
  await seedReference(db);
  const g0 = performance.now();
  await generate(db);
  console.log(`[${label}] sizes: ${OFFERS} offers, ${ROUNDS} rounds of ${DURATION_MS / 1000} s windows${CI ? ' (CI=true)' : ''}`);
  console.log(`[${label}] generated ${OFFERS} offers in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
  const list = queries();
  const gemeenteOf = new Map<string, { code: string; regio: string | null }>();
  for (const q of list) {
    if (q.gemeente && !gemeenteOf.has(q.gemeente)) {
      const g = await getGemeente(db, q.gemeente);
      gemeenteOf.set(q.gemeente, { code: g!.code, regio: g!.arbeidsmarktregioCode });
    }
  }
  // The most common word of the generated catalogue (4+ letters), and a two-word query with a gemeente filter.
  const [top] = await db.query<{ word: string; ndoc: number }>(
    `select word, ndoc from ts_stat('select search from service_search') where length(word) >= 4 order by ndoc desc limit 1`,
  );
  const commonWord: Query = { search: top!.word };
  const twoWords: Query = { search: 'werk zoeken', gemeente: 'GM0106' };
  gemeenteOf.set('GM0106', { code: 'GM0106', regio: (await getGemeente(db, 'GM0106'))!.arbeidsmarktregioCode });
  console.log(`[${label}] most common word: "${top!.word}" in ${top!.ndoc} of ${OFFERS} offers`);

  const baseline = async (q: Query) => {
    const g = q.gemeente ? gemeenteOf.get(q.gemeente) : undefined;
    // Exactly the query the application sends first, with its planner setting.
    await runSearchQuery(db, buildSearchQuery({ text: q.search, gemeenteCode: g?.code, arbeidsmarktregioCode: g?.regio ?? null, page: 1, perPage: 10 }));
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
  const client = loadClient();
  const http = (paths: string[], concurrency = CONCURRENCY) => client.run({ port, paths, durationMs: DURATION_MS, concurrency });

  // Warm up every path, then alternate baseline and endpoint windows.
  await runInProcess(baseline, list, CONCURRENCY);
  await http(list.map(apiPath));
  await http(list.map(htmlPath));
  const base: number[] = [];
  const api: number[] = [];
  const html: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    base.push((await runInProcess(baseline, list, CONCURRENCY)).perSecond);
    api.push((await http(list.map(apiPath))).perSecond);
    html.push((await http(list.map(htmlPath))).perSecond);
  }
  const ratio = median(api) / median(base);
  // One search at a time: the server time without queueing, per path kind.
  const serverMedian = async (paths: string[]) => {
    serverTimes.length = 0;
    await http(paths, 1);
    return median(serverTimes);
  };
  const medianServer = await serverMedian(list.map(apiPath));
  const commonWordMs = { api: await serverMedian([apiPath(commonWord)]), html: await serverMedian([htmlPath(commonWord)]) };
  const twoWordsGemeenteMs = { api: await serverMedian([apiPath(twoWords)]), html: await serverMedian([htmlPath(twoWords)]) };
  const single = await runInProcess(baseline, [commonWord], 1);
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
  console.log(`[${label}] ${ROUNDS} alternating windows of ${DURATION_MS / 1000} s, ${CONCURRENCY} concurrent; load generator in its own process, Accept-Encoding: br`);
  console.log(`[${label}]   baseline (SQL straight to the database): ${fmt(base)} searches/s`);
  console.log(`[${label}]   API /api/v1/hsds/services:               ${fmt(api)} searches/s`);
  console.log(`[${label}]   HTML /zoeken:                            ${fmt(html)} searches/s`);
  console.log(`[${label}] throughput ratio API/baseline (medians): ${ratio.toFixed(2)}; HTML/baseline: ${(median(html) / median(base)).toFixed(2)}`);
  console.log(`[${label}] median server time, one at a time: mixed API queries ${medianServer.toFixed(2)} ms`);
  console.log(`[${label}]   most common word "${commonWord.search}": API ${commonWordMs.api.toFixed(2)} ms, HTML ${commonWordMs.html.toFixed(2)} ms (database alone ${median(single.times).toFixed(2)} ms)`);
  console.log(`[${label}]   two words + gemeente ("${twoWords.search}", ${twoWords.gemeente}): API ${twoWordsGemeenteMs.api.toFixed(2)} ms, HTML ${twoWordsGemeenteMs.html.toFixed(2)} ms (target <= 5)`);
  client.close();
  await app.close();
  await t.close();
  return { ratio, medianServerMs: medianServer, commonWordMs, twoWordsGemeenteMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSearch('PGlite');
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) await benchSearch('PostgreSQL', pgUrl);
  else console.log('[PostgreSQL] skipped: set BENCH_DATABASE_URL to a PostgreSQL server');
}
