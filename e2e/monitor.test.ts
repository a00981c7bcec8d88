// The monitor in Chromium with the keyboard alone: a beleidsmedewerker logs
// in and lands on the monitor, changes the period and the area, opens the
// table behind a chart, downloads a CSV and the PDF. Zero axe violations,
// no Content-Security-Policy violations (the SVG charts), and no link on the
// monitor leads to a person.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedMonitorDemo } from '../src/db/monitor/demo.ts';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { axeContext, startHarness, tabTo, type Harness } from './harness.ts';
import { clean, keys, submit } from './keyboard.ts';

let h: Harness;
const today = new Date().toISOString().slice(0, 10);
before(async () => {
  h = await startHarness();
  await seedMonitorDemo(h.t.db, today);
});
after(async () => {
  await h?.close();
});

describe('monitor (e2e)', () => {
  it('beleidsmedewerker: period, area, table, CSV and PDF with the keyboard', async () => {
    const context = await axeContext(h.browser, { acceptDownloads: true } as never);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await tabTo(page, '#email');
    await page.keyboard.type(DEMO_ACCOUNTS.beleidEmmen);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await Promise.all([page.waitForURL(/\/monitor/), page.keyboard.press('Enter')]);
    assert.match(await page.textContent('h1') ?? '', /Monitor: gemeente Emmen/);
    // The first screen shows the key figures; the period form comes after them and a link leads to it.
    const order = await page.$$eval('main h2', (hs) => hs.map((x) => x.id));
    assert.ok(order.indexOf('kerncijfers-kop') === 0 && order.indexOf('kerncijfers-kop') < order.indexOf('periode-kiezen-kop'), order.join(','));
    const kerncijfers = await page.$('#kerncijfers-kop');
    assert.ok((await kerncijfers!.boundingBox())!.y < 768, 'key figures are on the first screen');
    assert.ok(await page.$('a[href="#periode-kiezen"]'));
    await clean(page, 'monitor');

    await keys(page, '#periode', 'Jaar');
    await keys(page, '#niveau', 'Mijn arb');
    await submit(page, 'form.search-form button[type="submit"]');
    assert.match(page.url(), /periode=jaar/);
    assert.match(page.url(), /niveau=regio/);
    assert.match(await page.textContent('h1') ?? '', /arbeidsmarktregio Drenthe/);
    assert.ok((await page.$$('svg[role="img"][aria-label]')).length >= 5, 'charts are drawn');
    await clean(page, 'monitor, year and region');

    // The table behind the first chart, opened with the keyboard.
    await tabTo(page, '#instroom details > summary', 400);
    await page.keyboard.press('Enter');
    assert.ok(await page.$eval('#instroom details', (el) => (el as HTMLDetailsElement).open));
    assert.ok(await page.isVisible('#instroom details table'));
    await clean(page, 'monitor, table open');

    const links = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    assert.ok(links.length > 10);
    for (const l of links) assert.ok(l.startsWith('#') || l.startsWith('/monitor'), `monitor link leads elsewhere: ${l}`);

    await tabTo(page, '#instroom a[href^="/monitor/csv/instroom-bron"]', 400);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(csv.suggestedFilename(), /^monitor-instroom-bron-.*\.csv$/);
    await tabTo(page, 'a[href^="/monitor/rapport.pdf"]', 400);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(pdf.suggestedFilename(), /\.pdf$/);

    // The business case, with the keyboard.
    await page.goto(`${h.baseUrl}/monitor/businesscase`);
    await keys(page, '#hourlyRate', '80');
    await keys(page, '#consulentHoursPerPerson', '10');
    await submit(page, 'main form button[type="submit"]');
    assert.match(await page.textContent('main') ?? '', /Saldo voor de gemeente per jaar/);
    await clean(page, 'businesscase');
    await context.close();
  });

  it('teamleider: the SRG delivery page and file with the keyboard', async () => {
    const context = await axeContext(h.browser, { acceptDownloads: true } as never);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await tabTo(page, '#email');
    await page.keyboard.type(DEMO_ACCOUNTS.teamleiderEmmen);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await Promise.all([page.waitForURL(/\/vandaag/), page.keyboard.press('Enter')]);
    await page.goto(`${h.baseUrl}/monitor`);
    await tabTo(page, 'a[href="/monitor/srg"]', 400);
    await Promise.all([page.waitForURL(/\/monitor\/srg/), page.keyboard.press('Enter')]);
    assert.match(await page.textContent('h1') ?? '', /SRG/);
    assert.match(await page.textContent('main') ?? '', /gaan mee in het bestand/);
    await clean(page, 'srg');
    await keys(page, '#maand', '2021-13');
    await tabTo(page, 'main form button[type="submit"]');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    assert.match(await page.textContent('main') ?? '', /JJJJ-MM/);
    await clean(page, 'srg, wrong month');
    await keys(page, '#maand', today.slice(0, 7));
    await submit(page, 'main form button[type="submit"]');
    await tabTo(page, 'a[href^="/monitor/srg.csv"]', 400);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(csv.suggestedFilename(), /^srg-\d{4}-\d{2}\.csv$/);
    await context.close();
  });

  it('the charts break no Content-Security-Policy rule and work without JavaScript', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused/i.test(m.text())) problems.push(m.text()); });
    await page.goto(`${h.baseUrl}/inloggen`);
    await page.fill('#email', DEMO_ACCOUNTS.teamleiderEmmen);
    await page.fill('#wachtwoord', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(/\/vandaag/), page.click('form button[type="submit"]')]);
    await page.goto(`${h.baseUrl}/monitor?periode=jaar&datum=${today}`);
    assert.ok((await page.$$('svg[role="img"]')).length >= 5);
    const bars = await page.$$eval('svg path', (ps) => ps.filter((p) => (p.getAttribute('fill') ?? 'none') !== 'none').length);
    assert.ok(bars > 0, 'bars are drawn');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the business case parameters page for a functioneel-beheerder', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await page.fill('#email', DEMO_ACCOUNTS.beheerder);
    await page.fill('#wachtwoord', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(/\/beheer/), page.click('form button[type="submit"]')]);
    await page.goto(`${h.baseUrl}/beheer/mkba`);
    await clean(page, 'beheer mkba');
    await keys(page, '#key', 'zorgkosten');
    await keys(page, '#label', 'Lagere zorgkosten');
    await keys(page, '#per', 'per plaatsing per jaar');
    await keys(page, '#amount', '1000');
    await keys(page, '#validFrom', '2025-01-01');
    await keys(page, '#source', 'Test');
    await submit(page, 'main form[method="post"] button[type="submit"]');
    assert.match(await page.textContent('main') ?? '', /Het bedrag is opgeslagen/);
    await clean(page, 'beheer mkba saved');
    await context.close();
  });

  it('a beleidsmedewerker reaches no person record', async () => {
    const context = await h.browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await page.fill('#email', DEMO_ACCOUNTS.beleidEmmen);
    await page.fill('#wachtwoord', DEMO_PASSWORD);
    await Promise.all([page.waitForURL(/\/monitor/), page.click('form button[type="submit"]')]);
    const [person] = await h.t.db.query<{ id: string }>(`select id from person where pseudonym like 'demo-historie-GM0114-%' limit 1`);
    for (const path of ['/personen', `/personen/${person!.id}`, '/caseload', '/doorverwijzingen']) {
      const res = await page.goto(`${h.baseUrl}${path}`);
      assert.equal(res!.status(), 403, path);
    }
    await context.close();
  });
});
