// What-if: per instrument, how many outcomes change between the current and a
// variant policy, counted per transition. A population small enough to check
// by hand (proefplaatsing: Pw art. 8a lid 2 onder d regulates it only for
// bijstand; without a benefit it is the gemeente's choice).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, factsToColumns, type RechtencheckFacts } from '../../src/domain/rechtencheck/index.ts';
import { applyVariant, parseVariantJson, parseVariantTerms, whatIf } from '../../src/domain/rechtencheck/whatif.ts';

const DATE = '2026-11-23';
const base: RechtencheckFacts = { age: 30, registeredJobseeker: 'ja', structuralLimitation: 'ja' };
const people: RechtencheckFacts[] = [
  // 0: no benefit, national default (proefplaats "onbekend"): misschien; with "nee": waarschijnlijk_niet.
  { ...base, benefit: 'geen' },
  // 1: the same, a second person: the count is 2.
  { ...base, benefit: 'geen', age: 45 },
  // 2: bijstand: the law allows it since the Wet breed offensief, whatever the gemeente chose: no change.
  { ...base, benefit: 'bijstand' },
  // 3: WW from UWV, no gemeente support: the gemeente's choice does not apply: no change.
  { ...base, benefit: 'ww', supportedByGemeente: 'nee' },
  // 4: no benefit in a gemeente that recorded "ja": waarschijnlijk; with "nee": waarschijnlijk_niet.
  { ...base, benefit: 'geen' },
];
const recordedJa = { gemeente: 'GM0106', version: 'GM0106-test', proefplaatsingWithoutBenefit: 'ja' as const };

function columns() {
  const c = factsToColumns(people);
  c.policyIndex = Uint16Array.from([0, 0, 0, 0, 1]);
  return c;
}

test('proefplaatsing without a benefit set to "nee": 2 x misschien -> waarschijnlijk_niet and 1 x waarschijnlijk -> waarschijnlijk_niet', () => {
  const result = whatIf(columns(), { date: DATE, policies: [{}, recordedJa] }, { proefplaatsingWithoutBenefit: 'nee' });
  const proef = result.instruments.find((i) => i.id === 'proefplaatsing')!;
  assert.equal(proef.changed, 3);
  assert.deepEqual(proef.transitions, [
    { from: 'misschien', to: 'waarschijnlijk_niet', count: 2 },
    { from: 'waarschijnlijk', to: 'waarschijnlijk_niet', count: 1 },
  ]);
  // Nothing else changes with this variant.
  assert.deepEqual(result.instruments.filter((i) => i.changed && i.id !== 'proefplaatsing').map((i) => i.id), []);
  // Same as evaluate() per person under both policies.
  people.forEach((facts, i) => {
    const policy = i === 4 ? recordedJa : undefined;
    const before = evaluate(facts, { date: DATE, ...(policy ? { policy } : {}) }).results.find((r) => r.id === 'proefplaatsing')!.outcome;
    const after = evaluate(facts, { date: DATE, policy: applyVariant(policy, { proefplaatsingWithoutBenefit: 'nee' }) }).results.find((r) => r.id === 'proefplaatsing')!.outcome;
    assert.equal(before !== after, [0, 1, 4].includes(i), `person ${i}: ${before} -> ${after}`);
  });
});

test('the variant keeps a gemeente\'s other choices; "ja" everywhere moves only the persons without a recorded "ja"', () => {
  const result = whatIf(columns(), { date: DATE, policies: [{}, recordedJa] }, { proefplaatsingWithoutBenefit: 'ja' });
  const proef = result.instruments.find((i) => i.id === 'proefplaatsing')!;
  assert.deepEqual(proef.transitions, [{ from: 'misschien', to: 'waarschijnlijk', count: 2 }]);
});

test('jobcoaching without a benefit "nee" changes no outcome: the legal claim (Pw art. 10, 10da) stays', () => {
  const result = whatIf(columns(), { date: DATE, policies: [{}, recordedJa] }, { jobcoachingWithoutBenefit: 'nee' });
  assert.equal(result.instruments.reduce((sum, i) => sum + i.changed, 0), 0);
});

test('variant terms: Dutch alias or field name, ja/nee/onbekend, years; Dutch messages for the rest', () => {
  assert.deepEqual(parseVariantTerms(['jobcoachingZonderUitkering=nee', 'jobcoachingMaxJaren=3']), { variant: { jobcoachingWithoutBenefit: 'nee', jobcoachingMaxYears: 3 }, errors: [] });
  assert.deepEqual(parseVariantTerms(['beschutWerkPlaces=NEE']).variant, { beschutWerkPlaces: 'nee' });
  const bad = parseVariantTerms(['vliegen=ja', 'praktijkroute=misschien', 'jobcoachingMaxJaren=0', 'zonder-is']);
  assert.equal(bad.errors.length, 4);
  assert.match(bad.errors[0]!, /Onbekend beleid "vliegen". Kies uit: jobcoachingZonderUitkering/);
  assert.match(bad.errors[1]!, /praktijkroute: kies ja, nee of onbekend/);
  assert.match(bad.errors[2]!, /1 tot en met 50/);
  assert.match(bad.errors[3]!, /schrijf naam=waarde/);
  assert.match(parseVariantTerms([]).errors[0]!, /minstens één/);
  assert.deepEqual(parseVariantJson({ proefplaatsingZonderUitkering: 'ja', jobcoachingMaxJaren: null }), { variant: { proefplaatsingWithoutBenefit: 'ja', jobcoachingMaxYears: null }, errors: [] });
  assert.match(parseVariantJson([1]).errors[0]!, /geef een object/);
  assert.match(parseVariantJson({ praktijkroute: true }).errors[0]!, /kies ja, nee of onbekend/);
});
