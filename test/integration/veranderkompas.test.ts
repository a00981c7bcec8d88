// Veranderkompas trajectories: set-up by a kartrekker, participants, meetings,
// marks, notes, actions with a status history, the report (HTML and PDF),
// access (only participants; everyone else 404) and bad input (Dutch, 4xx,
// nothing stored).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let kartrekker: string; // beleidsmedewerker Emmen
let consulent: string;
let teamleider: string;
let hoogeveen: string; // another gemeente, not a participant
let jobcoach: string; // another organisation, not a participant
let trajectory = '';
let meeting1 = '';
let meeting2 = '';
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

before(async () => {
  t = await testApp();
  kartrekker = (await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen)).cookie;
  consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
  teamleider = (await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).cookie;
  hoogeveen = (await loginAs(t.app, DEMO_ACCOUNTS.consulentHoogeveen)).cookie;
  jobcoach = (await loginAs(t.app, DEMO_ACCOUNTS.consulentJobcoach)).cookie;
});
after(async () => {
  await t?.close();
});

async function count(table: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`select count(*) as n from ${table}`);
  return row!.n;
}

const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
const post = (url: string, cookie: string, fields: Record<string, string | string[]>) => postForm(t.app, url, cookie, fields, '/veranderkompas');

async function participantId(email: string): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    'select p.id from veranderkompas_participant p join account a on a.id = p.account_id where p.trajectory_id = $1 and a.email = $2',
    [trajectory, email],
  );
  return row!.id;
}

