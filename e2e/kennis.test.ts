// Kennis in Chromium: the werkkaart and persona pages pass axe, the werkkaart
// search works with the keyboard alone, reflection answers can be saved with
// the keyboard, and a persona's Rechtencheck link opens the filled-in result.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { axe, axeContext, describeViolations, startHarness, tabTo, type Harness } from './harness.ts';
import { cleanPages } from './keyboard.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

describe('Kennis pages', () => {
  it('the werkkaart, a section, the persona’s and a persona have zero axe violations, in Dutch and English', async () => {
    const pages = [
      '/kennis',
      '/kennis/werkkaart',
      '/kennis/werkkaart?q=vrijblijvendheid',
      `/kennis/werkkaart?q=${'a'.repeat(201)}`,
      '/kennis/werkkaart/ondersteuning-bieden',
      '/kennis/werkkaart/wetten-en-instrumenten?taal=en',
      '/kennis/werkkaart/bestaat-niet',
      '/kennis/personas',
      '/kennis/personas/hannah',
      '/kennis/personas/marco?taal=en',
    ];
    await cleanPages(h.browser, h.baseUrl, pages);
  });

  it('the print button appears with JavaScript, and printing hides the menu and the back link', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/kennis/personas/naila`);
    assert.ok(await page.isVisible('button[data-print]'));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('nav[aria-label=Hoofdmenu]'), false);
    assert.equal(await page.isVisible('text=Terug naar alle persona’s'), false);
    assert.ok(await page.isVisible('h1:has-text("Naila, 49 jaar")'));
    assert.ok(await page.isVisible('text=In gesprek over Naila'));
    await context.close();
  });

  it('searching the werkkaart works with the keyboard alone and without JavaScript', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/kennis/werkkaart`);
    await tabTo(page, '#q');
    await page.keyboard.type('doorverwijzen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kennis\/werkkaart\?q=doorverwijzen/);
    assert.match((await page.textContent('[role=status]')) ?? '', /\d+ resulta(at|ten) voor "doorverwijzen"/);
    await tabTo(page, '.results a');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    assert.equal(target, '/kennis/werkkaart/ondersteuning-bieden#doorverwijzen-en-samenwerken');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/kennis/werkkaart/ondersteuning-bieden');
    assert.ok(await page.isVisible('#doorverwijzen-en-samenwerken-kop'));
    await context.close();
  });

  it('a persona’s Rechtencheck link opens the result for that persona', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/kennis/personas/milan`);
    await tabTo(page, 'a[href^="/rechtencheck/uitslag"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rechtencheck\/uitslag\?persona=milan$/);
    assert.match((await page.textContent('h1')) ?? '', /Milan/);
    assert.match(await page.content(), /Milan/);
    await context.close();
  });

  it('a consulent answers a reflection question with the keyboard, and the answers page passes axe', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen?terug=/kennis/werkkaart/beperking`);
    await tabTo(page, '#email');
    await page.keyboard.type(DEMO_ACCOUNTS.consulentEmmen);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/kennis/werkkaart/beperking');
    let violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await tabTo(page, 'textarea');
    await page.keyboard.type('Ik wil meer leren over NAH.');
    // Set past the browser's maxlength, so the server's check shows.
    await page.locator('textarea').nth(1).evaluate((el) => {
      (el as HTMLTextAreaElement).value = 'x'.repeat(4001);
    });
    await tabTo(page, '#reflectie form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role=alert]');
    assert.match((await page.textContent('[role=alert]')) ?? '', /Antwoord op vraag 2: dit is te lang/);
    violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.locator('textarea').nth(1).fill('');
    await tabTo(page, '#reflectie form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/melding=opgeslagen/);
    assert.match((await page.textContent('[role=status]')) ?? '', /opgeslagen/);
    assert.equal(await page.inputValue('textarea >> nth=0'), 'Ik wil meer leren over NAH.');
    violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await context.close();
  });
});
