// The compiled batch plan (compiled.ts) must give every person the outcome
// the rules give when run per person. Two guards: every read a rule makes is
// declared in RULE_INPUTS (watched with proxies), and the plan equals the
// per-person loop byte for byte on random populations, random policies,
// odd numbers and several dates.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { createColumns, type FactColumns } from '../../src/domain/rechtencheck/columns.ts';
import { COMPILED_FROM, evaluateBatch, evaluateRangePerPerson } from '../../src/domain/rechtencheck/batch.ts';
import { DERIVE_INPUTS, RULE_INPUTS } from '../../src/domain/rechtencheck/compiled.ts';
import { emptyPerson, type Person } from '../../src/domain/rechtencheck/encode.ts';
import { ENUM_KEYS, ENUMS } from '../../src/domain/rechtencheck/facts.ts';
import { buildContext, derive, emptyDerived } from '../../src/domain/rechtencheck/kernel.ts';
import { withDefaults, type GemeentePolicy, type PolicyAnswer } from '../../src/domain/rechtencheck/policy.ts';
import { CRITERION_COUNT, OFFSETS, RULES, runAll } from '../../src/domain/rechtencheck/rules/index.ts';
import { pick } from '../../src/domain/random.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const AGES = [-2, -1, 0, 15, 17, 18, 26, 27, 40, 66, 67, 68, 80, 120];
const HOURS = [-2, -1, 0, 7, 7.99, 8, 11.5, 12, 12.01, 38, Number.NaN];
const MONTHS = [-2, -1, 0, 5, 6, 7, 120];
const LOONWAARDE = [-2, -1, -0.5, 0, 10, 19.99, 20, 34.5, 35, 99.9, 100, 100.1, 150, Number.NaN];
const ANSWERS: PolicyAnswer[] = ['ja', 'nee', 'onbekend'];

function randomPerson(rnd: () => number): Person {
  const p = emptyPerson();
  for (const key of ENUM_KEYS) p[key] = Math.floor(rnd() * (ENUMS[key].length + 1));
  p.age = pick(rnd, AGES);
  p.jobHoursPerWeek = pick(rnd, HOURS);
  p.jobContractMonths = pick(rnd, MONTHS);
  p.loonwaarde = pick(rnd, LOONWAARDE);
  return p;
}

function randomPolicy(rnd: () => number, g: number): Partial<GemeentePolicy> {
  if (g === 0) return {};
  return {
    gemeente: `GM${String(g).padStart(4, '0')}`,
    jobcoachingWithoutBenefit: pick(rnd, ANSWERS),
    werkvoorzieningenWithoutBenefit: pick(rnd, ANSWERS),
    praktijkroute: pick(rnd, ANSWERS),
    proefplaatsingWithoutBenefit: pick(rnd, ANSWERS),
    beschutWerkPlaces: pick(rnd, ANSWERS),
  };
}

function population(n: number, rnd: () => number, policies: number): FactColumns {
  const columns = createColumns(n);
  for (let i = 0; i < n; i++) {
    const p = randomPerson(rnd);
    for (const key of ENUM_KEYS) columns[key][i] = p[key];
    columns.age[i] = p.age;
    columns.jobHoursPerWeek[i] = p.jobHoursPerWeek;
    columns.jobContractMonths[i] = p.jobContractMonths;
    columns.loonwaarde[i] = p.loonwaarde;
  }
  columns.policyIndex = Uint16Array.from({ length: n }, () => Math.floor(rnd() * policies));
  return columns;
}

