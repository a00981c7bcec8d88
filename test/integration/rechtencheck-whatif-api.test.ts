// POST /api/v1/rechtencheck/batch: counts for a group with each gemeente's
// recorded policy (demo: Emmen records proefplaats "ja" since 2026, Assen
// "nee"), and with a variant the outcome transitions per instrument.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

const base = { age: 30, registeredJobseeker: 'ja', structuralLimitation: 'ja' };
const personen = [
  { ...base, gemeente: 'GM0114', benefit: 'geen' }, // Emmen: "ja" already: no change
  { ...base, gemeente: 'GM0106', benefit: 'geen' }, // Assen: "nee" -> "ja": waarschijnlijk_niet -> waarschijnlijk
  { ...base, gemeente: 'GM0344', benefit: 'geen' }, // Utrecht, nothing recorded ("onbekend") -> "ja": misschien -> waarschijnlijk
  { ...base, gemeente: 'GM0106', benefit: 'bijstand' }, // bijstand: the law decides, no change
];
const call = (payload: unknown, query = '?datum=2026-11-23') =>
  t.app.inject({ method: 'POST', url: `/api/v1/rechtencheck/batch${query}`, payload: payload as object });

describe('POST /api/v1/rechtencheck/batch', () => {
  it('counts per instrument with the recorded policy of each gemeente', async () => {
    const res = await call({ personen });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.persons, 4);
    assert.equal(body.recordedPolicies, 2);
    const proef = body.instruments.find((i: { id: string }) => i.id === 'proefplaatsing');
    assert.deepEqual(proef.counts, { waarschijnlijk: 2, misschien: 1, waarschijnlijk_niet: 1, meer_informatie_nodig: 0 });
    assert.equal(body.changes, undefined);
  });

  it('with a variant: how many outcomes change, from which to which', async () => {
    const res = await call({ personen, variant: { proefplaatsingZonderUitkering: 'ja' } });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.deepEqual(body.variant, { proefplaatsingWithoutBenefit: 'ja' });
    const proef = body.changes.find((c: { id: string }) => c.id === 'proefplaatsing');
    assert.equal(proef.changed, 2);
    assert.deepEqual(
      [...proef.transitions].sort((a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from)),
      [{ from: 'misschien', to: 'waarschijnlijk', count: 1 }, { from: 'waarschijnlijk_niet', to: 'waarschijnlijk', count: 1 }],
    );
    assert.equal(body.changes.filter((c: { changed: number }) => c.changed > 0).length, 1);
  });

  it('bad input: 400 with Dutch messages naming the person and field; never a 500', async () => {
    const res = await call({ personen: [{ age: 400 }, { gemeente: 'GM9999' }, 'geen object'], variant: { vliegen: 'ja' } });
    assert.equal(res.statusCode, 400, res.body);
    const fields = res.json().error.fields as Array<{ field: string; message: string }>;
    assert.ok(fields.some((f) => f.field === 'personen[0].age' && /Leeftijd/.test(f.message)), JSON.stringify(fields));
    assert.ok(fields.some((f) => f.field === 'personen[1].gemeente' && /GM9999/.test(f.message)), JSON.stringify(fields));
    assert.ok(fields.some((f) => f.field.startsWith('personen[2]')), JSON.stringify(fields));
    assert.ok(fields.some((f) => f.field === 'variant' && /Onbekend beleid "vliegen"/.test(f.message)), JSON.stringify(fields));
    assert.equal((await call({ personen: [] })).statusCode, 400);
    assert.equal((await call({ mensen: [] })).statusCode, 400);
    assert.equal((await call({ personen }, '?datum=2010-01-01')).statusCode, 400);
  });
});
