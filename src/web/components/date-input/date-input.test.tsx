import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { DateInput } from './date-input.tsx';

it('date input: a date field with a format hint', () => {
  const html = renderToString(<DateInput name="d" label="Datum" value="2026-01-02" />);
  assert.match(html, /type="date" value="2026-01-02"/);
  assert.match(html, /id="d-hint">Bijvoorbeeld 2026-03-31\./);
});
