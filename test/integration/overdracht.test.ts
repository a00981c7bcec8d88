// Warme overdracht through the web routes and the database: sending with and
// without consent, who may set which state, required reasons and outcomes,
// consent withdrawn during an open referral, response times and the overdue
// signal, the e-mailed link for receivers without InBeeld, handover of the
// contact person, the person's own link, notifications without personal data,
// erasure and the report query.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymisePerson, type Actor } from '../../src/db/persons.ts';
import { overdueReferrals, referralReport } from '../../src/db/referrals/index.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { replay, type ReferralAction, type ReferralRole } from '../../src/domain/referral.ts';
import { addWorkingDays } from '../../src/domain/workdays.ts';
import { cookieHeader, csrfFrom, loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let emmenC: string; // consulent, gemeente Emmen (sender, owns the demo persons)
let jobcoachC: string; // consulent, Stap Verder Jobcoaching (receiver in InBeeld)
let hoogeveenC: string; // consulent, gemeente Hoogeveen
let teamleiderC: string; // teamleider, gemeente Emmen
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
const jobcoachOrg = uuidFromKey('organization', 'demo-stap-verder-jobcoaching');
const koersvast = uuidFromKey('organization', 'demo-koersvast-reintegratie');
const hoogeveenOrg = uuidFromKey('organization', 'demo-gemeente-hoogeveen');
const jobcoachService = uuidFromKey('service', 'demo-stap-verder-jobcoaching-op-je-werk');
const koersvastService = uuidFromKey('service', 'demo-koersvast-traject-op-maat');
const today = new Date().toISOString().slice(0, 10);
const dayOffset = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  t = await testApp();
  emmenC = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
  jobcoachC = (await loginAs(t.app, DEMO_ACCOUNTS.consulentJobcoach)).cookie;
  hoogeveenC = (await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen)).cookie;
  teamleiderC = (await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).cookie;
});
after(async () => {
  await t?.close();
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params);
  return row!.n;
}

async function newPerson(givenName: string, familyName: string): Promise<string> {
  const res = await postForm(t.app, '/personen', emmenC, { givenName, familyName, gemeenteCode: 'GM0114', email: `${givenName.toLowerCase()}@voorbeeld.nl`, story: `${givenName} heeft reuma en zoekt werk.` });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  return String(res.headers.location).match(/[0-9a-f-]{36}/)![0];
}

async function actor(email: string): Promise<Actor> {
  const [a] = await t.db.query<{ id: string; organization_id: string; role: Actor['role'] }>('select id, organization_id, role from account where email = $1', [email]);
  return { accountId: a!.id, organizationId: a!.organization_id, role: a!.role, traceId: 'test' };
}

const sendFields = (extra: Record<string, string | string[]> = {}) => ({
  serviceId: jobcoachService,
  organizationId: jobcoachOrg,
  question: 'Zoekt een jobcoach voor de eerste maanden in een nieuwe baan.',
  parts: ['basis', 'verhaal'],
  consentMethod: 'in-persoon',
  consent: 'ja',
  actie: 'versturen',
  ...extra,
});

async function send(personId: string, extra: Record<string, string | string[]> = {}) {
  return postForm(t.app, `/personen/${personId}/doorverwijzingen`, emmenC, sendFields(extra));
}

async function sendOk(personId: string, extra: Record<string, string | string[]> = {}): Promise<string> {
  const res = await send(personId, extra);
  assert.equal(res.statusCode, 303, res.body.match(/role="alert"[\s\S]{0,800}/)?.[0] ?? res.body.slice(0, 300));
  return String(res.headers.location).match(/doorverwijzingen\/([0-9a-f-]{36})/)![1]!;
}

async function act(cookie: string, id: string, fields: Record<string, string>) {
  return postForm(t.app, `/doorverwijzingen/${id}/actie`, cookie, fields);
}

async function state(id: string): Promise<string> {
  const [r] = await t.db.query<{ state: string }>('select state from referral where id = $1', [id]);
  return r!.state;
}

