// Gemeente policy as data: a beleidsmedewerker records versions, the
// Rechtencheck uses the person's gemeente's version (and says so), the receipt
// carries it, and gemeenten without a record get the national default.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

const person = {
  age: 35, benefit: 'geen', registeredJobseeker: 'ja', structuralLimitation: 'ja', limitationKind: 'lichamelijk', canEarnMinimumWage: 'ja',
  supportedByGemeente: 'ja', jobStatus: 'werk', jobHoursPerWeek: 20, jobContractMonths: 12, householdIncome: 'boven-bijstandsnorm',
};

async function check(gemeente: string, datum = '2026-12-02') {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/rechtencheck?datum=${datum}`, payload: { ...person, gemeente } });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { receipt: { policy: { gemeente: string | null; version: string; jobcoachingWithoutBenefit: string } }; results: Array<{ id: string; outcome: string; criteria: Array<{ id: string; explanation: { nl: string } }> }> };
}

function policyText(body: Awaited<ReturnType<typeof check>>): string {
  return body.results.find((r) => r.id === 'jobcoaching-gemeente')!.criteria.find((c) => c.id === 'beleid-gemeente')!.explanation.nl;
}

describe('gemeente policy in the Rechtencheck', () => {
  it('the demo has two gemeenten with differing policies; others get the national default', async () => {
    const emmen = await check('GM0114');
    const assen = await check('GM0106');
    const amsterdam = await check('GM0363');
    assert.match(emmen.receipt.policy.version, /^GM0114-2026-01-01-r\d+$/);
    assert.match(assen.receipt.policy.version, /^GM0106-2025-07-01-r\d+$/);
    assert.equal(amsterdam.receipt.policy.gemeente, null);
    assert.match(policyText(emmen), /Deze gemeente biedt jobcoaching ook aan mensen zonder uitkering/);
    assert.match(policyText(assen), /biedt deze gemeente dit niet aan mensen zonder uitkering\. De wet geeft je toch een aanspraak/);
    assert.match(policyText(amsterdam), /niet vastgelegd/);
    assert.doesNotMatch(policyText(amsterdam), /Deze gemeente biedt/);
    // The earlier Emmen version holds on an earlier date.
    const emmen2025 = await check('GM0114', '2025-03-01');
    assert.match(emmen2025.receipt.policy.version, /^GM0114-2024-01-01-r\d+$/);
  });

  it('the result page says what the gemeente recorded, and since when', async () => {
    const res = await t.app.inject({ url: '/rechtencheck/uitslag?persona=naila' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /heeft bij ons geen eigen beleid vastgelegd/);
  });

  it('a beleidsmedewerker of Emmen records a new version; earlier versions stay', async () => {
    const { cookie } = await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen);
    const page = await t.app.inject({ url: '/beheer/rechtencheck-beleid', headers: { cookie } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Beleid voor de Rechtencheck: gemeente Emmen/);
    const rowsBefore = (page.body.match(/<tr>/g) ?? []).length;

    const bad = await postForm(t.app, '/beheer/rechtencheck-beleid', cookie, { gemeente: 'GM0114', validFrom: '1-1-2027', jobcoachingMaxYears: '40', policyUrl: 'http://x' }, '/beheer/rechtencheck-beleid');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Geldt vanaf: vul een datum in als 2027-01-01/);
    assert.match(bad.body, /Jaren jobcoaching: vul een heel getal van 1 tot en met 10 in/);
    assert.match(bad.body, /begint met https:\/\//);
    assert.match(bad.body, /Kies ja, nee of nog niet vastgesteld/);

    const other = await postForm(t.app, '/beheer/rechtencheck-beleid', cookie, { gemeente: 'GM0106' }, '/beheer/rechtencheck-beleid');
    assert.equal(other.statusCode, 403);

    const ok = await postForm(
      t.app,
      '/beheer/rechtencheck-beleid',
      cookie,
      {
        gemeente: 'GM0114', validFrom: '2026-11-01', jobcoachingWithoutBenefit: 'nee', werkvoorzieningenWithoutBenefit: 'ja', proefplaatsingWithoutBenefit: 'ja',
        beschutWerkPlaces: 'onbekend', praktijkroute: 'ja', jobcoachingMaxYears: '2', policyUrl: 'https://lokaleregelgeving.overheid.nl/CVDR1', contactUrl: '',
      },
      '/beheer/rechtencheck-beleid',
    );
    assert.equal(ok.statusCode, 303);
    const after = await t.app.inject({ url: '/beheer/rechtencheck-beleid', headers: { cookie } });
    assert.equal((after.body.match(/<tr>/g) ?? []).length, rowsBefore + 1);
    const emmen = await check('GM0114');
    assert.match(emmen.receipt.policy.version, /^GM0114-2026-11-01-r\d+$/);
    assert.equal(emmen.receipt.policy.jobcoachingWithoutBenefit, 'nee');
    // A date before the new version still uses the version that held then.
    const before = await check('GM0114', '2026-10-31');
    assert.match(before.receipt.policy.version, /^GM0114-2026-01-01-r\d+$/);
  });

  it('a consulent cannot open the page; a functioneel beheerder without a gemeente chooses one', async () => {
    const consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
    assert.equal((await t.app.inject({ url: '/beheer/rechtencheck-beleid', headers: { cookie: consulent } })).statusCode, 403);
    const beheer = (await loginAs(t.app, DEMO_ACCOUNTS.beheerder)).cookie;
    const choose = await t.app.inject({ url: '/beheer/rechtencheck-beleid', headers: { cookie: beheer } });
    assert.equal(choose.statusCode, 200);
    assert.match(choose.body, /Kies een gemeente/);
    const assen = await t.app.inject({ url: '/beheer/rechtencheck-beleid?gemeente=GM0106', headers: { cookie: beheer } });
    assert.match(assen.body, /gemeente Assen/);
  });
});
