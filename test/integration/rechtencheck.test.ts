// Rechtencheck web and API: the JSON API and its OpenAPI description, bad
// input, the questionnaire walked through plain form posts (no JavaScript),
// back and forward, the 12-question limit over many random walks, "weet ik
// niet" everywhere, persona links, PDF, and links to Wegwijzer offers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { allServices } from '../../src/content/catalogue/index.ts';
import {
  MAX_QUESTIONS,
  evaluate,
  multiAnswer,
  questions,
  type FactKey,
  type Question,
  type RechtencheckFacts,
} from '../../src/domain/rechtencheck/index.ts';
import { personas } from '../../src/features/rechtencheck/personas.ts';
import { cookieHeader, csrfFrom, testApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

const persona = (id: string) => personas.find((p) => p.id === id)!;

// ------------------------------------------------------------------ helpers

type Fields = Record<string, string | string[]>;

interface Step {
  res: LightMyRequestResponse;
  vraag: string;
  concept: string;
  csrf: string;
}

function formOf(res: LightMyRequestResponse): Step {
  const vraag = res.body.match(/name="vraag" value="([^"]+)"/)?.[1];
  assert.ok(vraag, `no question on page (${res.statusCode}): ${res.body.slice(0, 300)}`);
  return { res, vraag, concept: res.body.match(/name="concept" value="([^"]*)"/)?.[1] ?? '', csrf: csrfFrom(res.body) };
}

class Walker {
  cookie = '';
  constructor(readonly app: FastifyInstance) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ url, headers: { cookie: this.cookie } });
    this.cookie = cookieHeader(res.headers['set-cookie'], this.cookie);
    return res;
  }

  async post(url: string, fields: Fields): Promise<LightMyRequestResponse> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: params.toString(),
    });
    this.cookie = cookieHeader(res.headers['set-cookie'], this.cookie);
    return res;
  }

  /** Answers the question on `step`; returns the response to the POST. */
  answer(step: Step, fields: Fields, actie: 'verder' | 'terug' = 'verder') {
    return this.post('/rechtencheck/vraag', { _csrf: step.csrf, concept: step.concept, vraag: step.vraag, actie, ...fields });
  }

  /** Posts and follows the redirect to the next page. */
  async answerAndFollow(step: Step, fields: Fields, actie: 'verder' | 'terug' = 'verder'): Promise<LightMyRequestResponse> {
    const res = await this.answer(step, fields, actie);
    assert.equal(res.statusCode, 303, `answer to ${step.vraag} got ${res.statusCode}: ${res.body.slice(0, 500)}`);
    return this.get(String(res.headers.location));
  }
}

const isQuestion = (res: LightMyRequestResponse) => res.statusCode === 200 && res.body.includes('name="vraag"');
const byId = new Map(questions.map((q) => [q.id as string, q]));

function matches(sets: Partial<RechtencheckFacts>, facts: RechtencheckFacts): boolean {
  const entries = Object.entries(sets);
  return entries.length > 0 && entries.every(([k, v]) => facts[k as FactKey] === v);
}

/** The form answer a person with these facts gives, and the facts it records. */
function answerFrom(q: Question, facts: RechtencheckFacts): { fields: Fields; sets: Partial<RechtencheckFacts> } {
  switch (q.type) {
    case 'gemeente':
      return facts.gemeente ? { fields: { gemeente: facts.gemeente }, sets: { gemeente: facts.gemeente } } : { fields: { weetniet: 'ja' }, sets: { gemeente: null } };
    case 'number': {
      const key = q.facts[0]!;
      const v = facts[key];
      return typeof v === 'number' ? { fields: { [q.id]: String(v) }, sets: { [key]: v } } : { fields: { weetniet: 'ja' }, sets: { [key]: null } };
    }
    case 'numbers': {
      const fields: Fields = {};
      const sets: Record<string, number | null> = {};
      for (const f of q.fields ?? []) {
        const v = facts[f.fact];
        fields[f.fact] = typeof v === 'number' ? String(v) : '';
        sets[f.fact] = typeof v === 'number' ? v : null;
      }
      return { fields, sets };
    }
    case 'multi': {
      const ticked = q.options.filter((o) => o.value !== 'geen' && o.value !== 'onbekend' && matches(o.sets, facts)).map((o) => String(o.value));
      const list = ticked.length ? ticked : ['geen'];
      return { fields: { [q.id]: list }, sets: multiAnswer(q, list) };
    }
    case 'choice': {
      const option = q.options.find((o) => matches(o.sets, facts)) ?? q.options.find((o) => o.value === 'onbekend')!;
      return { fields: { [q.id]: String(option.value) }, sets: option.sets };
    }
  }
}

