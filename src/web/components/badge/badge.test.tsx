import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Badge } from './badge.tsx';

it('badge: the count, and its meaning for screen readers', () => {
  assert.equal(renderToString(<Badge count={3} label="nieuw" />), '<span class="utrecht-badge-counter badge">3<span class="visually-hidden"> nieuw</span></span>');
});
