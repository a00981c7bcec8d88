import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { StatusTag } from './status-tag.tsx';

it('status tag: maps tones to NL Design System status badges', () => {
  assert.match(renderToString(<StatusTag tone="danger">Te laat</StatusTag>), /utrecht-status-badge--danger tag no">Te laat</);
  assert.match(renderToString(<StatusTag>Nieuw</StatusTag>), /utrecht-status-badge--neutral tag">Nieuw</);
});
