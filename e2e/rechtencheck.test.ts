// Rechtencheck in Chromium: the questionnaire walked with the keyboard alone
// for two persona's (Milan and Naila), zero axe violations on every step,
// the result, the share code and the shared result; and once more without
// JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { evaluate, multiAnswer, questions, type FactKey, type Question, type RechtencheckFacts } from '../src/domain/rechtencheck/index.ts';
import { createDraft } from '../src/db/rechtencheck.ts';
import { personas } from '../src/features/rechtencheck/personas.ts';
import { draftFromFacts } from '../src/features/rechtencheck/questionnaire.ts';
import { axeContext, startHarness, tabTo, type Harness } from './harness.ts';
import { clean } from './keyboard.ts';
import { pdfPages } from '../test/helpers/visible-words.ts';

/** Runs in the page: words in <main> a person sees before opening any <details>. */
function visibleWordsInPage(): number {
  const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
  for (const d of [...main.querySelectorAll('details')]) {
    const summary = d.querySelector(':scope > summary');
    d.replaceWith(document.createTextNode(` ${summary?.textContent ?? ''} `));
  }
  for (const el of [...main.querySelectorAll('.visually-hidden, script, style, [hidden]')]) el.remove();
  return (main.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const byId = new Map(questions.map((q) => [q.id as string, q]));

/** The question on the page, or null on any other page (no waiting). */
async function currentQuestion(page: Page): Promise<string | null> {
  const input = page.locator('input[name="vraag"]');
  return (await input.count()) ? input.getAttribute('value') : null;
}
const placeNames: Record<string, string> = { GM0796: "'s-Hertogenbosch", GM0344: 'Utrecht', GM0599: 'Rotterdam', GM0114: 'Emmen' };

function matches(sets: Partial<RechtencheckFacts>, facts: RechtencheckFacts): boolean {
  const entries = Object.entries(sets);
  return entries.length > 0 && entries.every(([k, v]) => facts[k as FactKey] === v);
}

/** What a person with these facts answers: option indexes, numbers or a place, and the facts it records. */
function plan(q: Question, facts: RechtencheckFacts): { indexes?: number[]; numbers?: Record<string, string>; place?: string; dontKnow?: boolean; sets: Partial<RechtencheckFacts> } {
  switch (q.type) {
    case 'gemeente':
      return facts.gemeente ? { place: placeNames[facts.gemeente] ?? facts.gemeente, sets: { gemeente: facts.gemeente } } : { dontKnow: true, sets: { gemeente: null } };
    case 'number': {
      const key = q.facts[0]!;
      const v = facts[key];
      return typeof v === 'number' ? { numbers: { [q.id]: String(v) }, sets: { [key]: v } } : { dontKnow: true, sets: { [key]: null } };
    }
    case 'numbers': {
      const numbers: Record<string, string> = {};
      const sets: Record<string, number | null> = {};
      for (const f of q.fields ?? []) {
        const v = facts[f.fact];
        numbers[f.fact] = typeof v === 'number' ? String(v) : '';
        sets[f.fact] = typeof v === 'number' ? v : null;
      }
      return { numbers, sets };
    }
    case 'multi': {
      let values = q.options.filter((o) => o.value !== 'geen' && o.value !== 'onbekend' && matches(o.sets, facts)).map((o) => String(o.value));
      if (q.facts.some((k) => facts[k] === 'onbekend')) values.push('onbekend');
      if (values.length === 0) values = ['geen'];
      const sets = values.includes('onbekend')
        ? Object.assign({}, q.options.find((o) => o.value === 'onbekend')!.sets, ...q.options.filter((o) => values.includes(String(o.value)) && o.value !== 'onbekend').map((o) => o.sets))
        : multiAnswer(q, values);
      return { indexes: values.map((v) => q.options.findIndex((o) => String(o.value) === v)).sort((a, b) => a - b), sets };
    }
    case 'choice': {
      let index = q.options.findIndex((o) => matches(o.sets, facts));
      if (index < 0) index = q.options.findIndex((o) => o.value === 'onbekend');
      return { indexes: [index], sets: q.options[index]!.sets };
    }
  }
}

/** Answers one question with the keyboard alone and submits with Enter. */
async function answerWithKeyboard(page: Page, q: Question, p: ReturnType<typeof plan>): Promise<void> {
  if (p.dontKnow) {
    await tabTo(page, '#weetniet-ja');
    await page.keyboard.press('Space');
  } else if (p.place) {
    await tabTo(page, '#gemeente');
    await page.keyboard.type(p.place);
  } else if (p.numbers) {
    for (const [id, value] of Object.entries(p.numbers)) {
      await tabTo(page, `#${id}`);
      if (value) await page.keyboard.type(value);
    }
  } else if (q.type === 'choice') {
    // A radio group is one Tab stop; the arrow keys choose.
    const index = p.indexes![0]!;
    await tabTo(page, `input[name="${q.id}"]`);
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  } else {
    for (const index of p.indexes!) {
      await tabTo(page, `#${q.id}-${String(q.options[index]!.value)}`);
      await page.keyboard.press('Space');
    }
  }
  await tabTo(page, 'button[name="actie"][value="verder"]');
  await page.keyboard.press('Enter');
}

function outcomesOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('li.result[data-outcome]')].map((s) => [s.id, s.getAttribute('data-outcome')!])),
  );
}

