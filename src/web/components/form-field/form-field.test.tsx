import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Csrf, FormField } from './form-field.tsx';

it('form field: label for the id, hint and error with derived ids, invalid class', () => {
  const html = renderToString(<FormField id="f" label="L" hint="H" error="E"><input id="f" /></FormField>);
  assert.match(html, /^<div class="utrecht-form-field form-field utrecht-form-field--invalid"><label class="utrecht-form-label" for="f">L<\/label>/);
  assert.match(html, /id="f-hint">H</);
  assert.match(html, /id="f-fout"><strong>Let op:<\/strong> E</);
});

it('csrf: a hidden field named _csrf', () => {
  assert.equal(renderToString(<Csrf token="abc" />), '<input type="hidden" name="_csrf" value="abc"/>');
});
