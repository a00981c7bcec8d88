import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { addWorkingDays } from '../../src/domain/workdays.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { cookieHeader, csrfFrom, loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let consulent: string;
let hoogeveen: string;
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  t = await testApp();
  consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
  hoogeveen = (await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen)).cookie;
});
after(async () => {
  await t?.close();
});

async function count(table: string, personId?: string): Promise<number> {
  // The demo caseload has plans, agreements and contacts of its own: count this dossier's rows.
  const [row] = personId
    ? await t.db.query<{ n: number }>(`select count(*) as n from ${table} where person_id = $1`, [personId])
    : await t.db.query<{ n: number }>(`select count(*) as n from ${table}`);
  return row!.n;
}

async function selfRegister(fields: Record<string, string | string[]>) {
  const form = await t.app.inject({ url: '/aanmelden' });
  const cookie = cookieHeader(form.headers['set-cookie']);
  const params = new URLSearchParams({ _csrf: csrfFrom(form.body) });
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  return t.app.inject({ method: 'POST', url: '/aanmelden', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: params.toString() });
}

const validRequest = { gemeenteCode: 'GM0114', givenName: 'Noor', familyName: 'Visser', reachBy: 'telefoon', phone: '06 12345678', about: 'Ik zoek werk dat ik kan volhouden met mijn reuma.', preferredTime: 'dinsdagochtend' };

