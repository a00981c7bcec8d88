import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allServices } from '../../src/content/catalogue/index.ts';
import { gemeenten } from '../../src/content/reference/index.ts';
import { searchServices } from '../../src/db/catalogue.ts';
import { migrate } from '../../src/db/migrate.ts';
import { getGemeente, resolvePlace } from '../../src/db/reference.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await seededDb();
});
after(async () => {
  await t?.close();
});

const page = { page: 1, perPage: 500 };

describe('migrations and seed', () => {
  it('apply once; a second run changes nothing', async () => {
    assert.deepEqual(await migrate(t.db), []);
  });
  it('load every gemeente and every content offer', async () => {
    const [counts] = await t.db.query<{ g: number; s: number; r: number }>(
      'select (select count(*) from gemeente) g, (select count(*) from service) s, (select count(*) from arbeidsmarktregio) r',
    );
    assert.equal(counts!.g, gemeenten.length);
    assert.equal(counts!.r, 35);
    assert.equal(counts!.s, allServices.length);
  });
});

describe('finding a gemeente', () => {
  it('by its own name, case-insensitively', async () => {
    const { exact } = await resolvePlace(t.db, '  assen ');
    assert.deepEqual(exact.map((g) => g.code), ['GM0106']);
  });
  it('by the name of a village in it', async () => {
    const { exact } = await resolvePlace(t.db, 'Haren');
    assert.ok(exact.some((g) => g.code === 'GM0014' && g.via === 'Haren'), JSON.stringify(exact));
  });
  it('with a choice when a name exists in more gemeenten', async () => {
    const { exact } = await resolvePlace(t.db, 'Hengelo');
    assert.ok(exact.length >= 2, JSON.stringify(exact.map((e) => e.name)));
  });
  it('suggests names that start with what was typed', async () => {
    const { exact, suggestions } = await resolvePlace(t.db, 'Emm');
    assert.equal(exact.length, 0);
    assert.ok(suggestions.some((s) => s.code === 'GM0114'));
  });
  it('treats % and _ as plain characters', async () => {
    const { exact, suggestions } = await resolvePlace(t.db, '%');
    assert.equal(exact.length + suggestions.length, 0);
  });
});

describe('search', () => {
  it('uses Dutch stemming: werkgevers finds offers that say werkgever', async () => {
    const plural = await searchServices(t.db, { text: 'werkgevers', ...page });
    const singular = await searchServices(t.db, { text: 'werkgever', ...page });
    assert.ok(plural.total > 0);
    assert.equal(plural.total, singular.total);
  });
  it('ranks offers with the word in their name above those that only mention it', async () => {
    const result = await searchServices(t.db, { text: 'jobcoaching', ...page });
    assert.ok(result.total >= 2);
    assert.match(result.items[0]!.name.toLowerCase(), /jobcoach/);
    for (let i = 1; i < result.items.length; i++) assert.ok(result.items[i - 1]!.rank >= result.items[i]!.rank);
  });
  it('shows national, regional and local offers for a gemeente, and no other gemeente’s local offers', async () => {
    const emmen = (await getGemeente(t.db, 'GM0114'))!;
    const result = await searchServices(t.db, { gemeenteCode: emmen.code, arbeidsmarktregioCode: emmen.arbeidsmarktregioCode, ...page });
    const scopes = new Set(result.items.map((s) => s.areaScope));
    assert.deepEqual([...scopes].sort(), ['arbeidsmarktregio', 'gemeente', 'national']);
    for (const s of result.items) {
      if (s.areaScope === 'gemeente') assert.ok(s.areaCodes.includes('GM0114'), s.key);
      if (s.areaScope === 'arbeidsmarktregio') assert.ok(s.areaCodes.includes(emmen.arbeidsmarktregioCode!), s.key);
    }
    const expected = allServices.filter(
      (s) => s.area.scope === 'national' || s.area.codes?.includes('GM0114') || s.area.codes?.includes(emmen.arbeidsmarktregioCode!),
    ).length;
    assert.equal(result.total, expected);
    const amsterdam = (await getGemeente(t.db, 'GM0363'))!;
    const far = await searchServices(t.db, { gemeenteCode: amsterdam.code, arbeidsmarktregioCode: amsterdam.arbeidsmarktregioCode, ...page });
    assert.ok(far.items.every((s) => s.areaScope === 'national'));
  });
  it('filters on kind of help, limitation and open without a benefit', async () => {
    const kind = allServices[0]!.helpKinds[0]!;
    const byKind = await searchServices(t.db, { helpKinds: [kind], ...page });
    assert.equal(byKind.total, allServices.filter((s) => s.helpKinds.includes(kind)).length);
    const open = await searchServices(t.db, { onlyOpenWithoutBenefit: true, ...page });
    assert.equal(open.total, allServices.filter((s) => s.openWithoutBenefit === 'ja').length);
    const limitation = allServices.find((s) => s.limitations.length > 0)!.limitations[0]!;
    const byLimitation = await searchServices(t.db, { limitations: [limitation], ...page });
    assert.equal(byLimitation.total, allServices.filter((s) => s.limitations.length === 0 || s.limitations.includes(limitation)).length);
  });
  it('pages through results without overlap', async () => {
    const all = await searchServices(t.db, { ...page });
    const first = await searchServices(t.db, { page: 1, perPage: 5 });
    const second = await searchServices(t.db, { page: 2, perPage: 5 });
    assert.equal(first.total, all.total);
    assert.equal(second.total, all.total);
    assert.equal(new Set([...first.items, ...second.items].map((s) => s.id)).size, 10);
  });
  it('finds nothing for a word that is in no offer', async () => {
    const result = await searchServices(t.db, { text: 'xyzzyqwerty', ...page });
    assert.equal(result.total, 0);
  });
});
