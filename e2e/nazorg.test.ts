// Nazorg in Chromium, with the keyboard alone: a consulent records a job the
// person found themselves, with a temporary contract; the clock moves and the
// 4-to-6-week check-in appears on the nazorg list, then the 30-day contract
// alert; the job ends with "moved to another job" and the next job continues
// the line; the teamleider sees the durability chart and table. Every page: axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { uuidFromKey } from '../src/domain/ids.ts';
import { setTodayForTests } from '../src/features/nazorg/clock.ts';
import { axeContext, startHarness, tabTo, type Harness } from './harness.ts';
import { choose, clean, keys, loginWithKeys, submit } from './keyboard.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  setTodayForTests(null);
  await h?.close();
});

const login = (page: Page, email: string) => loginWithKeys(page, h.baseUrl, email);

/** The rows of the nazorg list about this person. */
async function rowsAbout(page: Page, name: string): Promise<string> {
  const rows = await page.$$eval('table tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).innerText));
  return rows.filter((r) => r.includes(name)).join('\n');
}

describe('Nazorg journey', () => {
  it('from a self-found job to the next job, with check-ins and alerts on time', async () => {
    const [person] = await h.t.db.query<{ id: string }>(`select id from person where owner_organization_id = $1 and family_name = 'Benali (demo)'`, [uuidFromKey('organization', 'demo-gemeente-emmen')]);
    const personId = person!.id;
    setTodayForTests('2026-03-02');
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await login(page, DEMO_ACCOUNTS.consulentEmmen);

    // 1. Record a self-found job with a temporary contract.
    await page.goto(`${h.baseUrl}/personen/${personId}/nazorg`);
    await clean(page, 'werk en nazorg (leeg)');
    await tabTo(page, `a[href="/personen/${personId}/plaatsingen/nieuw"]`);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await clean(page, 'baan vastleggen');
    await keys(page, '#employerName', 'Fietsenmaker Wielen (demo)');
    await keys(page, '#employerContact', 'Ria');
    await keys(page, '#jobTitle', 'Fietsenmaker');
    await keys(page, '#startDate', '2026-03-02');
    await keys(page, '#hoursPerWeek', '20');
    await keys(page, '#contractKind', 'Tijdelijk');
    await keys(page, '#contractEnd', '2026-09-01');
    await choose(page, '#cameAbout-zelf-gevonden');
    await choose(page, '#checklist-introductie');
    await submit(page, 'form[action$="/plaatsingen"] button[type=submit]');
    assert.match(page.url(), new RegExp(`/personen/${personId}/nazorg#baan-`));
    assert.match(await page.content(), /Fietsenmaker bij Fietsenmaker Wielen \(demo\)/);
    await clean(page, 'werk en nazorg');

    // 2. Four weeks later the first check-in is on the list.
    setTodayForTests('2026-03-29');
    await page.goto(`${h.baseUrl}/nazorg?weergave=team`);
    assert.doesNotMatch(await rowsAbout(page, 'Benali'), /Eerste gesprek/);
    setTodayForTests('2026-03-30');
    await page.goto(`${h.baseUrl}/nazorg?weergave=team`);
    assert.match(await rowsAbout(page, 'Benali'), /Eerste gesprek \(4 tot 6 weken\)/);
    await clean(page, 'nazorglijst');
    await tabTo(page, `a[href^="/personen/${personId}/plaatsingen/"][href*="gesprek?moment=w4"]`, 400);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await clean(page, 'nazorggesprek');
    await choose(page, '#withWhom-driegesprek');
    await choose(page, '#rating-4');
    await keys(page, '#note', 'Gaat goed, wil meer uren.');
    await submit(page, 'form[action$="/gesprek"] button[type=submit]');
    await page.goto(`${h.baseUrl}/nazorg?weergave=team`);
    assert.doesNotMatch(await rowsAbout(page, 'Benali'), /Eerste gesprek/);

    // 3. Thirty days before the contract ends: the alert.
    setTodayForTests('2026-08-02');
    await page.goto(`${h.baseUrl}/nazorg?weergave=team`);
    assert.match(await rowsAbout(page, 'Benali'), /Tijdelijk contract loopt af: nog 30 dagen \(30-dagenmelding\)/);

    // 4. The job ends: moved to another job; the next job continues the line.
    await page.goto(`${h.baseUrl}/personen/${personId}/nazorg`);
    await tabTo(page, 'a[href$="/einde"]', 200);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await clean(page, 'einde baan');
    await keys(page, '#endDate', '2026-08-31');
    await choose(page, '#reason-andere-baan');
    await submit(page, 'form[action$="/einde"] button[type=submit]');
    assert.match(page.url(), /\/plaatsingen\/nieuw\?vorige=/);
    assert.match(await page.content(), /Dit is de volgende baan na: Fietsenmaker bij Fietsenmaker Wielen/);
    await keys(page, '#employerName', 'Rijwielhandel Centrum (demo)');
    await keys(page, '#jobTitle', 'Monteur');
    await keys(page, '#startDate', '2026-09-07');
    await keys(page, '#contractKind', 'Vast');
    await keys(page, '#contractEnd', '');
    await choose(page, '#cameAbout-bestaande-vacature');
    await submit(page, 'form[action$="/plaatsingen"] button[type=submit]');
    const line = await page.$eval('main ol', (el) => (el as HTMLElement).innerText);
    assert.match(line, /Fietsenmaker bij Fietsenmaker Wielen \(demo\).*gestopt op 31 augustus 2026 \(Naar een andere baan\)/);
    assert.match(line, /Monteur bij Rijwielhandel Centrum \(demo\).*werkt hier nu\. Vervolg op de vorige baan/);
    await clean(page, 'loopbaan');
    await context.close();

    // 5. The teamleider sees the durability chart and the table with the same figures.
    setTodayForTests(null);
    const lead = await axeContext(h.browser);
    const tl = await lead.newPage();
    await login(tl, DEMO_ACCOUNTS.teamleiderEmmen);
    await tl.goto(`${h.baseUrl}/nazorg/duurzaamheid`);
    await clean(tl, 'duurzaamheid');
    await keys(tl, '#indeling', 'Soort contract');
    await tabTo(tl, 'form[action="/nazorg/duurzaamheid"] button[type=submit]');
    await Promise.all([tl.waitForEvent('load'), tl.keyboard.press('Enter')]);
    assert.match(tl.url(), /indeling=contract/);
    // The chart is the monitor's server-side Vega SVG: one image with a name; its groups are the table's rows with figures.
    const chartName = await tl.$eval('.chart svg', (svg) => `${svg.getAttribute('role')}|${svg.getAttribute('aria-label')}`);
    assert.match(chartName, /^img\|Grafiek: aandeel nog aan het werk per soort contract/);
    const chartLabels = await tl.$$eval('.chart svg text', (ts) => ts.map((t) => (t.textContent ?? '').trim()));
    const shownRows = await tl.$$eval('table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')).filter((cells) => cells.slice(2).some((c) => /^\d+%$/.test(c))).map((cells) => cells[0]!));
    assert.ok(shownRows.length > 0, 'the table shows figures');
    for (const label of shownRows) assert.ok(chartLabels.includes(label), `${label} from the table is in the chart`);
    assert.ok(chartLabels.includes('Na 3 maanden') && chartLabels.includes('Na 6 maanden'), 'the legend names the points in time');
    await clean(tl, 'duurzaamheid per contract');
    await lead.close();
  });
});