/** Outcome per instrument as shown on a result page. */
function outcomesOnPage(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<li class="result" id="([a-z-]+)"[^>]*data-outcome="([a-z_]+)"/g)) out[m[1]!] = m[2]!;
  return out;
}

function expectedOutcomes(facts: RechtencheckFacts, options: { date?: string } = {}): Record<string, string> {
  return Object.fromEntries(evaluate(facts, options).results.map((r) => [r.id, r.outcome]));
}

/** Walks the questionnaire answering as a person with `facts`; returns the result page and the recorded facts. */
async function walkAs(facts: RechtencheckFacts) {
  const w = new Walker(t.app);
  let res = await w.get('/rechtencheck/vraag');
  const recorded: Record<string, unknown> = {};
  const shown: string[] = [];
  while (isQuestion(res)) {
    const step = formOf(res);
    shown.push(step.vraag);
    assert.ok(shown.length <= MAX_QUESTIONS, `more than ${MAX_QUESTIONS} questions: ${shown.join(', ')}`);
    const { fields, sets } = answerFrom(byId.get(step.vraag)!, facts);
    Object.assign(recorded, sets);
    res = await w.answerAndFollow(step, fields);
  }
  return { res, facts: recorded as RechtencheckFacts, shown, walker: w };
}

// ------------------------------------------------------------------ API

