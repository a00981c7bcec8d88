import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Alert, Notice } from './alert.tsx';

it('alert: type class, optional title, live role only when asked', () => {
  const html = renderToString(<Alert type="warning" title="Let op">Tekst</Alert>);
  assert.match(html, /class="utrecht-alert utrecht-alert--warning notice warn"/);
  assert.match(html, /<h2 class="alert-title">Let op<\/h2>Tekst/);
  assert.doesNotMatch(html, /role=/);
  assert.match(renderToString(<Alert type="ok" live>x</Alert>), /role="status"/);
});

it('notice: a live alert with the text, nothing without text', () => {
  assert.match(renderToString(<Notice text="Opgeslagen." />), /role="status"><p>Opgeslagen\.<\/p><\/div>/);
  assert.equal(renderToString(<Notice text={undefined} />), '');
});
