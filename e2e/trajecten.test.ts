// The Trajecten journey in Chromium, with the keyboard alone: a person asks
// for contact from the Wegwijzer, a consulent picks it up, does the intake,
// makes a plan with two agreements that the person confirms, logs a contact
// moment and records a transition that becomes a task. Every page: axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { DEMO_PASSWORD } from '../test/helpers/db.ts';
import { axeContext, startHarness, tabTo, type Harness } from './harness.ts';
import { clean, keys, choose, openDisclosure, submit } from './keyboard.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('Trajecten journey', () => {
  it('from a request for contact to a confirmed plan, a contact moment and a transition task', async () => {
    // 1. The person, on the public Wegwijzer, without logging in.
    const publicContext = await axeContext(h.browser);
    const person = await publicContext.newPage();
    await person.goto(`${h.baseUrl}/`);
    await tabTo(person, 'a[href="/aanmelden"]');
    await person.keyboard.press('Enter');
    await person.waitForURL(/\/aanmelden$/);
    await clean(person, 'aanmelden');
    await keys(person, '#gemeenteCode', 'Emmen');
    await keys(person, '#givenName', 'Ravi');
    await keys(person, '#familyName', 'Ramdin');
    await choose(person, '#reachBy-telefoon');
    await keys(person, '#phone', '06 98765432');
    await keys(person, '#about', 'Ik heb epilepsie en zoek werk van ongeveer 20 uur.');
    await submit(person, 'form[action="/aanmelden"] button[type=submit]');
    assert.match((await person.textContent('[role=status]')) ?? '', /nemen uiterlijk op .* contact met je op/);
    await clean(person, 'aanmelding verstuurd');
    await publicContext.close();

    // 2. The consulent picks it up and does the intake.
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/inloggen`);
    await keys(page, '#email', DEMO_ACCOUNTS.consulentEmmen);
    await keys(page, '#wachtwoord', DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/vandaag/);
    await clean(page, 'vandaag');
    await tabTo(page, 'a[href="/aanmeldingen"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/aanmeldingen$/);
    await clean(page, 'aanmeldingen');
    assert.match(await page.content(), /Ravi Ramdin/);
    await submit(page, 'form[action$="/oppakken"] button');
    await page.waitForURL(/\/personen\/[0-9a-f-]{36}#intake$/);
    const dossier = page.url().replace(/#.*$/, '');
    await clean(page, 'dossier na oppakken');
    await openDisclosure(page, '#intake-formulier');
    await keys(page, '#cameIntoViewVia', 'Heeft zich zelf');
    await keys(page, '#noBenefitReason', 'Inkomen');
    await keys(page, '#story', 'Ik heb epilepsie. Na een aanval ben ik een dag moe.');
    await keys(page, '#limitationEffect', 'Geen werk op hoogte of met machines; vaste werktijden helpen.');
    await choose(page, '#helpKinds-werk-vinden');
    await choose(page, '#limitationKinds-chronische-ziekte');
    await submit(page, 'form[action$="/intake"] button[type=submit]');
    assert.match(await page.content(), /Soort beperking \(eigen woorden\)<\/dt>\s*<dd[^>]*>Chronische ziekte/);

    // 3. A plan with two agreements, confirmed by the person.
    await openDisclosure(page, '#plan-formulier');
    await keys(page, '#goalType', 'Gewoon');
    await keys(page, '#goal', 'Een baan van 20 uur met vaste werktijden');
    await keys(page, '#reviewDate', isoIn(60));
    await keys(page, '#personExpects', 'Een gesprek per maand en hulp bij solliciteren');
    await submit(page, 'form[action$="/plan"] button[type=submit]');
    await clean(page, 'dossier met plan');
    for (const [description, owner, due] of [['Cv sturen naar de consulent', 'persoon', 10], ['Twee werkgevers bellen', 'professional', 20]] as const) {
      await openDisclosure(page, '#afspraak-formulier');
      await keys(page, '#description', description);
      await choose(page, `#owner-${owner}`);
      await keys(page, '#dueDate', isoIn(due));
      await submit(page, 'form[action$="/afspraken"] button[type=submit]');
    }
    assert.match(await page.content(), /Twee werkgevers bellen/);
    await openDisclosure(page, '#bevestigen-formulier');
    await choose(page, '#how-in-persoon');
    await submit(page, 'form[action$="/plan/bevestigen"] button[type=submit]');
    assert.match((await page.textContent('#plan')) ?? '', /Bevestigd door de persoonJa, op/);

    // 4. A contact moment.
    await openDisclosure(page, '#contact-formulier');
    await keys(page, '#contactDate', isoIn(0));
    await keys(page, '#channel', 'Gesprek');
    await keys(page, '#note', 'Plan samen gemaakt');
    await keys(page, '#nextContactDate', isoIn(14));
    await submit(page, 'form[action$="/contacten"] button[type=submit]');
    assert.match((await page.textContent('#contact')) ?? '', /Plan samen gemaakt/);

    // 5. A transition that becomes a follow-up task with a deadline.
    await openDisclosure(page, '#overgang-formulier');
    await keys(page, '#kind', 'Contract');
    await keys(page, '#eventDate', isoIn(30));
    await submit(page, 'form[action$="/transities"] button[type=submit]');
    assert.match((await page.textContent('#transities')) ?? '', /Contract loopt af .*Opvolgen vóór/);
    assert.match((await page.textContent('#overzicht')) ?? '', /Volgende actieAfspraak: Cv sturen naar de consulent/);
    await clean(page, 'dossier compleet');
    // Ending support and erasing are on their own confirmation pages.
    await tabTo(page, `a[href="${new URL(dossier).pathname}/beeindigen"]`, 400);
    await Promise.all([page.waitForURL(/\/beeindigen$/), page.keyboard.press('Enter')]);
    await clean(page, 'ondersteuning beëindigen');
    await page.goto(`${dossier}/wissen`);
    await clean(page, 'gegevens wissen');

    // The task shows in the caseload as the next action; the signals page passes axe.
    await page.goto(`${h.baseUrl}/caseload?weergave=team&zoek=Ravi`);
    assert.match(await page.content(), /Ravi Ramdin/);
    await clean(page, 'mijn caseload');
    await page.goto(`${h.baseUrl}/signalen`);
    await clean(page, 'signalen');
    await page.goto(dossier);
    await context.close();
  });
});
