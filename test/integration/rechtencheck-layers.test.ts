// The result in layers, measured on the personas: at most 400 words before
// any <details> opens, at most three steps now, each offer once, the short
// PDF at most 3 pages and the full one as a choice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createDraft } from '../../src/db/rechtencheck.ts';
import { draftFromFacts } from '../../src/features/rechtencheck/questionnaire.ts';
import { personas } from '../../src/features/rechtencheck/personas.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { pdfPages, visibleWords } from '../helpers/visible-words.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

describe('result in layers', () => {
  for (const p of personas) {
    it(`${p.name}: at most 400 visible words, at most 3 steps now, each offer once`, async () => {
      for (const taal of ['', '&taal=en']) {
        const res = await t.app.inject({ url: `/rechtencheck/uitslag?persona=${p.id}${taal}` });
        assert.equal(res.statusCode, 200);
        const words = visibleWords(res.body);
        assert.ok(words <= 400, `${p.id}${taal}: ${words} words visible`);
        const now = res.body.slice(res.body.indexOf('id="nu-kop"'), res.body.indexOf('</section>', res.body.indexOf('id="nu-kop"')));
        const steps = (now.match(/<li>/g) ?? []).length;
        assert.ok(steps >= 1 && steps <= 3, `${steps} steps now`);
        const offers = [...res.body.matchAll(/href="\/aanbod\/([^"]+)"/g)].map((m) => m[1]);
        assert.equal(new Set(offers).size, offers.length, `an offer appears twice: ${offers.join(', ')}`);
        // Every instrument is one line, its details behind a native <details>.
        assert.equal((res.body.match(/<li class="result" id="[a-z-]+" data-outcome="[a-z_]+"><details><summary>/g) ?? []).length, 16);
      }
    });
  }

  it('the short PDF has at most 3 pages; the full PDF is a choice and longer', async () => {
    for (const p of personas) {
      const short = await t.app.inject({ url: `/rechtencheck/uitslag.pdf?persona=${p.id}` });
      assert.equal(short.statusCode, 200);
      const full = await t.app.inject({ url: `/rechtencheck/uitslag.pdf?persona=${p.id}&volledig=1` });
      const n = pdfPages(short.rawPayload);
      const m = pdfPages(full.rawPayload);
      assert.ok(n >= 1 && n <= 3, `${p.id}: short PDF has ${n} pages`);
      assert.ok(m > n, `${p.id}: full PDF (${m}) longer than short (${n})`);
    }
  });

  it('with mostly "weet ik niet", the result names the answers that make the biggest difference, with a link back', async () => {
    const facts = {
      gemeente: 'GM0114', age: 30, benefit: 'geen', noBenefitReason: 'onbekend', registeredJobseeker: 'onbekend', structuralLimitation: 'onbekend',
      limitationKind: 'onbekend', canEarnMinimumWage: 'onbekend', jobStatus: 'onbekend', householdIncome: 'onbekend', householdAssets: 'onbekend',
      supportedByGemeente: 'onbekend', inDoelgroepregister: 'onbekend', indication: 'onbekend', school: 'onbekend',
    } as const;
    const concept = await createDraft(t.db, draftFromFacts(facts));
    const res = await t.app.inject({ url: `/rechtencheck/uitslag?concept=${concept}` });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Deze antwoorden maken het meeste verschil/);
    const section = res.body.slice(res.body.indexOf('id="verschil-kop"'), res.body.indexOf('</section>', res.body.indexOf('id="verschil-kop"')));
    const links = (section.match(/&amp;wijzig=1/g) ?? []).length;
    assert.ok(links >= 2 && links <= 3, `${links} answers named`);
    // A clear result does not show the block.
    const clear = await t.app.inject({ url: '/rechtencheck/uitslag?persona=elian' });
    assert.doesNotMatch(clear.body, /Deze antwoorden maken het meeste verschil/);
  });
});
