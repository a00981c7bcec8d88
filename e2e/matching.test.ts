// Werkgevers en matching in Chromium, with the keyboard alone: a
// werkgeversadviseur adds an employer and a part-time vacancy; a consulent,
// with the person's consent, shares a work profile; the workbench proposes
// the match with its reasons; the person and then the employer accept; the
// placement appears with its first nazorg check-in; withdrawing consent
// removes the profile from the list at once. Every page: axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { DEMO_WSP_KEY } from '../src/db/werkgevers/demo.ts';
import { uuidFromKey } from '../src/domain/ids.ts';
import { startHarness, tabTo, type Harness } from './harness.ts';
import { choose, clean, cleanPages, keys, loggedInPage, submit } from './keyboard.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const loggedIn = (browser: Browser, email: string): Promise<Page> => loggedInPage(browser, h.baseUrl, email);

async function follow(page: Page, selector: string, label: string) {
  await tabTo(page, selector, 300);
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await clean(page, label);
}

describe('Werkgevers en matching journey', () => {
  it('from a new part-time vacancy to a placement with nazorg, and consent withdrawn', async () => {
    const emmen = uuidFromKey('organization', 'demo-gemeente-emmen');
    const [person] = await h.t.db.query<{ id: string; name: string }>(
      `select p.id, p.given_name || ' ' || p.family_name as name from person p where p.owner_organization_id = $1
         and not exists (select 1 from candidate_profile c where c.person_id = p.id) and not exists (select 1 from placement pl where pl.person_id = p.id)
       order by p.id limit 1`,
      [emmen],
    );
    const adviser = await loggedIn(h.browser, DEMO_ACCOUNTS.werkgeversadviseur);
    assert.match(adviser.url(), /\/werkgevers\/vandaag$/);
    await clean(adviser, 'vandaag van de werkgeversadviseur');

    // 1. The werkgeversadviseur adds an employer and a part-time vacancy.
    await follow(adviser, 'a[href="/werkgevers/nieuw"]', 'werkgever toevoegen');
    await keys(adviser, '#name', 'Bakkerij Bovenkamp (demo)');
    await keys(adviser, '#gemeenteCode', 'Emmen');
    await choose(adviser, '#openTo-deeltijd');
    await submit(adviser, 'form[action="/werkgevers"] button[type=submit]');
    await clean(adviser, 'werkgever');
    await follow(adviser, 'a[href$="/vacatures/nieuw"]', 'vacature toevoegen');
    await keys(adviser, '#title', 'Hulp in de bakkerij');
    await keys(adviser, '#gemeenteCode', 'Emmen');
    await keys(adviser, '#hoursMin', '12');
    await keys(adviser, '#hoursMax', '16');
    await choose(adviser, '#roster-vast');
    await choose(adviser, '#pace-1');
    await choose(adviser, '#structure-3');
    await choose(adviser, '#clientContact-1');
    await choose(adviser, '#stimuli-1');
    await choose(adviser, '#ovReachable-ja');
    await choose(adviser, '#origin-jobcarving');
    await choose(adviser, '#benefits-loonkostenvoordeel');
    await submit(adviser, 'form[action$="/vacatures"] button[type=submit]');
    await clean(adviser, 'vacature met werkbank');
    const vacancyUrl = adviser.url();
    assert.match(await adviser.innerText('main'), /Loonkostenvoordeel[\s\S]*Wet tegemoetkomingen loondomein/);

    // 2. The consulent shares the person's work profile, with consent, with Werkpunt Drenthe.
    const consulent = await loggedIn(h.browser, DEMO_ACCOUNTS.consulentEmmen);
    await consulent.goto(`${h.baseUrl}/personen/${person!.id}`);
    await follow(consulent, `a[href="/personen/${person!.id}/werkprofiel"]`, 'werkprofiel (leeg)');
    await keys(consulent, '#helps', 'Een rustige plek en vaste taken');
    await keys(consulent, '#hoursMin', '8');
    await keys(consulent, '#hoursMax', '16');
    await choose(consulent, '#clientContactMax-1');
    await choose(consulent, '#reachGemeenten-GM0114');
    await choose(consulent, '#hard-klantcontact');
    await choose(consulent, `#shareWith-${uuidFromKey('organization', DEMO_WSP_KEY)}`);
    await keys(consulent, '#method', 'In een gesprek');
    await choose(consulent, '#agreed-ja');
    await submit(consulent, 'form[action$="/werkprofiel"] button[type=submit]', 400);
    await clean(consulent, 'werkprofiel gedeeld');
    const code = (await consulent.innerText('main')).match(/Code: (K-[0-9A-F]{6})/)![1]!;

    // 3. The workbench shows the candidate, pseudonymous, with reasons; the adviser proposes.
    await adviser.goto(vacancyUrl);
    await clean(adviser, 'werkbank met kandidaat');
    const main = await adviser.innerText('main');
    assert.ok(main.includes(`Kandidaat ${code}`));
    assert.ok(!main.includes(person!.name), 'no name before the introduction');
    const [profile] = await h.t.db.query<{ id: string }>('select id from candidate_profile where code = $1', [code]);
    await tabTo(adviser, `#uitleg-${profile!.id} summary`, 300);
    await adviser.keyboard.press('Enter');
    assert.match(await adviser.innerText('main'), /Contact met klanten: de baan vraagt geen, de kandidaat kan tot geen/);
    await submit(adviser, `form[action$="/voorstellen"]:has(input[value="${profile!.id}"]) button`, 300);
    await clean(adviser, 'voorstellen');

    // 4. The person agrees (recorded by the consulent), then the employer.
    await consulent.goto(`${h.baseUrl}/voorstellen`);
    await clean(consulent, 'voorstellen van de consulent');
    const [match] = await h.t.db.query<{ id: string }>('select id from job_match where person_id = $1', [person!.id]);
    await submit(consulent, `form[action="/voorstellen/${match!.id}/persoon"] button[value="ja"]`, 300);
    await adviser.goto(`${h.baseUrl}/voorstellen`);
    assert.ok((await adviser.innerText('main')).includes(person!.name), 'the name after the person agreed to meet');
    await submit(adviser, `form[action="/voorstellen/${match!.id}/werkgever"] button[value="ja"]`, 300);

    // 5. The accepted match becomes a placement with its first nazorg check-in.
    await consulent.goto(`${h.baseUrl}/voorstellen`);
    await follow(consulent, 'a[href$="/plaatsing"]', 'plaatsing vastleggen');
    await keys(consulent, '#contractKind', 'Vast');
    await keys(consulent, '#hoursPerWeek', '14');
    await submit(consulent, 'form[action$="/plaatsing"] button[type=submit]');
    await clean(consulent, 'werk en nazorg na plaatsing');
    const work = await consulent.innerText('main');
    assert.match(work, /Hulp in de bakkerij/);
    assert.match(work, /Eerste gesprek \(4 tot 6 weken\)/);

    // 6. Withdrawal: the profile is gone from the adviser's list at once.
    await adviser.goto(`${h.baseUrl}/kandidaten`);
    assert.ok((await adviser.innerText('main')).includes(person!.name));
    await consulent.goto(`${h.baseUrl}/personen/${person!.id}/werkprofiel`);
    await submit(consulent, 'form[action$="/werkprofiel/intrekken"] button', 300);
    await clean(consulent, 'werkprofiel ingetrokken');
    await adviser.reload();
    const after = await adviser.innerText('main');
    assert.ok(!after.includes(person!.name) && !after.includes(code), 'withdrawn profile not listed');
  });

  it('the other new pages pass axe', async () => {
    const adviser = await loggedIn(h.browser, DEMO_ACCOUNTS.werkgeversadviseur);
    for (const path of ['/werkgevers', '/vacatures', '/kandidaten', '/voorstellen']) {
      await adviser.goto(h.baseUrl + path);
      await clean(adviser, path);
    }
    await adviser.goto(`${h.baseUrl}/kandidaten`);
    await follow(adviser, 'main table a[href^="/kandidaten/"]', 'kandidaat met vacatures');
    await cleanPages(h.browser, h.baseUrl, ['/voor-werkgevers', '/werkgever?sleutel=ongeldig-maar-lang-genoeg-1234']);
  });
});
