import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportHsds } from '../../src/features/api/export.ts';
import { importHsds } from '../../src/features/api/import.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await seededDb();
});
after(async () => {
  await t?.close();
});

async function snapshot(): Promise<string> {
  const rows = await t.db.query(
    `select key, name, description, help_kinds, area_codes, open_without_benefit, assured_date from service order by key`,
  );
  return JSON.stringify(rows);
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}

describe('HSDS import', () => {
  it('re-importing an export is idempotent', async () => {
    const before = await snapshot();
    const exported = await exportHsds(t.db);
    const report = await importHsds(t.db, exported);
    assert.equal(report.ok, true, JSON.stringify(report));
    assert.equal(await snapshot(), before);
    const again = await importHsds(t.db, exported);
    assert.equal(again.ok, true);
    assert.equal(await snapshot(), before);
  });

  it('imports a new service and updates it on a second import', async () => {
    const exported = (await exportHsds(t.db)) as { contents: Array<Record<string, any>> };
    const service = clone(exported.contents[0]!);
    service.id = '11111111-2222-4333-8444-555555555555';
    service.name = 'Nieuw geïmporteerd aanbod';
    service.x_inbeeld.key = 'nieuw-geimporteerd-aanbod';
    assert.equal((await importHsds(t.db, [service])).ok, true);
    service.name = 'Nieuw geïmporteerd aanbod, bijgewerkt';
    assert.equal((await importHsds(t.db, { contents: [service] })).ok, true);
    const rows = await t.db.query<{ name: string }>(`select name from service where key = 'nieuw-geimporteerd-aanbod'`);
    assert.deepEqual(rows.map((r) => r.name), ['Nieuw geïmporteerd aanbod, bijgewerkt']);
  });

  it('changes nothing when one service in the file is invalid, and reports each problem', async () => {
    const before = await snapshot();
    const exported = (await exportHsds(t.db)) as { contents: Array<Record<string, any>> };
    const good = clone(exported.contents[0]!);
    good.name = 'Dit mag niet worden opgeslagen';
    const noName = clone(exported.contents[1]!);
    delete noName.name;
    const badKind = clone(exported.contents[2]!);
    badKind.x_inbeeld.help_kinds = ['vliegen'];
    const badArea = clone(exported.contents[3]!);
    badArea.x_inbeeld.area_scope = 'gemeente';
    badArea.x_inbeeld.area_codes = ['GM9999'];
    const report = await importHsds(t.db, [good, noName, badKind, badArea]);
    assert.equal(report.ok, false);
    if (report.ok) return;
    const fields = report.errors.map((e) => e.field);
    assert.ok(fields.includes('services[1].name'), JSON.stringify(report.errors));
    assert.ok(fields.includes('services[2].x_inbeeld.help_kinds'));
    assert.ok(fields.includes('services[3].x_inbeeld.area_codes'));
    assert.ok(report.errors.every((e) => /[a-z]/.test(e.message)));
    assert.equal(await snapshot(), before);
  });

  it('refuses files that are not HSDS', async () => {
    for (const input of [null, 42, 'tekst', { foo: 1 }, []]) {
      const report = await importHsds(t.db, input);
      assert.equal(report.ok, false, JSON.stringify(input));
    }
    const wrongTypes = await importHsds(t.db, [{ id: 'geen-uuid', name: 5, status: 'open' }]);
    assert.equal(wrongTypes.ok, false);
    if (!wrongTypes.ok) assert.ok(wrongTypes.errors.length >= 3, JSON.stringify(wrongTypes.errors));
  });
});
