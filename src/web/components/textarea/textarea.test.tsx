import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Textarea } from './textarea.tsx';

it('textarea: renders the value escaped inside the element, with its error', () => {
  const html = renderToString(<Textarea name="n" label="Notitie" value="<b>" error="Te lang." rows={3} />);
  assert.match(html, /<textarea class="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--invalid" id="n" name="n" rows="3" aria-describedby="n-fout" aria-invalid="true">&lt;b><\/textarea>/);
});
