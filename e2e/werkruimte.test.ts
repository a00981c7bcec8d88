// The workspace: component gallery (both themes), Vandaag, caseload and
// dossier with the keyboard, axe, 320 px reflow, and screenshots for the docs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { axeContext, startHarness, tabTo, type Harness } from './harness.ts';
import { clean, noHorizontalScroll } from './keyboard.ts';

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
