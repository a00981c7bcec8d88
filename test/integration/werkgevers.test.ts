import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { DEMO_WSP_KEY } from '../../src/db/werkgevers/demo.ts';
import { createVacancy, readVacancy, saveEmployer } from '../../src/db/werkgevers/employers.ts';
import { rankCandidatesFor, scanCandidatesFor } from '../../src/db/werkgevers/ranking.ts';
import { saveProfile } from '../../src/db/werkgevers/profiles.ts';
import { compareMatches, mayPropose } from '../../src/domain/matching/rank.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { cookieHeader, loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';
import { candidateArb, vacancyArb } from '../helpers/matching-arbitraries.ts';

let t: TestApp;
let adviser: string;
let consulent: string;
const wsp = uuidFromKey('organization', DEMO_WSP_KEY);
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');

before(async () => {
  t = await testApp();
  adviser = (await loginAs(t.app, DEMO_ACCOUNTS.werkgeversadviseur)).cookie;
  consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
});
after(async () => {
  await t?.close();
});

const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });

async function freePerson(): Promise<{ id: string; name: string }> {
  const [row] = await t.db.query<{ id: string; name: string }>(
    `select p.id, p.given_name || ' ' || p.family_name as name from person p where p.owner_organization_id = $1
       and not exists (select 1 from candidate_profile c where c.person_id = p.id) order by p.id limit 1`,
    [emmen],
  );
  return row!;
}

