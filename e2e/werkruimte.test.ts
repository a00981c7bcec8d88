// The workspace: component gallery (both themes), Vandaag, caseload and
// dossier with the keyboard, axe, 320 px reflow, and screenshots for the docs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createDraft } from '../src/db/rechtencheck.ts';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { draftFromFacts } from '../src/features/rechtencheck/questionnaire.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { axeContext, startHarness, tabTo, type Harness } from './harness.ts';
import { clean, keys, noHorizontalScroll, submit } from './keyboard.ts';

let h: Harness;
const previousDev = process.env.DEV_OUTBOX;

before(async () => {
  process.env.DEV_OUTBOX = 'true';
  h = await startHarness();
});

after(async () => {
  if (previousDev === undefined) delete process.env.DEV_OUTBOX;
  else process.env.DEV_OUTBOX = previousDev;
  await h?.close();
});

async function login(page: Page, email: string) {
  await page.goto(`${h.baseUrl}/inloggen`);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}

describe('component gallery', () => {
  it('renders every example with zero axe violations in both themes, and reflows at 320 px', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await login(page, DEMO_ACCOUNTS.beheerder);
    for (const theme of ['standaard', 'drenthe-demo']) {
      const response = await page.goto(`${h.baseUrl}/ontwikkeling/componenten?thema=${theme}`);
      assert.equal(response?.status(), 200);
      assert.ok(await page.$(`html.inbeeld-theme--${theme}`), theme);
      await clean(page, `gallery ${theme}`);
      await noHorizontalScroll(page, `gallery ${theme}`);
    }
    await context.close();
  });

  it('is not there for other roles, nor without the development switch', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await login(page, DEMO_ACCOUNTS.consulentEmmen);
    assert.equal((await page.goto(`${h.baseUrl}/ontwikkeling/componenten`))?.status(), 403);
    await context.close();
    process.env.DEV_OUTBOX = 'false';
    const c2 = await axeContext(h.browser);
    const p2 = await c2.newPage();
    await login(p2, DEMO_ACCOUNTS.beheerder);
    assert.equal((await p2.goto(`${h.baseUrl}/ontwikkeling/componenten`))?.status(), 404);
    await c2.close();
    process.env.DEV_OUTBOX = 'true';
  });
});

describe('workspace pages', () => {
  it('Vandaag, the caseload and a dossier: keyboard, axe, 320 px reflow, and screenshots for the docs', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, DEMO_ACCOUNTS.consulentEmmen);
    await page.waitForURL(/\/vandaag$/);
    await clean(page, 'vandaag');
    await noHorizontalScroll(page, 'vandaag');
    await page.screenshot({ path: 'docs/screenshot-vandaag.png' });
    // To the caseload with the keyboard, through the side menu.
    await tabTo(page, 'nav[aria-label=Werkruimte] a[href="/caseload"]');
    await Promise.all([page.waitForURL(/\/caseload$/), page.keyboard.press('Enter')]);
    await clean(page, 'caseload');
    await noHorizontalScroll(page, 'caseload');
    await page.screenshot({ path: 'docs/screenshot-caseload.png' });
    // Sort on name with the keyboard: a plain link in the column header.
    await tabTo(page, 'th a.sort-link[href*="sorteer=naam"]');
    await Promise.all([page.waitForURL(/sorteer=naam/), page.keyboard.press('Enter')]);
    assert.equal(await page.getAttribute('th[aria-sort]', 'aria-sort'), 'ascending');
    await clean(page, 'caseload op naam');
    // The first person's dossier.
    await tabTo(page, 'td a[href^="/personen/"]', 400);
    await Promise.all([page.waitForURL(/\/personen\/[0-9a-f-]+$/), page.keyboard.press('Enter')]);
    await clean(page, 'dossier');
    await page.screenshot({ path: 'docs/screenshot-dossier.png' });
    await context.close();
  });

  it('the second theme passes axe on the workspace pages (Hoogeveen)', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await login(page, DEMO_ACCOUNTS.consulentHoogeveen);
    assert.ok(await page.$('html.inbeeld-theme--drenthe-demo'));
    await clean(page, 'vandaag, tweede thema');
    await page.goto(`${h.baseUrl}/caseload?weergave=team&sorteer=signalen&richting=desc`);
    await clean(page, 'caseload, tweede thema');
    await noHorizontalScroll(page, 'caseload, tweede thema');
    await context.close();
  });

  it('the teamleider sees the team and the signal settings pass axe', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await login(page, DEMO_ACCOUNTS.teamleiderEmmen);
    await clean(page, 'vandaag teamleider');
    await page.goto(`${h.baseUrl}/instellingen/signalen`);
    await clean(page, 'instellingen');
    await noHorizontalScroll(page, 'instellingen');
    await context.close();
  });
});

describe('public pages in the theme of their gemeente', () => {
  /** The same public pages for Hoogeveen (second demo theme) and Emmen (default theme). */
  async function pagesFor(gemeente: string, org: string): Promise<string[]> {
    const concept = await createDraft(h.t.db, draftFromFacts({ gemeente, age: 30, benefit: 'geen', jobStatus: 'werk' }));
    return [
      `/zoeken?gemeente=${gemeente}`,
      `/organisaties/${org}`,
      `/rechtencheck/vraag?concept=${concept}&vraag=baan`,
      `/rechtencheck/uitslag?concept=${concept}`,
      `/rechtencheck/contact?concept=${concept}`,
    ];
  }

  for (const [gemeente, org, theme] of [
    ['GM0118', 'demo-gemeente-hoogeveen', 'drenthe-demo'],
    ['GM0114', 'demo-gemeente-emmen', 'standaard'],
  ] as const) {
    it(`${org}: every page in the ${theme} theme with zero axe violations (contrast included) and 320 px reflow`, async () => {
      const context = await axeContext(h.browser);
      const page = await context.newPage();
      for (const path of await pagesFor(gemeente, org)) {
        const response = await page.goto(h.baseUrl + path);
        assert.equal(response?.status(), 200, path);
        assert.ok(await page.$(`html.inbeeld-theme--${theme}`), `${path} in ${theme}`);
        await clean(page, `${path} (${theme})`);
      }
      await context.close();
    });
  }

  it('the functioneel-beheerder chooses a public theme with the keyboard only', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await login(page, DEMO_ACCOUNTS.beheerder);
    await page.goto(`${h.baseUrl}/instellingen/signalen?gemeente=GM0109`);
    await clean(page, 'instellingen, thema');
    await keys(page, '#thema', 'Demothema');
    await submit(page, '#thema-kop ~ form button[type="submit"]');
    assert.equal(await page.$eval('#thema', (el) => (el as HTMLSelectElement).value), 'drenthe-demo');
    await page.goto(`${h.baseUrl}/organisaties/demo-gemeente-coevorden`);
    assert.ok(await page.$('html.inbeeld-theme--drenthe-demo'), 'Coevorden now in the demo theme');
    await clean(page, 'Coevorden, tweede thema');
    await context.close();
  });
});
