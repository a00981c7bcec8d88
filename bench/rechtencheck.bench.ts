// Benchmark of the Rechtencheck batch mode.
//
//   npx tsx bench/rechtencheck.bench.ts [persons]
//
// Generates a population column-wise (before timing), then times
// evaluateBatch over all rules on one thread and on a warm pool of worker
// threads (one per core), next to two baselines from the same run:
// evaluate() per person (the API path) over a sample of 10,000, scaled to the
// population, and a plain loop that only reads four of the same arrays (the
// floor of memory traffic; it does not do the same work). A hand-written loop
// over all 79 criteria is not there yet (see docs/scaling.md).
// The policy layer is active: 12 gemeente policies that differ, one per
// person at random (columns.policyIndex), as a region's population would be.
// Target: 1,000,000 persons under 300 ms.
import { availableParallelism } from 'node:os';
import { createColumns, ENUMS, evaluate, evaluateBatch, getRow, type FactColumns, type GemeentePolicy, type PolicyAnswer } from '../src/domain/rechtencheck/index.ts';
import { BatchPool } from '../src/features/rechtencheck/batch-parallel.ts';
import { CRITERION_COUNT, RULES } from '../src/domain/rechtencheck/rules/index.ts';

const N = Number(process.argv[2] ?? (process.env.CI === 'true' ? 200_000 : 1_000_000));
const DATE = '2026-11-23';
const RUNS = 3;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type EnumKey = keyof typeof ENUMS;

/** Picks a code from weights over [missing, ...values]; weights need not sum to 1. */
function weighted(rnd: () => number, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rnd() * total;
  for (let code = 0; code < weights.length; code++) {
    r -= weights[code]!;
    if (r < 0) return code;
  }
  return weights.length - 1;
}

// A plausible population of people who use InBeeld: mostly without a
// benefit, some answers missing or "weet ik niet". Index 0 = not given,
// index 1 = 'onbekend', then the values in the order of ENUMS.
const MIX: Record<EnumKey, readonly number[]> = {
  benefit: [1, 2, 75, 9, 4, 3, 3, 1, 1, 0.5, 0.5],
  noBenefitReason: [20, 10, 30, 15, 10, 5, 5, 5],
  registeredJobseeker: [5, 10, 55, 25, 5],
  inDoelgroepregister: [10, 25, 15, 50],
  school: [10, 5, 6, 4, 5, 70],
  indication: [10, 5, 80, 2, 3],
  canEarnMinimumWage: [5, 35, 35, 25],
  supportedByGemeente: [10, 5, 30, 55],
  jobStatus: [5, 3, 70, 10, 12],
  structuralLimitation: [5, 10, 80, 5],
  limitationKind: [10, 10, 20, 5, 3, 25, 5, 5, 12, 5],
  householdIncome: [10, 15, 40, 35],
  householdAssets: [15, 15, 45, 25],
};

function population(n: number, seed: number, uniform: boolean): FactColumns {
  const rnd = random(seed);
  const columns = createColumns(n);
  for (const key of Object.keys(ENUMS) as EnumKey[]) {
    const column = columns[key];
    const weights = uniform ? new Array<number>(ENUMS[key].length + 1).fill(1) : MIX[key];
    for (let i = 0; i < n; i++) column[i] = weighted(rnd, weights);
  }
  for (let i = 0; i < n; i++) {
    const r = rnd();
    columns.age[i] = uniform ? Math.floor(rnd() * 82) - 2 : r < 0.02 ? -1 : r < 0.03 ? -2 : 16 + Math.floor(rnd() * 52);
    const hasJob = columns.jobStatus[i]! >= 4;
    columns.jobHoursPerWeek[i] = uniform ? Math.floor(rnd() * 42) - 2 : hasJob ? (rnd() < 0.1 ? -2 : 4 + Math.floor(rnd() * 33)) : -1;
    columns.jobContractMonths[i] = uniform ? Math.floor(rnd() * 32) - 2 : hasJob ? (rnd() < 0.1 ? -2 : [3, 6, 12, 12, 24, 120][Math.floor(rnd() * 6)]!) : -1;
    columns.loonwaarde[i] = uniform ? Math.floor(rnd() * 122) - 2 : rnd() < 0.8 ? -1 : 10 + Math.floor(rnd() * 100);
  }
  return columns;
}

