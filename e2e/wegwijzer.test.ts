import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, axeContext, describeViolations, startHarness, tabTo, transferredBytes, type Harness } from './harness.ts';
import { cleanPages } from './keyboard.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

async function firstLink(path: string, selector: string): Promise<string> {
  const res = await h.app.inject({ url: path });
  const match = res.body.match(new RegExp(`href="(${selector}[^"]+)"`));
  assert.ok(match, `no link like ${selector} on ${path}`);
  return match[1]!;
}

describe('axe harness', () => {
  it('reports violations when a page has them (negative control)', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body><img src="x.png"><a href="/"></a></body></html>');
    const ids = (await axe(page)).map((v) => v.id).sort();
    assert.deepEqual(ids, ['document-title', 'html-has-lang', 'image-alt', 'link-name']);
    await context.close();
  });
});

describe('Wegwijzer public pages', () => {
  it('every public page has zero axe violations, with and without JavaScript, and stays under 60 KB', async () => {
    const offer = await firstLink('/zoeken?q=jobcoach', '/aanbod/');
    const org = await firstLink(offer, '/organisaties/');
    const pages = [
      '/',
      '/zoeken',
      '/zoeken?q=jobcoach&waar=Assen',
      '/zoeken?q=werk&waar=Hengelo',
      '/zoeken?q=xyzzyqwerty',
      '/zoeken?q=' + 'x'.repeat(300),
      offer,
      org,
      '/over',
      '/toegankelijkheid',
      '/privacy',
      '/inloggen',
      '/bestaat-niet',
      '/?taal=en',
      '/zoeken?q=jobcoch',
      '/zoeken?q=job+coach&taal=en',
      '/zoeken?q=ik+ben+snel+moe+en+wil+toch+graag+een+baan&waar=7811',
      `${offer}?taal=en`,
    ];
    await cleanPages(h.browser, h.baseUrl, pages);
    // Without JavaScript every page shows its heading, its content and its menu.
    const noJs = await h.browser.newContext({ javaScriptEnabled: false });
    for (const path of pages) {
      const page = await noJs.newPage();
      await page.goto(h.baseUrl + path);
      assert.ok(await page.isVisible('main h1'), `${path} without JS has no visible h1`);
      assert.ok(await page.isVisible('nav[aria-label=Hoofdmenu] a[href="/zoeken"]'), path);
      await page.close();
    }
    await noJs.close();
    const sizeContext = await h.browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip, deflate, br' } });
    let largest = 0;
    for (const path of pages) {
      const bytes = await transferredBytes(sizeContext, h.baseUrl + path);
      assert.ok(bytes <= 60 * 1024, `${path} transferred ${bytes} bytes`);
      largest = Math.max(largest, bytes);
    }
    console.log(`largest public page: ${largest} bytes transferred (HTML, CSS, JS; compressed)`);
    await sizeContext.close();
  });

  it('search works with the keyboard alone and without JavaScript', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(h.baseUrl + '/');
    await tabTo(page, '#q');
    await page.keyboard.type('jobcoach');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Assen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\?/);
    const status = await page.textContent('[role=status]');
    assert.match(status ?? '', /\d+ resultat?en? voor "jobcoach", in Assen/);
    await tabTo(page, '.results a');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    assert.ok(await page.isVisible('h1'));
    await context.close();
  });

  it('asks which place is meant when a town name exists in more gemeenten', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(h.baseUrl + '/zoeken?waar=Hengelo');
    const options = await page.locator('#kies-kop ~ ul a').allTextContents();
    assert.ok(options.length >= 2, `expected a choice, got ${options.join(' | ')}`);
    await context.close();
  });
});