describe('werkgevers en matching', () => {
  it('the demo shows employers, vacancies, pseudonymous candidates and proposals to the werkgeversadviseur', async () => {
    for (const [url, word] of [['/werkgevers', 'Zorgcentrum De Horst'], ['/vacatures', 'Medewerker retouren'], ['/kandidaten', 'Kandidaat K-'], ['/voorstellen', 'wacht op de werkgever'], ['/werkgevers/vandaag', 'Open vacatures']] as const) {
      const res = await get(url, adviser);
      assert.equal(res.statusCode, 200, url);
      assert.ok(res.body.includes(word), `${url} shows ${word}`);
    }
    // Outside the gemeente: no name until the person agreed to meet (Mirjam agreed in the demo; Ahmed did not).
    const list = await get('/kandidaten', adviser);
    assert.ok(!list.body.includes('Benali'));
  });

  it('a werkgeversadviseur never sees a person record', async () => {
    const person = await freePerson();
    for (const url of [`/personen/${person.id}`, `/personen/${person.id}/werkprofiel`, '/personen', '/caseload']) {
      assert.equal((await get(url, adviser)).statusCode, 403, url);
    }
  });

  it('runs the whole way: employer, part-time vacancy, consented profile, proposal with reasons, both accept, placement with nazorg; withdrawal removes the profile at once', async () => {
    let res = await postForm(t.app, '/werkgevers', adviser, { name: 'Bakkerij Test (demo)', gemeenteCode: 'GM0114', openTo: ['deeltijd', 'jobcoach'], contactEmail: 'bakker@example.org' }, '/werkgevers/nieuw');
    assert.equal(res.statusCode, 303);
    const employerPath = res.headers.location as string;
    res = await postForm(t.app, `${employerPath}/vacatures`, adviser, {
      title: 'Hulp in de bakkerij', gemeenteCode: 'GM0114', hoursMin: '12', hoursMax: '16', roster: 'vast', pace: '1', structure: '3', clientContact: '1',
      physical: '2', stimuli: '1', ovReachable: 'ja', adaptationsPossible: 'ja', origin: 'jobcarving', banenafspraak: 'ja', benefits: ['loonkostenvoordeel', 'no-riskpolis'],
    }, `${employerPath}/vacatures/nieuw`);
    assert.equal(res.statusCode, 303);
    const vacancyPath = res.headers.location as string;
    const vacancyPage = await get(vacancyPath, adviser);
    assert.match(vacancyPage.body, /Wet tegemoetkomingen loondomein/);

    const person = await freePerson();
    res = await postForm(t.app, `/personen/${person.id}/werkprofiel`, consulent, {
      wishes: 'Rustig werk met vaste taken', hoursMax: '16', hoursMin: '12', rosterNeed: 'vast', clientContactMax: '1', stimuliMax: '1', reachGemeenten: ['GM0114'],
      needsOv: 'ja', hard: ['klantcontact'], shareWith: [wsp], method: 'in-persoon', agreed: 'ja',
    }, `/personen/${person.id}/werkprofiel`);
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const [profile] = await t.db.query<{ id: string; code: string }>('select id, code from candidate_profile where person_id = $1', [person.id]);

    const workbench = await get(vacancyPath, adviser);
    assert.ok(workbench.body.includes(`Kandidaat ${profile!.code}`), 'pseudonymous on the workbench');
    assert.ok(!workbench.body.includes(person.name), 'no name before the introduction');
    assert.match(workbench.body, /Contact met klanten: de baan vraagt geen, de kandidaat kan tot geen/);

    res = await postForm(t.app, `${vacancyPath}/voorstellen`, adviser, { profileId: profile!.id }, vacancyPath);
    assert.equal(res.statusCode, 303);
    const [match] = await t.db.query<{ id: string }>('select id from job_match where person_id = $1', [person.id]);
    // The employer cannot answer before the person did.
    res = await postForm(t.app, `/voorstellen/${match!.id}/werkgever`, adviser, { antwoord: 'ja' }, '/voorstellen');
    assert.equal(res.statusCode, 409);
    res = await postForm(t.app, `/voorstellen/${match!.id}/persoon`, consulent, { antwoord: 'ja' }, '/voorstellen');
    assert.equal(res.statusCode, 303);
    assert.ok((await get('/voorstellen', adviser)).body.includes(person.name), 'the name after the person agreed to meet');
    res = await postForm(t.app, `/voorstellen/${match!.id}/werkgever`, adviser, { antwoord: 'ja' }, '/voorstellen');
    assert.equal(res.statusCode, 303);
    res = await postForm(t.app, `/voorstellen/${match!.id}/plaatsing`, consulent, { startDate: '2026-01-05', contractKind: 'tijdelijk' }, `/voorstellen/${match!.id}/plaatsing`);
    assert.equal(res.statusCode, 400, 'a temporary contract needs an end date');
    assert.match(res.body, /Einddatum contract: een tijdelijk contract heeft een einddatum/);
    res = await postForm(t.app, `/voorstellen/${match!.id}/plaatsing`, consulent, { startDate: '2026-01-05', contractKind: 'tijdelijk', contractEnd: '2026-12-31', hoursPerWeek: '14' }, `/voorstellen/${match!.id}/plaatsing`);
    assert.equal(res.statusCode, 303);
    const nazorg = await get(`/personen/${person.id}/nazorg`, consulent);
    assert.match(nazorg.body, /Hulp in de bakkerij/);
    assert.match(nazorg.body, /Eerste gesprek|eerste gesprek/);
    const [placement] = await t.db.query<{ came_about: string; banenafspraak: boolean }>('select pl.came_about, pl.banenafspraak from placement pl join job_match m on m.placement_id = pl.id where m.id = $1 and pl.person_id = $2', [match!.id, person.id]);
    assert.deepEqual(placement, { came_about: 'jobcarving', banenafspraak: true });

    res = await postForm(t.app, `/personen/${person.id}/werkprofiel/intrekken`, consulent, {}, `/personen/${person.id}/werkprofiel`);
    assert.equal(res.statusCode, 200);
    assert.ok(!(await get('/kandidaten', adviser)).body.includes(profile!.code), 'gone from the list at once');
    assert.equal((await get(`/kandidaten/${profile!.id}`, adviser)).statusCode, 404);
    const [consents] = await t.db.query<{ n: number }>(`select count(*)::int as n from consent where person_id = $1 and 'werkprofiel' = any (parts) and withdrawn_at is null`, [person.id]);
    assert.equal(consents!.n, 0);
  });

  it('refuses malformed fields with a 400 and a Dutch message per field, and stores nothing', async () => {
    const before = await t.db.query<{ n: number }>('select count(*)::int as n from vacancy');
    const [employer] = await t.db.query<{ id: string }>('select id from employer where organization_id = $1 limit 1', [wsp]);
    const res = await postForm(t.app, `/werkgevers/${employer!.id}/vacatures`, adviser, {
      title: '', hoursMin: '50', hoursMax: 'veel', pace: '7', clientContact: 'x', gemeenteCode: 'GM9999', origin: 'toverij', ovReachable: 'misschien', benefits: ['gratis-geld'], occupationCode: '999',
    }, `/werkgevers/${employer!.id}/vacatures/nieuw`);
    assert.equal(res.statusCode, 400);
    for (const m of ['Functie: vul dit in', 'Uren per week, minstens: vul een heel getal in van 1 tot en met 40', 'Tempo: kies een van de drie keuzes', 'Gemeente van de werkplek: deze gemeente kennen we niet',
      'Hoe de baan ontstond', 'Openbaar vervoer: kies ja, nee of weet ik niet', 'Voordelen voor de werkgever', 'Beroepsgroep: kies een groep']) {
      assert.ok(res.body.includes(m), m);
    }
    assert.deepEqual(await t.db.query('select count(*)::int as n from vacancy'), before);
    const person = await freePerson();
    const p = await postForm(t.app, `/personen/${person.id}/werkprofiel`, consulent, { hoursMax: '16', helps: 'Heeft autisme', method: 'in-persoon' }, `/personen/${person.id}/werkprofiel`);
    assert.equal(p.statusCode, 400);
    assert.match(p.body, /Toestemming: vink aan/);
    assert.match(p.body, /schrijf geen diagnose/);
    const e = await postForm(t.app, '/werkgevers', adviser, { name: 'x', contactEmail: 'geen-mail', contactPhone: 'abc' }, '/werkgevers/nieuw');
    assert.equal(e.statusCode, 400);
    assert.match(e.body, /E-mailadres: dit is geen geldig e-mailadres/);
  });

  it("an employer's link sees only its own vacancies, and expires when replaced", async () => {
    const [a, b] = await t.db.query<{ id: string }>('select id from employer where organization_id = $1 order by name limit 2', [wsp]);
    let res = await postForm(t.app, `/werkgevers/${a!.id}/link`, adviser, {}, `/werkgevers/${a!.id}`);
    const link = res.body.match(/\/werkgever\?sleutel=([A-Za-z0-9_-]+)/)![1]!;
    const own = await t.app.inject({ url: `/werkgever?sleutel=${link}` });
    assert.equal(own.statusCode, 200);
    const [other] = await t.db.query<{ id: string }>('select id from vacancy where employer_id = $1 limit 1', [b!.id]);
    assert.equal((await t.app.inject({ url: `/werkgever/vacatures/${other!.id}?sleutel=${link}` })).statusCode, 404);
    const form = await t.app.inject({ url: `/werkgever/vacatures/nieuw?sleutel=${link}` });
    const csrf = form.body.match(/name="_csrf" value="([^"]+)"/)![1]!;
    res = await t.app.inject({
      method: 'POST', url: '/werkgever/vacatures', headers: { cookie: String(form.headers['set-cookie']).split(';')[0]!, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, sleutel: link, title: 'Zelf doorgegeven vacature', hoursMin: '8', hoursMax: '12', origin: 'gecreeerd' }).toString(),
    });
    assert.equal(res.statusCode, 200);
    const [made] = await t.db.query<{ source: string; employer_id: string }>(`select source, employer_id from vacancy where title = 'Zelf doorgegeven vacature'`);
    assert.deepEqual(made, { source: 'werkgever', employer_id: a!.id });
    await postForm(t.app, `/werkgevers/${a!.id}/link`, adviser, {}, `/werkgevers/${a!.id}`);
    assert.equal((await t.app.inject({ url: `/werkgever?sleutel=${link}` })).statusCode, 404);
  });

  it('the public employers page shows benefits with their law, and its form lands with the werkgeversadviseurs', async () => {
    const page = await t.app.inject({ url: '/voor-werkgevers' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Ziektewet/);
    assert.match(page.body, /Werkpunt Drenthe/);
    const anonymous = cookieHeader(page.headers['set-cookie']);
    const bad = await postForm(t.app, '/voor-werkgevers', anonymous, { organisatie: wsp, bedrijf: 'Garage Test', naam: '', bericht: 'Wij zoeken iemand' }, '/voor-werkgevers');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Uw naam: vul dit in/);
    const ok = await postForm(t.app, '/voor-werkgevers', anonymous, { organisatie: wsp, bedrijf: 'Garage Test', naam: 'Piet', telefoon: '0591 111 222', bericht: 'Wij zoeken iemand' }, '/voor-werkgevers');
    assert.equal(ok.statusCode, 303);
    assert.match((await get('/werkgevers/vandaag', adviser)).body, /Garage Test/);
  });
});

