import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { personaContents } from '../../src/content/kennis/personas.ts';
import { reflectionQuestions, werkkaart } from '../../src/content/kennis/werkkaart.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { answerField } from '../../src/features/kennis/reflection.ts';
import { loginAs, postForm, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let consulent: string;
let teamleider: string;
let beleid: string;

before(async () => {
  t = await testApp();
  consulent = (await loginAs(t.app, DEMO_ACCOUNTS.consulentEmmen)).cookie;
  teamleider = (await loginAs(t.app, DEMO_ACCOUNTS.teamleiderEmmen)).cookie;
  beleid = (await loginAs(t.app, DEMO_ACCOUNTS.beleidEmmen)).cookie;
});
after(async () => {
  await t?.close();
});

const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
const chapter = (slug: string) => werkkaart.find((c) => c.slug === slug)!;

async function storedAnswers(email: string): Promise<Array<{ questionId: string; answer: string }>> {
  return t.db.query(
    `select question_id as "questionId", answer from reflection_answer r join account a on a.id = r.account_id where a.email = $1 order by question_id`,
    [email],
  );
}

describe('Kennis pages', () => {
  it('the overview links to the werkkaart, the persona’s and the veranderkompas, and the menu has Kennis', async () => {
    const res = await get('/kennis');
    assert.equal(res.statusCode, 200);
    for (const href of ['/kennis/werkkaart', '/kennis/personas', '/kennis/veranderkompas']) assert.match(res.body, new RegExp(`href="${href}"`));
    assert.match(res.body, /<a href="\/kennis" aria-current="page">Kennis<\/a>/);
  });

  it('the werkkaart shows every chapter and subsection in its table of contents', async () => {
    const res = await get('/kennis/werkkaart');
    assert.equal(res.statusCode, 200);
    for (const c of werkkaart) {
      assert.ok(res.body.includes(`href="/kennis/werkkaart/${c.slug}"`), c.id);
      for (const s of c.subsections) assert.ok(res.body.includes(`href="/kennis/werkkaart/${c.slug}#${s.anchor}"`), s.id);
    }
  });

  it('every chapter page shows its text, links and questions; every offer it links to exists', async () => {
    for (const c of werkkaart) {
      const res = await get(`/kennis/werkkaart/${c.slug}`);
      assert.equal(res.statusCode, 200, c.slug);
      assert.ok(res.body.includes(`data-id="${c.id}"`), c.id);
      for (const s of c.subsections) assert.ok(res.body.includes(`id="${s.anchor}"`), s.id);
      for (const q of reflectionQuestions(c)) assert.ok(res.body.includes(`data-id="${q.id}"`), q.id);
      assert.match(res.body, /href="\/rechtencheck"/);
      assert.match(res.body, /href="\/zoeken\?hulp=[a-z-]+"/);
      for (const [, key] of res.body.matchAll(/href="\/aanbod\/([a-z0-9-]+)"/g)) {
        assert.equal((await get(`/aanbod/${key}`)).statusCode, 200, `${c.slug} → ${key}`);
      }
    }
  });

  it('in English with ?taal=en', async () => {
    const res = await get('/kennis/werkkaart/ondersteuning-bieden?taal=en');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<div lang="en">/);
    assert.match(res.body, /Voluntary contact and expectations on both sides/);
    assert.match(res.body, /href="\/kennis\/werkkaart\/ondersteuning-bieden" lang="nl"/);
  });

  it('unknown sections and persona’s get a 404 in Dutch; ids redirect to the page', async () => {
    const section = await get('/kennis/werkkaart/bestaat-niet');
    assert.equal(section.statusCode, 404);
    assert.match(section.body, /Dit deel van de werkkaart bestaat niet/);
    const persona = await get('/kennis/personas/piet');
    assert.equal(persona.statusCode, 404);
    assert.match(persona.body, /Deze persona bestaat niet/);
    assert.equal((await get('/kennis/werkkaart/%3Cscript%3E')).statusCode, 404);
    const byId = await get('/kennis/werkkaart/WK-5');
    assert.equal(byId.statusCode, 301);
    assert.equal(byId.headers.location, '/kennis/werkkaart/ondersteuning-bieden');
    assert.equal((await get('/kennis/personas/P5')).headers.location, '/kennis/personas/milan');
  });
});