describe('POST /api/v1/rechtencheck', () => {
  for (const id of ['elian', 'hannah']) {
    it(`gives the domain's outcomes for ${id}, with next steps linked to offers`, async () => {
      const p = persona(id);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: p.facts });
      assert.equal(res.statusCode, 200, res.body.slice(0, 500));
      const body = res.json();
      const expected = evaluate(p.facts);
      assert.deepEqual(
        Object.fromEntries(body.results.map((r: { id: string; outcome: string }) => [r.id, r.outcome])),
        Object.fromEntries(expected.results.map((r) => [r.id, r.outcome])),
      );
      assert.equal(body.receipt.hash, expected.receipt.hash, 'same receipt as the domain');
      assert.equal(body.gemeente.code, p.facts.gemeente);
      assert.match(body.disclaimer.nl, /De gemeente of UWV beslist/);
      for (const r of body.results) {
        assert.ok(r.decidedBy.nl.length > 0 && r.decidedBy.en.length > 0, `${r.id} says who decides`);
        assert.ok(r.sources.every((s: { url: string; validFrom: string }) => s.url.startsWith('https://') && /^\d{4}-\d{2}-\d{2}$/.test(s.validFrom)));
        assert.ok(['waarschijnlijk', 'misschien', 'waarschijnlijk_niet', 'meer_informatie_nodig'].includes(r.outcome));
      }
      const offers = body.results.flatMap((r: { nextSteps: Array<{ offers: Array<{ url: string }> }> }) => r.nextSteps.flatMap((s) => s.offers));
      assert.ok(offers.length > 0);
      assert.ok(offers.every((o: { url: string }) => /^http:\/\/localhost:3000\/aanbod\/[a-z0-9-]+$/.test(o.url)));
    });
  }

  it('answers exactly the documented shape, no field more, with the same text as JSON', async () => {
    // The answer is written as a Buffer without Fastify's schema serializer, which used to drop
    // fields the schema does not name; this checks that nothing extra leaves the server.
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const schema = doc.paths['/api/v1/rechtencheck'].post.responses['200'].content['application/json'].schema;
    const validate = new Ajv.default({ strict: false, allErrors: true }).compile(schema);
    for (const p of personas) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: p.facts });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/json; charset=utf-8/);
      const body = res.json();
      assert.ok(validate(body), `${p.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      assert.equal(res.body, JSON.stringify(body), `${p.id}: plain JSON text`);
    }
    // Compressed (the route's own brotli level), it decodes to the same answer.
    const facts = personas[0]!.facts;
    const plain = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: facts });
    const br = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: facts, headers: { 'accept-encoding': 'br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 4, `${br.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), plain.body);
  });

  it('accepts a date for the rules and reproduces a receipt', async () => {
    const facts = persona('milan').facts;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck?datum=2025-06-01', payload: facts });
    assert.equal(res.statusCode, 200);
    const receipt = res.json().receipt;
    assert.equal(receipt.date, '2025-06-01');
    assert.equal(evaluate(receipt.facts, { date: receipt.date, policy: receipt.policy }).receipt.hash, receipt.hash);
  });

  it('is in the OpenAPI document with its body and result', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const op = doc.paths['/api/v1/rechtencheck']?.post;
    assert.ok(op, 'path described');
    const body = op.requestBody.content['application/json'].schema;
    assert.equal(body.additionalProperties, false);
    assert.deepEqual(body.properties.age.type, ['integer', 'null']);
    assert.ok(body.properties.benefit.enum.includes('onbekend'));
    const ok = op.responses['200'].content['application/json'].schema;
    assert.ok(ok.properties.results && ok.properties.receipt && ok.properties.disclaimer);
    assert.ok(op.responses['400'], 'error response described');
  });

  const bad: Array<[string, unknown, string, RegExp]> = [
    ['unknown gemeente', { gemeente: 'GM9999', age: 40 }, 'gemeente', /geen gemeente met code GM9999/],
    ['badly formed gemeente', { gemeente: 'Emmen' }, 'gemeente', /CBS-code/],
    ['age 400', { age: 400 }, 'age', /Leeftijd kan niet meer dan 120/],
    ['negative hours', { jobHoursPerWeek: -1 }, 'jobHoursPerWeek', /negatief/],
    ['age as text', { age: '40' }, 'age', /getal/],
    ['age not whole', { age: 40.5 }, 'age', /heel getal/],
    ['unknown field', { age: 40, naam: 'Jan' }, 'naam', /Onbekend veld/],
    ['unknown choice', { benefit: 'veel' }, 'benefit', /geen geldige keuze/],
    ['choice as number', { benefit: 3 }, 'benefit', /een van deze waarden/],
    ['a list instead of facts', [1, 2], 'inhoud', /object/],
  ];
  for (const [name, payload, fieldName, message] of bad) {
    it(`400 with the field named: ${name}`, async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: payload as object });
      assert.equal(res.statusCode, 400, res.body);
      const error = res.json().error;
      assert.equal(error.status, 400);
      assert.match(error.message, /Niet alle invoer klopt/);
      const field = error.fields.find((f: { field: string }) => f.field === fieldName);
      assert.ok(field, `field ${fieldName} named in ${JSON.stringify(error.fields)}`);
      assert.match(field.message, message);
    });
  }

  it('names every wrong field at once, the unknown gemeente too', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: { gemeente: 'GM9999', age: '40', jobHoursPerWeek: -1 } });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().error.fields.map((f: { field: string }) => f.field).sort(), ['age', 'gemeente', 'jobHoursPerWeek']);
  });

  it('broken JSON, a bad date and a body over 1 MB get a clear 4xx, never a 500', async () => {
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', headers: { 'content-type': 'application/json' }, payload: '{"age": 4' });
    assert.equal(broken.statusCode, 400);
    assert.match(broken.json().error.message, /JSON klopt niet/);
    const date = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck?datum=2010-01-01', payload: {} });
    assert.equal(date.statusCode, 400);
    assert.equal(date.json().error.fields[0].field, 'datum');
    const badDate = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck?datum=morgen', payload: {} });
    assert.equal(badDate.statusCode, 400);
    assert.equal(badDate.json().error.fields[0].field, 'datum');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rechtencheck',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ gemeente: 'GM0114', padding: 'x'.repeat(1024 * 1024) }),
    });
    assert.equal(huge.statusCode, 413);
    assert.match(huge.json().error.message, /te groot/);
  });

  it('next steps in Emmen link to offers of Emmen, its region and the country, local first', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/rechtencheck', payload: { gemeente: 'GM0114', age: 40, benefit: 'geen' } });
    const results = res.json().results as Array<{ id: string; nextSteps: Array<{ offers: Array<{ key: string; scope: string }> }> }>;
    const offers = results.flatMap((r) => r.nextSteps.flatMap((s) => s.offers));
    const byKey = new Map(allServices.map((s) => [s.key, s]));
    for (const o of offers) {
      const s = byKey.get(o.key)!;
      assert.ok(s.area.scope === 'national' || (s.area.codes ?? []).some((c) => c === 'GM0114' || c === 'AM03'), `${o.key} holds in Emmen`);
    }
    assert.ok(offers.some((o) => o.key === 'demo-emmen-ondersteuning-naar-werk'), 'the local offer of Emmen');
    const gemeenteSupport = results.find((r) => r.id === 'ondersteuning-gemeente')!;
    const scopes = gemeenteSupport.nextSteps.flatMap((s) => s.offers.filter((o) => !['inschrijven-werkzoekende'].includes(o.key)).map((o) => o.scope));
    assert.equal(scopes[0], 'gemeente', `local first: ${scopes.join(', ')}`);
  });
});