describe('monitor figures', () => {
  it('the monitor has a werkgevers-en-matching section, small numbers suppressed', async () => {
    const teamleider = (await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).cookie;
    const res = await get('/monitor', teamleider);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Werkgevers en matching: vacatures en voorstellen/);
    assert.match(res.body, /Vacatures die in de periode zijn toegevoegd, op de gemeente van de werkplek/);
    // The demo has a handful of vacancies and proposals in Emmen: every count is under 5, so none is shown.
    const section = res.body.slice(res.body.indexOf('<section id="matching"'));
    assert.ok(!/<td[^>]*>[1-4]<\/td>/.test(section.slice(0, section.indexOf('</section>'))), 'no count under 5 shown');
  });
});

describe('the SQL ranking is the domain ranking', () => {
  it('gives the same candidates in the same order with the same scores as judging every row in the process', async () => {
    const actor = { accountId: null, organizationId: wsp, role: 'werkgeversadviseur' as const, traceId: 'test' };
    const system = { accountId: null, organizationId: emmen, role: 'consulent' as const, traceId: 'test' };
    const employerId = (await saveEmployer(t.db, actor, { name: 'Property employer', sector: null, sizeClass: null, gemeenteCode: null, contactName: null, contactPhone: null, contactEmail: null, openTo: [], agreements: null }))!;
    const persons = await t.db.query<{ id: string }>(`select id from person where owner_organization_id = $1 and not exists (select 1 from candidate_profile c where c.person_id = person.id) order by id limit 40`, [emmen]);
    const samples = fc.sample(candidateArb, persons.length);
    for (const [i, p] of persons.entries()) {
      const { id: _id, ...c } = samples[i]!;
      await saveProfile(t.db, system, p.id, { ...c, wishes: null, skills: null, helps: null }, { organizationIds: [wsp], method: 'in-persoon' });
    }
    for (const v of fc.sample(vacancyArb, 15)) {
      const { id: _id, ...conditions } = v;
      const id = (await createVacancy(t.db, wsp, employerId, { ...conditions, title: 'Eigenschap', description: null, hoursSpread: null, origin: 'bestaande-vacature', banenafspraak: false, benefits: [] }, null))!;
      const vacancy = (await readVacancy(t.db, wsp, id))!;
      const sqlRanked = await rankCandidatesFor(t.db, actor, vacancy, 1000);
      const scan = (await scanCandidatesFor(t.db, actor, vacancy)).filter(mayPropose).sort((a, b) => compareMatches(a, b, 'candidate'));
      assert.deepEqual(sqlRanked.map((r) => [r.profile.id, r.result.score]), scan.map((r) => [r.candidateId, r.score]));
      for (const r of sqlRanked) assert.equal(r.result.excluded, false);
    }
  });
});
