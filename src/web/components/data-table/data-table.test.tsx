import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { DataTable } from './data-table.tsx';

const href = (key: string, dir: string) => `/lijst?sorteer=${key}&richting=${dir}`;

it('data table: plain headers without sort, as before', () => {
  const html = renderToString(<DataTable caption="C" columns={['A', 'B']}><tr><td>1</td><td>2</td></tr></DataTable>);
  assert.match(html, /<caption class="visually-hidden">C<\/caption>/);
  assert.match(html, /<th scope="col" class="utrecht-table__header-cell">A<\/th>/);
});

it('data table: sort links flip the direction of the current column and mark it with aria-sort', () => {
  const html = renderToString(<DataTable caption="C" columns={[{ label: 'Naam', key: 'naam' }, { label: 'Datum', key: 'datum' }, 'Vast']} sort={{ key: 'naam', dir: 'asc', href }}>{null}</DataTable>);
  assert.match(html, /aria-sort="ascending"><a class="sort-link" href="\/lijst\?sorteer=naam&amp;richting=desc">/);
  assert.match(html, /href="\/lijst\?sorteer=datum&amp;richting=asc"/);
  assert.match(html, />Vast<\/th>/);
  assert.equal((html.match(/aria-sort/g) ?? []).length, 1);
});

it('data table: shows the empty state instead of an empty table', () => {
  const html = renderToString(<DataTable caption="C" columns={['A']} isEmpty empty={<p>Niemand</p>}>{null}</DataTable>);
  assert.equal(html, '<div class="empty-state"><p>Niemand</p></div>');
});
