// Rechtencheck: the case corpus, explanations, receipts and input validation.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import {
  canonicalJson,
  ENGINE_VERSION,
  evaluate,
  factsJsonSchema,
  instruments,
  OUTCOMES,
  RechtencheckInputError,
  SOURCES,
  validateFacts,
  type RechtencheckFacts,
} from '../../src/domain/rechtencheck/index.ts';
import { loadCorpus } from '../cases/rechtencheck/corpus.ts';

const corpus = loadCorpus();
const ids = new Set(instruments.map((i) => i.id));

describe('case corpus', () => {
  it('has at least 80 cases, each with a name, a source and known instruments', () => {
    assert.ok(corpus.length >= 80, `only ${corpus.length} cases`);
    for (const { file, c } of corpus) {
      assert.ok(c.naam.length > 10, `${file}: name too short`);
      assert.ok(c.bron.length > 5, `${file}/${c.naam}: no source`);
      assert.ok(Object.keys(c.verwacht).length > 0, `${file}/${c.naam}: nothing expected`);
      for (const id of Object.keys(c.verwacht)) assert.ok(ids.has(id as never), `${file}/${c.naam}: unknown instrument ${id}`);
      for (const outcome of Object.values(c.verwacht)) assert.ok(OUTCOMES.includes(outcome), `${file}/${c.naam}: unknown outcome ${outcome}`);
    }
  });

  it('covers the five personas', () => {
    const names = corpus.filter((x) => x.file === 'personas.json').map((x) => x.c.naam);
    for (const persona of ['Elian', 'Naila', 'Hannah', 'Marco', 'Milan']) {
      assert.ok(names.some((n) => n.startsWith(persona)), `persona ${persona} missing`);
    }
  });

  for (const { file, facts, c } of corpus) {
    it(`${file}: ${c.naam}`, () => {
      const result = evaluate(facts, { date: c.datum, ...(c.beleid ? { policy: c.beleid } : {}) });
      for (const [id, expected] of Object.entries(c.verwacht)) {
        const got = result.results.find((r) => r.id === id);
        assert.ok(got, `no result for ${id}`);
        assert.equal(got.outcome, expected, `${id}: expected ${expected}, got ${got.outcome}\n${got.explanation.nl}`);
      }
      // Some cases check the explanation too (what the person reads).
      for (const [id, text] of Object.entries(c.uitlegBevat ?? {})) {
        const got = result.results.find((r) => r.id === id)!;
        const all = [got.explanation.nl, ...got.criteria.map((k) => k.explanation.nl)].join(' ');
        assert.ok(all.includes(text), `${id}: explanation lacks “${text}”:\n${all}`);
      }
    });
  }
});

