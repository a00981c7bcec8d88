import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allServices } from '../../src/content/catalogue/index.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { FREE_FAILURES } from '../../src/web/auth/throttle.ts';
import { cookieHeader, csrfFrom, testApp, type TestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/db.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

async function loginAs(email: string, password = DEMO_PASSWORD): Promise<{ cookie: string; status: number; body: string }> {
  const form = await t.app.inject({ url: '/inloggen' });
  let cookie = cookieHeader(form.headers['set-cookie']);
  const res = await t.app.inject({
    method: 'POST',
    url: '/inloggen',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfFrom(form.body), email, wachtwoord: password, terug: '/beheer' }).toString(),
  });
  cookie = cookieHeader(res.headers['set-cookie'], cookie);
  return { cookie, status: res.statusCode, body: res.body };
}

async function postForm(url: string, cookie: string, fields: Record<string, string | string[]>, withCsrfFrom?: string) {
  const params = new URLSearchParams();
  if (withCsrfFrom) {
    const page = await t.app.inject({ url: withCsrfFrom, headers: { cookie } });
    params.set('_csrf', csrfFrom(page.body));
  }
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  return t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: params.toString() });
}

async function redacteurOrg(): Promise<string> {
  const [row] = await t.db.query<{ key: string }>(
    `select o.key from account a join organization o on o.id = a.organization_id where a.email = $1`,
    [DEMO_ACCOUNTS.redacteur],
  );
  return row!.key;
}