describe('Wegwijzer second round (issue 13)', () => {
  it('home page at 390 px: "Zoek hulp" and "Check je rechten" are both above the fold, in that order', async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(h.baseUrl + '/');
    const search = await page.locator('#zoek-kop ~ form button[type=submit]').boundingBox();
    const check = await page.locator('a.button[href="/rechtencheck"]').boundingBox();
    assert.ok(search && check);
    const searchHeading = (await page.locator('#zoek-kop').boundingBox())!;
    const checkHeading = (await page.locator('#rechten-kop').boundingBox())!;
    assert.ok(searchHeading.y < checkHeading.y, 'Zoek hulp comes first');
    assert.ok(search.y + search.height <= 844, `search button ends at ${search.y + search.height}px`);
    assert.ok(check.y + check.height <= 844, `Rechtencheck button ends at ${check.y + check.height}px`);
    assert.ok(search.height >= 44 && check.height >= 44, 'big targets');
    // The gemeente field is on the home page too.
    assert.ok(await page.isVisible('#zoek-kop ~ form #waar'));
    console.log(`home at 390x844: search button bottom ${Math.round(search.y + search.height)} px, Rechtencheck button bottom ${Math.round(check.y + check.height)} px`);
    await context.close();
  });

  it('focus ring is at least 3 px and checkboxes are at least 24 by 24 px', async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(h.baseUrl + '/zoeken');
    const box = (await page.locator('#zonder_uitkering-ja').boundingBox())!;
    assert.ok(box.width >= 24 && box.height >= 24, `checkbox ${box.width}x${box.height}`);
    await tabTo(page, '#q');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineWidth);
    assert.ok(parseFloat(outline) >= 3, `outline ${outline}`);
    await context.close();
  });

  it('a typo search offers the suggestion and finds the offer, with the keyboard alone', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(h.baseUrl + '/');
    await tabTo(page, '#q');
    await page.keyboard.type('jobcoch');
    await page.keyboard.press('Tab');
    await page.keyboard.type('9401 AB');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\?/);
    assert.match((await page.textContent('.notice.suggestion')) ?? '', /Bedoelde je jobcoach\?/);
    assert.ok(await page.isVisible('a[href="/aanbod/jobcoaching-gemeente"]'));
    assert.match((await page.textContent('main')) ?? '', /in Assen/);
    const violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await tabTo(page, '.notice.suggestion a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=jobcoach/);
    assert.equal(await page.locator('.notice.suggestion').count(), 0);
    await context.close();
  });

  it('the English search works and keeps the language; the switch keeps the page', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(h.baseUrl + '/?taal=en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await tabTo(page, '#q');
    await page.keyboard.type('wage subsidy');
    await page.keyboard.press('Enter');
    await page.waitForURL(/taal=en/);
    assert.match((await page.textContent('[role=status]')) ?? '', /\d+ results? for "wage subsidy"/);
    assert.ok(await page.isVisible('a[href="/aanbod/loonkostensubsidie?taal=en"]'));
    let violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.click('a[href="/aanbod/loonkostensubsidie?taal=en"]');
    assert.ok(await page.isVisible('h2:has-text("How to apply")'));
    violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.click('a[hreflang=nl]');
    await page.waitForURL((url) => url.pathname === '/aanbod/loonkostensubsidie' && !url.search.includes('taal'));
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    await context.close();
  });
});

describe('Beheer', () => {
  it('a redacteur logs in, edits an offer with the keyboard, and every beheer page passes axe', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(h.baseUrl + '/inloggen');
    await tabTo(page, '#email');
    await page.keyboard.type(DEMO_ACCOUNTS.redacteur);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/beheer$/);
    let violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await tabTo(page, 'tbody a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/beheer\/aanbod\//);
    violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.fill('#name', '');
    await page.click('button[type=submit]:has-text("Opslaan")');
    assert.match((await page.textContent('[role=alert]')) ?? '', /Naam: vul dit veld in/);
    violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await page.fill('#name', 'Jobcoaching op de werkplek (bijgewerkt)');
    await page.check('#assured');
    await page.click('button[type=submit]:has-text("Opslaan")');
    await page.waitForURL(/melding=opgeslagen/);
    assert.match(await page.content(), /Jobcoaching op de werkplek \(bijgewerkt\)/);
    await page.goto(h.baseUrl + '/beheer/aanbod/nieuw');
    violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await context.close();
  });
});
