// Forgiving search on the pages: "bedoelde je …?", plain sentences, postcodes, English.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COUNT_LIMIT, searchServices } from '../../src/db/catalogue.ts';
import { refreshSearchWords } from '../../src/db/catalogue/words.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('forgiving search pages', () => {
  it('offers "bedoelde je …?" for a typo and shows the results for the correction', async () => {
    const res = await get('/zoeken?q=jobcoch');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Bedoelde je <a href="\/zoeken\?q=jobcoach"><strong>jobcoach<\/strong><\/a>/);
    assert.match(res.body, /href="\/aanbod\/jobcoaching-gemeente"/);
    assert.match(res.body, /\d+ resultaten voor &quot;jobcoch&quot;/);
  });

  it('finds "vervoer naar werk" in Emmen: the offer Werkvervoer', async () => {
    const res = await get('/zoeken?q=vervoer+naar+werk&waar=Emmen');
    assert.match(res.body, /href="\/aanbod\/demo-werkrit-werkvervoer"/);
  });

  it('takes a postcode as the place, and a postcode typed with the question', async () => {
    const res = await get('/zoeken?q=jobcoach&waar=7811+AB');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /in Emmen/);
    assert.match(res.body, /waar postcode 7811 bij hoort/);
    const inQuery = await get('/zoeken?q=schulden+7811');
    assert.match(inQuery.body, /href="\/aanbod\/demo-emmen-schuldhulp"/);
    const unknown = await get('/zoeken?q=jobcoach&waar=0999');
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /We kennen geen gemeente, woonplaats of postcode/);
  });

  it('shows offers with some of the words for a plain sentence, and says so', async () => {
    const res = await get('/zoeken?q=' + encodeURIComponent('ik ben snel moe en wil toch graag een baan'));
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /href="\/aanbod\/demo-ervaringskracht-moe-en-werken"/);
  });

  it('has an English search page that keeps the language and marks Dutch offer text', async () => {
    const res = await get('/zoeken?q=job+coach&taal=en');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /^<!doctype html><html lang="en"/);
    assert.match(res.body, /<header class="site-header[^"]*" lang="nl">/);
    assert.match(res.body, /\d+ results for &quot;job coach&quot;/);
    assert.match(res.body, /<input type="hidden" name="taal" value="en"\/>/);
    assert.match(res.body, /href="\/aanbod\/jobcoaching-gemeente\?taal=en"/);
    assert.match(res.body, /<a href="\/zoeken\?q=job\+coach" lang="nl" hreflang="nl">Lees in het Nederlands<\/a>/);
    const offer = await get('/aanbod/jobcoaching-gemeente?taal=en');
    assert.match(offer.body, /<html lang="en"/);
    assert.match(offer.body, /How to apply/);
    assert.match(offer.body, /<h1>Job coach through your gemeente<\/h1>/);
    assert.match(offer.body, /<div lang="nl"><p>/, 'the Dutch description says it is Dutch');
    const results = await get('/zoeken?q=wage+subsidy&taal=en');
    assert.match(results.body, /Can you not earn the full minimum wage/);
    const demo = await get('/zoeken?q=werkvervoer&waar=Emmen&taal=en');
    assert.match(demo.body, /<h2><a href="\/aanbod\/demo-werkrit-werkvervoer\?taal=en">Work transport: a ride to your work/);
    // Every offer has an English name and summary.
    const { allServices } = await import('../../src/content/catalogue/index.ts');
    assert.deepEqual(allServices.filter((s) => !s.nameEn || !s.summaryEn).map((s) => s.key), []);
    for (const [path, en, nl] of [['/over', 'About InBeeld', 'Over InBeeld'], ['/privacy', 'We use no cookies to follow you', 'We gebruiken geen cookies'], ['/toegankelijkheid', 'Accessibility', 'Toegankelijkheid</h1>']] as const) {
      const text = await get(`${path}?taal=en`);
      assert.match(text.body, /<html lang="en"/);
      assert.ok(text.body.includes(en), `${path} in English`);
      assert.ok(!text.body.includes(`<h1>${nl}`) && !text.body.includes(`<p>${nl}`), `${path} has Dutch text on the English page`);
    }
    const home = await get('/?taal=en&utm_source=x');
    assert.match(home.body, /Find support/);
    assert.match(home.body, /Check your rights/);
  });
});

