import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import Provider from 'oidc-provider';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { axeContext, openOutbox, startHarness, tabTo, type Harness } from './harness.ts';
import { clean } from './keyboard.ts';

let h: Harness;
let oidcServer: Server;

before(async () => {
  // The default session length: the short-session test has a server of its own (session-timeout.test.ts),
  // so a slow page here never meets the session warning.
  h = await startHarness({ DEV_OUTBOX: 'true' });
  // A real OpenID Connect provider on this machine, with its development login screens.
  oidcServer = createServer();
  await new Promise<void>((resolve) => oidcServer.listen(0, '127.0.0.1', resolve));
  const address = oidcServer.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'inbeeld', client_secret: 'geheim-voor-de-test', redirect_uris: [`${h.baseUrl}/inloggen/oidc/terug`], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub === 'sanne' ? DEMO_ACCOUNTS.consulentEmmen : `${sub}@example.org`, email_verified: true }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['sleutel-voor-de-test'] },
    features: { devInteractions: { enabled: true } },
  });
  oidcServer.on('request', provider.callback());
  h.app.config.oidc = { issuer, clientId: 'inbeeld', clientSecret: 'geheim-voor-de-test' };
});

after(async () => {
  oidcServer?.close();
  await h?.close();
});

async function keyboardLogin(page: Page, email: string, password: string) {
  await page.goto(`${h.baseUrl}/inloggen`);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

describe('login and logout', () => {
  it('a consulent logs in and out with the keyboard; person pages pass axe', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await keyboardLogin(page, DEMO_ACCOUNTS.consulentEmmen, DEMO_PASSWORD);
    await page.waitForURL(/\/vandaag/);
    await clean(page, 'vandaag');
    await tabTo(page, 'nav[aria-label=Werkruimte] a[href="/personen"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/personen$/);
    await clean(page, 'personen');
    // The next page with the keyboard, then a search on a name that the demo has.
    await tabTo(page, 'a[rel=next]', 120); // past the 50 names of the page
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/personen\?pagina=2$/);
    assert.match((await page.textContent('p[role=status]')) ?? '', /personen, pagina 2 van \d+/);
    await clean(page, 'personen pagina 2');
    await tabTo(page, '#zoek');
    await page.keyboard.type('Jansen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/personen\?zoek=Jansen$/);
    assert.match((await page.textContent('p[role=status]')) ?? '', /gevonden met "Jansen"/);
    await clean(page, 'personen gezocht');
    await tabTo(page, 'tbody a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/personen\/[0-9a-f-]{36}$/);
    await clean(page, 'persoon');
    await page.goto(`${page.url()}/inzage`);
    await clean(page, 'inzage');
    await page.goto(`${h.baseUrl}/personen/nieuw`);
    await page.click('button:has-text("Opslaan")');
    assert.match((await page.textContent('[role=alert]')) ?? '', /Voornaam: vul dit veld in/);
    await clean(page, 'nieuwe persoon met fouten');
    await tabTo(page, 'form[action="/uitloggen"] button');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${h.baseUrl}/`);
    assert.ok(await page.isVisible('a[href="/inloggen"]'));
    await context.close();
  });

  it('a wrong password says so without revealing the account; the page passes axe', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await keyboardLogin(page, DEMO_ACCOUNTS.consulentEmmen, 'fout wachtwoord');
    assert.match((await page.textContent('[role=alert]')) ?? '', /Inloggen is niet gelukt/);
    await clean(page, 'inloggen met fout');
    await context.close();
  });
});

describe('password reset', () => {
  it('works through the link in the outbox', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await page.click('a[href="/wachtwoord-vergeten"]');
    await clean(page, 'wachtwoord vergeten');
    await page.fill('#email', DEMO_ACCOUNTS.consulentHoogeveen);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role=status]');
    // The outbox exists only with DEV_OUTBOX=true, and only for a functioneel-beheerder.
    const outbox = await openOutbox(h);
    await clean(outbox.page, 'outbox');
    const link = (await outbox.page.textContent('.mail-body'))!.match(/http\S+wachtwoord-herstellen\?token=\S+/)![0];
    await outbox.close();
    await page.goto(link);
    await clean(page, 'nieuw wachtwoord');
    await page.fill('#wachtwoord', 'mijn nieuwe lange wachtwoord');
    await page.fill('#herhaal', 'mijn nieuwe lange wachtwoord');
    await page.keyboard.press('Enter');
    await page.waitForURL(/melding=wachtwoord/);
    await keyboardLogin(page, DEMO_ACCOUNTS.consulentHoogeveen, 'mijn nieuwe lange wachtwoord');
    await page.waitForURL(/\/vandaag/);
    await context.close();
  });
});

describe('OpenID Connect', () => {
  it('logs in an existing account through a real OpenID Connect provider', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await page.click('a[href="/inloggen/oidc"]');
    await page.fill('input[name=login]', 'sanne');
    await page.fill('input[name=password]', 'wat-dan-ook');
    await page.click('button[type=submit]');
    await page.click('button:has-text("Continue")');
    await page.waitForURL(/\/vandaag/);
    assert.match(await page.content(), /Uitloggen als Sanne de Vries \(demo\)/);
    await context.close();
  });

  it('refuses someone without an InBeeld account', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen/oidc`);
    await page.fill('input[name=login]', 'onbekend');
    await page.fill('input[name=password]', 'x');
    await page.click('button[type=submit]');
    await page.click('button:has-text("Continue")');
    await page.waitForSelector('[role=alert]');
    assert.match((await page.textContent('[role=alert]')) ?? '', /nog geen account in InBeeld/);
    await clean(page, 'oidc geweigerd');
    await context.close();
  });
});
