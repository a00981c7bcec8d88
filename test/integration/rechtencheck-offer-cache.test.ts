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