function watch<T extends object>(target: T, seen: Set<string>): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'string') seen.add(key);
      const value = Reflect.get(t, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

// Context fields that depend on the date only (the same for a whole batch).
const DATE_FIELDS = new Set(['date', 'aowLeeftijd', 'jongerenLeeftijd', 'bijstandMinLeeftijd', 'jobcoachMinUren', 'jobcoachUitzonderingUren', 'jobcoachMinMaanden', 'jobcoachMinLoonwaarde', 'jobcoachUitzonderingLoonwaarde', 'schoolNaarDuurzaamWerk', 'breedOffensief', 'praktijkroute']);

describe('compiled batch plan', () => {
  it('declares every fact, derived fact, earlier outcome and policy field each rule reads', () => {
    const rnd = random(11);
    const contexts = [0, 1, 2, 3].map((g) => buildContext('2026-11-23', withDefaults(randomPolicy(rnd, g))));
    const deriveReads = new Set<string>();
    const deriveCtx = new Set<string>();
    const reads = RULES.map(() => ({ p: new Set<string>(), d: new Set<string>(), out: new Set<string>(), ctx: new Set<string>() }));
    for (let n = 0; n < 20_000; n++) {
      const p = randomPerson(rnd);
      const ctx = contexts[n % contexts.length]!;
      const d = emptyDerived();
      derive(watch(p, deriveReads), watch(ctx, deriveCtx), d);
      const s = new Uint8Array(CRITERION_COUNT);
      const out = new Uint8Array(RULES.length);
      runAll(p, emptyDerived(), ctx, s, out);
      RULES.forEach((rule, r) => {
        const seen = reads[r]!;
        const outWatch = new Proxy(out, {
          get(t, key) {
            if (typeof key === 'string' && /^\d+$/.test(key)) seen.out.add(key);
            return Reflect.get(t, key) as unknown;
          },
        });
        rule.decide(watch(p, seen.p), watch(d, seen.d), watch(ctx, seen.ctx), s, OFFSETS[r]!, outWatch);
      });
    }
    assert.deepEqual([...deriveReads].filter((key) => !(DERIVE_INPUTS as readonly string[]).includes(key)), []);
    assert.deepEqual([...deriveCtx], ['aowLeeftijd']);
    RULES.forEach((rule, r) => {
      const declared = RULE_INPUTS[rule.id];
      const seen = reads[r]!;
      assert.deepEqual([...seen.p].filter((key) => !(declared.p as readonly string[]).includes(key)), [], `${rule.id}: facts`);
      assert.deepEqual([...seen.d].filter((key) => !(declared.d as readonly string[]).includes(key)), [], `${rule.id}: derived facts`);
      assert.deepEqual([...seen.out].map(Number).filter((q) => !declared.out.includes(q)), [], `${rule.id}: outcomes`);
      const policyReads = [...seen.ctx].filter((key) => !DATE_FIELDS.has(key));
      if (policyReads.length > 0) assert.ok(declared.policy, `${rule.id} reads ${policyReads.join(', ')}`);
    });
  });

  for (const date of ['2017-06-01', '2023-07-01', '2026-11-23', '2028-03-01']) {
    it(`equals the per-person loop on 30,000 random persons with 7 policies (${date})`, () => {
      const rnd = random(date.length * 31 + Number(date.slice(0, 4)));
      const columns = population(30_000, rnd, 7);
      const policies = Array.from({ length: 7 }, (_, g) => randomPolicy(rnd, g));
      const options = { date, policies };
      const batch = evaluateBatch(columns, options);
      const again = evaluateBatch(columns, options); // tables already filled
      const reference = RULES.map(() => new Uint8Array(columns.length));
      const counts = evaluateRangePerPerson(columns, options, 0, columns.length, reference);
      RULES.forEach((rule, r) => {
        for (const result of [batch, again]) {
          const outcomes = result.instruments[r]!.outcomes;
          const row = outcomes.findIndex((o, i) => o !== reference[r]![i]);
          assert.equal(row, -1, `${rule.id} differs at row ${row}`);
          assert.equal(result.instruments[r]!.counts.waarschijnlijk, counts[r * 5 + 1]);
          assert.equal(result.instruments[r]!.counts.meer_informatie_nodig, counts[r * 5 + 4]);
        }
      });
    });
  }

  it('one policy for all without policyIndex, and a code outside its list falls back to the per-person loop', () => {
    const rnd = random(3);
    const columns = population(12_000, rnd, 1);
    assert.ok(columns.length >= COMPILED_FROM, 'large enough for the compiled plan');
    delete columns.policyIndex;
    columns.benefit[5] = 200;
    const options = { date: '2026-11-23', policy: { gemeente: 'GM0363', praktijkroute: 'nee' as const }, policies: [{}, {}] };
    const batch = evaluateBatch(columns, options);
    const reference = RULES.map(() => new Uint8Array(columns.length));
    evaluateRangePerPerson(columns, options, 0, columns.length, reference);
    RULES.forEach((rule, r) => assert.deepEqual(batch.instruments[r]!.outcomes, reference[r], rule.id));
  });
});