describe('before sending: can it succeed?', () => {
  it("shows the offer's conditions, whether it is open without a benefit, its waiting time, the response time and the Rechtencheck result", async () => {
    const personId = await newPerson('Kees', 'Check');
    const page = await t.app.inject({ url: `/personen/${personId}/doorverwijzingen?aanbod=demo-stap-verder-jobcoaching-op-je-werk`, headers: { cookie: emmenC } });
    assert.equal(page.statusCode, 200);
    for (const text of ['Kan deze doorverwijzing slagen?', 'Voorwaarden', 'Open zonder uitkering', 'Ja, ook zonder uitkering', 'ongeveer 2 weken', 'Dit aanbod is er in de gemeente van de persoon', '5 werkdagen', 'werkt met InBeeld']) {
      assert.ok(page.body.includes(text), text);
    }
    const koers = await t.app.inject({ url: `/personen/${personId}/doorverwijzingen?aanbod=demo-koersvast-traject-op-maat`, headers: { cookie: emmenC } });
    assert.match(koers.body, /werkt niet met InBeeld/);
    assert.match(koers.body, /name="externalEmail"[^>]*value="koersvast@example.org"/, 'the offer address is suggested');
    const badCode = await t.app.inject({ url: `/personen/${personId}/doorverwijzingen?aanbod=demo-stap-verder-jobcoaching-op-je-werk&code=ABCD-2345`, headers: { cookie: emmenC } });
    assert.match(badCode.body, /Rechtencheck-code ABCD-2345 kennen we niet/);
  });

  it('shows a shared Rechtencheck result next to the offer', async () => {
    const personId = await newPerson('Ria', 'Rechten');
    // The person shared a Rechtencheck result; the share is made as the share page makes it.
    const { createShare } = await import('../../src/db/rechtencheck.ts');
    const { evaluate } = await import('../../src/domain/rechtencheck/index.ts');
    const result = evaluate({ gemeente: 'GM0114', age: 30, benefit: 'geen' } as never, { date: today });
    const created = await createShare(t.db, { facts: result.receipt.facts, receipt: result.receipt, days: 7 });
    const page = await t.app.inject({ url: `/personen/${personId}/doorverwijzingen?aanbod=demo-stap-verder-jobcoaching-op-je-werk&code=${created.code}`, headers: { cookie: emmenC } });
    assert.match(page.body, /Rechtencheck van de persoon/);
    assert.match(page.body, /Regeling/);
    assert.match(page.body, /Waarschijnlijk wel|Misschien|Meer informatie nodig|Waarschijnlijk niet/);
  });
});

describe('sending and consent', () => {
  it('cannot send without consent: 400 in Dutch, and nothing is stored', async () => {
    const personId = await newPerson('Zonder', 'Toestemming');
    const before = [await count('select 1 from referral'), await count('select 1 from consent'), await count('select 1 from outbox')];
    const res = await send(personId, { consent: '', consentMethod: '' });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('Toestemming: vink aan dat de persoon toestemming gaf. Zonder toestemming kun je niet versturen.'));
    assert.ok(res.body.includes('Hoe gaf de persoon toestemming: kies een van de mogelijkheden.'));
    const noBasis = await send(personId, { parts: ['verhaal'] });
    assert.equal(noBasis.statusCode, 400);
    assert.match(noBasis.body, /de basisgegevens gaan altijd mee/);
    const noQuestion = await send(personId, { question: '' });
    assert.equal(noQuestion.statusCode, 400);
    assert.match(noQuestion.body, /Vraag aan de ontvanger: schrijf op/);
    const after = [await count('select 1 from referral'), await count('select 1 from consent'), await count('select 1 from outbox')];
    assert.deepEqual(after, before);
  });

  it('sending records a consent for the receiver with exactly the chosen parts, and the receiver sees the referral and only those parts', async () => {
    const personId = await newPerson('Lisa', 'Delen');
    // Without a referral the jobcoach cannot see the person.
    assert.equal((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: jobcoachC } })).statusCode, 404);
    const id = await sendOk(personId, { parts: ['basis'] });
    const [consent] = await t.db.query<{ parts: string[]; organization_id: string; purpose: string; method: string; valid_until: string | null }>(
      'select c.parts, c.organization_id, c.purpose, c.method, c.valid_until from referral r join consent c on c.id = r.consent_id where r.id = $1',
      [id],
    );
    assert.deepEqual(consent!.parts, ['basis']);
    assert.equal(consent!.organization_id, jobcoachOrg);
    assert.match(consent!.purpose, /Doorverwijzing naar Stap Verder Jobcoaching/);
    const [r] = await t.db.query<{ state: string; response_due: string; escalation_due: string; sent_on: string }>('select state, response_due, escalation_due, sent_on from referral where id = $1', [id]);
    assert.equal(r!.state, 'verstuurd');
    assert.equal(r!.response_due, addWorkingDays(today, 5));
    assert.equal(r!.escalation_due, addWorkingDays(today, 10));
    const inbox = await t.app.inject({ url: '/doorverwijzingen/ontvangen', headers: { cookie: jobcoachC } });
    assert.match(inbox.body, /Lisa Delen/);
    const detail = await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: jobcoachC } });
    assert.equal(detail.statusCode, 200);
    assert.match(detail.body, /Lisa Delen/);
    assert.doesNotMatch(detail.body, /heeft reuma/, 'the story was not chosen');
    const dossier = await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: jobcoachC } });
    assert.equal(dossier.statusCode, 200);
    assert.doesNotMatch(dossier.body, /<h2>Verhaal<\/h2>/);
    // Another organisation sees nothing.
    assert.equal((await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: hoogeveenC } })).statusCode, 404);
    assert.doesNotMatch((await t.app.inject({ url: '/doorverwijzingen/ontvangen', headers: { cookie: hoogeveenC } })).body, /Lisa Delen/);
  });

  it('keeps a concept without consent, and sends it later with consent', async () => {
    const personId = await newPerson('Conny', 'Concept');
    const consents = await count('select 1 from consent where person_id = $1', [personId]);
    const id = await sendOk(personId, { actie: 'concept', consent: '', consentMethod: '' });
    assert.equal(await state(id), 'concept');
    assert.equal(await count('select 1 from consent where person_id = $1', [personId]), consents, 'a concept shares nothing');
    assert.equal((await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: jobcoachC } })).statusCode, 404, 'the receiver does not see a concept');
    const refused = await postForm(t.app, `/doorverwijzingen/${id}/versturen`, emmenC, { parts: ['basis'], consentMethod: 'telefonisch' });
    assert.equal(refused.statusCode, 400);
    assert.equal(await state(id), 'concept');
    const sent = await postForm(t.app, `/doorverwijzingen/${id}/versturen`, emmenC, { parts: ['basis'], consentMethod: 'telefonisch', consent: 'ja' });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    assert.equal(await state(id), 'verstuurd');
  });
});