describe('beheer access', () => {
  it('sends visitors without a session to the login page', async () => {
    const res = await t.app.inject({ url: '/beheer' });
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/inloggen\?terug=/);
  });

  it('refuses a form post without a CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/inloggen',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${encodeURIComponent(DEMO_ACCOUNTS.beheerder)}&wachtwoord=${DEMO_PASSWORD}`,
    });
    assert.equal(res.statusCode, 403);
    assert.match(res.body, /formulier is verlopen/);
  });

  it('a redacteur sees and edits only offers of its own organisation', async () => {
    const { cookie, status } = await loginAs(DEMO_ACCOUNTS.redacteur);
    assert.equal(status, 303);
    const orgKey = await redacteurOrg();
    const own = allServices.filter((s) => s.organizationKey === orgKey);
    const other = allServices.find((s) => s.organizationKey !== orgKey)!;
    const list = await t.app.inject({ url: '/beheer', headers: { cookie } });
    assert.equal(list.statusCode, 200);
    assert.equal((list.body.match(/href="\/beheer\/aanbod\/[^n"][^"]*"/g) ?? []).length, own.length);
    assert.equal((await t.app.inject({ url: `/beheer/aanbod/${other.key}`, headers: { cookie } })).statusCode, 404);
    const sneaky = await postForm(`/beheer/aanbod/${other.key}/gecontroleerd`, cookie, {}, '/beheer');
    assert.equal(sneaky.statusCode, 404);
    const mine = own[0]!;
    const edit = await t.app.inject({ url: `/beheer/aanbod/${mine.key}`, headers: { cookie } });
    assert.equal(edit.statusCode, 200);
    const fields = {
      organizationKey: mine.organizationKey, name: 'Bijgewerkte naam', summary: mine.summary, description: mine.description,
      helpKinds: mine.helpKinds, limitations: mine.limitations, openWithoutBenefit: mine.openWithoutBenefit,
      openWithoutBenefitExplanation: mine.openWithoutBenefitExplanation, eligibility: mine.eligibility,
      howToApply: mine.howToApply, whoDecides: mine.whoDecides, areaScope: mine.area.scope, areaCodes: (mine.area.codes ?? []).join(','),
      assured: 'ja',
    };
    const saved = await postForm(`/beheer/aanbod/${mine.key}`, cookie, fields, `/beheer/aanbod/${mine.key}`);
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
    const [row] = await t.db.query<{ name: string; assured_date: string }>(`select name, assured_date from service where key = $1`, [mine.key]);
    assert.equal(row!.name, 'Bijgewerkte naam');
    assert.equal(row!.assured_date, new Date().toISOString().slice(0, 10));
    const moved = await postForm(`/beheer/aanbod/${mine.key}`, cookie, { ...fields, organizationKey: other.organizationKey }, `/beheer/aanbod/${mine.key}`);
    assert.equal(moved.statusCode, 400);
    assert.match(moved.body, /kies een organisatie uit de lijst/);
  });

  it('bad form input gets a 400 that names the fields and stores nothing', async () => {
    const { cookie } = await loginAs(DEMO_ACCOUNTS.beheerder);
    const before = await t.db.query('select count(*)::int as n from service');
    const res = await postForm('/beheer/aanbod', cookie, { organizationKey: 'bestaat-niet', name: 'x'.repeat(5000), helpKinds: ['vliegen'], areaScope: 'maan', url: 'geen link' }, '/beheer/aanbod/nieuw');
    assert.equal(res.statusCode, 400);
    for (const text of ['Naam: dit is te lang', 'Soort hulp: &quot;vliegen&quot; kennen we niet', 'Gebied: kies landelijk', 'Website: begin met https://']) {
      assert.ok(res.body.includes(text), text);
    }
    assert.deepEqual(await t.db.query('select count(*)::int as n from service'), before);
  });

  it('a beheerder adds a new offer that then shows up in search', async () => {
    const { cookie } = await loginAs(DEMO_ACCOUNTS.beheerder);
    const org = allServices[0]!.organizationKey;
    const res = await postForm('/beheer/aanbod', cookie, {
      organizationKey: org, name: 'Fietsmaatjes naar het werk', summary: 'Een vrijwilliger fietst de eerste weken met je mee naar je werk.',
      description: 'Vind je het lastig om de weg naar je nieuwe werk te vinden? Een vrijwilliger fietst de eerste weken met je mee.',
      helpKinds: [allServices[0]!.helpKinds[0]!], openWithoutBenefit: 'ja', openWithoutBenefitExplanation: 'Iedereen kan zich melden.',
      eligibility: 'Iedereen die begint met werk.', howToApply: 'Stuur een mail.', whoDecides: 'De organisatie.', areaScope: 'gemeente', areaCodes: 'GM0106',
    }, '/beheer/aanbod/nieuw');
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    const search = await t.app.inject({ url: '/zoeken?q=fietsmaatjes&waar=Assen' });
    assert.match(search.body, /Fietsmaatjes naar het werk/);
    const elsewhere = await t.app.inject({ url: '/zoeken?q=fietsmaatjes&waar=Emmen' });
    assert.doesNotMatch(elsewhere.body, /Fietsmaatjes naar het werk/);
  });

  it('throttles repeated wrong passwords without revealing whether the account exists', async () => {
    const wrong = await loginAs(DEMO_ACCOUNTS.redacteur, 'fout');
    const unknown = await loginAs('niemand@example.org', 'fout');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const message = (b: string) => b.match(/<div class="notice error"[^>]*>([\s\S]*?)<\/div>/)![1];
    assert.equal(message(wrong.body), message(unknown.body));
    let last = wrong;
    for (let i = 1; i <= FREE_FAILURES.account; i++) last = await loginAs(DEMO_ACCOUNTS.redacteur, 'fout');
    assert.equal(last.status, 401);
    assert.equal(message(last.body), message(unknown.body), 'waiting looks the same as a wrong password');
    const right = await loginAs(DEMO_ACCOUNTS.redacteur);
    assert.equal(right.status, 401, 'the right password waits too on a device that never logged in');
    await t.db.query('delete from login_throttle');
  });

  it('logs out and the old session no longer works', async () => {
    const { cookie } = await loginAs(DEMO_ACCOUNTS.beheerder);
    const out = await postForm('/uitloggen', cookie, {}, '/beheer');
    assert.equal(out.statusCode, 303);
    const after = await t.app.inject({ url: '/beheer', headers: { cookie } });
    assert.equal(after.statusCode, 303);
  });
});
