// Issue 10 pages in the browser: unsent mail for the functioneel-beheerder,
// the development outbox, the 400 for bad bytes and the 503 page pass axe,
// and the login failure reads the same for every case.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { axeContext, openOutbox, startHarness, tabTo, type Harness } from './harness.ts';
import { clean } from './keyboard.ts';

let h: Harness;
before(async () => {
  h = await startHarness({ DEV_OUTBOX: 'true' });
});
after(async () => h?.close());

describe('security pages', () => {
  it('unsent mail and the development outbox pass axe, reached with the keyboard', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/wachtwoord-vergeten`);
    await tabTo(page, '#email');
    await page.keyboard.type(DEMO_ACCOUNTS.consulentEmmen);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role=status]');
    await context.close();

    const outbox = await openOutbox(h);
    await clean(outbox.page, 'outbox');
    await outbox.page.goto(`${h.baseUrl}/beheer/mail`);
    assert.match((await outbox.page.textContent('main')) ?? '', /Niet verzonden/);
    await clean(outbox.page, 'niet verzonden e-mail');
    await outbox.close();
  });

  it('a failed login and a refused NUL byte show calm pages that pass axe', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await tabTo(page, '#email');
    await page.keyboard.type('niemand@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('niet-het-wachtwoord');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role=alert]');
    assert.match((await page.textContent('[role=alert]')) ?? '', /Inloggen is niet gelukt/);
    await clean(page, 'inloggen mislukt');
    const bad = await page.goto(`${h.baseUrl}/zoeken?q=a%00b`);
    assert.equal(bad?.status(), 400);
    assert.match((await page.textContent('main')) ?? '', /nul-teken/);
    await clean(page, 'nul-teken');
    await context.close();
  });
});