describe('who may set which state', () => {
  it('the receiver cannot withdraw and the sender cannot accept: 400 in Dutch, nothing stored', async () => {
    const personId = await newPerson('Rol', 'Test');
    const id = await sendOk(personId);
    const events = await count('select 1 from referral_event where referral_id = $1', [id]);
    const senderAccepts = await act(emmenC, id, { actie: 'accepteren' });
    assert.equal(senderAccepts.statusCode, 400);
    assert.match(senderAccepts.body, /Accepteren: dit mag alleen de ontvangende organisatie/);
    const receiverWithdraws = await act(jobcoachC, id, { actie: 'intrekken', reason: 'andere-oplossing' });
    assert.equal(receiverWithdraws.statusCode, 400);
    assert.match(receiverWithdraws.body, /Intrekken: dit mag alleen de verwijzende organisatie/);
    const outsider = await act(hoogeveenC, id, { actie: 'accepteren' });
    assert.equal(outsider.statusCode, 404, 'another organisation does not even see it');
    assert.equal(await state(id), 'verstuurd');
    assert.equal(await count('select 1 from referral_event where referral_id = $1', [id]), events);
  });

  it('reasons and outcomes are required (400 in Dutch, nothing stored), and the whole loop closes with an outcome', async () => {
    const personId = await newPerson('Loop', 'Dicht');
    const id = await sendOk(personId);
    const stored = async () => [await state(id), await count('select 1 from referral_event where referral_id = $1', [id])];
    const before = await stored();
    const decline = await act(jobcoachC, id, { actie: 'afwijzen' });
    assert.equal(decline.statusCode, 400);
    assert.match(decline.body, /Reden: kies waarom/);
    const other = await act(jobcoachC, id, { actie: 'afwijzen', reason: 'anders', note: '' });
    assert.equal(other.statusCode, 400);
    assert.match(other.body, /Toelichting: schrijf de reden op als je &quot;Anders&quot; kiest/);
    assert.deepEqual(await stored(), before);

    assert.equal((await act(jobcoachC, id, { actie: 'accepteren' })).statusCode, 303);
    assert.equal((await act(jobcoachC, id, { actie: 'starten' })).statusCode, 303);
    const pause = await act(jobcoachC, id, { actie: 'pauzeren' });
    assert.equal(pause.statusCode, 400);
    assert.equal((await act(jobcoachC, id, { actie: 'pauzeren', reason: 'wachtlijst' })).statusCode, 303);
    assert.equal((await act(jobcoachC, id, { actie: 'hervatten' })).statusCode, 303);
    const close = await act(jobcoachC, id, { actie: 'afronden' });
    assert.equal(close.statusCode, 400);
    assert.match(close.body, /Uitkomst: kies wat de uitkomst is/);
    const elsewhere = await act(jobcoachC, id, { actie: 'afronden', outcome: 'elders-verwezen' });
    assert.equal(elsewhere.statusCode, 400);
    assert.match(elsewhere.body, /Doorverwezen naar: kies naar welke organisatie/);
    assert.equal(await state(id), 'in_behandeling');
    assert.equal((await act(jobcoachC, id, { actie: 'afronden', outcome: 'aan-het-werk' })).statusCode, 303);
    assert.equal(await state(id), 'afgerond');

    // The sender sees each step, and the stored history replays through the state machine.
    const detail = await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: emmenC } });
    for (const text of ['Afgerond', 'Aan het werk gegaan', 'Accepteren: Geaccepteerd', 'Begonnen met de hulp: In behandeling', 'Pauzeren: Gepauzeerd', 'Reden: Wachtlijst', 'Weer verder: In behandeling']) {
      assert.ok(detail.body.includes(text), text);
    }
    const events = await t.db.query<{ action: ReferralAction; role: ReferralRole; reason: string | null; reason_note: string | null; outcome: string | null; follow_up_referral_id: string | null }>(
      `select action, role, reason, reason_note, outcome, follow_up_referral_id from referral_event where referral_id = $1 and action <> 'aanmaken' order by id`,
      [id],
    );
    assert.equal(replay(events.map((e) => ({ action: e.action, role: e.role, reason: e.reason, note: e.reason_note, outcome: e.outcome, followUpReferralId: e.follow_up_referral_id }))), 'afgerond');
    // Nothing more can happen after the end.
    assert.equal((await act(jobcoachC, id, { actie: 'starten' })).statusCode, 400);
    assert.equal((await act(emmenC, id, { actie: 'intrekken', reason: 'andere-oplossing' })).statusCode, 400);
    // The receiver keeps access for a short while only.
    const [consent] = await t.db.query<{ valid_until: string }>('select c.valid_until from referral r join consent c on c.id = r.consent_id where r.id = $1', [id]);
    assert.equal(consent!.valid_until, dayOffset(30));
  });

  it('"referred elsewhere" creates the follow-on referral as a concept with the owner, linked both ways', async () => {
    const personId = await newPerson('Keten', 'Verder');
    const id = await sendOk(personId);
    await act(jobcoachC, id, { actie: 'accepteren' });
    const res = await act(jobcoachC, id, { actie: 'afronden', outcome: 'elders-verwezen', followUpOrganizationId: koersvast, note: 'Past beter bij een re-integratietraject.' });
    assert.equal(res.statusCode, 303);
    const [r] = await t.db.query<{ follow: string }>('select follow_up_referral_id as follow from referral where id = $1', [id]);
    const [f] = await t.db.query<{ state: string; previous: string; sender: string; receiver: string }>(
      'select state, previous_referral_id as previous, sender_organization_id as sender, receiver_organization_id as receiver from referral where id = $1',
      [r!.follow],
    );
    assert.deepEqual(f, { state: 'concept', previous: id, sender: emmen, receiver: koersvast });
    const detail = await t.app.inject({ url: `/doorverwijzingen/${r!.follow}`, headers: { cookie: emmenC } });
    assert.match(detail.body, /Kwam voort uit/);
    assert.match(detail.body, /Stap Verder Jobcoaching/);
    const original = await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: emmenC } });
    assert.match(original.body, /Vervolg/);
    assert.match(original.body, /Doorverwezen naar een andere organisatie/);
    // Referring back to the organisation of the record is not a follow-on referral.
    const back = await sendOk(personId);
    await act(jobcoachC, back, { actie: 'accepteren' });
    const refused = await act(jobcoachC, back, { actie: 'afronden', outcome: 'elders-verwezen', followUpOrganizationId: emmen });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /de organisatie van het dossier zelf/);
    assert.equal(await state(back), 'geaccepteerd');
    assert.equal(await count('select 1 from referral where previous_referral_id = $1', [back]), 0, 'nothing left behind');
  });
});

