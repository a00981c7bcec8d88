// The public theme per gemeente: pages about one gemeente use the theme that
// gemeente chose (gemeente.public_theme), the functioneel-beheerder changes it
// on the settings screen, and a change made by another instance is seen
// within THEME_MAX_AGE_MS.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { ensureThemesFresh, loadOrganizationThemes, THEME_MAX_AGE_MS, themeForGemeente } from '../../src/web/themes/themes.ts';
import { loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
const HOOGEVEEN = 'GM0118';
const EMMEN = 'GM0114';

function themeOf(html: string): string | undefined {
  return /inbeeld-theme--([a-z0-9-]+)/.exec(html)?.[1];
}

before(async () => {
  t = await testApp();
  await loadOrganizationThemes(t.db);
});
after(async () => t?.close());

describe('public pages about one gemeente', () => {
  it('search in Hoogeveen uses the demo theme, search in Emmen and without a gemeente the default', async () => {
    const hoogeveen = await t.app.inject({ url: `/zoeken?gemeente=${HOOGEVEEN}` });
    assert.equal(hoogeveen.statusCode, 200);
    assert.equal(themeOf(hoogeveen.body), 'drenthe-demo');
    assert.equal(themeOf((await t.app.inject({ url: `/zoeken?gemeente=${EMMEN}` })).body), 'standaard');
    assert.equal(themeOf((await t.app.inject({ url: '/zoeken' })).body), 'standaard');
    assert.equal(themeOf((await t.app.inject({ url: '/' })).body), 'standaard');
  });

  it("Hoogeveen's organisation page and its own offer use the demo theme; Emmen's do not", async () => {
    assert.equal(themeOf((await t.app.inject({ url: '/organisaties/demo-gemeente-hoogeveen' })).body), 'drenthe-demo');
    assert.equal(themeOf((await t.app.inject({ url: '/aanbod/demo-hoogeveen-inloopspreekuur-werk' })).body), 'drenthe-demo');
    assert.equal(themeOf((await t.app.inject({ url: '/organisaties/demo-gemeente-emmen' })).body), 'standaard');
  });
});

describe('the functioneel-beheerder chooses the public theme', () => {
  it('shows the choice, saves it, and the Emmen pages follow at once on this instance', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beheerder);
    const page = await t.app.inject({ url: `/instellingen/signalen?gemeente=${EMMEN}`, headers: { cookie } });
    assert.match(page.body, /Thema van de publieke site/);
    const saved = await postForm(t.app, `/instellingen/thema?gemeente=${EMMEN}`, cookie, { thema: 'drenthe-demo' }, `/instellingen/signalen?gemeente=${EMMEN}`);
    assert.equal(saved.statusCode, 303);
    assert.equal(themeOf((await t.app.inject({ url: `/zoeken?gemeente=${EMMEN}` })).body), 'drenthe-demo');
    const back = await postForm(t.app, `/instellingen/thema?gemeente=${EMMEN}`, cookie, { thema: 'standaard' }, `/instellingen/signalen?gemeente=${EMMEN}`);
    assert.equal(back.statusCode, 303);
    const [row] = await t.db.query<{ theme: string | null }>('select public_theme as theme from gemeente where code = $1', [EMMEN]);
    assert.equal(row?.theme, null, 'the default is stored as no choice');
    assert.equal(themeOf((await t.app.inject({ url: `/zoeken?gemeente=${EMMEN}` })).body), 'standaard');
  });

  it('refuses an unknown theme with a Dutch message and changes nothing', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beheerder);
    const res = await postForm(t.app, `/instellingen/thema?gemeente=${HOOGEVEEN}`, cookie, { thema: 'bestaat-niet' }, '/instellingen/signalen');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Dit thema bestaat niet/);
    const [row] = await t.db.query<{ theme: string | null }>('select public_theme as theme from gemeente where code = $1', [HOOGEVEEN]);
    assert.equal(row?.theme, 'drenthe-demo');
  });

  it('a teamleider does not get the choice and may not post it', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen);
    const page = await t.app.inject({ url: '/instellingen/signalen', headers: { cookie } });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /Thema van de publieke site/);
    const res = await postForm(t.app, `/instellingen/thema?gemeente=${EMMEN}`, cookie, { thema: 'drenthe-demo' }, '/instellingen/signalen');
    assert.equal(res.statusCode, 403);
  });
});

describe('several instances', () => {
  it('a change written by another instance is seen once the themes are older than the maximum age, not before', async () => {
    const t0 = Date.now();
    await loadOrganizationThemes(t.db, t0);
    assert.equal(themeForGemeente(EMMEN).key, 'standaard');
    // Another instance saves a choice: only the database changes.
    await t.db.query(`update gemeente set public_theme = 'drenthe-demo' where code = $1`, [EMMEN]);
    try {
      await ensureThemesFresh(t.db, t0 + THEME_MAX_AGE_MS / 3);
      assert.equal(themeForGemeente(EMMEN).key, 'standaard', 'fresh maps are not reloaded');
      await ensureThemesFresh(t.db, t0 + THEME_MAX_AGE_MS + 1);
      assert.equal(themeForGemeente(EMMEN).key, 'drenthe-demo');
    } finally {
      await t.db.query('update gemeente set public_theme = null where code = $1', [EMMEN]);
      await loadOrganizationThemes(t.db);
    }
  });

  it('requests reload stale themes before rendering', async () => {
    await loadOrganizationThemes(t.db, Date.now() - THEME_MAX_AGE_MS - 1);
    await t.db.query(`update gemeente set public_theme = 'drenthe-demo' where code = $1`, [EMMEN]);
    // A page kept in the page cache shows the change when its entry ends (page-cache.test.ts); here, as after that time:
    t.app.pageCache.clear();
    try {
      assert.equal(themeOf((await t.app.inject({ url: `/zoeken?gemeente=${EMMEN}` })).body), 'drenthe-demo');
    } finally {
      await t.db.query('update gemeente set public_theme = null where code = $1', [EMMEN]);
      await loadOrganizationThemes(t.db);
    }
  });
});