describe('werkkaart search', () => {
  it('finds sections by a word, without caring about case or accents, and marks the word', async () => {
    const res = await get('/kennis/werkkaart?q=Vrijblijvendheid');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /role="status">\d+ resulta(at|ten) voor &quot;Vrijblijvendheid&quot;/);
    assert.match(res.body, /href="\/kennis\/werkkaart\/ondersteuning-bieden#vrijblijvendheid"/);
    assert.match(res.body, /<mark>vrijblijvendheid<\/mark>/i);
    const accents = await get('/kennis/werkkaart?q=cooperaties');
    assert.match(accents.body, /<mark>coöperaties<\/mark>/);
  });

  it('says so when nothing matches', async () => {
    const res = await get('/kennis/werkkaart?q=xyzzyqwerty');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /0 resultaten/);
    assert.match(res.body, /Probeer een ander woord/);
  });

  it('a query over 200 characters is a 400 with a Dutch message', async () => {
    const res = await get(`/kennis/werkkaart?q=${'a'.repeat(201)}`);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Je zoekvraag is te lang\. Gebruik hoogstens 200 tekens/);
    assert.match(res.body, /aria-invalid="true"/);
    assert.equal((await get(`/kennis/werkkaart?q=${'a'.repeat(200)}`)).statusCode, 200);
  });
});

describe('reflection answers', () => {
  const c = chapter('beperking');
  const qs = reflectionQuestions(c);
  const url = `/kennis/werkkaart/${c.slug}`;
  const action = `${url}/reflectie`;

  it('visitors see the questions and a note to log in, not a form', async () => {
    const res = await get(url);
    assert.doesNotMatch(res.body, /<textarea/);
    assert.match(res.body, /Log in om je antwoorden te bewaren/);
    assert.match(res.body, /href="\/inloggen\?terug=%2Fkennis%2Fwerkkaart%2Fbeperking"/);
  });

  it('a logged-in user saves answers and sees them back; the page is not cached', async () => {
    const res = await postForm(t.app, action, consulent, { [answerField(qs[0]!.id)]: 'Ik weet veel over autisme.\r\nOver NAH nog weinig.', [answerField(qs[1]!.id)]: 'Meer over gesprekken.' }, url);
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal(res.headers.location, `${url}?melding=opgeslagen#reflectie`);
    const page = await get(`${url}?melding=opgeslagen`, consulent);
    assert.match(page.body, /Je antwoorden zijn opgeslagen/);
    assert.match(page.body, /Ik weet veel over autisme\.\nOver NAH nog weinig\./);
    assert.match(page.body, /Laatst opgeslagen: \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    assert.equal(page.headers['cache-control'], 'private, no-store');
    assert.deepEqual(await storedAnswers(DEMO_ACCOUNTS.consulentEmmen), [
      { questionId: qs[0]!.id, answer: 'Ik weet veel over autisme.\nOver NAH nog weinig.' },
      { questionId: qs[1]!.id, answer: 'Meer over gesprekken.' },
    ]);
  });

  it('answers are private: another user, even in the same team, does not see them', async () => {
    for (const cookie of [teamleider, beleid]) {
      const page = await get(url, cookie);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<textarea/);
      assert.doesNotMatch(page.body, /autisme/);
      assert.doesNotMatch(page.body, /Laatst opgeslagen/);
    }
    assert.doesNotMatch((await get(url)).body, /autisme/);
    // The other user's save does not touch the first user's answers.
    await postForm(t.app, action, teamleider, { [answerField(qs[0]!.id)]: 'Van de teamleider.' }, url);
    assert.equal((await storedAnswers(DEMO_ACCOUNTS.consulentEmmen))[0]!.answer, 'Ik weet veel over autisme.\nOver NAH nog weinig.');
    assert.doesNotMatch((await get(url, consulent)).body, /Van de teamleider/);
  });

  it('a too long answer is a 400 that names the field, and nothing is stored', async () => {
    const before = await storedAnswers(DEMO_ACCOUNTS.consulentEmmen);
    const res = await postForm(t.app, action, consulent, { [answerField(qs[0]!.id)]: 'Nieuw antwoord.', [answerField(qs[2]!.id)]: 'x'.repeat(4001) }, url);
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes(`href="#${answerField(qs[2]!.id)}"`), 'the summary links to the field');
    assert.match(res.body, /Antwoord op vraag 3: dit is te lang\. Gebruik hoogstens 4000 tekens\. Nu zijn het er 4001\./);
    assert.match(res.body, /Nieuw antwoord\./, 'what was typed comes back');
    assert.deepEqual(await storedAnswers(DEMO_ACCOUNTS.consulentEmmen), before);
  });

  it('4000 characters is allowed, also with accents; an empty answer deletes', async () => {
    const long = 'é'.repeat(4000);
    assert.equal((await postForm(t.app, action, consulent, { [answerField(qs[3]!.id)]: long }, url)).statusCode, 303);
    assert.equal((await storedAnswers(DEMO_ACCOUNTS.consulentEmmen)).find((a) => a.questionId === qs[3]!.id)?.answer, long);
    assert.equal((await postForm(t.app, action, consulent, { [answerField(qs[3]!.id)]: '  ' }, url)).statusCode, 303);
    assert.equal((await storedAnswers(DEMO_ACCOUNTS.consulentEmmen)).find((a) => a.questionId === qs[3]!.id), undefined);
  });

  it('saving needs a login and a CSRF token; answers for a chapter without questions are a 404', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: action, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'x=1' });
    assert.equal(anonymous.statusCode, 401);
    const noCsrf = await t.app.inject({ method: 'POST', url: action, headers: { cookie: consulent, 'content-type': 'application/x-www-form-urlencoded' }, payload: `${answerField(qs[0]!.id)}=x` });
    assert.equal(noCsrf.statusCode, 403);
    const none = await postForm(t.app, '/kennis/werkkaart/over-de-werkkaart/reflectie', consulent, {}, url);
    assert.equal(none.statusCode, 404);
  });

  it('only caseworkers see the Trajecten action', async () => {
    assert.match((await get(url, consulent)).body, /href="\/personen">Leg afspraken vast/);
    assert.doesNotMatch((await get(url, beleid)).body, /Leg afspraken vast/);
    assert.doesNotMatch((await get(url)).body, /Leg afspraken vast/);
  });
});