describe('setting up a trajectory', () => {
  it('refuses a trajectory with bad input, naming every field in Dutch, and stores nothing', async () => {
    const before = await count('veranderkompas_trajectory');
    const res = await post('/veranderkompas', kartrekker, { name: 'x'.repeat(121), area: 'gemeente:GM9999', steps: ['7'], ownRole: 'koning' });
    assert.equal(res.statusCode, 400);
    for (const text of ['Naam van het traject: dit is te lang', 'Gebied: dit gebied kennen we niet', 'Stappen: kies alleen stappen uit de lijst', 'Rol in het traject: &quot;koning&quot; kennen we niet']) {
      assert.ok(res.body.includes(text), text);
    }
    const empty = await post('/veranderkompas', kartrekker, {});
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Naam van het traject: vul dit veld in/);
    assert.match(empty.body, /Stappen: kies minstens één stap/);
    assert.equal(await count('veranderkompas_trajectory'), before);
  });

  it('a kartrekker starts a trajectory for an arbeidsmarktregio, with chosen steps', async () => {
    const form = await get('/veranderkompas/nieuw', kartrekker);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="regio:AM03"/);
    const res = await post('/veranderkompas', kartrekker, { name: 'Kompas Drenthe', area: 'regio:AM03', steps: ['1', '3'], ownRole: 'beleid', focus: 'Mensen beter in beeld houden.' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    trajectory = String(res.headers.location).match(/\/veranderkompas\/([0-9a-f-]{36})/)![1]!;
    const page = await get(`/veranderkompas/${trajectory}`, kartrekker);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Kompas Drenthe/);
    assert.match(page.body, /Arbeidsmarktregio Drenthe: .*Emmen/);
    assert.match(page.body, /1\. Aandacht, 3\. Dienstverlening/);
    const [{ n }] = (await t.db.query<{ n: number }>('select count(*) as n from veranderkompas_trajectory_gemeente where trajectory_id = $1', [trajectory])) as [{ n: number }];
    assert.ok(n > 1, 'all gemeenten of the regio');
    assert.match((await get('/veranderkompas', kartrekker)).body, /Kompas Drenthe/);
  });

  it('invites participants by the e-mail address of an existing account, and adds a guest without an account', async () => {
    for (const [email, role] of [[DEMO_ACCOUNTS.consulentEmmen, 'professional'], [DEMO_ACCOUNTS.teamleiderEmmen, 'management']] as const) {
      const res = await post(`/veranderkompas/${trajectory}/deelnemers`, kartrekker, { kind: 'account', email, role });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    }
    const guest = await post(`/veranderkompas/${trajectory}/deelnemers`, kartrekker, { kind: 'gast', guestName: 'Ervaringsdeskundige 1', guestRole: 'ervaringsdeskundige' });
    assert.equal(guest.statusCode, 303);
    const before = await count('veranderkompas_participant');
    const unknown = await post(`/veranderkompas/${trajectory}/deelnemers`, kartrekker, { kind: 'account', email: 'niemand@example.org', role: 'beleid' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /er is geen account met dit e-mailadres/);
    const twice = await post(`/veranderkompas/${trajectory}/deelnemers`, kartrekker, { kind: 'account', email: DEMO_ACCOUNTS.consulentEmmen, role: 'beleid' });
    assert.equal(twice.statusCode, 400);
    assert.match(twice.body, /doet al mee/);
    const bad = await post(`/veranderkompas/${trajectory}/deelnemers`, kartrekker, { kind: 'account', email: 'geen-adres', role: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /dit is geen geldig e-mailadres/);
    assert.match(bad.body, /Rol in het traject: maak een keuze/);
    assert.equal(await count('veranderkompas_participant'), before);
    const page = await get(`/veranderkompas/${trajectory}`, consulent);
    assert.equal(page.statusCode, 200, 'an invited participant sees the trajectory');
    assert.match(page.body, /Ervaringsdeskundige 1/);
  });

  it('only the kartrekker plans meetings; a bad date is refused', async () => {
    assert.equal((await post(`/veranderkompas/${trajectory}/bijeenkomsten`, consulent, { date: today })).statusCode, 403);
    const before = await count('veranderkompas_meeting');
    const bad = await post(`/veranderkompas/${trajectory}/bijeenkomsten`, kartrekker, { date: '2026-02-30' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Datum van de bijeenkomst: dit is geen geldige datum/);
    assert.equal(await count('veranderkompas_meeting'), before);
    const res = await post(`/veranderkompas/${trajectory}/bijeenkomsten`, kartrekker, { date: inDays(-30), title: 'Aftrap' });
    assert.equal(res.statusCode, 303);
    meeting1 = String(res.headers.location).match(/bijeenkomsten\/([0-9a-f-]{36})/)![1]!;
  });
});

describe('marks, notes and actions', () => {
  it('participants mark steering factors and solution directions; the kartrekker sees the counts together', async () => {
    const step = `/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}/stappen/1`;
    const page = await get(step, consulent);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Aandacht voor mensen met een arbeidsbeperking zonder uitkering/);
    assert.match(page.body, /name="mark-VK-S1-SF1"/);
    const english = await get(`${step}?taal=en`, consulent);
    assert.match(english.body, /lang="en">Attention for people with an occupational disability/);

    const a = await post(`${step}/markeringen`, consulent, { 'mark-VK-S1-SF1': 'kansrijk', 'mark-VK-S1-OR1': 'aanwezig', 'note-VK-S1-OR1': 'Doen we al in de regio.' });
    assert.equal(a.statusCode, 303, a.body.slice(0, 300));
    const b = await post(`${step}/markeringen`, teamleider, { 'mark-VK-S1-SF1': 'kansrijk', 'mark-VK-S1-SF2': 'niet-relevant' });
    assert.equal(b.statusCode, 303);
    // The kartrekker records the marks of the guest participant.
    const [guest] = await t.db.query<{ id: string }>('select id from veranderkompas_participant where trajectory_id = $1 and guest_name is not null', [trajectory]);
    const g = await post(`${step}/markeringen`, kartrekker, { voor: guest!.id, 'mark-VK-S1-SF1': 'aanwezig' });
    assert.equal(g.statusCode, 303);
    assert.match(String(g.headers.location), new RegExp(`namens=${guest!.id}`));
    // A participant cannot mark for someone else.
    const other = await post(`${step}/markeringen`, consulent, { voor: await participantId(DEMO_ACCOUNTS.teamleiderEmmen), 'mark-VK-S1-SF1': 'niet-relevant' });
    assert.equal(other.statusCode, 404);

    const rows = await t.db.query<{ mark: string; n: number }>(
      `select mark, count(*) as n from veranderkompas_mark where meeting_id = $1 and item_id = 'VK-S1-SF1' group by mark order by mark`,
      [meeting1],
    );
    assert.deepEqual(rows.map((r) => [r.mark, r.n]), [['aanwezig', 1], ['kansrijk', 2]]);
    const overview = await get(step, kartrekker);
    assert.match(overview.body, /<caption[^>]*>Markeringen bij stap 1/);
    assert.match(overview.body, /VK-S1-SF1\)<\/span><\/th><td>2<\/td><td>1<\/td><td>0<\/td>/);
    // The chart is Vega's server-side SVG (as in the monitor): one labelled image, its numbers in the table.
    const svg = /<div class="chart vk-chart"><svg ([^>]*)>([\s\S]*?)<\/svg>/.exec(overview.body);
    assert.ok(svg, 'the step page has a Vega chart');
    assert.match(svg[1] ?? '', /role="img"/);
    assert.match(svg[1] ?? '', /aria-label="Grafiek: Markeringen bij stap 1\. De getallen staan in de tabel/);
    assert.doesNotMatch(svg[0], /style="/);
    // Three marks per item, so three bars per item (one with width 0 for "niet relevant").
    assert.ok(((svg[2] ?? '').match(/<path /g) ?? []).length >= 3);
    assert.match(overview.body, /Doen we al in de regio\./);
    assert.match(overview.body, /3 van 4 deelnemers hebben in deze bijeenkomst iets gemarkeerd/);
    const meetingPage = await get(`/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}`, kartrekker);
    assert.match(meetingPage.body, /Bewust worden van verwachtingen en vooroordelen \(stuurfactor\): 2 keer kansrijk/);
  });

  it('changing one’s marks replaces them; an unknown mark is refused and nothing changes', async () => {
    const step = `/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}/stappen/1`;
    const before = await t.db.query('select * from veranderkompas_mark order by item_id, participant_id');
    const bad = await post(`${step}/markeringen`, consulent, { 'mark-VK-S1-SF1': 'super', 'note-VK-S1-SF2': 'x'.repeat(501) });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /deze keuze kennen we niet/);
    assert.match(bad.body, /Notitie bij VK-S1-SF2: dit is te lang/);
    assert.deepEqual(await t.db.query('select * from veranderkompas_mark order by item_id, participant_id'), before);
  });

  it('steps that were not chosen, and unknown steps, are 404', async () => {
    for (const s of ['2', '6', 'x', '1e0']) {
      assert.equal((await get(`/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}/stappen/${s}`, consulent)).statusCode, 404, s);
    }
  });

  it('records notes per conversation question', async () => {
    const step = `/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}/stappen/1`;
    const empty = await post(`${step}/notities`, consulent, {});
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /schrijf bij minstens één vraag iets op/);
    const res = await post(`${step}/notities`, consulent, { 'vraag-VK-S1-GV1': 'Vooral de consulenten hebben er aandacht voor.', 'vraag-VK-ALG-GV1': 'Stuurfactor 1 is het belangrijkst.' });
    assert.equal(res.statusCode, 303);
    assert.equal(await count('veranderkompas_question_note'), 2);
    assert.match((await get(step, kartrekker)).body, /Vooral de consulenten hebben er aandacht voor\./);
  });

  it('adds an action linked to a steering factor, and completes it in a second meeting; the history stays', async () => {
    const base = `/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}`;
    const before = await count('veranderkompas_action');
    const bad = await post(`${base}/acties`, consulent, { what: '', who: 'x'.repeat(121), dueDate: 'morgen', steeringFactorId: 'VK-S2-SF1' });
    assert.equal(bad.statusCode, 400);
    for (const text of ['Wat gaat er gebeuren: vul dit veld in', 'Wie doet het: dit is te lang', 'Klaar op: dit is geen geldige datum', 'Stuurfactor: kies een stuurfactor uit de lijst']) {
      assert.ok(bad.body.includes(text), text);
    }
    assert.equal(await count('veranderkompas_action'), before);
    const res = await post(`${base}/acties`, consulent, { what: 'Persona’s bespreken in het teamoverleg', who: 'Teamleider', dueDate: inDays(20), steeringFactorId: 'VK-S1-SF2' });
    assert.equal(res.statusCode, 303);
    const [action] = await t.db.query<{ id: string }>('select id from veranderkompas_action where trajectory_id = $1', [trajectory]);
    assert.equal((await post(`${base}/acties/${action!.id}`, consulent, { status: 'bezig' })).statusCode, 303);

    const second = await post(`/veranderkompas/${trajectory}/bijeenkomsten`, kartrekker, { date: today, title: 'Tweede bijeenkomst' });
    meeting2 = String(second.headers.location).match(/bijeenkomsten\/([0-9a-f-]{36})/)![1]!;
    const badStatus = await post(`/veranderkompas/${trajectory}/bijeenkomsten/${meeting2}/acties/${action!.id}`, teamleider, { status: 'af' });
    assert.equal(badStatus.statusCode, 400);
    assert.match(badStatus.body, /Status: kies open, bezig of klaar/);
    const done = await post(`/veranderkompas/${trajectory}/bijeenkomsten/${meeting2}/acties/${action!.id}`, teamleider, { status: 'klaar', note: 'Besproken op 3 maart.' });
    assert.equal(done.statusCode, 303);
    const history = await t.db.query<{ status: string }>('select status from veranderkompas_action_update where action_id = $1 order by id', [action!.id]);
    assert.deepEqual(history.map((h) => h.status), ['open', 'bezig', 'klaar']);

    const page = await get(`/veranderkompas/${trajectory}`, kartrekker);
    assert.match(page.body, /<caption[^>]*>Acties per status, bij elke bijeenkomst<\/caption>/);
    // At the first meeting the action was in progress, at the second it was done.
    assert.match(page.body, /Aftrap<\/th><td>0<\/td><td>1<\/td><td>0<\/td>/);
    assert.match(page.body, /Tweede bijeenkomst<\/th><td>0<\/td><td>0<\/td><td>1<\/td>/);
    assert.equal((await post(`${base}/acties/${crypto.randomUUID()}`, consulent, { status: 'klaar' })).statusCode, 404);
  });

  it('the report is there as HTML and as PDF', async () => {
    const html = await get(`/veranderkompas/${trajectory}/rapport`, teamleider);
    assert.equal(html.statusCode, 200);
    assert.match(html.body, /Rapport: Kompas Drenthe/);
    assert.match(html.body, /Persona’s bespreken in het teamoverleg/);
    assert.match(html.body, /Vooral de consulenten hebben er aandacht voor\./);
    assert.match(html.body, /Verloop: hoe vaak kansrijk, per bijeenkomst/);
    const pdf = await get(`/veranderkompas/${trajectory}/rapport.pdf`, teamleider);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(String(pdf.headers['content-disposition']), /attachment/);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  });
});