describe('consent withdrawn during an open referral', () => {
  it('the receiver loses access at once (404), and the referral shows "toestemming ingetrokken"', async () => {
    const personId = await newPerson('Trek', 'Terug');
    const id = await sendOk(personId);
    assert.equal((await act(jobcoachC, id, { actie: 'accepteren' })).statusCode, 303);
    const [consent] = await t.db.query<{ id: string }>('select consent_id as id from referral where id = $1', [id]);
    const withdrawn = await postForm(t.app, `/personen/${personId}/toestemming/${consent!.id}/intrekken`, emmenC, {});
    assert.equal(withdrawn.statusCode, 303);
    assert.equal((await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: jobcoachC } })).statusCode, 404);
    assert.equal((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: jobcoachC } })).statusCode, 404);
    assert.equal((await act(jobcoachC, id, { actie: 'starten' })).statusCode, 404);
    assert.equal(await state(id), 'geaccepteerd');
    const inbox = await t.app.inject({ url: '/doorverwijzingen/ontvangen', headers: { cookie: jobcoachC } });
    assert.doesNotMatch(inbox.body, /Trek Terug/);
    assert.match(inbox.body, /toestemming ingetrokken/);
    assert.doesNotMatch(inbox.body, new RegExp(id), 'no link to the referral');
    const senderView = await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: emmenC } });
    assert.match(senderView.body, /Toestemming ingetrokken\./);
    assert.match((await t.app.inject({ url: '/doorverwijzingen', headers: { cookie: emmenC } })).body, /Toestemming ingetrokken \(1\)/);
    // The sender can still withdraw it, with a reason.
    assert.equal((await act(emmenC, id, { actie: 'intrekken', reason: 'toestemming-ingetrokken' })).statusCode, 303);
    assert.equal(await state(id), 'ingetrokken');
  });
});

