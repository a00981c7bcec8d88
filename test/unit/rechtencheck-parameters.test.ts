// Dated parameters of the Rechtencheck: every parameter has a value with a
// source for today, indexed amounts know when they go stale, and the
// kostendelersnorm follows Pw art. 22a.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  PARAMETERS,
  kostendelersnorm,
  lastIndexationDate,
  parameterAt,
  parameterEntryAt,
  staleParameters,
  type Parameter,
  type ParameterId,
} from '../../src/domain/rechtencheck/parameters.ts';

// The date the issue names as "today"; also checked against the real clock so
// the test starts failing the day a parameter runs out.
const TODAY = '2026-12-02';
const ids = Object.keys(PARAMETERS) as ParameterId[];

test('every parameter has a value for today, with a source', () => {
  // Also the next indexation date: a value must still be there on 1 January (stale, then, and marked so).
  const dates = [TODAY, '2027-01-01', new Date().toISOString().slice(0, 10)];
  for (const date of dates) {
    for (const id of ids) {
      const entry = parameterEntryAt(id, date);
      assert.ok(entry, `${id} heeft geen waarde op ${date}`);
      assert.ok(Number.isFinite(entry.value), `${id} op ${date}`);
      assert.ok(entry.source.length > 5, `${id}: bron ontbreekt`);
    }
  }
});

test('every parameter names its law and link, and values are in date order', () => {
  for (const id of ids) {
    const p = PARAMETERS[id];
    assert.match(p.reference.href, /^https:\/\//, id);
    const froms = p.values.map((v) => v.from);
    assert.deepEqual([...froms].sort(), froms, `${id}: data niet op volgorde`);
    for (const from of froms) assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('the amounts a person sees exist: bijstandsnorm, vermogensgrens, WML', () => {
  for (const id of ['bijstandsnormAlleenstaande', 'bijstandsnormGehuwden', 'vermogensgrensAlleenstaande', 'vermogensgrensGehuwden', 'wmlPerUur'] as const) {
    assert.ok(parameterAt(id, TODAY) > 0, id);
    assert.ok(PARAMETERS[id].indexed, `${id} is geïndexeerd`);
  }
  // The couple's norm is higher than the single norm; the couple's asset limit is double.
  assert.ok(parameterAt('bijstandsnormGehuwden', TODAY) > parameterAt('bijstandsnormAlleenstaande', TODAY));
  assert.equal(parameterAt('vermogensgrensGehuwden', TODAY), 2 * parameterAt('vermogensgrensAlleenstaande', TODAY));
});

test('kostendelersnorm: (40 + A x 30) / A percent of the norm for gehuwden (Pw art. 22a)', () => {
  const couple = parameterAt('bijstandsnormGehuwden', '2025-07-01');
  // One adult: 70% = the single norm.
  assert.equal(kostendelersnorm('2025-07-01', 1), parameterAt('bijstandsnormAlleenstaande', '2025-07-01'));
  assert.equal(kostendelersnorm('2025-07-01', 2), Math.round(50 * couple) / 100);
  assert.equal(kostendelersnorm('2025-07-01', 3), Math.round((130 / 3) * couple) / 100);
  assert.ok(kostendelersnorm(TODAY, 3) < kostendelersnorm(TODAY, 1));
});

test('stale amounts are found from the indexation dates (1 January, 1 July)', () => {
  assert.equal(lastIndexationDate('halfjaarlijks', '2026-12-02'), '2026-07-01');
  assert.equal(lastIndexationDate('halfjaarlijks', '2026-03-02'), '2026-01-01');
  assert.equal(lastIndexationDate('jaarlijks', '2026-12-02'), '2026-01-01');
  // On 2 January 2024 the values from 1 January 2024 are current.
  const fresh = staleParameters('2024-01-02').map((s) => s.id);
  assert.ok(!fresh.includes('bijstandsnormGehuwden'));
  // Far in the future every indexed amount is stale, and is reported.
  const stale = staleParameters('2099-07-02').map((s) => s.id);
  for (const id of ids) assert.equal(stale.includes(id), Boolean((PARAMETERS[id] as Parameter).indexed), id);
});

test('amounts without a confirmed 2026 figure keep the last confirmed one and are reported stale on 2026-12-02', () => {
  const stale = new Map(staleParameters(TODAY).map((s) => [s.id, s]));
  for (const id of ['bijstandsnormAlleenstaande', 'bijstandsnormGehuwden', 'vermogensgrensAlleenstaande', 'vermogensgrensGehuwden'] as const) {
    const entry = parameterEntryAt(id, TODAY)!;
    // Either a value from the last indexation date, or marked stale so the page says the amount may be out of date.
    assert.ok(entry.from >= lastIndexationDate(PARAMETERS[id].indexed!, TODAY) || stale.has(id), `${id}: ${entry.from}`);
  }
});

test('UWV jobcoach limits are marked as not binding (the 2016 protocol lapsed)', () => {
  for (const id of ['uwvJobcoachMinUren', 'uwvJobcoachMinMaanden', 'uwvJobcoachMinLoonwaarde'] as const) {
    assert.equal((PARAMETERS[id] as { binding?: boolean }).binding, false, id);
  }
});
