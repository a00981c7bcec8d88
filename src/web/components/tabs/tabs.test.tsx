import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Tabs } from './tabs.tsx';

it('tabs: links, the current one with aria-current, counts as badges', () => {
  const html = renderToString(<Tabs label="L" items={[{ href: '/a', label: 'A', current: true }, { href: '/b', label: 'B', count: 3 }]} />);
  assert.match(html, /<nav class="tabs" aria-label="L">/);
  assert.match(html, /<a class="tab" href="\/a" aria-current="page">A<\/a>/);
  assert.match(html, /href="\/b">B <span class="utrecht-badge-counter badge"/);
});
