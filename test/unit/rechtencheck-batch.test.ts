// Rechtencheck batch mode: same outcomes as the single-person path, counts,
// policies per person, and the CSV helpers.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  columnsToCsv,
  countsToCsv,
  createColumns,
  ENUMS,
  evaluate,
  evaluateBatch,
  factsToColumns,
  getRow,
  outcomeName,
  parseFactsCsv,
  resultsToCsv,
  setRow,
  type GemeentePolicy,
  type RechtencheckFacts,
} from '../../src/domain/rechtencheck/index.ts';
import { loadCorpus } from '../cases/rechtencheck/corpus.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A random person; every fact may also be missing or "weet ik niet". */
function randomFacts(rnd: () => number): RechtencheckFacts {
  const facts: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(ENUMS)) {
    if (rnd() < 0.85) facts[key] = values[Math.floor(rnd() * values.length)];
  }
  const num = (values: readonly (number | null)[]) => values[Math.floor(rnd() * values.length)];
  if (rnd() < 0.9) facts.age = num([null, 15, 17, 18, 26, 27, 30, 45, 66, 67, 68]);
  if (rnd() < 0.8) facts.jobHoursPerWeek = num([null, 0, 7, 8, 11, 11.5, 12, 20, 38]);
  if (rnd() < 0.8) facts.jobContractMonths = num([null, 1, 5, 6, 12, 120]);
  if (rnd() < 0.7) facts.loonwaarde = num([null, 0, 19, 20, 34, 34.5, 35, 80, 99, 100, 130]);
  return facts as RechtencheckFacts;
}

const DATES = ['2016-06-01', '2017-06-01', '2023-06-30', '2023-07-01', '2025-06-01', '2026-11-23', '2028-03-01'];

describe('batch equals single', () => {
  it('on the case corpus', () => {
    const corpus = loadCorpus();
    const byDate = new Map<string, typeof corpus>();
    for (const item of corpus) {
      const key = `${item.c.datum}|${JSON.stringify(item.c.beleid ?? {})}`;
      byDate.set(key, [...(byDate.get(key) ?? []), item]);
    }
    for (const [key, items] of byDate) {
      const [date, policyJson] = key.split('|') as [string, string];
      const policy = JSON.parse(policyJson) as Partial<GemeentePolicy>;
      const batch = evaluateBatch(factsToColumns(items.map((i) => i.facts)), { date, policy });
      items.forEach((item, row) => {
        const single = evaluate(item.facts, { date, policy });
        single.results.forEach((r, k) => {
          assert.equal(outcomeName(batch.instruments[k]!.outcomes[row]!), r.outcome, `${item.c.naam} / ${r.id}`);
        });
      });
    }
  });

  it('on 3000 random people and several dates', () => {
    const rnd = random(42);
    const people = Array.from({ length: 3000 }, () => randomFacts(rnd));
    for (const date of DATES) {
      const batch = evaluateBatch(factsToColumns(people), { date });
      people.forEach((facts, row) => {
        const single = evaluate(facts, { date });
        single.results.forEach((r, k) => {
          if (outcomeName(batch.instruments[k]!.outcomes[row]!) !== r.outcome) {
            assert.fail(`${date} ${JSON.stringify(facts)} ${r.id}: batch ${outcomeName(batch.instruments[k]!.outcomes[row]!)} single ${r.outcome}`);
          }
        });
      });
    }
  });

  it('with a policy per person', () => {
    const rnd = random(5);
    const people = Array.from({ length: 500 }, () => randomFacts(rnd));
    const policies: Partial<GemeentePolicy>[] = [{}, { praktijkroute: 'nee', proefplaatsingWithoutBenefit: 'ja' }, { beschutWerkPlaces: 'nee', jobcoachingWithoutBenefit: 'nee' }];
    const columns = factsToColumns(people);
    columns.policyIndex = new Uint16Array(people.length).map((_, i) => i % policies.length);
    const batch = evaluateBatch(columns, { policies, date: '2026-11-23' });
    people.forEach((facts, row) => {
      const single = evaluate(facts, { date: '2026-11-23', policy: policies[row % policies.length]! });
      single.results.forEach((r, k) => assert.equal(outcomeName(batch.instruments[k]!.outcomes[row]!), r.outcome));
    });
  });

  it('counts add up to the population', () => {
    const rnd = random(1);
    const people = Array.from({ length: 1000 }, () => randomFacts(rnd));
    const batch = evaluateBatch(factsToColumns(people), { date: '2026-11-23' });
    for (const instrument of batch.instruments) {
      const sum = Object.values(instrument.counts).reduce((a, b) => a + b, 0);
      assert.equal(sum, 1000);
      const waarschijnlijk = instrument.outcomes.filter((o) => o === 1).length;
      assert.equal(instrument.counts.waarschijnlijk, waarschijnlijk);
    }
  });

  it('columns round-trip facts', () => {
    const rnd = random(3);
    const columns = createColumns(200);
    const people = Array.from({ length: 200 }, () => randomFacts(rnd));
    people.forEach((facts, i) => setRow(columns, i, facts));
    people.forEach((facts, i) => {
      const { gemeente: _ignored, ...rest } = facts;
      assert.deepEqual(getRow(columns, i), rest);
    });
  });
});