// ------------------------------------------------------------------ questionnaire

describe('questionnaire without JavaScript', () => {
  for (const id of ['milan', 'naila']) {
    it(`walking the form posts as ${id} reaches a result that matches the domain`, async () => {
      const p = persona(id);
      const { res, facts, shown } = await walkAs(p.facts);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>Je uitslag<\/h1>/);
      assert.match(res.body, /De gemeente of UWV beslist/);
      assert.ok(shown.length <= MAX_QUESTIONS);
      assert.deepEqual(outcomesOnPage(res.body), expectedOutcomes(facts));
      assert.equal(facts.gemeente, p.facts.gemeente);
      // Every answer given is listed, with a link to change it.
      assert.equal((res.body.match(/>Wijzig<span class="visually-hidden">/g) ?? []).length, shown.length);
    });
  }

  it('persona answers agree with the case corpus', () => {
    const corpus = JSON.parse(readFileSync(new URL('../cases/rechtencheck/personas.json', import.meta.url), 'utf8')) as { cases: Array<{ naam: string; feiten: RechtencheckFacts }> };
    for (const p of personas) {
      const c = corpus.cases.find((x) => x.naam.startsWith(p.name));
      assert.ok(c, p.name);
      assert.deepEqual(p.facts, c.feiten, p.name);
    }
  });

  it('back keeps every answer, forward walks the same path again', async () => {
    const w = new Walker(t.app);
    let res = await w.get('/rechtencheck/vraag');
    res = await w.answerAndFollow(formOf(res), { gemeente: 'Emmen' });
    assert.equal(formOf(res).vraag, 'age');
    res = await w.answerAndFollow(formOf(res), { age: '40' });
    assert.equal(formOf(res).vraag, 'benefit');
    res = await w.answerAndFollow(formOf(res), { benefit: 'geen' });
    const fourth = formOf(res).vraag;
    // Back from the 4th question without answering it.
    res = await w.answerAndFollow(formOf(res), {}, 'terug');
    assert.equal(formOf(res).vraag, 'benefit');
    assert.match(res.body, /value="geen" checked/);
    res = await w.answerAndFollow(formOf(res), { benefit: 'geen' }, 'terug');
    assert.equal(formOf(res).vraag, 'age');
    assert.match(res.body, /id="age" name="age"[^>]*value="40"/);
    res = await w.answerAndFollow(formOf(res), {}, 'terug');
    assert.equal(formOf(res).vraag, 'gemeente');
    assert.match(res.body, /value="Emmen"/);
    // Forward again: the answers are still there.
    res = await w.answerAndFollow(formOf(res), { gemeente: 'Emmen' });
    assert.match(res.body, /id="age" name="age"[^>]*value="40"/);
    res = await w.answerAndFollow(formOf(res), { age: '40' });
    assert.match(res.body, /value="geen" checked/);
    res = await w.answerAndFollow(formOf(res), { benefit: 'geen' });
    assert.equal(formOf(res).vraag, fourth);
    // Changing an earlier answer keeps the later ones.
    res = await w.get(`/rechtencheck/vraag?concept=${formOf(res).concept}&vraag=age`);
    res = await w.answerAndFollow(formOf(res), { age: '35' });
    assert.match(res.body, /value="geen" checked/);
    // The browser's own back button: each step is a plain GET page.
    const url = `/rechtencheck/vraag?concept=${formOf(res).concept}&vraag=gemeente`;
    assert.match((await w.get(url)).body, /value="Emmen"/);
  });

  it('asks at most 12 questions on many random walks through the form, with back steps', async () => {
    let seed = 20261123;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const places = ['Emmen', 'Assen', 'GM0363', 'Hoogeveen', 'Utrecht'];
    let longest = 0;
    const walks = 30;
    for (let walk = 0; walk < walks; walk++) {
      const w = new Walker(t.app);
      let res = await w.get('/rechtencheck/vraag');
      const shown = new Set<string>();
      let steps = 0;
      while (isQuestion(res)) {
        assert.ok(++steps < 60, 'the walk ends');
        const step = formOf(res);
        shown.add(step.vraag);
        const number = Number(res.body.match(/<h1>Rechtencheck, vraag (\d+)<\/h1>/)![1]);
        assert.ok(number <= MAX_QUESTIONS, `question number ${number}`);
        assert.match(res.body, /Weet ik niet/, `${step.vraag} offers "weet ik niet"`);
        const q = byId.get(step.vraag)!;
        let fields: Fields;
        if (random() < 0.2) fields = { weetniet: 'ja', [q.id]: q.type === 'choice' || q.type === 'multi' ? 'onbekend' : '' };
        else if (q.type === 'gemeente') fields = { gemeente: pick(places) };
        else if (q.type === 'number') fields = { [q.id]: String(Math.floor(random() * 80) + 16) };
        else if (q.type === 'numbers') fields = Object.fromEntries((q.fields ?? []).map((f) => [f.fact, random() < 0.3 ? '' : String(Math.floor(random() * f.max))]));
        else if (q.type === 'multi') fields = { [q.id]: [...new Set([pick(q.options), pick(q.options)].map((o) => String(o.value)))] };
        else fields = { [q.id]: String(pick(q.options).value) };
        // Back from the first question leads to the intro page, by design.
        const back = step.vraag !== 'gemeente' && random() < 0.15;
        res = await w.answer(step, fields, back ? 'terug' : 'verder');
        assert.equal(res.statusCode, 303, `${step.vraag} ${JSON.stringify(fields)}: ${res.body.slice(0, 300)}`);
        res = await w.get(String(res.headers.location));
      }
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Je uitslag/);
      assert.ok(shown.size <= MAX_QUESTIONS, `walk ${walk} showed ${shown.size} questions: ${[...shown].join(', ')}`);
      longest = Math.max(longest, shown.size);
    }
    const rows = await t.db.query<{ n: number }>('select max(cardinality(path)) as n from rechtencheck_draft');
    assert.ok(Number(rows[0]!.n) <= MAX_QUESTIONS);
    assert.ok(longest >= 8, `walks are long enough to test the limit (longest ${longest})`);
  });

  it('answering "weet ik niet" to everything reaches a result', async () => {
    const w = new Walker(t.app);
    let res = await w.get('/rechtencheck/vraag');
    let count = 0;
    while (isQuestion(res)) {
      const step = formOf(res);
      const q = byId.get(step.vraag)!;
      assert.match(res.body, /Weet ik niet/);
      const fields: Fields = q.type === 'choice' || q.type === 'multi' ? { [q.id]: 'onbekend' } : { weetniet: 'ja' };
      res = await w.answerAndFollow(step, fields);
      count++;
    }
    assert.ok(count >= 5 && count <= MAX_QUESTIONS, `${count} questions`);
    assert.match(res.body, /Je gaf geen gemeente op/);
    assert.ok(Object.keys(outcomesOnPage(res.body)).length === 16);
  });

  it('bad answers re-render the question with a Dutch message that names the field', async () => {
    const w = new Walker(t.app);
    let res = await w.get('/rechtencheck/vraag');
    let step = formOf(res);
    const unknown = await w.answer(step, { gemeente: 'Xyzzydorp' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /We kennen geen gemeente of woonplaats “Xyzzydorp”/);
    assert.match(unknown.body, /href="#gemeente"/);
    const empty = await w.answer(step, {});
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Weet je het niet\? Vink dan “Weet ik niet” aan/);
    const twoPlaces = await w.answer(step, { gemeente: 'Hengelo' });
    assert.match(twoPlaces.body, /Welke plaats bedoel je\?/);
    assert.ok((twoPlaces.body.match(/name="gemeente_code"/g) ?? []).length >= 2);
    res = await w.answerAndFollow(step, { gemeente: 'Emmen' });
    step = formOf(res);
    assert.equal(step.vraag, 'age');
    for (const [value, message] of [['400', /Leeftijd kan niet meer dan 120 jaar zijn/], ['-1', /negatief/], ['veertig', /vul alleen een getal in/], ['40,5', /heel getal/], ['', /Vul een getal in/]] as const) {
      const r = await w.answer(step, { age: value });
      assert.equal(r.statusCode, 400, value);
      assert.match(r.body, message);
      assert.match(r.body, /aria-invalid="true"/);
      assert.match(r.body, /<title>Fout: /);
      if (value) assert.match(r.body, new RegExp(`id="age" name="age"[^>]*value="${value}"`), 'keeps what was typed');
    }
    step = formOf(await w.answerAndFollow(step, { age: '40' }));
    const noChoice = await w.answer(step, {});
    assert.equal(noChoice.statusCode, 400);
    assert.match(noChoice.body, /Kies een antwoord\. Weet je het niet\? Kies dan “Weet ik niet”/);
    assert.match(noChoice.body, new RegExp(`href="#${step.vraag}"`));
  });

  it('a place name in two gemeenten: choose one, and the choice is kept when you come back', async () => {
    const w = new Walker(t.app);
    const first = formOf(await w.get('/rechtencheck/vraag'));
    const choose = await w.answer(first, { gemeente: 'Hengelo' });
    const codes = [...choose.body.matchAll(/name="gemeente_code" value="(GM\d{4})"/g)].map((m) => m[1]!);
    assert.ok(codes.length >= 2);
    let res = await w.answerAndFollow(formOf(choose), { gemeente: 'Hengelo', gemeente_code: codes[1]! });
    assert.equal(formOf(res).vraag, 'age');
    res = await w.answerAndFollow(formOf(res), {}, 'terug');
    const name = res.body.match(/id="gemeente" name="gemeente"[^>]*value="([^"]+)"/)![1]!;
    res = await w.answerAndFollow(formOf(res), { gemeente: name });
    assert.equal(formOf(res).vraag, 'age', 'the earlier choice is kept');
    const result = await w.get(`/rechtencheck/uitslag?concept=${formOf(res).concept}`);
    assert.match(result.body, new RegExp(`Gemeente ${name} heeft`));
  });

  it('the job questions reject negative hours', async () => {
    // Someone with a job: the job numbers are asked once the job is known.
    const facts: RechtencheckFacts = {
      gemeente: 'GM0114', age: 30, benefit: 'geen', registeredJobseeker: 'ja', structuralLimitation: 'ja', canEarnMinimumWage: 'ja',
      jobStatus: 'werk', supportedByGemeente: 'nee', limitationKind: 'lichamelijk', householdIncome: 'boven-bijstandsnorm',
    };
    const w = new Walker(t.app);
    let r = await w.get('/rechtencheck/vraag');
    while (isQuestion(r) && formOf(r).vraag !== 'baan') r = await w.answerAndFollow(formOf(r), answerFrom(byId.get(formOf(r).vraag)!, facts).fields);
    assert.equal(formOf(r).vraag, 'baan');
    const bad = await w.answer(formOf(r), { jobHoursPerWeek: '-1', jobContractMonths: '12', loonwaarde: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Uren per week kan niet negatief zijn/);
    assert.match(bad.body, /href="#jobHoursPerWeek"/);
  });

  it('after "Wijzig" on the result, saving goes straight back to the result', async () => {
    const { res, walker: w } = await walkAs(persona('milan').facts);
    const concept = res.body.match(/name="concept" value="([^"]+)"/)![1]!;
    const link = res.body.match(/href="(\/rechtencheck\/vraag\?concept=[^"]+&amp;vraag=age&amp;wijzig=1)"/);
    assert.ok(link, 'the answer overview links to the age question with wijzig=1');
    const page = await w.get(link[1]!.replaceAll('&amp;', '&'));
    assert.match(page.body, /name="wijzig" value="1"/);
    assert.match(page.body, /Opslaan en terug naar je uitslag/);
    const saved = await w.answer(formOf(page), { age: '28', wijzig: '1' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `/rechtencheck/uitslag?concept=${concept}`);
    // Without "Wijzig", the same answer walks on to the next question on the path.
    const plain = await w.answer(formOf(await w.get(`/rechtencheck/vraag?concept=${concept}&vraag=age`)), { age: '28' });
    assert.match(String(plain.headers.location), /vraag=benefit/);
  });

  it('asks every question in English on request, and shows the amounts in the income question', async () => {
    const w = new Walker(t.app);
    const first = await w.get('/rechtencheck/vraag?taal=en');
    assert.match(first.body, /<div lang="en">/);
    assert.match(first.body, /Which gemeente do you live in\?/);
    assert.match(first.body, /name="taal" value="en"/);
    const facts: RechtencheckFacts = { gemeente: 'GM0114', age: 27, benefit: 'geen', noBenefitReason: 'woont-bij-ouders' };
    let r = await w.answerAndFollow(formOf(first), { ...answerFrom(byId.get('gemeente')!, facts).fields, taal: 'en' });
    assert.match(String(r.body), /How old are you\?/);
    while (isQuestion(r) && formOf(r).vraag !== 'huishouden') {
      const q = byId.get(formOf(r).vraag)!;
      assert.match(r.body, new RegExp(q.text.en.replace(/[?()]/g, '.')), `${q.id} in English`);
      r = await w.answerAndFollow(formOf(r), { ...answerFrom(q, facts).fields, taal: 'en' });
    }
    assert.equal(formOf(r).vraag, 'huishouden');
    assert.match(r.body, /Count only your own income and savings/);
    assert.match(r.body, /€ [\d,]+\.\d\d if you live alone/);
    assert.match(r.body, /kostendelersnorm/);
    const nl = await w.get(`/rechtencheck/vraag?concept=${formOf(r).concept}&vraag=huishouden`);
    assert.match(nl.body, /Het inkomen van je ouders of huisgenoten telt niet mee/);
    assert.match(nl.body, /€ [\d.]+,\d\d als je alleen woont/);
  });

  it('a result can be wiped at once; an expired draft says so', async () => {
    const { res, walker } = await walkAs(persona('naila').facts);
    const concept = res.body.match(/name="concept" value="([^"]+)"/)![1]!;
    const wiped = await walker.post('/rechtencheck/wissen', { _csrf: csrfFrom(res.body), concept });
    assert.equal(wiped.statusCode, 303);
    assert.equal(wiped.headers.location, '/rechtencheck?melding=gewist');
    const gone = await walker.get(`/rechtencheck/uitslag?concept=${concept}`);
    assert.equal(gone.statusCode, 404);
    assert.match(gone.body, /Je antwoorden zijn niet meer bewaard/);

    const second = await walkAs(persona('milan').facts);
    const id = second.res.body.match(/name="concept" value="([^"]+)"/)![1]!;
    await t.db.query(`update rechtencheck_draft set expires_at = now() - interval '1 minute'`);
    const expired = await second.walker.get(`/rechtencheck/uitslag?concept=${id}`);
    assert.equal(expired.statusCode, 404);
    assert.match(expired.body, /24 uur/);
  });
});