describe('results', () => {
  const result = evaluate(corpus[0]!.facts, { date: '2026-11-23' });

  it('gives every instrument with criteria, sources, texts in Dutch and English, and who decides', () => {
    assert.equal(result.results.length, instruments.length);
    for (const r of result.results) {
      assert.ok(r.explanation.nl.length > 0 && r.explanation.en.length > 0);
      assert.ok(r.sources.length > 0);
      for (const s of r.sources) assert.match(s.url, /^https:\/\/wetten\.overheid\.nl\//);
      assert.ok(r.decidedBy.nl.includes('beslist'));
      for (const c of r.criteria) {
        assert.ok(['voldaan', 'niet_voldaan', 'onbekend'].includes(c.status));
        assert.ok(c.explanation.nl.length > 0 && c.explanation.en.length > 0);
        assert.ok(c.source.validFrom >= '2006-01-01');
      }
    }
    assert.ok(result.disclaimer.nl.includes('geen besluit'));
  });

  it('links next steps to Wegwijzer offers', () => {
    const facts: RechtencheckFacts = {
      age: 35,
      benefit: 'geen',
      registeredJobseeker: 'nee',
      canEarnMinimumWage: 'nee',
      jobStatus: 'aanbod',
      structuralLimitation: 'ja',
      limitationKind: 'lichamelijk',
      householdIncome: 'onder-bijstandsnorm',
      householdAssets: 'onder-vermogensgrens',
    };
    const r = evaluate(facts, { date: '2026-11-23' });
    const keys = new Set(r.results.flatMap((x) => x.nextSteps.flatMap((s) => s.offer.serviceKeys ?? [])));
    for (const key of ['inschrijven-werkzoekende', 'loonkostensubsidie', 'doelgroepregister-uwv', 'doelgroepregister-praktijkroute', 'bijstand', 'jobcoaching-gemeente']) {
      assert.ok(keys.has(key), `no next step for ${key}`);
    }
    for (const x of r.results) for (const s of x.nextSteps) assert.ok(s.who.nl && s.action.nl && s.offer);
  });

  it('says which route applies for jobcoaching and provisions, and why', () => {
    const visual = evaluate({ age: 39, benefit: 'geen', registeredJobseeker: 'ja', canEarnMinimumWage: 'nee', structuralLimitation: 'ja', limitationKind: 'visueel', jobStatus: 'geen' }, { date: '2026-11-23' });
    const wv = visual.results.find((r) => r.id === 'werkvoorzieningen-uwv')!;
    assert.equal(wv.route?.provider, 'uwv');
    assert.match(wv.route!.reason.nl, /10h/);
    const own = evaluate({ age: 40, benefit: 'geen', registeredJobseeker: 'ja', canEarnMinimumWage: 'ja', supportedByGemeente: 'nee', structuralLimitation: 'ja', limitationKind: 'psychisch', jobStatus: 'werk' }, { date: '2026-11-23' });
    assert.equal(own.results.find((r) => r.id === 'jobcoaching-uwv')!.route?.provider, 'uwv');
    assert.match(own.results.find((r) => r.id === 'jobcoaching-uwv')!.route!.reason.nl, /doelgroepregister/);
  });

  it('lists the facts that would make an outcome clearer', () => {
    const r = evaluate({ age: 35 }, { date: '2026-11-23' });
    const og = r.results.find((x) => x.id === 'ondersteuning-gemeente')!;
    assert.equal(og.outcome, 'meer_informatie_nodig');
    assert.ok(og.missingFacts.includes('benefit'));
  });

  it('explains that the law does not limit loonkostensubsidie to the doelgroepregister', () => {
    const r = evaluate({ age: 35, benefit: 'geen', registeredJobseeker: 'ja', canEarnMinimumWage: 'nee', jobStatus: 'aanbod', inDoelgroepregister: 'nee' }, { date: '2026-11-23' });
    const lks = r.results.find((x) => x.id === 'loonkostensubsidie')!;
    assert.equal(lks.outcome, 'waarschijnlijk');
    assert.ok(lks.criteria.some((c) => c.id === 'niet-alleen-doelgroepregister' && c.informative));
  });

  it('every cited source exists and has a date', () => {
    for (const s of SOURCES.values()) {
      assert.match(s.validFrom, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(s.url, /^https:\/\/wetten\.overheid\.nl\/BWBR\d+/);
    }
  });
});

describe('receipt', () => {
  const facts: RechtencheckFacts = { gemeente: ' gm0363 ', age: 30, benefit: 'geen', registeredJobseeker: 'ja' };

  it('records engine version, rule versions, policy, normalised facts and date', () => {
    const r = evaluate(facts, { date: '2026-11-23' });
    assert.equal(r.receipt.engineVersion, ENGINE_VERSION);
    assert.equal(r.receipt.rules.length, instruments.length);
    assert.ok(r.receipt.rules.every((x) => /^\d+\.\d+\.\d+$/.test(x.version)));
    assert.equal(r.receipt.facts.gemeente, 'GM0363');
    assert.equal(r.receipt.date, '2026-11-23');
    assert.equal(r.receipt.policy.version.length > 0, true);
    assert.match(r.receipt.hash, /^[0-9a-f]{64}$/);
  });

  it('is stable: same input gives the same hash, whatever the key order', () => {
    const a = evaluate(facts, { date: '2026-11-23' }).receipt.hash;
    const reordered = Object.fromEntries(Object.entries(facts).reverse()) as RechtencheckFacts;
    const b = evaluate(reordered, { date: '2026-11-23' }).receipt.hash;
    assert.equal(a, b);
    assert.equal(evaluate({ ...facts, gemeente: 'GM0363' }, { date: '2026-11-23' }).receipt.hash, a);
  });

  it('is the sha256 of the canonical JSON of everything else in the receipt', () => {
    for (const policy of [undefined, { gemeente: 'GM0114', version: 'v2', praktijkroute: 'nee' as const }]) {
      const { hash, ...body } = evaluate(facts, { date: '2026-11-23', policy }).receipt;
      assert.equal(hash, createHash('sha256').update(canonicalJson(body)).digest('hex'));
    }
  });

  it('changes when facts, date or policy change', () => {
    const base = evaluate(facts, { date: '2026-11-23' }).receipt.hash;
    assert.notEqual(evaluate({ ...facts, age: 31 }, { date: '2026-11-23' }).receipt.hash, base);
    assert.notEqual(evaluate(facts, { date: '2026-11-24' }).receipt.hash, base);
    assert.notEqual(evaluate(facts, { date: '2026-11-23', policy: { praktijkroute: 'nee' } }).receipt.hash, base);
  });

  it('reproduces the same outcomes from the receipt', () => {
    const r = evaluate(corpus[3]!.facts, { date: '2026-11-23', policy: { proefplaatsingWithoutBenefit: 'ja' } });
    const again = evaluate(r.receipt.facts, { date: r.receipt.date, policy: r.receipt.policy });
    assert.deepEqual(
      again.results.map((x) => x.outcome),
      r.results.map((x) => x.outcome),
    );
    assert.equal(again.receipt.hash, r.receipt.hash);
  });

  it('is the sha256 of the canonical JSON of everything else in the receipt', () => {
    const { hash, ...body } = evaluate({ age: 30, benefit: 'geen' }, { date: '2026-11-23' }).receipt;
    assert.equal(createHash('sha256').update(canonicalJson(body)).digest('hex'), hash);
    assert.equal(canonicalJson({ b: 1, a: [2, { d: null, c: 'x' }] }), '{"a":[2,{"c":"x","d":null}],"b":1}');
  });
});

describe('validateFacts', () => {
  it('accepts an empty object and all the personas', () => {
    assert.equal(validateFacts({}).ok, true);
    for (const { facts } of corpus) assert.equal(validateFacts(facts).ok, true);
  });

  it('rejects age 400 with a Dutch message on the field', () => {
    const r = validateFacts({ age: 400 });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.errors[0]!.field, 'age');
      assert.match(r.errors[0]!.message, /Leeftijd kan niet meer dan 120 jaar zijn/);
    }
  });

  it('rejects negative hours, wrong types, fractional ages and unknown values', () => {
    const r = validateFacts({ jobHoursPerWeek: -3, age: '30', jobContractMonths: 2.5, benefit: 'pensioen', school: 7, foo: 1, gemeente: 'Amsterdam' });
    assert.equal(r.ok, false);
    if (r.ok) return;
    const byField = new Map(r.errors.map((e) => [e.field, e.message]));
    assert.match(byField.get('jobHoursPerWeek')!, /niet negatief/);
    assert.match(byField.get('age')!, /getal/);
    assert.match(byField.get('jobContractMonths')!, /heel getal/);
    assert.match(byField.get('benefit')!, /geen geldige keuze/);
    assert.match(byField.get('school')!, /een van deze waarden/);
    assert.match(byField.get('foo')!, /Onbekend veld/);
    assert.match(byField.get('gemeente')!, /CBS-code/);
  });

  it('accepts null for numbers and gemeente ("weet ik niet") and a lower-case gemeente code', () => {
    const r = validateFacts({ age: null, loonwaarde: null, gemeente: 'gm0363' });
    assert.equal(r.ok, true);
    if (r.ok) assert.equal(r.facts.gemeente, 'GM0363');
  });

  it('rejects a non-object', () => {
    assert.equal(validateFacts(null).ok, false);
    assert.equal(validateFacts([]).ok, false);
  });

  it('evaluate throws an input error with the field errors', () => {
    assert.throws(() => evaluate({ age: 400 } as RechtencheckFacts), (e: unknown) => e instanceof RechtencheckInputError && e.errors[0]!.field === 'age');
  });

  it('the JSON schema compiles with ajv and agrees with validateFacts', () => {
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    const check = ajv.compile(factsJsonSchema);
    const samples: unknown[] = [{}, { age: 400 }, { jobHoursPerWeek: -1 }, { benefit: 'x' }, { gemeente: 'GM0363', age: null }, { foo: 1 }, ...corpus.map((c) => c.facts)];
    for (const sample of samples) {
      assert.equal(check(sample), validateFacts(sample).ok, JSON.stringify(sample));
    }
  });
});

describe('dates', () => {
  it('rejects dates before the Participatiewet and malformed dates', () => {
    assert.throws(() => evaluate({}, { date: '2014-12-31' }), /2015-01-01/);
    assert.throws(() => evaluate({}, { date: '23-11-2026' }), /JJJJ-MM-DD/);
  });

  it('uses today when no date is given', () => {
    const r = evaluate({});
    assert.equal(r.date, new Date().toISOString().slice(0, 10));
  });
});
