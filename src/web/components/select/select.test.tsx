import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Select } from './select.tsx';

it('select: marks the chosen option and offers the empty choice first', () => {
  const html = renderToString(<Select name="k" label="Kanaal" options={[{ code: 'a', name: 'A' }, { code: 'b', name: 'B' }]} value="b" empty="Kies" />);
  assert.match(html, /<option value(="")?>Kies<\/option><option value="a">A<\/option><option value="b" selected>B<\/option>/);
});
