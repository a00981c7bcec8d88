// Warme overdracht in Chromium, with the keyboard where practical: a
// consulent of gemeente Emmen checks an offer and refers a person to a support
// organisation; its user accepts, starts and closes with an outcome, and the
// consulent sees each step. One referral runs past its response time and
// shows up as a signal. An organisation without InBeeld closes a referral
// through the e-mailed link from the outbox. The person's own page, the
// settings and the report. Every page: axe, zero violations.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { axeContext, openOutbox, startHarness, tabTo, type Harness } from './harness.ts';
import { clean, keys, choose, submit } from './keyboard.ts';

let h: Harness;
before(async () => {
  h = await startHarness({ DEV_OUTBOX: 'true' });
});
after(async () => {
  await h?.close();
});

/** Opens a <details> with the keyboard. */
async function openDetails(page: Page, selector: string) {
  await tabTo(page, `${selector} > summary`, 250);
  await page.keyboard.press('Enter');
  assert.ok(await page.$eval(selector, (el) => (el as HTMLDetailsElement).open), `${selector} is open`);
}

async function login(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${h.baseUrl}/inloggen`);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(/\/vandaag/), page.keyboard.press('Enter')]);
  return page;
}

async function personId(familyName: string): Promise<string> {
  const [row] = await h.t.db.query<{ id: string }>('select id from person where family_name = $1', [familyName]);
  return row!.id;
}

async function statusText(page: Page): Promise<string> {
  return (await page.textContent('main')) ?? '';
}

/** Refers a person to an offer with the keyboard, from the person's referral page. */
async function refer(page: Page, person: string, offerLabel: string, question: string, options: { email?: string } = {}): Promise<string> {
  await page.goto(`${h.baseUrl}/personen/${person}/doorverwijzingen`);
  await clean(page, 'doorverwijzingen van een persoon');
  await keys(page, '#aanbod', offerLabel);
  await submit(page, 'form[method=get] button[type=submit]');
  assert.match(await statusText(page), /Kan deze doorverwijzing slagen\?/);
  await clean(page, 'controle vóór versturen');
  await keys(page, '#question', question);
  await choose(page, '#parts-verhaal');
  await choose(page, '#consentMethod-in-persoon');
  await choose(page, '#consent');
  if (options.email) await keys(page, '#externalEmail', options.email);
  await submit(page, 'button[value=versturen]');
  await page.waitForURL(/\/doorverwijzingen\/[0-9a-f-]{36}\?melding=verstuurd$/);
  await clean(page, 'doorverwijzing verstuurd');
  return page.url().match(/doorverwijzingen\/([0-9a-f-]{36})/)![1]!;
}

describe('Warme overdracht', () => {
  it('refer, accept, start and close with an outcome; the consulent sees each step', async () => {
    const consulentContext = await axeContext(h.browser);
    const consulent = await login(consulentContext, DEMO_ACCOUNTS.consulentEmmen);
    const lotte = await personId('Jansen (demo)');
    const id = await refer(consulent, lotte, 'Stap Verder Jobcoaching: Jobcoaching op je', 'Lotte zoekt een jobcoach voor de eerste maanden in een nieuwe baan.');
    assert.match(await statusText(consulent), /Verstuurd, wacht op antwoord/);

    const receiverContext = await axeContext(h.browser);
    const receiver = await login(receiverContext, DEMO_ACCOUNTS.consulentJobcoach);
    await receiver.goto(`${h.baseUrl}/doorverwijzingen/ontvangen`);
    await clean(receiver, 'ontvangen');
    await tabTo(receiver, `a[href="/doorverwijzingen/${id}"]`);
    await Promise.all([receiver.waitForURL(new RegExp(`/doorverwijzingen/${id}$`)), receiver.keyboard.press('Enter')]);
    assert.match(await statusText(receiver), /Lotte/);
    await clean(receiver, 'doorverwijzing bij de ontvanger');

    const steps: Array<[string, RegExp]> = [
      ['accepteren', /Status: Geaccepteerd/],
      ['starten', /Status: In behandeling/],
    ];
    for (const [action, expected] of steps) {
      await submit(receiver, `form:has(input[name=actie][value=${action}]) button[type=submit]`);
      assert.match(await statusText(receiver), expected);
      await clean(receiver, `ontvanger na ${action}`);
      await consulent.reload();
      assert.match(await statusText(consulent), expected, `the consulent sees ${action}`);
    }
    await openDetails(receiver, 'details:has(input[value=afronden])');
    await keys(receiver, '#outcome-afronden', 'Aan het werk');
    await keys(receiver, '#note-afronden', 'Begonnen bij een bakkerij, 20 uur per week.');
    await submit(receiver, 'form:has(input[name=actie][value=afronden]) button[type=submit]');
    assert.match(await statusText(receiver), /Status: Afgerond/);
    await clean(receiver, 'ontvanger na afronden');
    await consulent.reload();
    assert.match(await statusText(consulent), /Status: Afgerond/);
    assert.match(await statusText(consulent), /Aan het werk gegaan/);
    await clean(consulent, 'verwijzer ziet afgerond');
    await receiverContext.close();

    // The sender's overview, the person's own page.
    await consulent.goto(`${h.baseUrl}/doorverwijzingen`);
    await clean(consulent, 'verstuurd');
    await consulent.goto(`${h.baseUrl}/personen/${lotte}/doorverwijzingen`);
    await submit(consulent, 'form[action$="/persoonlijke-link"] button');
    const link = (await consulent.textContent('#persoonlijke-link'))!;
    await clean(consulent, 'persoonlijke link gemaakt');
    const personContext = await axeContext(h.browser);
    const personPage = await personContext.newPage();
    await personPage.goto(link.replace('http://localhost:3000', h.baseUrl));
    assert.match(await statusText(personPage), /Hallo Lotte/);
    assert.match(await statusText(personPage), /De hulp van Stap Verder Jobcoaching is klaar\. Je bent aan het werk gegaan\./);
    await clean(personPage, 'pagina van de persoon');
    await submit(personPage, 'form[action="/mijn-doorverwijzingen/uitzetten"] button');
    assert.match(await statusText(personPage), /De link is uitgezet/);
    await clean(personPage, 'link uitgezet');
    await personContext.close();
    await consulentContext.close();
  });

  it('a referral past its response time shows up as a signal for the sender and in the receiver’s overdue list', async () => {
    const context = await axeContext(h.browser);
    const consulent = await login(context, DEMO_ACCOUNTS.consulentEmmen);
    const ahmed = await personId('Benali (demo)');
    const id = await refer(consulent, ahmed, 'Stap Verder Jobcoaching: Je baan', 'Ahmed wil zijn baan houden na hersenletsel.');
    // Time passes: the response date was a week ago.
    const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await h.t.db.query('update referral set sent_on = $2::date, response_due = $3::date, escalation_due = $4::date where id = $1', [id, ago(14), ago(7), ago(0)]);
    await consulent.goto(`${h.baseUrl}/doorverwijzingen`);
    assert.match((await consulent.textContent('#te-laat')) ?? '', /Ahmed Benali \(demo\): Stap Verder Jobcoaching .* heeft nog niet geantwoord/);
    await clean(consulent, 'verstuurd met signaal');
    await tabTo(consulent, `#te-laat a[href="/doorverwijzingen/${id}"]`);
    await Promise.all([consulent.waitForURL(new RegExp(`/doorverwijzingen/${id}$`)), consulent.keyboard.press('Enter')]);
    assert.match(await statusText(consulent), /heeft nog niet geantwoord\. De termijn liep af op/);
    await clean(consulent, 'te late doorverwijzing');
    const receiverContext = await axeContext(h.browser);
    const receiver = await login(receiverContext, DEMO_ACCOUNTS.consulentJobcoach);
    await receiver.goto(`${h.baseUrl}/doorverwijzingen/ontvangen`);
    assert.match(await statusText(receiver), /Te laat: nog niet beantwoord \(1\)/);
    await clean(receiver, 'ontvangen met te laat');
    await receiverContext.close();
    await context.close();
  });

  it('an organisation without InBeeld closes a referral through the e-mailed link from the outbox', async () => {
    const context = await axeContext(h.browser);
    const consulent = await login(context, DEMO_ACCOUNTS.consulentEmmen);
    const mirjam = await personId('de Boer (demo)');
    const id = await refer(consulent, mirjam, 'Koersvast Re-integratie Noord: Re-integratietraject', 'Mirjam zoekt werk in loondienst, met aanpassingen op de werkplek.');
    assert.match(await statusText(consulent), /antwoordt via een beveiligde e-maillink/);

    const partnerContext = await axeContext(h.browser);
    const partner = await partnerContext.newPage();
    // The outbox (DEV_OUTBOX=true, functioneel-beheerder only) stands in for the partner's mailbox.
    const outbox = await openOutbox(h);
    await clean(outbox.page, 'outbox');
    const mail = (await outbox.page.textContent('.mail-body'))!;
    await outbox.close();
    assert.doesNotMatch(mail, /Mirjam|Boer/, 'the e-mail carries no personal data');
    const url = mail.match(/http:\/\/\S+\/overdracht\/extern\?sleutel=[\w-]+/)![0];
    await partner.goto(url);
    assert.match(await statusText(partner), /Mirjam/);
    assert.doesNotMatch(await statusText(partner), /de Boer/, 'first name only');
    await clean(partner, 'externe pagina');
    await submit(partner, 'form:has(input[name=actie][value=accepteren]) button[type=submit]');
    assert.match(await statusText(partner), /Uw antwoord is opgeslagen/);
    await clean(partner, 'extern geaccepteerd');
    await keys(partner, '#outcome-afronden', 'Geholpen');
    await submit(partner, 'form:has(input[name=actie][value=afronden]) button[type=submit]');
    assert.match(await statusText(partner), /Status\s*Afgerond/);
    await clean(partner, 'extern afgerond');
    await partnerContext.close();

    await consulent.goto(`${h.baseUrl}/doorverwijzingen/${id}`);
    assert.match(await statusText(consulent), /Status: Afgerond/);
    assert.match(await statusText(consulent), /Uitkomst\s*Geholpen/);
    await clean(consulent, 'verwijzer ziet externe afronding');
    await context.close();
  });

  it('the settings, the report and a form with errors pass axe', async () => {
    const context = await axeContext(h.browser);
    const teamleider = await login(context, DEMO_ACCOUNTS.teamleiderEmmen);
    await teamleider.goto(`${h.baseUrl}/doorverwijzingen/instellingen`);
    await clean(teamleider, 'antwoordtermijn');
    await keys(teamleider, '#responseWorkingDays', '8');
    await keys(teamleider, '#escalationWorkingDays', '4');
    await tabTo(teamleider, 'form[action="/doorverwijzingen/instellingen"] button');
    await Promise.all([teamleider.waitForEvent('load'), teamleider.keyboard.press('Enter')]);
    assert.match((await teamleider.textContent('[role=alert]')) ?? '', /Escaleren na/);
    await clean(teamleider, 'antwoordtermijn met fout');
    await teamleider.goto(`${h.baseUrl}/doorverwijzingen/rapport`);
    assert.match(await statusText(teamleider), /Uitkomsten per organisatie en aanbod/);
    await clean(teamleider, 'rapport');
    const lotte = await personId('Jansen (demo)');
    await teamleider.goto(`${h.baseUrl}/personen/${lotte}/doorverwijzingen?aanbod=demo-stap-verder-jobcoaching-op-je-werk`);
    await tabTo(teamleider, 'button[value=concept]', 250);
    await Promise.all([teamleider.waitForEvent('load'), teamleider.keyboard.press('Enter')]);
    assert.match((await teamleider.textContent('[role=alert]')) ?? '', /Vraag aan de ontvanger/);
    await clean(teamleider, 'doorverwijzing met fouten');
    await context.close();
  });

  it('handover of the contact person, a concept sent later, and consent withdrawn: every page passes axe', async () => {
    const context = await axeContext(h.browser);
    const consulent = await login(context, DEMO_ACCOUNTS.consulentEmmen);
    const ahmed = await personId('Benali (demo)');
    await consulent.goto(`${h.baseUrl}/personen/${ahmed}/doorverwijzingen`);
    await keys(consulent, '#toAccountId', 'Peter');
    await submit(consulent, 'form:has(input[name=soort][value=collega]) button[type=submit]');
    assert.match(await statusText(consulent), /De overdracht is voorgesteld/);
    await clean(consulent, 'overdracht voorgesteld');

    const leaderContext = await axeContext(h.browser);
    const leader = await login(leaderContext, DEMO_ACCOUNTS.teamleiderEmmen);
    await leader.goto(`${h.baseUrl}/doorverwijzingen/ontvangen`);
    assert.match(await statusText(leader), /Vast aanspreekpunt worden \(1\)/);
    await clean(leader, 'ontvangen met overdracht');
    await submit(leader, 'form[action$="/accepteren"] button');
    assert.match(await statusText(leader), /Je bent nu het vaste aanspreekpunt/);
    await clean(leader, 'overdracht geaccepteerd');
    await leaderContext.close();

    // A concept to an organisation without InBeeld, sent later from the referral page.
    const mirjam = await personId('de Boer (demo)');
    await consulent.goto(`${h.baseUrl}/personen/${mirjam}/doorverwijzingen`);
    await keys(consulent, '#organisatie', 'Werkbedrijf');
    await submit(consulent, 'form[method=get] button[type=submit]');
    await keys(consulent, '#question', 'Mirjam wil ontdekken welk werk past.');
    await submit(consulent, 'button[value=concept]');
    assert.match(await statusText(consulent), /bewaard als concept/);
    await clean(consulent, 'concept');
    await choose(consulent, '#consentMethod-telefonisch');
    await choose(consulent, '#consent');
    await submit(consulent, 'form[action$="/versturen"] button[type=submit]');
    assert.match(await statusText(consulent), /Verstuurd, wacht op antwoord/);

    // Consent withdrawn while Lotte's referral is still within its access period.
    const lotte = await personId('Jansen (demo)');
    await consulent.goto(`${h.baseUrl}/personen/${lotte}`);
    await submit(consulent, 'form[action*="/toestemming/"] button');
    const [referral] = await h.t.db.query<{ id: string }>(`select id from referral where person_id = $1 and state = 'afgerond'`, [lotte]);
    await consulent.goto(`${h.baseUrl}/doorverwijzingen/${referral!.id}`);
    assert.match((await consulent.textContent('#toestemming-ingetrokken')) ?? '', /Toestemming ingetrokken\./);
    await clean(consulent, 'verwijzer ziet toestemming ingetrokken');
    const receiverContext = await axeContext(h.browser);
    const receiver = await login(receiverContext, DEMO_ACCOUNTS.consulentJobcoach);
    const gone = await receiver.goto(`${h.baseUrl}/doorverwijzingen/${referral!.id}`);
    assert.equal(gone?.status(), 404);
    await clean(receiver, 'niet gevonden');
    await receiver.goto(`${h.baseUrl}/doorverwijzingen/ontvangen`);
    assert.match(await statusText(receiver), /Niet meer zichtbaar/);
    assert.doesNotMatch(await statusText(receiver), /Lotte/);
    await clean(receiver, 'ontvangen met ingetrokken toestemming');
    await receiverContext.close();

    const anonymous = await (await axeContext(h.browser)).newPage();
    await anonymous.goto(`${h.baseUrl}/overdracht/extern?sleutel=${'x'.repeat(43)}`);
    assert.match(await statusText(anonymous), /Deze link werkt niet/);
    await clean(anonymous, 'externe link werkt niet');
    await anonymous.goto(`${h.baseUrl}/mijn-doorverwijzingen?sleutel=onbekend`);
    await clean(anonymous, 'persoonlijke link werkt niet');
    await anonymous.context().close();
    await context.close();
  });
});
