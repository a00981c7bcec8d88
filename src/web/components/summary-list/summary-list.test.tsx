import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { SummaryList } from './summary-list.tsx';

it('summary list: one dt/dd pair per item, action in its own dd', () => {
  const html = renderToString(<SummaryList items={[{ key: 'A', value: '1' }, { key: 'B', value: '2', action: <a href="#b">Wijzig</a> }]} />);
  assert.equal((html.match(/<dt /g) ?? []).length, 2);
  assert.equal((html.match(/<dd /g) ?? []).length, 3);
  assert.match(html, /<dt class="utrecht-data-list__item-key">B<\/dt><dd[^>]*>2<\/dd><dd[^>]*><a href="#b">Wijzig<\/a><\/dd>/);
});
