// Search quality: the share of realistic searches whose expected offers are
// in the top 5. Goal 95%; the test fails below 90%.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseSearchForm, resolveWhere, runSearch } from '../../src/features/wegwijzer/service.ts';
import { searchCases } from '../cases/search-quality.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
before(async () => {
  t = await seededDb();
});
after(async () => {
  await t?.close();
});

describe('search quality', () => {
  it(`finds the expected offers in the top 5 for at least 90% of ${searchCases.length} searches`, async () => {
    assert.ok(searchCases.length >= 60);
    const failed: string[] = [];
    const byKind = new Map<string, { found: number; all: number }>();
    for (const c of searchCases) {
      const { form, errors } = parseSearchForm({ q: c.q, ...(c.waar ? { waar: c.waar } : {}) });
      assert.deepEqual(errors, [], c.q);
      const where = await resolveWhere(t.db, form);
      if (c.waar) assert.equal(where.kind, 'found', `place "${c.waar}" not found`);
      const result = await runSearch(t.db, { ...form, pagina: 1 }, where.kind === 'found' ? where.gemeente : null);
      const top = result.items.slice(0, 5).map((s) => s.key);
      const ok = c.expect.every((key) => top.includes(key));
      const k = byKind.get(c.kind) ?? { found: 0, all: 0 };
      byKind.set(c.kind, { found: k.found + (ok ? 1 : 0), all: k.all + 1 });
      if (!ok) failed.push(`${c.kind}: "${c.q}"${c.waar ? ` in ${c.waar}` : ''} -> ${top.join(', ') || '(nothing)'}; expected ${c.expect.join(', ')}`);
    }
    const share = (searchCases.length - failed.length) / searchCases.length;
    console.log(`search quality: ${(share * 100).toFixed(1)}% of ${searchCases.length} searches have their offers in the top 5 (goal 95%)`);
    console.log(`  by kind: ${[...byKind].map(([k, v]) => `${k} ${v.found}/${v.all}`).join(', ')}`);
    for (const f of failed) console.log(`  missed ${f}`);
    assert.ok(share >= 0.9, `only ${(share * 100).toFixed(1)}% found`);
  });
});