describe('self-registration ("neem contact met mij op")', () => {
  it('lists only gemeenten whose team works with InBeeld', async () => {
    const res = await t.app.inject({ url: '/aanmelden' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<option value="GM0114"/);
    assert.doesNotMatch(res.body, /<option value="GM0363"/);
  });

  it('refuses bad input, naming every field, and stores nothing', async () => {
    const before = await count('person');
    const res = await selfRegister({ gemeenteCode: 'GM0363', givenName: '', familyName: 'x'.repeat(200), reachBy: 'e-mail', email: 'geen-mail', about: '', helpKinds: ['vliegen'] });
    assert.equal(res.statusCode, 400);
    for (const text of ['Gemeente: kies je gemeente', 'Voornaam: vul dit veld in', 'Achternaam: dit is te lang', 'E-mailadres: dit is geen geldig', 'Waarover: vul dit veld in', 'Hulpvraag: &quot;vliegen&quot;']) {
      assert.ok(res.body.includes(text), text);
    }
    assert.equal(await count('person'), before);
    const noPhone = await selfRegister({ ...validRequest, phone: '' });
    assert.equal(noPhone.statusCode, 400);
    assert.match(noPhone.body, /Telefoonnummer: vul je nummer in/);
  });

  it('arrives in the team queue with a deadline of five working days, and confirms what happens next', async () => {
    const res = await selfRegister({ ...validRequest, helpKinds: ['werk-vinden'] });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    const deadline = addWorkingDays(today, 5);
    const [row] = await t.db.query<{ deadline: string; owner: string; via: string }>(
      `select r.deadline, p.owner_organization_id as owner, p.came_into_view_via as via from self_registration r join person p on p.id = r.person_id where p.family_name = 'Visser'`,
    );
    assert.equal(row!.deadline, deadline);
    assert.equal(row!.owner, emmen);
    assert.equal(row!.via, 'zelf');
    assert.match(res.body, /Wat gebeurt er nu\?/);
    const day = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${deadline}T00:00:00Z`));
    assert.ok(res.body.includes(day), `confirmation names the deadline ${day}`);
    const queue = await t.app.inject({ url: '/aanmeldingen', headers: { cookie: consulent } });
    assert.match(queue.body, /Noor Visser/);
    assert.doesNotMatch((await t.app.inject({ url: '/aanmeldingen', headers: { cookie: hoogeveen } })).body, /Noor Visser/, 'another team does not see it');
  });

  it('picking up a request makes the consulent the contact person, recorded', async () => {
    const [reg] = await t.db.query<{ id: string; personId: string }>(`select r.id, r.person_id as "personId" from self_registration r join person p on p.id = r.person_id where p.family_name = 'Visser'`);
    assert.equal((await postForm(t.app, `/aanmeldingen/${reg!.id}/oppakken`, hoogeveen, {})).statusCode, 404);
    const res = await postForm(t.app, `/aanmeldingen/${reg!.id}/oppakken`, consulent, {});
    assert.equal(res.statusCode, 303);
    const [person] = await t.db.query<{ name: string }>(`select a.name from person p join account a on a.id = p.contact_person_id where p.id = $1`, [reg!.personId]);
    assert.equal(person!.name, 'Sanne de Vries (demo)');
    assert.equal((await t.db.query('select 1 from contact_person_change where person_id = $1', [reg!.personId])).length, 1);
    assert.doesNotMatch((await t.app.inject({ url: '/aanmeldingen', headers: { cookie: consulent } })).body, /Noor Visser/);
  });
});

describe('a dossier from intake to plan', () => {
  let id: string;
  before(async () => {
    const [row] = await t.db.query<{ id: string }>(`select id from person where family_name = 'Visser'`);
    id = row!.id;
  });

  it('records the intake; bad choices get a 400 naming the field', async () => {
    const bad = await postForm(t.app, `/personen/${id}/intake`, consulent, { cameIntoViewVia: 'toverbal', noBenefitReason: 'x', caseload: 'half', limitationKinds: ['autisme'] });
    assert.equal(bad.statusCode, 400);
    for (const text of ['Hoe in beeld: &quot;toverbal&quot;', 'Waarom geen uitkering: &quot;x&quot;', 'Caseload: kies actief of passief', 'Soort beperking: kies alleen uit de lijst']) assert.ok(bad.body.includes(text), text);
    const both = await postForm(t.app, `/personen/${id}/intake`, consulent, { caseload: 'actief', limitationKinds: ['psychisch', 'wil-ik-niet-zeggen'] });
    assert.equal(both.statusCode, 400);
    assert.match(both.body, /Soort beperking: kies &quot;Wil ik niet zeggen&quot; of een of meer soorten/);
    const [unchanged] = await t.db.query<{ kinds: string[] }>(`select limitation_kinds as kinds from person where id = $1`, [id]);
    assert.deepEqual(unchanged!.kinds, [], 'nothing stored after a 400');
    const ok = await postForm(t.app, `/personen/${id}/intake`, consulent, {
      cameIntoViewVia: 'zelf', noBenefitReason: 'inkomen-partner-of-ouders', story: 'Ik heb reuma. Op slechte dagen kan ik weinig.', limitationEffect: 'Hoogstens 20 uur per week, afwisselend werk.', helpKinds: ['werk-vinden', 'werkplekaanpassing'], caseload: 'actief', limitationKinds: ['lichamelijk', 'chronische-ziekte'],
    });
    assert.equal(ok.statusCode, 303);
    const [row] = await t.db.query<{ reason: string; help: string[]; kinds: string[] }>(`select no_benefit_reason as reason, help_kinds as help, limitation_kinds as kinds from person where id = $1`, [id]);
    assert.deepEqual(row, { reason: 'inkomen-partner-of-ouders', help: ['werk-vinden', 'werkplekaanpassing'], kinds: ['lichamelijk', 'chronische-ziekte'] });
  });

  it('makes a plan with two agreements that the person confirms, and gives a PDF', async () => {
    const past = await postForm(t.app, `/personen/${id}/plan`, consulent, { goalType: 'regulier-werk', goal: 'Een baan van 16 uur', reviewDate: '2020-01-01' });
    assert.equal(past.statusCode, 400);
    assert.match(past.body, /Bespreken op: deze datum is al voorbij/);
    const noType = await postForm(t.app, `/personen/${id}/plan`, consulent, { goalType: 'ontslag', goal: '', reviewDate: '2026-02-30' });
    assert.equal(noType.statusCode, 400);
    for (const text of ['Soort doel: &quot;ontslag&quot;', 'Doel: vul dit veld in', 'Bespreken op: dit is geen geldige datum']) assert.ok(noType.body.includes(text), text);
    assert.equal((await postForm(t.app, `/personen/${id}/plan`, consulent, { goalType: 'regulier-werk', goal: 'Een baan van 16 uur in de zorgadministratie', reviewDate: inDays(90), personExpects: 'Elke maand een gesprek', professionalExpects: 'Laat het weten als iets niet lukt' })).statusCode, 303);
    for (const [description, owner, due] of [['Cv bijwerken', 'persoon', inDays(14)], ['Werkgever in Emmen benaderen', 'professional', inDays(21)]] as const) {
      assert.equal((await postForm(t.app, `/personen/${id}/afspraken`, consulent, { description, owner, dueDate: due })).statusCode, 303);
    }
    const badAgreement = await postForm(t.app, `/personen/${id}/afspraken`, consulent, { description: '', owner: 'buurman', dueDate: '2020-01-01' });
    assert.equal(badAgreement.statusCode, 400);
    assert.equal(await count('agreement', id), 2);
    assert.equal((await postForm(t.app, `/personen/${id}/plan/bevestigen`, consulent, { how: 'in-persoon' })).statusCode, 303);
    const [plan] = await t.db.query<{ how: string; confirmed: boolean }>(`select confirmed_how as how, confirmed_at is not null as confirmed from plan where person_id = $1`, [id]);
    assert.deepEqual(plan, { how: 'in-persoon', confirmed: true });
    const pdf = await t.app.inject({ url: `/personen/${id}/plan.pdf`, headers: { cookie: consulent } });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const page = await t.app.inject({ url: `/personen/${id}`, headers: { cookie: consulent } });
    assert.match(page.body, /Cv bijwerken/);
    assert.match(page.body, /Ja, op/);
  });

  it('logs contact moments; wrong dates are refused', async () => {
    const future = await postForm(t.app, `/personen/${id}/contacten`, consulent, { contactDate: inDays(3), channel: 'telefoon' });
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /ligt in de toekomst/);
    const order = await postForm(t.app, `/personen/${id}/contacten`, consulent, { contactDate: today, channel: 'telefoon', nextContactDate: inDays(-5) });
    assert.equal(order.statusCode, 400);
    assert.match(order.body, /ligt vóór het contact zelf/);
    assert.equal((await postForm(t.app, `/personen/${id}/contacten`, consulent, { contactDate: today, channel: 'gesprek', note: 'Kennismaking', nextContactDate: inDays(14) })).statusCode, 303);
    assert.equal(await count('contact', id), 1);
  });

  it('turns a transition into a follow-up task with a deadline in working days', async () => {
    assert.equal((await postForm(t.app, `/personen/${id}/transities`, consulent, { kind: 'einde-contract', eventDate: inDays(30) })).statusCode, 303);
    const [row] = await t.db.query<{ deadline: string; source: string }>(`select deadline, source from transition where person_id = $1`, [id]);
    assert.deepEqual(row, { deadline: addWorkingDays(today, 10), source: 'hand' });
    const bad = await postForm(t.app, `/personen/${id}/transities`, consulent, { kind: 'pensioen', eventDate: 'gisteren' });
    assert.equal(bad.statusCode, 400);
  });

  it('shows the caseload sorted by next action, and who has no contact person', async () => {
    const mine = await t.app.inject({ url: '/caseload?weergave=mijn&zoek=Noor', headers: { cookie: consulent } });
    assert.match(mine.body, /Noor Visser/);
    const without = await t.app.inject({ url: '/caseload?weergave=zonder-contactpersoon', headers: { cookie: consulent } });
    assert.doesNotMatch(without.body, /Noor Visser/);
    assert.match(without.body, /Lotte Jansen/);
  });

  it('another organisation can change nothing in this dossier', async () => {
    const before = [await count('plan'), await count('agreement'), await count('contact'), await count('transition')];
    for (const [path, fields] of [
      ['plan', { goalType: 'scholing', goal: 'x', reviewDate: inDays(10) }],
      ['afspraken', { description: 'x', owner: 'persoon', dueDate: inDays(10) }],
      ['contacten', { contactDate: today, channel: 'telefoon' }],
      ['transities', { kind: 'einde-contract', eventDate: today }],
      ['intake', { caseload: 'actief' }],
      ['beeindigen', { endReason: 'verhuisd' }],
    ] as const) {
      assert.equal((await postForm(t.app, `/personen/${id}/${path}`, hoogeveen, fields)).statusCode, 404, path);
    }
    assert.deepEqual([await count('plan'), await count('agreement'), await count('contact'), await count('transition')], before);
  });

  it('writes a processing-log line for every write', async () => {
    const [person] = await t.db.query<{ pseudonym: string }>('select pseudonym from person where id = $1', [id]);
    const [row] = await t.db.query<{ n: number }>(`select count(*) as n from processing_log where person_pseudonym = $1 and operation in ('aanmaken', 'wijzigen')`, [person!.pseudonym]);
    // created, picked up, intake, plan, 2 agreements, confirmation, contact, transition
    assert.ok(row!.n >= 9, `${row!.n} lines`);
  });

  it('ends support with a reason from the list; no sanctions exist', async () => {
    const bad = await postForm(t.app, `/personen/${id}/beeindigen`, consulent, { endReason: 'sanctie' });
    assert.equal(bad.statusCode, 400);
    assert.equal((await postForm(t.app, `/personen/${id}/beeindigen`, consulent, { endReason: 'werk-gevonden' })).statusCode, 303);
    const [row] = await t.db.query<{ caseload: string; reason: string }>(`select caseload, end_reason as reason from person where id = $1`, [id]);
    assert.deepEqual(row, { caseload: 'beeindigd', reason: 'werk-gevonden' });
    assert.doesNotMatch((await t.app.inject({ url: '/caseload?weergave=team', headers: { cookie: consulent } })).body, /Noor Visser/);
  });
});
