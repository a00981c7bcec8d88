// The offers a Rechtencheck result links to are kept 30 s per instance
// (src/db/catalogue/offer-cache.ts); a change to a service through the app
// clears them at once, so the next result shows it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { allServices } from '../../src/content/catalogue/index.ts';
import { upsertService } from '../../src/db/catalogue.ts';
import { getGemeente } from '../../src/db/reference.ts';
import { explain } from '../../src/features/rechtencheck/explain.ts';
import { personaById } from '../../src/features/rechtencheck/personas.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await seededDb();
});
after(async () => t?.close());

const offerNames = async () => {
  const facts = personaById('milan')!.facts;
  const result = await explain(t.db, facts, await getGemeente(t.db, facts.gemeente!));
  return result.results.flatMap((r) => r.nextSteps.flatMap((s) => s.offers.map((o) => ({ key: o.key, name: o.name }))));
};

it('a renamed service shows on the next result once the app wrote it, and is cached until then', async () => {
  const before = await offerNames();
  assert.ok(before.length > 0, 'the persona has linked offers');
  const target = allServices.find((s) => s.key === before[0]!.key)!;
  assert.ok(target, 'the offer comes from the content catalogue');
  // A write behind the app's back (another instance): this instance keeps its copy for the time to live.
  await t.db.query(`update service set name = name || ' (elders gewijzigd)' where key = $1`, [target.key]);
  assert.deepEqual(await offerNames(), before);
  // A write through the app clears the copy: the next result reads the service again.
  await t.db.transaction((tx) => upsertService(tx, { ...target, name: `${target.name} (nieuw)` }));
  const after = await offerNames();
  assert.ok(after.some((o) => o.key === target.key && o.name === `${target.name} (nieuw)`));
});

it('keeps offers per kinds set and named offer where the person lives, not per combination: what was fetched before needs no query, the rest one query', async () => {
  const { offerCache } = await import('../../src/db/catalogue/offer-cache.ts');
  const { evaluate } = await import('../../src/domain/rechtencheck/index.ts');
  type Facts = Parameters<typeof evaluate>[0];
  offerCache.clear();
  let queries = 0;
  const counting = { query: (sql: string, params?: unknown[]) => (queries++, t.db.query(sql, params)) } as typeof t.db;
  const emmen = await getGemeente(t.db, 'GM0114');
  /** What a result links to: named offers and kinds sets. */
  const needs = (facts: Facts) =>
    evaluate(facts).results.flatMap((r) =>
      r.nextSteps.flatMap((s) => [...(s.offer.serviceKeys ?? []).map((k) => `key ${k}`), ...(s.offer.helpKinds?.length ? [`set ${[...s.offer.helpKinds].sort()}`] : [])]),
    );
  const milan = { ...personaById('milan')!.facts, gemeente: 'GM0114' };
  const fetched = new Set<string>();
  const people: Facts[] = [milan, milan, { ...milan, age: 19 }, { ...milan, age: 45, jobStatus: 'werk' }, { ...milan, registeredJobseeker: 'ja' }, { ...milan, benefit: 'bijstand' }];
  let expected = 0;
  for (const facts of people) {
    const need = needs(facts);
    if (need.some((n) => !fetched.has(n))) expected++;
    for (const n of need) fetched.add(n);
    await explain(counting, facts, emmen);
    assert.equal(queries, expected, `after ${JSON.stringify(facts).slice(0, 80)}`);
  }
  assert.ok(expected < people.length, 'some results came from what was kept');
  // The same offers as without the cache.
  const cached = await explain(t.db, milan, emmen);
  offerCache.clear();
  const fresh = await explain(t.db, milan, emmen);
  const keysOf = (r: typeof fresh) => r.results.map((i) => i.nextSteps.map((s) => s.offers.map((o) => o.key)));
  assert.deepEqual(keysOf(cached), keysOf(fresh));
});
