// The veranderkompas in Chromium, with the keyboard alone: a kartrekker sets
// up a trajectory and invites two participants, both mark steering factors,
// the kartrekker sees the marks together, adds an action and completes it in
// a second meeting, and downloads the report as PDF. Every page: axe.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { startHarness, tabTo, type Harness } from './harness.ts';
import { clean, keys, choose, loggedInPage, submit } from './keyboard.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

/** Follows a link with Tab and Enter. */
async function follow(page: Page, selector: string, url: RegExp) {
  await tabTo(page, selector, 250);
  await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
}

const login = (browser: Browser, email: string): Promise<Page> => loggedInPage(browser, h.baseUrl, email);

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const trajectoryUrl = /\/veranderkompas\/[0-9a-f-]{36}(\?.*)?$/;
const meetingUrl = /\/bijeenkomsten\/[0-9a-f-]{36}(\?.*)?(#.*)?$/;
const stepUrl = /\/stappen\/1(\?.*)?(#.*)?$/;

/** A participant opens step 1 of the first meeting (a link the kartrekker shared) and marks. */
async function participantMarks(email: string, stepAddress: string, marks: Array<[string, string]>, note?: [string, string], bottleneck?: string) {
  const page = await login(h.browser, email);
  await page.goto(stepAddress);
  await clean(page, `stap 1 (${email})`);
  for (const [item, mark] of marks) await choose(page, `#mark-${item}-${mark}`);
  if (note) await keys(page, `#note-${note[0]}`, note[1]);
  await submit(page, 'form[action$="/markeringen"] button[type=submit]');
  assert.match((await page.textContent('[role=status]')) ?? '', /markeringen zijn opgeslagen/);
  if (bottleneck) {
    // From practice to policy: a knelpunt from the werkkaart, without personal data.
    await page.goto(`${h.baseUrl}/knelpunten/nieuw?bron=werkkaart&sectie=WK-3.1`);
    await clean(page, 'knelpunt melden');
    await keys(page, '#category', 'Mensen in beeld h');
    await keys(page, '#text', bottleneck);
    await submit(page, 'form[action="/knelpunten/nieuw"] button[type=submit]');
    assert.match((await page.textContent('[role=status]')) ?? '', /knelpunt is gemeld/);
    await clean(page, 'knelpunt gemeld');
  }
  await page.context().close();
}

describe('Veranderkompas journey', () => {
  it('a trajectory with two participants, marks, an action completed in a second meeting, and the report as PDF', async () => {
    // 1. The kartrekker (a beleidsmedewerker) starts a trajectory for Emmen.
    const k = await login(h.browser, DEMO_ACCOUNTS.beleidEmmen);
    await k.goto(`${h.baseUrl}/veranderkompas`);
    await clean(k, 'veranderkompas');
    await follow(k, 'a[href="/veranderkompas/nieuw"]', /\/veranderkompas\/nieuw$/);
    await clean(k, 'nieuw traject');
    await keys(k, '#name', 'Kompas Emmen 2026');
    await keys(k, '#area', 'Emmen');
    await choose(k, '#steps-1');
    await choose(k, '#steps-3');
    await choose(k, '#ownRole-beleid');
    await submit(k, 'form[action="/veranderkompas"] button[type=submit]');
    assert.match(k.url(), trajectoryUrl);
    const trajectory = k.url().replace(/\?.*$/, '');
    await clean(k, 'traject');

    // 2. Two participants with an account.
    for (const [email, role] of [[DEMO_ACCOUNTS.consulentEmmen, 'Uitvoering'], [DEMO_ACCOUNTS.teamleiderEmmen, 'Management']] as const) {
      await keys(k, '#email', email);
      await keys(k, '#role', role);
      await submit(k, 'form:has(input[name="kind"][value="account"]) button[type=submit]');
    }
    assert.match((await k.textContent('#deelnemers')) ?? '', /Sanne de Vries \(demo\).*Peter Bakker \(demo\)/s);

    // 3. The first meeting.
    await keys(k, '#date', isoIn(0));
    await keys(k, '#title', 'Eerste bijeenkomst');
    await submit(k, 'form[action$="/bijeenkomsten"] button[type=submit]');
    assert.match(k.url(), meetingUrl);
    await clean(k, 'bijeenkomst 1');

    // 4. Both participants mark steering factors and solution directions.
    const step1 = `${k.url().replace(/[?#].*$/, '')}/stappen/1`;
    await participantMarks(DEMO_ACCOUNTS.consulentEmmen, step1, [['VK-S1-SF1', 'kansrijk'], ['VK-S1-OR4', 'kansrijk']], ['VK-S1-OR4', 'Persona’s helpen ons team'], 'Na een mislukte doorverwijzing hoort niemand nog iets.');
    await participantMarks(DEMO_ACCOUNTS.teamleiderEmmen, step1, [['VK-S1-SF1', 'kansrijk'], ['VK-S1-SF3', 'aanwezig']]);

    // 5. The kartrekker sees the marks together, and adds an action.
    await k.reload();
    assert.match((await k.textContent('main')) ?? '', /Bewust worden van verwachtingen en vooroordelen \(stuurfactor\): 2 keer kansrijk/);
    await follow(k, 'a[href$="/stappen/1"]', stepUrl);
    const row = await k.textContent('table.vk-marks tbody tr:first-child');
    assert.match(row ?? '', /VK-S1-SF1\)200/, 'two promising, none in place, none not relevant');
    assert.match((await k.textContent('#samen')) ?? '', /Persona’s helpen ons team/);
    await clean(k, 'stap 1, samen bekeken');
    await follow(k, 'nav[aria-label="Kruimelpad"] a[href*="/bijeenkomsten/"]', meetingUrl);
    await keys(k, '#what', 'Persona’s bespreken in het teamoverleg');
    await keys(k, '#who', 'Teamleider');
    await keys(k, '#dueDate', isoIn(30));
    await keys(k, '#steeringFactorId', 'Bewust');
    await submit(k, 'form[action$="/acties"] button[type=submit]');
    assert.match((await k.textContent('#acties table')) ?? '', /Persona’s bespreken in het teamoverleg.*Open/s);

    // 6. A second meeting a month later: the action is done.
    await follow(k, 'nav[aria-label="Kruimelpad"] a[href^="/veranderkompas/"]:not([href="/veranderkompas"])', trajectoryUrl);
    await keys(k, '#date', isoIn(30));
    await keys(k, '#title', 'Tweede bijeenkomst');
    await submit(k, 'form[action$="/bijeenkomsten"] button[type=submit]');
    await keys(k, 'select[id^="status-"]', 'Klaar');
    await keys(k, 'input[id^="toelichting-"]', 'Besproken in het team');
    await submit(k, 'form.vk-status button[type=submit]');
    assert.match((await k.textContent('#acties table')) ?? '', /KlaarOpen.*Klaar \(bijeenkomst .*\): Besproken in het team/s);
    await clean(k, 'bijeenkomst 2');

    // 7. The progress over time, the report, and the PDF.
    await k.goto(trajectory);
    const progress = await k.textContent('table.vk-progress');
    assert.match(progress ?? '', /Eerste bijeenkomst100/);
    assert.match(progress ?? '', /Tweede bijeenkomst001/);
    assert.match((await k.textContent('#knelpunten table')) ?? '', /Stap 3: Mensen in beeld houden11/);
    await clean(k, 'traject met voortgang');
    await follow(k, 'a[href$="/rapport"]', /\/rapport$/);
    assert.match((await k.textContent('h1')) ?? '', /Rapport: Kompas Emmen 2026/);
    await clean(k, 'rapport');
    await tabTo(k, 'a[href$="/rapport.pdf"]');
    const [download] = await Promise.all([k.waitForEvent('download'), k.keyboard.press('Enter')]);
    const file = await readFile((await download.path())!);
    assert.equal(file.subarray(0, 5).toString('latin1'), '%PDF-');
    await k.context().close();
  });
});
