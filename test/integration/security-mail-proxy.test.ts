// Issue 10: development mail is never public, and no per-address limit can be
// bypassed by rotating X-Forwarded-For.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { cookieHeader, csrfFrom, loginAs, testApp, type TestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/db.ts';

async function askReset(t: TestApp, email: string, headers: Record<string, string> = {}) {
  const form = await t.app.inject({ url: '/wachtwoord-vergeten' });
  const cookie = cookieHeader(form.headers['set-cookie']);
  return t.app.inject({
    method: 'POST', url: '/wachtwoord-vergeten',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams({ _csrf: csrfFrom(form.body), email }).toString(),
  });
}

describe('development mail is never public', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(async () => t?.close());

  it('refuses the account takeover through the outbox on a default start', async () => {
    assert.equal((await askReset(t, DEMO_ACCOUNTS.beheerder)).statusCode, 200);
    const anonymous = await t.app.inject({ url: '/ontwikkeling/outbox' });
    assert.equal(anonymous.statusCode, 303, 'anonymous visitors are sent to the login page');
    assert.doesNotMatch(anonymous.body, /wachtwoord-herstellen\?token=/);
    const beheerder = (await loginAs(t.app, DEMO_ACCOUNTS.beheerder)).cookie;
    assert.equal((await t.app.inject({ url: '/ontwikkeling/outbox', headers: { cookie: beheerder } })).statusCode, 404, 'without DEV_OUTBOX the page does not exist');
  });

  it('keeps unsent mail in the database and shows it to a functioneel-beheerder as "niet verzonden", without its text', async () => {
    const [kept] = await t.db.query<{ n: number }>(`select count(*) as n from outbox where to_address = $1`, [DEMO_ACCOUNTS.beheerder]);
    assert.ok(kept!.n >= 1, 'the reset mail is kept');
    const beheerder = (await loginAs(t.app, DEMO_ACCOUNTS.beheerder)).cookie;
    const page = await t.app.inject({ url: '/beheer/mail', headers: { cookie: beheerder } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Niet verzonden/);
    assert.match(page.body, /Nieuw wachtwoord voor InBeeld/);
    assert.doesNotMatch(page.body, /token=/, 'one-time links are not shown');
    const consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
    assert.equal((await t.app.inject({ url: '/beheer/mail', headers: { cookie: consulent } })).statusCode, 403);
  });

  it('with DEV_OUTBOX=true shows the text only to a functioneel-beheerder', async () => {
    const dev = await testApp({ env: { DEV_OUTBOX: 'true' } });
    try {
      await askReset(dev, DEMO_ACCOUNTS.teamleiderEmmen);
      assert.equal((await dev.app.inject({ url: '/ontwikkeling/outbox' })).statusCode, 303);
      const consulent = (await loginAs(dev.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
      assert.equal((await dev.app.inject({ url: '/ontwikkeling/outbox', headers: { cookie: consulent } })).statusCode, 403);
      const beheerder = (await loginAs(dev.app, DEMO_ACCOUNTS.beheerder)).cookie;
      const page = await dev.app.inject({ url: '/ontwikkeling/outbox', headers: { cookie: beheerder } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /wachtwoord-herstellen\?token=/);
    } finally {
      await dev.close();
    }
  });

  it('refuses DEV_OUTBOX together with an https BASE_URL, and demo mode does not turn it on', () => {
    assert.throws(() => loadConfig({ DEV_OUTBOX: 'true', BASE_URL: 'https://inbeeld.example.org' }), /DEV_OUTBOX/);
    assert.equal(loadConfig({ SEED_DEMO: 'true' }).devOutbox, false);
    assert.equal(loadConfig({}).host, '127.0.0.1', 'listens on this machine only unless HOST says otherwise');
  });
});

describe('proxies and per-address limits', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(async () => t?.close());
  let n = 0;
  const rotating = () => ({ 'x-forwarded-for': `198.51.100.${(n++ % 250) + 1}` });

  it('does not trust X-Forwarded-For by default, and TRUST_PROXY takes a hop count or addresses only', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.2, 10.1.0.0/16' }).trustProxy, ['10.0.0.2', '10.1.0.0/16']);
    assert.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY/);
    assert.throws(() => loadConfig({ TRUST_PROXY: 'iedereen' }), /TRUST_PROXY/);
  });

  const limited: Array<{ name: string; max: number; request: () => Promise<{ statusCode: number }> }> = [
    { name: 'share code', max: 10, request: () => t.app.inject({ url: '/rechtencheck/gedeeld/ABCD-EFGH', headers: rotating() }) },
    { name: 'share code removal', max: 10, request: () => t.app.inject({ url: '/rechtencheck/gedeeld/ABCD-EFGH/verwijderen', headers: rotating() }) },
    { name: 'external referral link', max: 20, request: () => t.app.inject({ url: '/overdracht/extern?sleutel=onzin', headers: rotating() }) },
    { name: "person's own link", max: 20, request: () => t.app.inject({ url: '/mijn-doorverwijzingen?sleutel=onzin', headers: rotating() }) },
    { name: 'request for contact', max: 20, request: () => t.app.inject({ method: 'POST', url: '/aanmelden', headers: rotating(), payload: {} }) },
    { name: 'password reset mail', max: 30, request: () => t.app.inject({ method: 'POST', url: '/wachtwoord-vergeten', headers: rotating(), payload: {} }) },
  ];
  for (const limit of limited) {
    it(`keeps the ${limit.name} limit when X-Forwarded-For rotates`, async () => {
      let last = 0;
      for (let i = 0; i <= limit.max; i++) last = (await limit.request()).statusCode;
      assert.equal(last, 429);
    });
  }

  it('keeps the login throttle per address when X-Forwarded-For rotates', async () => {
    const form = await t.app.inject({ url: '/inloggen' });
    const cookie = cookieHeader(form.headers['set-cookie']);
    const login = (email: string, wachtwoord: string) =>
      t.app.inject({
        method: 'POST', url: '/inloggen', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...rotating() },
        payload: new URLSearchParams({ _csrf: csrfFrom(form.body), email, wachtwoord }).toString(),
      });
    // Many accounts from one source address: the address waits, whatever the header says.
    for (let i = 0; i < 25; i++) assert.equal((await login(`iemand${i}@example.org`, 'fout-wachtwoord')).statusCode, 401);
    assert.equal((await login(DEMO_ACCOUNTS.redacteur, DEMO_PASSWORD)).statusCode, 401, 'the address is waiting, so even a right password waits');
    await t.db.query('delete from login_throttle');
    assert.equal((await login(DEMO_ACCOUNTS.redacteur, DEMO_PASSWORD)).statusCode, 303);
  });

  it('with TRUST_PROXY=1 takes the address the proxy added, not what the client wrote', async () => {
    const proxied = await testApp({ env: { TRUST_PROXY: '1' } });
    try {
      let last = 0;
      for (let i = 0; i <= 10; i++) {
        last = (await proxied.app.inject({ url: '/rechtencheck/gedeeld/ABCD-EFGH', headers: { 'x-forwarded-for': `203.0.113.${i + 1}, 192.0.2.7` } })).statusCode;
      }
      assert.equal(last, 429, 'the client-written part of the header is ignored');
    } finally {
      await proxied.close();
    }
  });
});