describe("persona's", () => {
  it('the overview lists all five', async () => {
    const res = await get('/kennis/personas');
    assert.equal(res.statusCode, 200);
    for (const p of personaContents) assert.ok(res.body.includes(`href="/kennis/personas/${p.slug}"`), p.id);
  });

  it('each persona page has its parts, a print button and a Rechtencheck link that works', async () => {
    for (const p of personaContents) {
      const res = await get(`/kennis/personas/${p.slug}`);
      assert.equal(res.statusCode, 200, p.slug);
      assert.ok(res.body.includes(`${p.name}, ${p.age} jaar`), p.slug);
      for (const heading of ['Waarom geen uitkering?', `Waar loopt ${p.name} tegenaan?`, `Wat heeft ${p.name} nodig?`, `In gesprek over ${p.name}`]) {
        assert.ok(res.body.includes(heading), `${p.slug}: ${heading}`);
      }
      for (const q of p.conversationQuestions) assert.ok(res.body.includes(`data-id="${q.id}"`), q.id);
      assert.match(res.body, /<button type="button" data-print="true" hidden>Print deze persona<\/button>/);
      const link = `/rechtencheck/uitslag?persona=${p.slug}`;
      assert.ok(res.body.includes(`href="${link}"`), p.slug);
      const result = await get(link);
      assert.equal(result.statusCode, 200, link);
      assert.ok(result.body.includes(p.name), link);
      const search = res.body.match(/href="(\/zoeken\?[^"]+)"/)![1]!.replaceAll('&amp;', '&');
      assert.equal((await get(search)).statusCode, 200, search);
    }
  });

  it('says where the research gives nothing, instead of inventing it', async () => {
    assert.match((await get('/kennis/personas/marco')).body, /Het onderzoek geeft voor deze persona geen lijst/);
    assert.match((await get('/kennis/personas/milan')).body, /Het onderzoek beschrijft niet waar deze persona nu staat/);
  });

  it('in English, with the English Rechtencheck link', async () => {
    const res = await get('/kennis/personas/naila?taal=en');
    assert.match(res.body, /Naila, 49 years old/);
    assert.match(res.body, /href="\/rechtencheck\/uitslag\?persona=naila&amp;taal=en"/);
  });
});
