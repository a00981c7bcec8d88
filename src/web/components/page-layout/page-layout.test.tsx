import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Layout } from './page-layout.tsx';
import { isWorkspacePath, workspaceMenu } from './workspace-menu.ts';

const consulent = { name: 'C', role: 'consulent', organizationId: null, organizationName: 'Gemeente Emmen' };

it('layout: a logged-in professional gets the workspace on workspace paths, with the side menu', () => {
  const html = renderToString(<Layout title="Caseload" path="/caseload" user={consulent} csrfToken="t"><p>x</p></Layout>);
  assert.match(html, /<nav class="utrecht-sidenav side-nav" aria-label="Werkruimte">/);
  assert.match(html, /href="\/caseload" aria-current="page">Caseload</);
  assert.doesNotMatch(html, /aria-label="Hoofdmenu"/);
  assert.match(html, /Gemeente Emmen/);
});

it('layout: public pages keep the public menu, with one link to the workspace', () => {
  const html = renderToString(<Layout title="Zoeken" path="/zoeken" user={consulent}><p>x</p></Layout>);
  assert.match(html, /aria-label="Hoofdmenu"/);
  assert.match(html, /<a href="\/vandaag">Mijn werkruimte<\/a>/);
  assert.doesNotMatch(html, /side-nav/);
});

it('workspace menu: per role; beleidsmedewerker gets the monitor first', () => {
  assert.equal(workspaceMenu('beleidsmedewerker')[0]!.href, '/monitor');
  assert.ok(workspaceMenu('teamleider').some((i) => i.href === '/instellingen/signalen'));
  assert.ok(!workspaceMenu('consulent').some((i) => i.href === '/instellingen/signalen'));
  assert.equal(isWorkspacePath('/personen/123'), true);
  assert.equal(isWorkspacePath('/persoonlijk'), false);
});