describe('response time and the overdue signal', () => {
  it('a referral not answered in time is a signal for the sender and shows in the receiver’s overdue list; escalation after the second term', async () => {
    const personId = await newPerson('Laat', 'Antwoord');
    const id = await sendOk(personId);
    const sender = await actor(DEMO_ACCOUNTS.consulentEmmen);
    assert.ok(!(await overdueReferrals(t.db, sender, today)).some((o) => o.id === id));
    await t.db.query(`update referral set sent_on = $2::date, response_due = $3::date, escalation_due = $4::date where id = $1`, [id, dayOffset(-20), dayOffset(-8), dayOffset(-1)]);
    const overdue = (await overdueReferrals(t.db, sender, today)).find((o) => o.id === id)!;
    assert.ok(overdue, 'overdue for the sender');
    assert.equal(overdue.escalated, true);
    assert.equal(overdue.givenName, 'Laat');
    assert.match(overdue.detail, /nog niet geantwoord/);
    assert.equal(overdue.actionPath, `/doorverwijzingen/${id}`);
    const overview = await t.app.inject({ url: '/doorverwijzingen', headers: { cookie: emmenC } });
    assert.match(overview.body, /Te laat: nog geen antwoord/);
    assert.match(overview.body, /Laat Antwoord/);
    const inbox = await t.app.inject({ url: '/doorverwijzingen/ontvangen', headers: { cookie: jobcoachC } });
    assert.match(inbox.body, /Te laat: nog niet beantwoord/);
    // The receiver's answer ends the signal.
    await act(jobcoachC, id, { actie: 'accepteren' });
    assert.ok(!(await overdueReferrals(t.db, sender, today)).some((o) => o.id === id));
    assert.deepEqual(await overdueReferrals(t.db, await actor(DEMO_ACCOUNTS.beleidEmmen), today), [], 'not for roles without person records');
  });

  it('the response time is configurable per organisation by its teamleider', async () => {
    const bad = await postForm(t.app, '/doorverwijzingen/instellingen', teamleiderC, { responseWorkingDays: '8', escalationWorkingDays: '4' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Escaleren na: dit moet minstens zo lang zijn/);
    assert.equal((await postForm(t.app, '/doorverwijzingen/instellingen', emmenC, { responseWorkingDays: '3', escalationWorkingDays: '6' })).statusCode, 403);
    // Stap Verder has no teamleider in the demo; set its policy in the table, as its teamleider would.
    await t.db.query(`insert into referral_policy (organization_id, response_working_days, escalation_working_days) values ($1, 3, 6)`, [jobcoachOrg]);
    const ok = await postForm(t.app, '/doorverwijzingen/instellingen', teamleiderC, { responseWorkingDays: '4', escalationWorkingDays: '8' });
    assert.equal(ok.statusCode, 303);
    const personId = await newPerson('Snel', 'Termijn');
    const id = await sendOk(personId);
    const [r] = await t.db.query<{ response_due: string; escalation_due: string }>('select response_due, escalation_due from referral where id = $1', [id]);
    assert.deepEqual(r, { response_due: addWorkingDays(today, 3), escalation_due: addWorkingDays(today, 6) });
    await t.db.query('delete from referral_policy where organization_id = $1', [jobcoachOrg]);
  });
});

describe('receivers without InBeeld: the e-mailed link', () => {
  it('needs an address, mails a secure link without personal data, and the partner accepts and closes with an outcome', async () => {
    const personId = await newPerson('Ymke', 'Zuidema');
    const missing = await send(personId, { serviceId: koersvastService, organizationId: koersvast, externalEmail: '' });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /E-mailadres van de ontvanger: vul het e-mailadres in/);
    const id = await sendOk(personId, { serviceId: koersvastService, organizationId: koersvast, externalEmail: 'aanmelden@koersvast.example.org' });
    const [mail] = await t.db.query<{ body: string; to_address: string }>(`select body, to_address from outbox where to_address = 'aanmelden@koersvast.example.org' order by created_at desc limit 1`);
    assert.ok(mail);
    assert.doesNotMatch(mail!.body, /Ymke|Zuidema|reuma|ymke@voorbeeld/i);
    const link = mail!.body.match(/\/overdracht\/extern\?sleutel=([\w-]+)/)!;
    const [stored] = await t.db.query<{ n: number }>('select count(*)::int as n from referral_link where token_hash = $1', [link[1]]);
    assert.equal(stored!.n, 0, 'only the hash is stored');

    const page = await t.app.inject({ url: link[0] });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.body, /Ymke/);
    assert.doesNotMatch(page.body, /Zuidema/, 'first name only');
    assert.doesNotMatch(page.body, /reuma|ymke@voorbeeld/, 'no story, no contact data');
    let cookie = cookieHeader(page.headers['set-cookie']);
    const postExternal = async (fields: Record<string, string>) => {
      const form = await t.app.inject({ url: link[0], headers: { cookie } });
      cookie = cookieHeader(form.headers['set-cookie'], cookie);
      return t.app.inject({
        method: 'POST',
        url: '/overdracht/extern',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrfFrom(form.body), sleutel: link[1]!, ...fields }).toString(),
      });
    };
    const noOutcome = await postExternal({ actie: 'accepteren' });
    assert.equal(noOutcome.statusCode, 200);
    assert.equal(await state(id), 'geaccepteerd');
    const withoutOutcome = await postExternal({ actie: 'afronden' });
    assert.equal(withoutOutcome.statusCode, 400);
    assert.match(withoutOutcome.body, /Uitkomst: kies wat de uitkomst is/);
    const startRefused = await postExternal({ actie: 'pauzeren', reason: 'wachtlijst' });
    assert.equal(startRefused.statusCode, 400);
    const done = await postExternal({ actie: 'afronden', outcome: 'plaatsing-gestart' });
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /Uw antwoord is opgeslagen/);
    assert.equal(await state(id), 'afgerond');
    const sender = await t.app.inject({ url: `/doorverwijzingen/${id}`, headers: { cookie: emmenC } });
    assert.match(sender.body, /Begonnen op een werkplek/);
    assert.match(sender.body, /als ontvanger via e-maillink/);
    // The sender got an update mail, without personal data.
    const [update] = await t.db.query<{ body: string }>(`select body from outbox where to_address = $1 and subject like 'Update%' order by created_at desc limit 1`, [DEMO_ACCOUNTS.consulentEmmen]);
    assert.ok(update);
    assert.doesNotMatch(update!.body, /Ymke|Zuidema/);
  });

  it('an expired, renewed or unknown link, or withdrawn consent, closes the page', async () => {
    const personId = await newPerson('Verlopen', 'Link');
    const id = await sendOk(personId, { serviceId: koersvastService, organizationId: koersvast, externalEmail: 'koersvast@example.org' });
    const latestLink = async () => (await t.db.query<{ body: string }>(`select body from outbox where to_address = 'koersvast@example.org' order by created_at desc limit 1`))[0]!.body.match(/\/overdracht\/extern\?sleutel=[\w-]+/)![0];
    const first = await latestLink();
    assert.equal((await t.app.inject({ url: first })).statusCode, 200);
    assert.equal((await postForm(t.app, `/doorverwijzingen/${id}/nieuwe-link`, emmenC, {})).statusCode, 303);
    const second = await latestLink();
    assert.notEqual(second, first);
    assert.equal((await t.app.inject({ url: first })).statusCode, 410, 'the old link stops');
    assert.equal((await t.app.inject({ url: second })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/overdracht/extern?sleutel=onzin' })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/overdracht/extern' })).statusCode, 404);
    const [consent] = await t.db.query<{ id: string }>('select consent_id as id from referral where id = $1', [id]);
    await postForm(t.app, `/personen/${personId}/toestemming/${consent!.id}/intrekken`, emmenC, {});
    assert.equal((await t.app.inject({ url: second })).statusCode, 410, 'withdrawn consent closes the link at once');
    await t.db.query(`update referral_link set expires_at = now() - interval '1 second'`);
    assert.equal((await t.app.inject({ url: second })).statusCode, 410);
  });
});