describe('CSV', () => {
  it('parses facts with both separators, quotes, "weet ik niet" and empty cells', () => {
    const comma = 'age,benefit,jobHoursPerWeek,gemeente,loonwaarde\n35,geen,12,GM0363,\n"27",onbekend,weet ik niet,,34.5\n';
    const parsed = parseFactsCsv(comma);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.columns.length, 2);
    assert.deepEqual(getRow(parsed.columns, 0), { age: 35, benefit: 'geen', jobHoursPerWeek: 12 });
    assert.deepEqual(getRow(parsed.columns, 1), { age: 27, benefit: 'onbekend', jobHoursPerWeek: null, loonwaarde: 34.5 });
    assert.deepEqual(parsed.gemeenten, ['GM0363', null]);

    const semicolon = 'age;loonwaarde\r\n40;34,5\r\n';
    const p2 = parseFactsCsv(semicolon);
    assert.deepEqual(p2.errors, []);
    assert.deepEqual(getRow(p2.columns, 0), { age: 40, loonwaarde: 34.5 });
  });

  it('reports errors per row and field, in Dutch', () => {
    const parsed = parseFactsCsv('age,benefit,kleur\n400,geen,rood\n30,pensioen,\n');
    assert.ok(parsed.errors.some((e) => e.row === 0 && e.field === 'kleur'));
    assert.ok(parsed.errors.some((e) => e.row === 1 && e.field === 'age' && /Leeftijd/.test(e.message)));
    assert.ok(parsed.errors.some((e) => e.row === 2 && e.field === 'benefit'));
  });

  it('round-trips columns through CSV and writes results and counts', () => {
    const rnd = random(11);
    const people = Array.from({ length: 300 }, () => randomFacts(rnd));
    const columns = factsToColumns(people);
    const parsed = parseFactsCsv(columnsToCsv(columns));
    assert.deepEqual(parsed.errors, []);
    for (let i = 0; i < people.length; i++) assert.deepEqual(getRow(parsed.columns, i), getRow(columns, i));

    const batch = evaluateBatch(parsed.columns, { date: '2026-11-23' });
    const csv = resultsToCsv(batch);
    const lines = csv.trim().split('\n');
    assert.equal(lines.length, 301);
    assert.ok(lines[0]!.startsWith('rij,ondersteuning-gemeente,'));
    assert.match(lines[1]!, /^1,(waarschijnlijk|misschien|waarschijnlijk_niet|meer_informatie_nodig),/);
    const counts = countsToCsv(batch, { separator: ';' }).trim().split('\n');
    assert.equal(counts.length, 17);
  });
});