describe('access', () => {
  const urls = () => [
    `/veranderkompas/${trajectory}`,
    `/veranderkompas/${trajectory}/rapport`,
    `/veranderkompas/${trajectory}/rapport.pdf`,
    `/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}`,
    `/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}/stappen/1`,
  ];

  it('someone who is not a participant gets 404, in the same and in another organisation, and cannot write', async () => {
    for (const cookie of [hoogeveen, jobcoach]) {
      for (const url of urls()) assert.equal((await get(url, cookie)).statusCode, 404, url);
      assert.doesNotMatch((await get('/veranderkompas', cookie)).body, /Kompas Drenthe/);
      const before = await count('veranderkompas_mark');
      const res = await post(`/veranderkompas/${trajectory}/bijeenkomsten/${meeting1}/stappen/1/markeringen`, cookie, { 'mark-VK-S1-SF1': 'kansrijk' });
      assert.equal(res.statusCode, 404);
      assert.equal(await count('veranderkompas_mark'), before);
      assert.equal((await post(`/veranderkompas/${trajectory}/deelnemers`, cookie, { kind: 'account', email: DEMO_ACCOUNTS.consulentHoogeveen, role: 'beleid' })).statusCode, 404);
    }
  });

  it('unknown and malformed ids are 404, not errors', async () => {
    for (const url of [`/veranderkompas/${crypto.randomUUID()}`, '/veranderkompas/niet-een-id/rapport', `/veranderkompas/${trajectory}/bijeenkomsten/${crypto.randomUUID()}`, `/veranderkompas/${trajectory}/bijeenkomsten/abc/stappen/1`]) {
      assert.equal((await get(url, kartrekker)).statusCode, 404, url);
    }
  });

  it('a meeting of another trajectory cannot be used through this one', async () => {
    const res = await post('/veranderkompas', hoogeveen, { name: 'Kompas Hoogeveen', area: 'gemeente:GM0118', steps: ['1'], ownRole: 'professional' });
    const other = String(res.headers.location).match(/\/veranderkompas\/([0-9a-f-]{36})/)![1]!;
    assert.equal((await get(`/veranderkompas/${other}/bijeenkomsten/${meeting1}`, hoogeveen)).statusCode, 404);
  });

  it('a removed participant loses access at once; their earlier marks stay', async () => {
    const id = await participantId(DEMO_ACCOUNTS.teamleiderEmmen);
    assert.equal((await post(`/veranderkompas/${trajectory}/deelnemers/${id}/verwijderen`, consulent, {})).statusCode, 403, 'only the kartrekker');
    const marks = await count('veranderkompas_mark');
    assert.equal((await post(`/veranderkompas/${trajectory}/deelnemers/${id}/verwijderen`, kartrekker, {})).statusCode, 303);
    assert.equal((await get(`/veranderkompas/${trajectory}`, teamleider)).statusCode, 404);
    assert.equal(await count('veranderkompas_mark'), marks);
    const kartrekkerId = await participantId(DEMO_ACCOUNTS.beleidEmmen);
    assert.equal((await post(`/veranderkompas/${trajectory}/deelnemers/${kartrekkerId}/verwijderen`, kartrekker, {})).statusCode, 404, 'the kartrekker stays');
  });

  it('the kartrekker changes steps and gemeenten within the regio only', async () => {
    const bad = await post(`/veranderkompas/${trajectory}/instellingen`, kartrekker, { steps: ['1'], gemeenten: ['GM0363'] });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Gemeenten: kies alleen gemeenten uit de lijst/);
    const ok = await post(`/veranderkompas/${trajectory}/instellingen`, kartrekker, { steps: ['1', '3', '5'], gemeenten: ['GM0114', 'GM0118'] });
    assert.equal(ok.statusCode, 303);
    const page = await get(`/veranderkompas/${trajectory}`, consulent);
    assert.match(page.body, /Emmen, Hoogeveen/);
    assert.match(page.body, /5\. Samenwerking/);
  });
});