describe('handover of the fixed contact person', () => {
  it('within the organisation: the old contact person stays until the new one accepts', async () => {
    const personId = await newPerson('Over', 'Dracht');
    const sanne = await actor(DEMO_ACCOUNTS.consulentEmmen);
    const peter = await actor(DEMO_ACCOUNTS.teamleiderEmmen);
    await postForm(t.app, `/personen/${personId}/contactpersoon`, emmenC, { accountId: sanne.accountId! });
    const contact = async () => (await t.db.query<{ c: string | null }>('select contact_person_id as c from person where id = $1', [personId]))[0]!.c;
    assert.equal(await contact(), sanne.accountId);
    const bad = await postForm(t.app, `/personen/${personId}/aanspreekpunt`, emmenC, { soort: 'collega', toAccountId: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Nieuwe contactpersoon: kies een collega/);
    assert.equal((await postForm(t.app, `/personen/${personId}/aanspreekpunt`, emmenC, { soort: 'collega', toAccountId: peter.accountId!, handoverNote: 'Sanne gaat met verlof' })).statusCode, 303);
    assert.equal(await contact(), sanne.accountId, 'not released before acceptance');
    const [h] = await t.db.query<{ id: string }>(`select id from contact_handover where person_id = $1 and status = 'voorgesteld'`, [personId]);
    assert.equal((await postForm(t.app, `/overdrachten/${h!.id}/accepteren`, emmenC, {})).statusCode, 404, 'only the named colleague accepts');
    const inbox = await t.app.inject({ url: '/doorverwijzingen/ontvangen', headers: { cookie: teamleiderC } });
    assert.match(inbox.body, /Over Dracht/);
    assert.equal((await postForm(t.app, `/overdrachten/${h!.id}/accepteren`, teamleiderC, {})).statusCode, 303);
    assert.equal(await contact(), peter.accountId);
    const [change] = await t.db.query<{ from_account_id: string; to_account_id: string; note: string }>(
      'select from_account_id, to_account_id, note from contact_person_change where person_id = $1 order by changed_at desc limit 1',
      [personId],
    );
    assert.deepEqual({ ...change }, { from_account_id: sanne.accountId, to_account_id: peter.accountId, note: 'Warme overdracht: de nieuwe contactpersoon heeft geaccepteerd' });
  });

  it('between organisations: needs consent, and on acceptance the record moves; the old organisation loses access', async () => {
    const personId = await newPerson('Ver', 'Huisd');
    const refused = await postForm(t.app, `/personen/${personId}/aanspreekpunt`, emmenC, { soort: 'organisatie', toOrganizationId: hoogeveenOrg, handoverParts: ['basis'] });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Toestemming: vink aan/);
    assert.equal(await count('select 1 from contact_handover where person_id = $1', [personId]), 0);
    assert.equal((await postForm(t.app, `/personen/${personId}/aanspreekpunt`, emmenC, { soort: 'organisatie', toOrganizationId: hoogeveenOrg, handoverParts: ['basis', 'verhaal'], handoverConsentMethod: 'in-persoon', handoverConsent: 'ja' })).statusCode, 303);
    const [h] = await t.db.query<{ id: string }>(`select id from contact_handover where person_id = $1 and status = 'voorgesteld'`, [personId]);
    assert.equal((await postForm(t.app, `/overdrachten/${h!.id}/accepteren`, jobcoachC, {})).statusCode, 404);
    assert.match((await t.app.inject({ url: '/doorverwijzingen/ontvangen', headers: { cookie: hoogeveenC } })).body, /Ver Huisd/);
    assert.equal((await postForm(t.app, `/overdrachten/${h!.id}/accepteren`, hoogeveenC, {})).statusCode, 303);
    const johan = await actor(DEMO_ACCOUNTS.consulentHoogeveen);
    const [p] = await t.db.query<{ owner: string; contact: string }>('select owner_organization_id as owner, contact_person_id as contact from person where id = $1', [personId]);
    assert.deepEqual({ ...p }, { owner: hoogeveenOrg, contact: johan.accountId });
    assert.equal((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: hoogeveenC } })).statusCode, 200);
    assert.equal((await t.app.inject({ url: `/personen/${personId}`, headers: { cookie: emmenC } })).statusCode, 404);
  });

  it('a decline needs a reason and leaves the contact person as it was', async () => {
    const personId = await newPerson('Nee', 'Dank');
    const peter = await actor(DEMO_ACCOUNTS.teamleiderEmmen);
    await postForm(t.app, `/personen/${personId}/aanspreekpunt`, emmenC, { soort: 'collega', toAccountId: peter.accountId! });
    const [h] = await t.db.query<{ id: string }>(`select id from contact_handover where person_id = $1 and status = 'voorgesteld'`, [personId]);
    assert.equal((await postForm(t.app, `/overdrachten/${h!.id}/afwijzen`, teamleiderC, {})).statusCode, 400);
    assert.equal((await postForm(t.app, `/overdrachten/${h!.id}/afwijzen`, teamleiderC, { declineReason: 'Mijn caseload is vol' })).statusCode, 303);
    const [row] = await t.db.query<{ status: string; reason: string }>('select status, decline_reason as reason from contact_handover where id = $1', [h!.id]);
    assert.deepEqual({ ...row }, { status: 'afgewezen', reason: 'Mijn caseload is vol' });
  });
});

