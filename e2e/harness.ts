// e2e harness: a real server on a free port with a seeded in-memory database,
// Debian's Chromium driven by playwright-core, and axe-core for WCAG checks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/web/server.ts';
import { seededDb, type TestDb } from '../test/helpers/db.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  baseUrl: string;
  app: FastifyInstance;
  t: TestDb;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const t = await seededDb();
  const config = { ...loadConfig({ PORT: '0', ...env }) };
  const app = await buildApp({ db: t.db, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  app.config.baseUrl = baseUrl;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    baseUrl,
    app,
    t,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await t.close();
    },
  };
}

/** A context for axe: CSP bypassed so the axe script can be injected. */
export function axeContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, locale: 'nl-NL', ...options });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations are read; axe then skips collecting the nodes of passes and incomplete results.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html })) }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`).join('\n');
}

/** Bytes transferred (compressed) for a page: the document and its CSS and JS. */
export async function transferredBytes(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const requests: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    if (['document', 'stylesheet', 'script'].includes(request.resourceType())) {
      requests.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  const sizes = await Promise.all(requests);
  await page.close();
  return sizes.reduce((a, b) => a + b, 0);
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with the Tab key`);
}

/**
 * The development outbox, opened by a functioneel-beheerder in a fresh context.
 * Needs a harness started with DEV_OUTBOX=true (the page does not exist otherwise).
 */
export async function openOutbox(h: Harness): Promise<{ page: Page; close(): Promise<void> }> {
  const { DEMO_ACCOUNTS } = await import('../src/db/seed.ts');
  const { DEMO_PASSWORD } = await import('../test/helpers/db.ts');
  const context = await axeContext(h.browser);
  const page = await context.newPage();
  await page.goto(`${h.baseUrl}/inloggen`);
  await page.fill('#email', DEMO_ACCOUNTS.beheerder);
  await page.fill('#wachtwoord', DEMO_PASSWORD);
  await Promise.all([page.waitForURL(/\/beheer/), page.click('form[action="/inloggen"] button[type=submit]')]);
  await page.goto(`${h.baseUrl}/ontwikkeling/outbox`);
  return { page, close: () => context.close() };
}

/**
 * WCAG 1.4.10 reflow: at 320 CSS px wide (what 1280 px at 400% zoom gives)
 * the page scrolls only vertically: document.scrollWidth <= innerWidth. Wide
 * data tables scroll inside their own focusable container, which the
 * criterion allows. clean() in keyboard.ts runs this on every page it checks.
 */
export async function noHorizontalScroll(page: Page, label: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !el.closest('.table-scroll, .visually-hidden'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`);
    return { by: document.documentElement.scrollWidth - window.innerWidth, wide };
  });
  if (before) await page.setViewportSize(before);
  assert.ok(overflow.by <= 0, `${label}: ${overflow.by}px horizontal scroll at 320 CSS px (${overflow.wide.join(', ')})`);
}
