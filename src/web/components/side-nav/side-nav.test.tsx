import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { SideNav } from './side-nav.tsx';

it('side nav: marks only the longest matching item as current', () => {
  const html = renderToString(<SideNav label="Werk" path="/doorverwijzingen/rapport" items={[{ href: '/doorverwijzingen', label: 'Doorverwijzingen' }, { href: '/doorverwijzingen/rapport', label: 'Rapport', count: 0 }]} />);
  assert.equal((html.match(/aria-current="page"/g) ?? []).length, 1);
  assert.match(html, /href="\/doorverwijzingen\/rapport" aria-current="page">Rapport<\/a>/);
});