describe('search cost', () => {
  it('counts exactly up to the limit and says "more than" past it', async () => {
    // 600 extra offers that all match "werk" push the count past the limit.
    const { db } = t;
    await db.query(
      `insert into service (id, key, organization_id, name, summary, description, open_without_benefit,
         open_without_benefit_explanation, eligibility, how_to_apply, who_decides, area_scope, assured_date)
       select gen_random_uuid(), 'extra-' || n, (select id from organization limit 1), 'Werk extra ' || n, 'Werk.', 'Werk.',
         'ja', '-', '-', '-', '-', 'national', current_date from generate_series(1, 600) n`,
    );
    const r = await searchServices(db, { text: 'werk', page: 1, perPage: 10 });
    assert.equal(r.total, COUNT_LIMIT);
    assert.equal(r.more, true);
    const page = await get('/zoeken?q=werk');
    assert.match(page.body, /Meer dan 500 resultaten/);
    const last = await get('/zoeken?q=werk&pagina=99');
    assert.equal(last.headers.location, '/zoeken?q=werk&pagina=50');
    // The word list was marked stale by the insert and is rebuilt on the next suggestion.
    assert.equal(await refreshSearchWords(db), true);
    assert.equal(await refreshSearchWords(db), false);
    await db.query(`delete from service where key like 'extra-%'`);
  });

  it('puts offers named after the word first, also when they come after more than the limit of other matches', async () => {
    // 600 offers with the word only in their description are written first, three named after it last:
    // the first 501 matches read hold no name match, so the name matches are looked for on their own.
    const { db } = t;
    const insert = (from: number, to: number, name: string, description: string) =>
      db.query(
        `insert into service (id, key, organization_id, name, summary, description, open_without_benefit,
           open_without_benefit_explanation, eligibility, how_to_apply, who_decides, area_scope, assured_date)
         select gen_random_uuid(), 'extra-' || n, (select id from organization limit 1), $1 || ' ' || n, 'Extra.', $2,
           'ja', '-', '-', '-', '-', 'national', current_date from generate_series($3::int, $4::int) n`,
        [name, description, from, to],
      );
    await insert(1, 600, 'Extra', 'Met de zorgfiets.');
    await insert(601, 603, 'Zorgfiets', 'Extra.');
    try {
      const r = await searchServices(db, { text: 'zorgfiets', page: 1, perPage: 10 });
      assert.equal(r.more, true);
      assert.deepEqual(r.items.slice(0, 3).map((s) => s.key).sort(), ['extra-601', 'extra-602', 'extra-603']);
      assert.ok(r.items.slice(3).every((s) => s.name.startsWith('Extra')));
      const second = await searchServices(db, { text: 'zorgfiets', page: 2, perPage: 10 });
      assert.ok(second.items.every((s) => !s.name.startsWith('Zorgfiets')), 'the name matches are not repeated on page 2');
    } finally {
      await db.query(`delete from service where key like 'extra-%'`);
    }
  });
});

describe('catalogue indexes', () => {
  it('keep no GIN pending list, so a search never reads unmerged entries (only the processing log index has one, on purpose)', async () => {
    const rows = await t.db.query<{ index: string; options: string[] | null }>(
      `select c.relname as index, c.reloptions as options
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
       join pg_class r on r.oid = i.indrelid
       where a.amname = 'gin' and r.relnamespace = current_schema()::regnamespace`,
    );
    const withList = rows.filter((r) => !(r.options ?? []).includes('fastupdate=off')).map((r) => r.index).sort();
    assert.deepEqual(withList, ['processing_log_persons'], 'create new GIN indexes with (fastupdate = off); see migration 175');
    assert.ok(rows.length >= 10, `expected the catalogue's GIN indexes, found ${rows.length}`);
  });
});
