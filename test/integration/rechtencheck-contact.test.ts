// "Neem contact met mij op" from the Rechtencheck result: the request lands
// in the gemeente's team queue; the result goes along only when the person
// chooses so (as a share code the consulent can open); bad input gets a 400
// with Dutch messages and stores nothing; the form is rate-limited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createDraft, normalizeShareCode } from '../../src/db/rechtencheck.ts';
import { CONTACT_RATE_LIMIT } from '../../src/features/rechtencheck/contact-routes.tsx';
import { personas } from '../../src/features/rechtencheck/personas.ts';
import { draftFromFacts } from '../../src/features/rechtencheck/questionnaire.ts';
import { cookieHeader, csrfFrom, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

const naila = personas.find((p) => p.id === 'naila')!;
// Emmen works with InBeeld in the demo (it has a team); Naila's answers otherwise.
const inEmmen = { ...naila.facts, gemeente: 'GM0114' };

let cookie = '';
let ip = 1;
async function get(url: string): Promise<LightMyRequestResponse> {
  const res = await t.app.inject({ url, headers: { cookie } });
  cookie = cookieHeader(res.headers['set-cookie'], cookie);
  return res;
}
async function send(concept: string, fields: Record<string, string>, remoteAddress = `10.0.0.${ip++}`, csrfPage = `/rechtencheck/contact?concept=${concept}`): Promise<LightMyRequestResponse> {
  const page = await get(csrfPage);
  return t.app.inject({
    method: 'POST',
    url: '/rechtencheck/contact',
    remoteAddress,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfFrom(page.body), concept, ...fields }).toString(),
  });
}
const valid = { gemeenteCode: 'GM0114', givenName: 'Naila', familyName: 'Bakker', reachBy: 'e-mail', email: 'naila@example.org', about: 'Ik heb de Rechtencheck gedaan.' };

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(sql, params);
  return Number(row!.n);
}

describe('Rechtencheck: neem contact met mij op', () => {
  it('the result links to the form; the form names the gemeente of the answers and asks whether the result goes along', async () => {
    const concept = await createDraft(t.db, draftFromFacts(inEmmen));
    const result = await get(`/rechtencheck/uitslag?concept=${concept}`);
    assert.ok(result.body.includes(`href="/rechtencheck/contact?concept=${concept}"`));
    const form = await get(`/rechtencheck/contact?concept=${concept}`);
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['cache-control'], 'no-store');
    assert.match(form.body, /<option value="GM0114" selected/);
    assert.match(form.body, /Mag je gemeente je uitslag van de Rechtencheck zien\?/);
    // A persona example has no draft to send: no contact block there.
    assert.doesNotMatch((await get('/rechtencheck/uitslag?persona=naila')).body, /rechtencheck\/contact/);
  });

  it('with the result: one request in the team queue with a share code that opens the same result', async () => {
    const concept = await createDraft(t.db, draftFromFacts(inEmmen));
    const res = await send(concept, { ...valid, uitslagMee: 'ja' });
    assert.equal(res.statusCode, 201, res.body.slice(0, 500));
    const shown = res.body.match(/<strong id="deelcode">([A-Z0-9]{4}-[A-Z0-9]{4})<\/strong>/)?.[1];
    assert.ok(shown, 'code shown to the person');
    assert.match(res.body, /verwijderen\?sleutel=/);
    const [row] = await t.db.query<{ code: string; org: string; via: string }>(
      `select r.rechtencheck_code as code, o.gemeente_code as org, p.came_into_view_via as via
       from self_registration r join person p on p.id = r.person_id join organization o on o.id = r.organization_id
       where p.family_name = 'Bakker' and p.given_name = 'Naila'`,
    );
    assert.deepEqual(row, { code: shown, org: 'GM0114', via: 'zelf' });
    // The consulent opens the code and sees the person's outcomes.
    const opened = await get(`/rechtencheck/gedeeld/${normalizeShareCode(shown!)}`);
    assert.equal(opened.statusCode, 200);
    assert.match(opened.body, /Gedeelde uitslag van de Rechtencheck/);
    const [share] = await t.db.query<{ facts: Record<string, unknown>; days: number }>(
      `select facts, round(extract(epoch from expires_at - created_at) / 86400)::int as days from rechtencheck_share order by created_at desc limit 1`,
    );
    assert.equal(share!.facts.gemeente, 'GM0114');
    assert.equal(share!.days, 30);
    // No name in the shared facts.
    assert.doesNotMatch(JSON.stringify(share), /Bakker|naila@/);
  });

  it('without the result: the request has no code and no share is made', async () => {
    const concept = await createDraft(t.db, draftFromFacts(inEmmen));
    const shares = await count('select count(*) as n from rechtencheck_share');
    const res = await send(concept, { ...valid, familyName: 'Zonder', uitslagMee: 'nee' });
    assert.equal(res.statusCode, 201, res.body.slice(0, 500));
    assert.match(res.body, /Je uitslag is niet meegestuurd/);
    assert.equal(await count('select count(*) as n from rechtencheck_share'), shares);
    assert.equal(await count(`select count(*) as n from self_registration r join person p on p.id = r.person_id where p.family_name = 'Zonder' and r.rechtencheck_code is null`), 1);
  });

  it('bad input: 400, a Dutch message per field (also for no choice about the result), nothing stored', async () => {
    const concept = await createDraft(t.db, draftFromFacts(inEmmen));
    const persons = await count('select count(*) as n from person');
    const shares = await count('select count(*) as n from rechtencheck_share');
    const res = await send(concept, { gemeenteCode: 'GM0363', givenName: '', familyName: 'Fout', reachBy: 'telefoon', phone: 'bel me', about: '' });
    assert.equal(res.statusCode, 400);
    for (const text of ['Gemeente: kies je gemeente', 'Voornaam: vul dit veld in', 'Telefoonnummer: gebruik alleen cijfers', 'Waarover: vul dit veld in', 'Uitslag meesturen: kies ja of nee.']) {
      assert.ok(res.body.includes(text), text);
    }
    assert.match(res.body, /value="Fout"/, 'what was typed stays');
    assert.equal(await count('select count(*) as n from person'), persons);
    assert.equal(await count('select count(*) as n from rechtencheck_share'), shares);
  });

  it('an unknown or wiped draft gets the "answers wiped" page (404), never a 500', async () => {
    assert.equal((await get('/rechtencheck/contact?concept=AAAAAAAAAAAAAAAAAAAAAA')).statusCode, 404);
    assert.equal((await get('/rechtencheck/contact')).statusCode, 404);
    const res = await send('AAAAAAAAAAAAAAAAAAAAAA', { ...valid, uitslagMee: 'ja' }, '10.1.1.1', '/rechtencheck/code');
    assert.equal(res.statusCode, 404);
  });

  it(`at most ${CONTACT_RATE_LIMIT.max} requests per minute from one address`, async () => {
    const concept = await createDraft(t.db, draftFromFacts(inEmmen));
    const statuses: number[] = [];
    for (let i = 0; i <= CONTACT_RATE_LIMIT.max; i++) statuses.push((await send(concept, { uitslagMee: 'nee' }, '10.9.9.9')).statusCode);
    assert.deepEqual(statuses.slice(0, CONTACT_RATE_LIMIT.max), new Array(CONTACT_RATE_LIMIT.max).fill(400));
    assert.equal(statuses.at(-1), 429);
  });
});