// ------------------------------------------------------------------ result page

describe('result page', () => {
  it('a persona link shows the persona’s result, in Dutch and in English', async () => {
    const p = persona('milan');
    const res = await t.app.inject({ url: '/rechtencheck/uitslag?persona=milan' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(outcomesOnPage(res.body), expectedOutcomes(p.facts));
    assert.match(res.body, /Milan bestaat niet echt/);
    assert.match(res.body, /Dit is geen besluit/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const en = await t.app.inject({ url: '/rechtencheck/uitslag?persona=milan&taal=en' });
    assert.match(en.body, /<div lang="en">/);
    assert.match(en.body, /This is not a decision/);
    assert.match(en.body, /Probably yes|Maybe/);
  });

  it('shows sources, criteria and who decides for every instrument', async () => {
    const res = await t.app.inject({ url: '/rechtencheck/uitslag?persona=hannah' });
    const sections = res.body.split('<li class="result"').slice(1);
    assert.equal(sections.length, 16);
    for (const s of sections) {
      assert.match(s, /Wie beslist\?/);
      assert.match(s, /href="https:\/\/wetten\.overheid\.nl\//);
      assert.match(s, /geldt vanaf \d+ \w+ \d{4}/);
      assert.match(s, /(Klopt|Klopt niet|Nog niet bekend): /);
    }
    assert.match(res.body, /Controlecode \(sha256\)/);
    assert.match(res.body, new RegExp(evaluate(persona('hannah').facts).receipt.hash));
  });

  it('the PDF starts with %PDF-', async () => {
    const res = await t.app.inject({ url: '/rechtencheck/uitslag.pdf?persona=naila' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /attachment; filename="rechtencheck-uitslag-\d{4}-\d{2}-\d{2}\.pdf"/);
    assert.equal(res.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    const { res: page, walker } = await walkAs({ ...persona('naila').facts, gemeente: 'GM0114' });
    const concept = page.body.match(/name="concept" value="([^"]+)"/)![1]!;
    const pdf = await walker.get(`/rechtencheck/uitslag.pdf?concept=${concept}`);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdf.rawPayload.length > 5000);
  });

  it('next steps link to Wegwijzer offers of the person’s gemeente (Emmen, Assen)', async () => {
    const byKey = new Map(allServices.map((s) => [s.key, s]));
    for (const [code, region] of [['GM0114', 'AM03'], ['GM0106', 'AM01']] as const) {
      const { res } = await walkAs({ ...persona('naila').facts, gemeente: code });
      const keys = [...new Set([...res.body.matchAll(/href="\/aanbod\/([a-z0-9-]+)"/g)].map((m) => m[1]!))];
      assert.ok(keys.length > 3, `${code}: offers linked`);
      const local = keys.filter((k) => byKey.get(k)?.area.scope === 'gemeente');
      assert.ok(local.length > 0, `${code}: a local offer`);
      for (const k of keys) {
        const s = byKey.get(k);
        assert.ok(s, `${k} exists`);
        assert.ok(s.area.scope === 'national' || (s.area.codes ?? []).some((c) => c === code || c === region), `${k} holds in ${code}`);
      }
      const page = await t.app.inject({ url: `/aanbod/${local[0]}` });
      assert.equal(page.statusCode, 200);
    }
  });

  it('without answers the result page sends you to the questions', async () => {
    const res = await t.app.inject({ url: '/rechtencheck/uitslag' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/rechtencheck/vraag');
    const intro = await t.app.inject({ url: '/rechtencheck' });
    assert.equal(intro.statusCode, 200);
    assert.match(intro.body, /href="\/rechtencheck\/vraag"/);
    assert.match(intro.body, /href="\/rechtencheck\/uitslag\?persona=milan"/);
  });

  it('"Begin met deze antwoorden" turns a persona into a draft the person can change', async () => {
    const w = new Walker(t.app);
    const page = await w.get('/rechtencheck/uitslag?persona=milan');
    const res = await w.post('/rechtencheck/vraag', { _csrf: csrfFrom(page.body), persona: 'milan' });
    assert.equal(res.statusCode, 303);
    const first = await w.get(String(res.headers.location));
    assert.equal(formOf(first).vraag, 'gemeente');
    assert.match(first.body, /value="&#39;s-Hertogenbosch"|value="'s-Hertogenbosch"/);
  });
});
