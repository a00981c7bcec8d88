import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Details } from './details.tsx';

it('details: closed unless asked, summary first', () => {
  assert.match(renderToString(<Details summary="S">x</Details>), /^<details class="disclosure"><summary class="disclosure-summary">S<\/summary>/);
  assert.match(renderToString(<Details summary="S" open>x</Details>), /<details class="disclosure" open>/);
});
