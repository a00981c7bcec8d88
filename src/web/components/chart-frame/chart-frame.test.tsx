import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { BarChart, ChartFrame } from './chart-frame.tsx';

it('chart frame: the chart is hidden from screen readers and the numbers are in a table', () => {
  const html = renderToString(<ChartFrame title="T" chart={<BarChart rows={[{ label: 'a', value: 2 }, { label: 'b', value: 1 }]} />} columns={['L', 'N']} rows={[['a', 2], ['b', 1000]]} />);
  assert.match(html, /<div class="chart" aria-hidden="true">/);
  assert.match(html, /<rect[^>]*width="100%"/);
  assert.match(html, /<rect[^>]*width="50%"/);
  assert.match(html, /<th scope="row">b<\/th><td>1.000<\/td>/);
});