describe("the person's own page", () => {
  it('shows where they were referred, the status in plain words and the contact person; the person can turn it off', async () => {
    const personId = await newPerson('Eigen', 'Link');
    const sanne = await actor(DEMO_ACCOUNTS.consulentEmmen);
    await postForm(t.app, `/personen/${personId}/contactpersoon`, emmenC, { accountId: sanne.accountId! });
    const id = await sendOk(personId);
    await act(jobcoachC, id, { actie: 'accepteren' });
    const made = await postForm(t.app, `/personen/${personId}/persoonlijke-link`, emmenC, {});
    assert.equal(made.statusCode, 200);
    const url = made.body.match(/\/mijn-doorverwijzingen\?sleutel=[\w-]+/)![0];
    const logBefore = await count(`select 1 from processing_log where activity = 'persoon.inzage'`);
    const page = await t.app.inject({ url });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    for (const text of ['Hallo Eigen', 'Sanne de Vries (demo) van Gemeente Emmen, team Werk', 'Stap Verder Jobcoaching heeft je aanmelding aangenomen. Zij nemen contact met je op.']) {
      assert.ok(page.body.includes(text), text);
    }
    assert.equal(await count(`select 1 from processing_log where activity = 'persoon.inzage'`), logBefore + 1, 'reading it is logged');
    const off = await t.app.inject({
      method: 'POST',
      url: '/mijn-doorverwijzingen/uitzetten',
      headers: { cookie: cookieHeader(page.headers['set-cookie']), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfFrom(page.body), sleutel: url.split('=')[1]! }).toString(),
    });
    assert.equal(off.statusCode, 200);
    assert.match(off.body, /De link is uitgezet/);
    assert.equal((await t.app.inject({ url })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/mijn-doorverwijzingen' })).statusCode, 404);
  });
});

describe('notifications, erasure, unknown ids', () => {
  it('no e-mail carries personal data', async () => {
    const mails = await t.db.query<{ body: string; subject: string }>(`select subject, body from outbox where subject like '%oorverwijzing%' or subject like '%aanspreekpunt%'`);
    assert.ok(mails.length >= 5);
    const persons = await t.db.query<{ given_name: string; family_name: string; email: string | null }>('select given_name, family_name, email from person');
    for (const m of mails) {
      for (const p of persons) {
        assert.ok(!m.body.includes(p.family_name) && !m.subject.includes(p.family_name), `${m.subject} names ${p.family_name}`);
        if (p.email) assert.ok(!m.body.includes(p.email));
      }
    }
  });

  it('erasing a record erases what its referrals say and ends its links', async () => {
    const personId = await newPerson('Wis', 'Verwijzing');
    const id = await sendOk(personId, { serviceId: koersvastService, organizationId: koersvast, externalEmail: 'koersvast@example.org' });
    assert.ok(await anonymisePerson(t.db, await actor(DEMO_ACCOUNTS.consulentEmmen), personId));
    const [r] = await t.db.query<{ question: string; external_email: string | null; consent_id: string | null }>('select question, external_email, consent_id from referral where id = $1', [id]);
    assert.deepEqual({ ...r }, { question: 'Geanonimiseerd', external_email: 'koersvast@example.org', consent_id: null });
    assert.equal(await count('select 1 from referral_link where referral_id = $1', [id]), 0);
  });

  it('answers 404 for unknown or malformed ids on every referral route, never 500', async () => {
    const unknown = uuidFromKey('x', 'onbekend');
    for (const [method, url] of [
      ['GET', `/doorverwijzingen/${unknown}`], ['GET', '/doorverwijzingen/geen-id'], ['POST', `/doorverwijzingen/${unknown}/actie`], ['POST', `/doorverwijzingen/${unknown}/versturen`],
      ['POST', `/doorverwijzingen/${unknown}/nieuwe-link`], ['GET', `/personen/${unknown}/doorverwijzingen`], ['POST', `/personen/${unknown}/doorverwijzingen`],
      ['POST', `/personen/${unknown}/aanspreekpunt`], ['POST', `/personen/${unknown}/persoonlijke-link`], ['POST', `/overdrachten/${unknown}/accepteren`],
      ['POST', '/overdrachten/12/intrekken'],
    ] as const) {
      const res = method === 'GET' ? await t.app.inject({ url, headers: { cookie: emmenC } }) : await postForm(t.app, url, emmenC, { actie: 'accepteren', soort: 'collega', toAccountId: unknown });
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.statusCode}`);
    }
  });
});

describe('report for the monitor', () => {
  it('counts referrals by outcome and by reason of failure, per organisation and offer', async () => {
    const personId = await newPerson('Rap', 'Port');
    const declined = await sendOk(personId);
    await act(jobcoachC, declined, { actie: 'afwijzen', reason: 'geen-plek' });
    const failed = await sendOk(personId);
    await act(jobcoachC, failed, { actie: 'accepteren' });
    await act(jobcoachC, failed, { actie: 'niet-gelukt', reason: 'niet-bereikt' });
    const rows = await referralReport(t.db, await actor(DEMO_ACCOUNTS.beleidEmmen), { from: today, to: today });
    const find = (state: string, outcome: string | null, reason: string | null) =>
      rows.find((r) => r.receiverOrganizationId === jobcoachOrg && r.serviceName === 'Jobcoaching op je werk' && r.state === state && r.outcome === outcome && r.reason === reason)?.count ?? 0;
    const [expected] = await t.db.query<{ afgerond: number; geenPlek: number; nietBereikt: number; werk: number }>(
      `select count(*) filter (where state = 'afgerond')::int as afgerond,
         count(*) filter (where state = 'afgewezen' and reason = 'geen-plek')::int as "geenPlek",
         count(*) filter (where state = 'niet_gelukt' and reason = 'niet-bereikt')::int as "nietBereikt",
         count(*) filter (where outcome = 'aan-het-werk')::int as werk
       from referral where service_id = $1 and sent_on = $2::date`,
      [jobcoachService, today],
    );
    assert.ok(expected!.geenPlek >= 1 && expected!.nietBereikt >= 1 && expected!.werk >= 1);
    assert.equal(find('afgewezen', null, 'geen-plek'), expected!.geenPlek);
    assert.equal(find('niet_gelukt', null, 'niet-bereikt'), expected!.nietBereikt);
    assert.equal(find('afgerond', 'aan-het-werk', null), expected!.werk);
    assert.equal(rows.filter((r) => r.state === 'afgerond' && r.receiverOrganizationId === jobcoachOrg && r.serviceName === 'Jobcoaching op je werk').reduce((n, r) => n + r.count, 0), expected!.afgerond);
    // Another organisation's report does not count Emmen's referrals.
    const other = await referralReport(t.db, await actor(DEMO_ACCOUNTS.consulentHoogeveen), { from: today, to: today });
    assert.equal(other.reduce((n, r) => n + r.count, 0), await count(`select 1 from referral where (sender_organization_id = $1 or receiver_organization_id = $1) and sent_on = $2::date`, [hoogeveenOrg, today]));
    const page = await t.app.inject({ url: `/doorverwijzingen/rapport?van=${today}&tot=${today}`, headers: { cookie: (await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen)).cookie } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Redenen als het niet lukte/);
    assert.doesNotMatch(page.body, /Rap Port/, 'aggregates only');
    const bad = await t.app.inject({ url: '/doorverwijzingen/rapport?van=gisteren', headers: { cookie: teamleiderC } });
    assert.equal(bad.statusCode, 400);
  });
});
