import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { TextInput } from './text-input.tsx';

it('text input: links label, hint and error to the field', () => {
  const html = renderToString(<TextInput name="naam" label="Naam" hint="Voluit" errors={[{ field: 'naam', message: 'Vul je naam in.' }]} value="a<b" />);
  assert.match(html, /<label class="utrecht-form-label" for="naam">Naam<\/label>/);
  assert.match(html, /aria-describedby="naam-hint naam-fout"/);
  assert.match(html, /aria-invalid="true"/);
  assert.match(html, /utrecht-textbox--invalid/);
  assert.match(html, /value="a&lt;b"/);
});

it('text input: no describedby or invalid state without hint or error', () => {
  const html = renderToString(<TextInput name="x" id="y" label="X" />);
  assert.doesNotMatch(html, /aria-describedby|aria-invalid/);
  assert.match(html, /id="y" name="x"/);
});
