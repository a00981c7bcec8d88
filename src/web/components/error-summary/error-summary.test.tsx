import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { ErrorSummary } from './error-summary.tsx';

it('error summary: links each message to its field, nothing without errors', () => {
  const html = renderToString(<ErrorSummary errors={[{ field: 'naam', message: 'Vul je naam in.' }]} />);
  assert.match(html, /role="alert"/);
  assert.match(html, /<a href="#naam">Vul je naam in\.<\/a>/);
  assert.equal(renderToString(<ErrorSummary errors={[]} />), '');
});