describe('Rechtencheck', () => {
  // The three walks of the issue: Milan (27, brain injury, lives with his
  // parents), Naila (49, MS, savings above the limit) and someone with a job
  // offer of 12 hours a week.
  const offer12: RechtencheckFacts = {
    gemeente: 'GM0599', age: 35, benefit: 'geen', noBenefitReason: 'partner-inkomen', registeredJobseeker: 'ja', structuralLimitation: 'ja',
    limitationKind: 'psychisch', canEarnMinimumWage: 'ja', jobStatus: 'aanbod', jobHoursPerWeek: 12, jobContractMonths: 12,
    householdIncome: 'boven-bijstandsnorm', supportedByGemeente: 'nee', inDoelgroepregister: 'nee', indication: 'geen', school: 'anders',
  };
  for (const id of ['milan', 'naila', 'aanbod-12-uur']) {
    it(`${id}: the questionnaire with the keyboard alone, zero axe violations, at most 400 words and a short PDF of at most 3 pages`, async () => {
      const facts = personas.find((p) => p.id === id)?.facts ?? offer12;
      const context = await axeContext(h.browser);
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/rechtencheck`);
      await clean(page, 'intro');
      await tabTo(page, 'main a[href="/rechtencheck/vraag"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/rechtencheck\/vraag$/);
      const recorded: Record<string, unknown> = {};
      const shown: string[] = [];
      for (;;) {
        await page.waitForLoadState('load');
        const vraag = await currentQuestion(page);
        if (!vraag) break;
        shown.push(vraag);
        assert.ok(shown.length <= 12, `more than 12 questions: ${shown.join(', ')}`);
        await clean(page, `question ${vraag}`);
        const q = byId.get(vraag)!;
        const p = plan(q, facts);
        Object.assign(recorded, p.sets);
        const before = page.url();
        await answerWithKeyboard(page, q, p);
        await page.waitForURL((url) => url.href !== before);
      }
      assert.match(page.url(), /\/rechtencheck\/uitslag\?concept=/);
      assert.equal(await page.textContent('main h1'), 'Je uitslag');
      await clean(page, 'result');
      const words = await page.evaluate(visibleWordsInPage);
      assert.ok(words <= 400, `${id}: ${words} words visible before any details opens`);
      const pdfHref = await page.getAttribute('a[href*="/rechtencheck/uitslag.pdf"]:not([href*="volledig"])', 'href');
      const pdf = await page.request.get(`${h.baseUrl}${pdfHref}`);
      const pages = pdfPages(await pdf.body());
      assert.ok(pages >= 1 && pages <= 3, `${id}: short PDF has ${pages} pages`);
      const expected = Object.fromEntries(evaluate(recorded as RechtencheckFacts).results.map((r) => [r.id, r.outcome]));
      assert.deepEqual(await outcomesOf(page), expected);
      assert.match((await page.textContent('main')) ?? '', /De gemeente of UWV beslist/);
      // The details with conditions and law open with the keyboard.
      await tabTo(page, 'li.result summary');
      await page.keyboard.press('Enter');
      assert.ok(await page.locator('li.result details[open] a[href^="https://wetten.overheid.nl/"]').first().isVisible());
      await clean(page, 'result with details open');
      if (id === 'naila') {
        // Share with a professional, by keyboard, and open the result with the code.
        // "Delen met een consulent" opens with the keyboard (a native <details>).
        await page.reload();
        await tabTo(page, '#delen summary');
        await page.keyboard.press('Enter');
        await tabTo(page, 'form[action="/rechtencheck/delen"] button', 5);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/rechtencheck\/delen$/);
        await clean(page, 'share code page');
        const code = (await page.textContent('#deelcode'))!;
        assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
        await page.goto(`${h.baseUrl}/rechtencheck/code`);
        await clean(page, 'code form');
        await tabTo(page, '#code');
        await page.keyboard.type('wrong');
        await page.keyboard.press('Enter');
        await page.waitForLoadState('load');
        assert.match((await page.textContent('[role=alert]')) ?? '', /Een code heeft 8 tekens/);
        await clean(page, 'code form with an error');
        await page.fill('#code', '');
        await tabTo(page, '#code');
        await page.keyboard.type(code.toLowerCase());
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/rechtencheck\/gedeeld\/[A-Z0-9]{8}$/);
        assert.equal(await page.textContent('main h1'), 'Gedeelde uitslag van de Rechtencheck');
        assert.deepEqual(await outcomesOf(page), expected);
        await clean(page, 'shared result');
      }
      await context.close();
    });
  }

  it('error states, the job numbers, a persona in English and the code messages have zero axe violations', async () => {
    const draft = draftFromFacts({ gemeente: 'GM0114', age: 30, benefit: 'geen', jobStatus: 'werk' });
    const concept = await createDraft(h.t.db, draft);
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/rechtencheck/vraag`);
    await page.click('button[value="verder"]');
    assert.match((await page.textContent('[role=alert]')) ?? '', /Typ de naam van je gemeente/);
    await clean(page, 'question with an error');
    await page.fill('#gemeente', 'Hengelo');
    await page.click('button[value="verder"]');
    assert.ok(await page.isVisible('#gemeente_code'));
    await clean(page, 'choose a place');
    await page.goto(`${h.baseUrl}/rechtencheck/vraag?concept=${concept}&vraag=baan`);
    assert.equal(await currentQuestion(page), 'baan');
    await page.fill('#jobHoursPerWeek', '-1');
    await page.click('button[value="verder"]');
    assert.match((await page.textContent('[role=alert]')) ?? '', /Uren per week kan niet negatief zijn/);
    await clean(page, 'job numbers with an error');
    for (const path of ['/rechtencheck/uitslag?persona=hannah&taal=en', '/rechtencheck/gedeeld/ZZZZZZZZ', '/rechtencheck/code']) {
      await page.goto(h.baseUrl + path);
      await clean(page, path);
    }
    await context.close();
  });

  it('"Neem contact met mij op" from the result, with the keyboard alone and zero axe violations', async () => {
    const naila = personas.find((p) => p.id === 'naila')!;
    const concept = await createDraft(h.t.db, draftFromFacts({ ...naila.facts, gemeente: 'GM0114' }));
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/rechtencheck/uitslag?concept=${concept}`);
    await tabTo(page, `a[href="/rechtencheck/contact?concept=${concept}"]`, 200);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/rechtencheck\/contact\?concept=/);
    await clean(page, 'contact form');
    assert.equal(await page.inputValue('#gemeenteCode'), 'GM0114', 'the gemeente of the answers is chosen');
    // Send without a choice: the errors, then fix them by keyboard.
    await tabTo(page, 'form[action="/rechtencheck/contact"] button[type="submit"]');
    // Wait for the answer to the post itself: on a busy machine 'load' can still be the previous page's.
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/rechtencheck/contact') && r.request().method() === 'POST'), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    assert.match((await page.textContent('main')) ?? '', /Uitslag meesturen: kies ja of nee/);
    await clean(page, 'contact form with errors');
    await tabTo(page, '#givenName');
    await page.keyboard.type('Naila');
    await tabTo(page, '#familyName');
    await page.keyboard.type('Toetsenbord');
    await tabTo(page, 'input[name="reachBy"]');
    await page.keyboard.press('ArrowDown'); // "Mail mij"
    await tabTo(page, '#email');
    await page.keyboard.type('naila@example.org');
    await tabTo(page, 'input[name="uitslagMee"]');
    await page.keyboard.press('Space'); // "Ja, stuur mijn uitslag mee"
    await tabTo(page, 'form[action="/rechtencheck/contact"] button[type="submit"]');
    // Wait for the answer to the post itself: on a busy machine 'load' can still be the previous page's.
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/rechtencheck/contact') && r.request().method() === 'POST'), page.keyboard.press('Enter')]);
    await page.waitForLoadState('load');
    assert.equal(await page.textContent('main h1'), 'Je aanvraag is verstuurd');
    assert.match((await page.textContent('#deelcode')) ?? '', /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await clean(page, 'contact sent');
    const [row] = await h.t.db.query<{ code: string | null }>(
      `select r.rechtencheck_code as code from self_registration r join person p on p.id = r.person_id where p.family_name = 'Toetsenbord'`,
    );
    assert.equal(row!.code, await page.textContent('#deelcode'));
    await context.close();
  });

  it('works without JavaScript: back, forward, result, PDF link and wiping the answers', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/rechtencheck/vraag`);
    await page.fill('#gemeente', 'Emmen');
    await page.click('button[value="verder"]');
    await page.waitForURL(/vraag=age/);
    await page.fill('#age', '45');
    await page.click('button[value="verder"]');
    await page.waitForURL(/vraag=benefit/);
    await page.check('input[name="benefit"][value="geen"]');
    await page.click('button[value="terug"]');
    await page.waitForURL(/vraag=age/);
    assert.equal(await page.inputValue('#age'), '45');
    await page.click('button[value="verder"]');
    await page.waitForURL(/vraag=benefit/);
    assert.ok(await page.isChecked('input[name="benefit"][value="geen"]'));
    // "Weet ik niet" for everything else.
    for (let i = 0; i < 12; i++) {
      const vraag = await currentQuestion(page);
      if (!vraag) break;
      const before = page.url();
      if (vraag === 'benefit') await page.check('input[name="benefit"][value="geen"]');
      else if (await page.locator('#weetniet-ja').count()) await page.check('#weetniet-ja');
      else await page.check(`input[name="${vraag}"][value="onbekend"]`);
      await page.click('button[value="verder"]');
      await page.waitForURL((url) => url.href !== before);
    }
    assert.match(page.url(), /\/rechtencheck\/uitslag\?concept=/);
    assert.ok(await page.isVisible('main h1'));
    assert.equal(await page.locator('li.result').count(), 16);
    assert.ok(await page.isVisible('a[href*="/rechtencheck/uitslag.pdf?concept="]'));
    assert.ok(await page.locator('a[href^="/aanbod/demo-emmen-"]').count() > 0, 'links to Emmen offers');
    assert.equal(await page.locator('button[data-print]').isVisible(), false, 'the print button needs JavaScript');
    await page.click('summary:has-text("Wis je antwoorden")'); // the wipe form sits behind a <details>
    await page.click('button:has-text("Wis mijn antwoorden")');
    await page.waitForURL(/melding=gewist/);
    assert.match((await page.textContent('[role=status]')) ?? '', /Je antwoorden zijn gewist/);
    await context.close();
  });
});
