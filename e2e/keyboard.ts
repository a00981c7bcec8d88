// Keyboard-only form helpers for the e2e tests: every field is reached with
// Tab, filled with keys, and every page is checked with axe.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { axe, axeContext, describeViolations, noHorizontalScroll, tabTo } from './harness.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';

/**
 * Fails with the list of violations when axe finds any on the page, and when
 * the page does not reflow at 320 CSS px (400% zoom): every page an e2e
 * journey checks is checked at both widths.
 */
export async function clean(page: Page, label: string): Promise<void> {
  const print = await pageFingerprint(page);
  if (checkedPages.has(print)) {
    skippedPages++;
    return;
  }
  const violations = await axe(page);
  assert.equal(violations.length, 0, `${label}:\n${describeViolations(violations)}`);
  await noHorizontalScroll(page, label);
  checkedPages.add(print);
}

// A page whose markup is identical to one already checked in this test file
// (apart from per-request tokens) gives the same axe and reflow results, so it
// is checked once: the walks revisit the same question and list pages often.
const checkedPages = new Set<string>();
let skippedPages = 0;
process.on('exit', () => {
  if (checkedPages.size) console.log(`# axe: ${checkedPages.size} distinct pages checked, ${skippedPages} identical pages not checked again`);
});

/** The page's markup and viewport, without what differs per request: hidden form values, nonces, ids and tokens. */
async function pageFingerprint(page: Page): Promise<string> {
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of root.querySelectorAll('input[type="hidden"]')) el.removeAttribute('value');
    for (const el of root.querySelectorAll('[nonce]')) el.removeAttribute('nonce');
    for (const el of root.querySelectorAll('script:not([src])')) el.remove(); // axe itself, once injected
    return root.outerHTML;
  });
  const stable = html
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '~')
    .replace(/\b(?=[A-Za-z_-]*\d)(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]{16,}\b/g, '~');
  return createHash('sha256').update(`${JSON.stringify(page.viewportSize())}\n${stable}`).digest('hex');
}

/** Opens a closed <details> with the keyboard: Tab to its summary, Enter. */
export async function openDisclosure(page: Page, detailsSelector: string, max = 250): Promise<void> {
  if (await page.$eval(detailsSelector, (el) => (el as HTMLDetailsElement).open)) return;
  await tabTo(page, `${detailsSelector} > summary`, max);
  await page.keyboard.press('Enter');
  assert.ok(await page.$eval(detailsSelector, (el) => (el as HTMLDetailsElement).open), `${detailsSelector} opened`);
}

/** Opens each path in a fresh page and fails on any axe violation, naming the path. */
export async function cleanPages(browser: Browser, baseUrl: string, paths: string[]): Promise<void> {
  const context = await axeContext(browser);
  for (const path of paths) {
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    await clean(page, path);
    await page.close();
  }
  await context.close();
}

/** Moves focus to a field with Tab and fills it with keys only. */
export async function keys(page: Page, selector: string, value: string, max = 250): Promise<void> {
  await tabTo(page, selector, max);
  const tag = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
  const type = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
  if (tag === 'select') {
    await page.keyboard.type(value);
  } else if (type === 'date') {
    // The date field's segment order follows the machine's locale, not the
    // page's; the field is reached with Tab and its value set as a whole.
    await page.fill(selector, value);
  } else {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
}

/** Checks a radio button or checkbox with the keyboard: Tab into the group, arrows within it. */
export async function choose(page: Page, selector: string, max = 250): Promise<void> {
  const { type, name } = await page.$eval(selector, (el) => ({ type: (el as HTMLInputElement).type, name: (el as HTMLInputElement).name }));
  if (type === 'radio') {
    await tabTo(page, `input[name="${name}"]`, max);
    for (let i = 0; i < 12 && !(await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)); i++) {
      await page.keyboard.press('ArrowDown');
    }
  } else {
    await tabTo(page, selector, max);
  }
  if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked))) await page.keyboard.press('Space');
  assert.ok(await page.$eval(selector, (el) => (el as HTMLInputElement).checked), `${selector} is checked`);
}

/** Presses Enter on a submit button, waits for the next page, and fails on an error summary there. */
export async function submit(page: Page, selector: string, max = 250): Promise<void> {
  await tabTo(page, selector, max);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  const alert = await page.$('.notice.error');
  assert.equal(alert ? await alert.textContent() : null, null, `after ${selector}`);
}

export { noHorizontalScroll };

/** Logs in on the login page with the keyboard alone (Tab to each field, type, Enter) and waits for the next page. */
export async function loginWithKeys(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await keys(page, '#email', email);
  await keys(page, '#wachtwoord', password);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}

/** A fresh browser context with axe, logged in as this account. */
export async function loggedInPage(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await (await axeContext(browser)).newPage();
  await loginWithKeys(page, baseUrl, email);
  return page;
}