/** The baseline: a plain loop that reads the same arrays (sums a few columns). */
function baseline(columns: FactColumns): number {
  const age = columns.age;
  const hours = columns.jobHoursPerWeek;
  const benefit = columns.benefit;
  const job = columns.jobStatus;
  let sum = 0;
  for (let i = 0; i < columns.length; i++) sum += age[i]! + hours[i]! + benefit[i]! + job[i]!;
  return sum;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const realistic = population(N, 20261123, false);
const uniform = population(N, 7, true);

// Twelve gemeenten with their own policy, each different (the policy layer is active for everyone).
const answers: PolicyAnswer[] = ['ja', 'nee', 'onbekend'];
const POLICIES: Partial<GemeentePolicy>[] = Array.from({ length: 12 }, (_, g) => ({
  gemeente: `GM${String(100 + g).padStart(4, '0')}`,
  version: `bench-${g}`,
  jobcoachingWithoutBenefit: answers[g % 3]!,
  werkvoorzieningenWithoutBenefit: answers[(g + 1) % 3]!,
  praktijkroute: answers[(g + 2) % 3]!,
  proefplaatsingWithoutBenefit: answers[Math.floor(g / 3) % 3]!,
  beschutWerkPlaces: answers[Math.floor(g / 4) % 3]!,
  jobcoachingMaxYears: g % 2 ? 2 + (g % 3) : null,
}));
{
  const rnd = random(12);
  realistic.policyIndex = Uint16Array.from({ length: N }, () => Math.floor(rnd() * POLICIES.length));
}
const OPTIONS = { date: DATE, policies: POLICIES };

// Warm up the JIT on a slice, so the timed runs measure steady state.
evaluateBatch(population(20_000, 1, true), { date: DATE });
let sink = baseline(population(20_000, 2, true));

const batchMs: number[] = [];
const baseMs: number[] = [];
let counts = '';
for (let run = 0; run < RUNS; run++) {
  batchMs.push(
    time(() => {
      const result = evaluateBatch(realistic, OPTIONS);
      counts = JSON.stringify(result.instruments[0]!.counts);
    }),
  );
  baseMs.push(time(() => (sink += baseline(realistic))));
}
const uniformMs = median(Array.from({ length: RUNS }, () => time(() => evaluateBatch(uniform, { date: DATE }))));

const pool = await BatchPool.start();
await pool.run(population(100_000, 3, true), { date: DATE }); // warm the workers' JIT
const parallelMs: number[] = [];
for (let run = 0; run < RUNS; run++) parallelMs.push(await (async () => { const t0 = process.hrtime.bigint(); await pool.run(realistic, OPTIONS); return Number(process.hrtime.bigint() - t0) / 1e6; })());
await pool.close();

// evaluate() per person, the way the API and the result page run it, over a sample.
const SAMPLE = Math.min(10_000, N);
const sampleFacts = Array.from({ length: SAMPLE }, (_, i) => ({ facts: getRow(realistic, i), policy: POLICIES[realistic.policyIndex![i]!]! }));
for (const s of sampleFacts.slice(0, 500)) evaluate(s.facts, { date: DATE, policy: s.policy });
const evaluateSampleMs = time(() => { for (const s of sampleFacts) evaluate(s.facts, { date: DATE, policy: s.policy }); });
const evaluateScaled = evaluateSampleMs * (N / SAMPLE);

const batch = median(batchMs);
const parallel = median(parallelMs);
const base = median(baseMs);
const ratio = batch / base;
const nsPerCriterion = (batch * 1e6) / (N * CRITERION_COUNT);

console.log(`persons: ${N.toLocaleString('en')}, instruments: ${RULES.length}, criteria per person: ${CRITERION_COUNT}, gemeente policies: ${POLICIES.length} (one per person)`);
console.log(`batch (plausible population), median of ${RUNS}: ${batch.toFixed(1)} ms [${batchMs.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`batch (uniform random answers, worst case for branch prediction): ${uniformMs.toFixed(1)} ms`);
console.log(`baseline loop, median of ${RUNS}: ${base.toFixed(2)} ms (checksum ${sink})`);
console.log(`ondersteuning-gemeente counts: ${counts}`);
console.log(`batch on ${availableParallelism()} worker threads (warm pool), median of ${RUNS}: ${parallel.toFixed(1)} ms [${parallelMs.map((x) => x.toFixed(0)).join(', ')}]; speed-up ${(batch / parallel).toFixed(2)}x`);
console.log(`baseline evaluate() per person: ${evaluateSampleMs.toFixed(0)} ms for ${SAMPLE.toLocaleString('en')}, scaled to ${N.toLocaleString('en')}: ${evaluateScaled.toFixed(0)} ms; batch is ${(evaluateScaled / batch).toFixed(1)}x faster on one thread, ${(evaluateScaled / parallel).toFixed(1)}x on all`);
console.log(`ratio batch/read-only loop (not the same work): ${(batch / base).toFixed(1)}`);
console.log(`target: under 300 ms for 1,000,000 persons -> ${parallel <= 300 * (N / 1_000_000) ? 'met' : 'NOT met'}`);
console.log(
  `rechtencheck-batch: ${batch.toFixed(1)} ms one thread, ${parallel.toFixed(1)} ms on ${availableParallelism()} threads, evaluate() scaled ${evaluateScaled.toFixed(0)} ms, read-only loop ${base.toFixed(2)} ms (ratio ${ratio.toFixed(1)}), ${nsPerCriterion.toFixed(2)} ns/person/criterion`,
);
