import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Checkbox, ChoiceGroup } from './choice-group.tsx';

it('choice group: a fieldset with legend, one labelled input per option, checked ones marked', () => {
  const html = renderToString(<ChoiceGroup kind="radio" name="k" legend="Keuze" options={[{ code: 'a', name: 'A' }, { code: 'b', name: 'B' }]} checked={['b']} errors={[{ field: 'k', message: 'Kies er een.' }]} />);
  assert.match(html, /<fieldset[^>]*id="k" aria-describedby="k-fout">/);
  assert.match(html, /<legend[^>]*>Keuze<\/legend>/);
  assert.match(html, /id="k-a" name="k" value="a"\/?><label[^>]*for="k-a">A<\/label>/);
  assert.match(html, /id="k-b" name="k" value="b" checked/);
  assert.equal((html.match(/type="radio"/g) ?? []).length, 2);
});

it('checkbox: sends "ja" by default', () => {
  const html = renderToString(<Checkbox name="ok" label="Akkoord" checked />);
  assert.match(html, /type="checkbox"[^>]*name="ok" value="ja" checked/);
});
