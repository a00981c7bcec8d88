import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { familyNameSortKey, familyNameSortSql } from '../../src/domain/names.ts';

describe('Dutch surname order', () => {
  it('drops leading prefixes, also several and in any case', () => {
    const cases: Array<[string, string]> = [
      ['de Boer', 'boer'],
      ['van der Meer', 'meer'],
      ['Van Dijk', 'dijk'],
      ["in 't Veld", 'veld'],
      ['Ter Horst', 'horst'],
      ['op de Beeck', 'beeck'],
      ['  de  Vries ', 'vries'],
      ['Jansen', 'jansen'],
    ];
    for (const [name, key] of cases) assert.equal(familyNameSortKey(name), key, name);
  });

  it('keeps words that only start like a prefix, and a name that is only a prefix', () => {
    assert.equal(familyNameSortKey('Deelen'), 'deelen');
    assert.equal(familyNameSortKey('Vandermeer'), 'vandermeer');
    assert.equal(familyNameSortKey('Tervoort'), 'tervoort');
    assert.equal(familyNameSortKey('van'), 'van');
    assert.equal(familyNameSortKey('De'), 'de');
  });

  it("builds SQL for a column only, with the quote of 't doubled", () => {
    const sql = familyNameSortSql('p.family_name');
    assert.match(sql, /btrim\(p\.family_name\)/);
    assert.match(sql, /\|''t\|/);
  });
});
