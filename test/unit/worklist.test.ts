import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLate, likeText, paginate, parseWorklistQuery, sortRows, worklistHref, type WorklistRow } from '../../src/domain/worklist.ts';

const kinds = ['geen-contact', 'geen-doel'];
const row = (name: string, extra: Partial<WorklistRow> = {}): WorklistRow => ({
  id: name, givenName: name, familyName: 'X', caseload: 'actief', contactPersonName: null, lastContact: null, nextAction: null, nextActionLabel: null, signals: [], ...extra,
});

describe('worklist query', () => {
  it('reads known values and falls back to defaults for anything else', () => {
    const q = parseWorklistQuery({ weergave: 'team', status: 'passief', consulent: '0B5E3D6A-1111-4222-8333-944445555666', signaal: 'geen-doel', zoek: '  Noor ', sorteer: 'naam', richting: 'desc', pagina: '3' }, kinds);
    assert.deepEqual(q, { view: 'team', status: 'passief', consulent: '0b5e3d6a-1111-4222-8333-944445555666', signal: 'geen-doel', search: 'Noor', sort: 'naam', dir: 'desc', page: 3 });
    const bad = parseWorklistQuery({ weergave: 'alles', consulent: "1' or 1=1", signaal: 'x', sorteer: 'bsn', pagina: '-1' }, kinds);
    assert.deepEqual(bad, { view: 'mijn', status: 'alle', consulent: '', signal: '', search: '', sort: 'actie', dir: 'asc', page: 1 });
  });

  it('keeps the old lijst= links working', () => {
    assert.equal(parseWorklistQuery({ lijst: 'passief' }, kinds).status, 'passief');
  });

  it('builds links with only the non-default values, so sort and filters survive paging', () => {
    const q = parseWorklistQuery({ weergave: 'team', signaal: 'geen-doel' }, kinds);
    assert.equal(worklistHref(q), '/caseload?weergave=team&signaal=geen-doel');
    assert.equal(worklistHref(q, { sort: 'naam', dir: 'desc', page: 2 }), '/caseload?weergave=team&signaal=geen-doel&sorteer=naam&richting=desc&pagina=2');
    assert.equal(worklistHref(parseWorklistQuery({}, kinds)), '/caseload');
  });

  it('escapes LIKE wildcards in the search text', () => {
    assert.equal(likeText('50%_a\\b'), '50\\%\\_a\\\\b');
    assert.equal(likeText(''), null);
  });
});

describe('worklist rows', () => {
  const rows = [row('b', { nextAction: '2026-03-02' }), row('a'), row('c', { nextAction: '2026-01-01', signals: ['geen-doel', 'geen-contact'] })];

  it('sorts on the next action with empty values last in both directions', () => {
    assert.deepEqual(sortRows(rows, 'actie', 'asc').map((r) => r.id), ['c', 'b', 'a']);
    assert.deepEqual(sortRows(rows, 'actie', 'desc').map((r) => r.id), ['b', 'c', 'a']);
    assert.deepEqual(sortRows(rows, 'signalen', 'desc').map((r) => r.id), ['c', 'a', 'b']);
    assert.deepEqual(sortRows(rows, 'naam', 'asc').map((r) => r.id), ['a', 'b', 'c']);
  });

  it('sorts names the Dutch way: the surname without its prefix, then the given name', () => {
    const people = [
      row('1', { givenName: 'Anna', familyName: 'van der Meer' }),
      row('2', { givenName: 'Bas', familyName: 'Bakker' }),
      row('3', { givenName: 'Cor', familyName: 'de Boer' }),
      row('4', { givenName: 'Dirk', familyName: 'Meer' }),
      row('5', { givenName: 'Els', familyName: 'Vos' }),
    ];
    assert.deepEqual(sortRows(people, 'naam', 'asc').map((r) => r.familyName), ['Bakker', 'de Boer', 'van der Meer', 'Meer', 'Vos']);
    // Ties on another column are broken the same way.
    assert.deepEqual(sortRows(people, 'status', 'asc').map((r) => r.familyName), ['Bakker', 'de Boer', 'van der Meer', 'Meer', 'Vos']);
  });

  it('marks an action before today as late, not one today', () => {
    assert.equal(isLate({ nextAction: '2026-06-14' }, '2026-06-15'), true);
    assert.equal(isLate({ nextAction: '2026-06-15' }, '2026-06-15'), false);
    assert.equal(isLate({ nextAction: null }, '2026-06-15'), false);
  });

  it('pages by 25 and keeps the page within range', () => {
    const many = Array.from({ length: 60 }, (_, i) => i);
    assert.deepEqual(paginate(many, 3), { rows: [50, 51, 52, 53, 54, 55, 56, 57, 58, 59], page: 3, pages: 3 });
    assert.equal(paginate(many, 9).page, 3);
    assert.deepEqual(paginate([], 1), { rows: [], page: 1, pages: 1 });
  });
});
