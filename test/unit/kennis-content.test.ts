// The werkkaart and the persona's: every part of the research has its
// counterpart (by id), every text has Dutch and English, and every link
// points at something that exists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { allServices } from '../../src/content/catalogue/index.ts';
import { personaBySlug, personaContents } from '../../src/content/kennis/personas.ts';
import { allWerkkaartIds, chapterBySlug, extraBoxes, reflectionBoxes, reflectionQuestions, werkkaart } from '../../src/content/kennis/werkkaart.ts';
import { helpKindByCode, limitationByCode } from '../../src/content/taxonomy.ts';
import { personas as rechtencheckPersonas } from '../../src/features/rechtencheck/personas.ts';
import { answerField } from '../../src/features/kennis/reflection.ts';
import { normalize, queryTerms, searchWerkkaart } from '../../src/features/kennis/search.ts';
import { allows, permissions } from '../../src/web/permissions.ts';

// ------------------------------------------------------------------------
// The structure of the research "Tussen wal en schip" (Wever e.a., 2025):
// bijlage 4 (werkkaart) and bijlage 2 (persona's), with the ids of
// ../shared/seeds/extracts/000c.extract.md sections 2 and 3. The research
// does not number the parts of chapters 2 and 3, and numbers 5.3 twice; the
// comments say which part each of our ids stands for.
// ------------------------------------------------------------------------

const researchChapters = ['WK-0', 'WK-1', 'WK-2', 'WK-3', 'WK-4', 'WK-5'];

const researchSubsections: Record<string, string> = {
  'WK-1.1': 'Wie zijn nuggers (met een arbeidsbeperking)?',
  'WK-1.2': 'Nuggers met een arbeidsbeperking: een bijzondere doelgroep?',
  'WK-1.3': 'Leefwereld van nuggers met een arbeidsbeperking',
  'WK-1.4': 'Motivatie en hulpvragen op het gebied van werk',
  'WK-2.1': 'Instrumenten vanuit de Participatiewet',
  'WK-2.2': 'Doelgroepregister en de voordelen voor werkgevers',
  'WK-2.3': 'UWV',
  'WK-2.4': 'Overige ondersteuningsmogelijkheden',
  'WK-2.5': 'Verantwoordelijkheden van en naar nuggers',
  'WK-2.6': 'Beleidsvrijheid van elke gemeente',
  'WK-3.1': 'Inhoudelijke aandachtspunten',
  'WK-3.2': 'Relationele aandachtspunten',
  'WK-4.1': 'Herkennen van een arbeidsbeperking',
  'WK-4.2': 'Bespreken',
  'WK-4.3': 'Ondersteuning inzetten',
  'WK-5.1': 'Hulpvraag verkennen',
  'WK-5.2': 'Uitleg over rechten',
  'WK-5.3': 'Omgaan met vrijblijvendheid',
  'WK-5.4': 'Zelf ondersteuning inzetten (in het rapport ook 5.3)',
  'WK-5.5': 'Doorverwijzen en samenwerken (in het rapport 5.4)',
};

/** Reflecteren boxes and how many questions each has in the research. */
const researchReflection: Record<string, number> = { 'WK-1-R': 2, 'WK-2-R': 2, 'WK-3-R': 2, 'WK-4-R': 4, 'WK-5.3-R': 2 };

/** "Meer weten" (M) and "Meer doen?" (D) boxes. */
const researchExtras: Record<string, 'meer-weten' | 'meer-doen'> = {
  'WK-1-M': 'meer-weten',
  'WK-3-M': 'meer-weten',
  'WK-4-D': 'meer-doen',
  'WK-5.3-D': 'meer-doen',
};

/** Lists in the research whose items must all be there (count of items). */
const researchListCounts: Array<{ id: string; what: string; count: (s: ReturnType<typeof subsection>) => number; expected: number }> = [
  { id: 'WK-1.1', what: 'five dimensions of diversity', count: (s) => s.body.flatMap((p) => p.list ?? []).length, expected: 5 },
  { id: 'WK-1.4', what: 'six drivers plus five help questions', count: (s) => s.body.flatMap((p) => p.list ?? []).length, expected: 11 },
  { id: 'WK-2.1', what: 'six Participatiewet instruments', count: (s) => s.body[0]!.list!.length, expected: 6 },
  { id: 'WK-2.2', what: 'four employer benefits of the DGR', count: (s) => s.body[1]!.list!.length, expected: 4 },
  { id: 'WK-2.4', what: 'nine other options', count: (s) => s.body[0]!.list!.length, expected: 9 },
  { id: 'WK-3.1', what: 'five content points', count: (s) => s.tips!.length, expected: 5 },
  { id: 'WK-3.2', what: 'five relational points', count: (s) => s.tips!.length, expected: 5 },
  { id: 'WK-4.1', what: 'two tips for recognising', count: (s) => s.tips!.length, expected: 2 },
  { id: 'WK-4.2', what: 'two tips for discussing', count: (s) => s.tips!.length, expected: 2 },
  { id: 'WK-5.1', what: 'three things to take stock of', count: (s) => s.tips!.length, expected: 3 },
  { id: 'WK-5.3', what: 'four handles for voluntary contact', count: (s) => s.tips!.length, expected: 4 },
];

/** The persona's: id, name, age, and how many items each list has in the research (needs 0 = not in the report). */
const researchPersonas = [
  { id: 'P1', name: 'Elian', age: 26, obstacles: 3, needs: 3, questions: 4 },
  { id: 'P2', name: 'Naila', age: 49, obstacles: 3, needs: 2, questions: 4 },
  { id: 'P3', name: 'Hannah', age: 39, obstacles: 2, needs: 3, questions: 2 },
  { id: 'P4', name: 'Marco', age: 44, obstacles: 3, needs: 0, questions: 3 },
  { id: 'P5', name: 'Milan', age: 27, obstacles: 4, needs: 2, questions: 2 },
];

function subsection(id: string) {
  const s = werkkaart.flatMap((c) => c.subsections).find((x) => x.id === id);
  assert.ok(s, `no subsection ${id}`);
  return s;
}

/** Every {nl, en} text anywhere in a value, with its path. */
function texts(value: unknown, path = ''): Array<{ path: string; nl: unknown; en: unknown }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = 'nl' in record || 'en' in record ? [{ path, nl: record.nl, en: record.en }] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => texts(v, `${path}.${k}`))];
}

const serviceKeys = new Set(allServices.map((s) => s.key));

describe('werkkaart: nothing of the research is lost', () => {
  it('has every chapter, subsection, reflection box and question, and extra box of the research, and nothing else', () => {
    const expected = [
      ...researchChapters,
      ...Object.keys(researchSubsections),
      ...Object.entries(researchReflection).flatMap(([box, n]) => [box, ...Array.from({ length: n }, (_, i) => `${box}${i + 1}`)]),
      ...Object.keys(researchExtras),
    ].sort();
    assert.deepEqual([...allWerkkaartIds()].sort(), expected);
  });

  it('keeps the chapters in the order of the research, and each subsection in its own chapter', () => {
    assert.deepEqual(werkkaart.map((c) => c.id), researchChapters);
    for (const c of werkkaart) for (const s of c.subsections) assert.ok(s.id.startsWith(`${c.id}.`), `${s.id} in ${c.id}`);
  });

  it('has the right number of questions in each reflection box, and the right kind of extra box', () => {
    for (const c of werkkaart) {
      for (const box of reflectionBoxes(c)) {
        assert.equal(box.questions.length, researchReflection[box.id], box.id);
        box.questions.forEach((q, i) => assert.equal(q.id, `${box.id}${i + 1}`));
      }
      for (const box of extraBoxes(c)) assert.equal(box.kind, researchExtras[box.id], box.id);
    }
  });

  for (const { id, what, count, expected } of researchListCounts) {
    it(`${id} keeps all ${what}`, () => assert.equal(count(subsection(id)), expected));
  }

  it('every text has Dutch and English, and never says "nugger"', () => {
    const all = texts(werkkaart);
    assert.ok(all.length > 150, `only ${all.length} texts`);
    for (const t of all) {
      for (const lang of ['nl', 'en'] as const) {
        const v = t[lang];
        assert.ok(typeof v === 'string' && v.trim().length > 0, `${t.path}.${lang} is empty`);
        assert.doesNotMatch(v as string, /nugger/i, `${t.path}.${lang}`);
      }
    }
  });

  it('Dutch sentences are short (B1): none longer than 25 words', () => {
    for (const t of texts([werkkaart, personaContents])) {
      for (const sentence of String(t.nl).split(/(?<=[.?!:;])\s+/)) {
        assert.ok(sentence.split(/\s+/).length <= 25, `${t.path}: ${sentence}`);
      }
    }
  });

  it('slugs, anchors and form fields are unique and well formed', () => {
    const slugs = werkkaart.map((c) => c.slug);
    assert.equal(new Set(slugs).size, slugs.length);
    for (const c of werkkaart) {
      assert.match(c.slug, /^[a-z0-9-]+$/);
      assert.equal(chapterBySlug(c.slug), c);
      const anchors = c.subsections.map((s) => s.anchor);
      assert.equal(new Set(anchors).size, anchors.length, c.id);
      for (const a of anchors) assert.match(a, /^[a-z0-9-]+$/);
    }
    const questions = werkkaart.flatMap((c) => reflectionQuestions(c));
    const fields = questions.map((q) => answerField(q.id));
    assert.equal(new Set(fields).size, fields.length);
    // The same pattern as the check in 009_kennis.sql.
    for (const q of questions) assert.match(q.id, /^WK-[0-9.]+-R[0-9]+$/);
  });
});

describe('werkkaart: links', () => {
  const parts = werkkaart.flatMap((c) => [{ id: c.id, links: c.links }, ...c.subsections.map((s) => ({ id: s.id, links: s.links }))]);

  it('help kinds exist in the taxonomy and offers exist in the catalogue', () => {
    for (const { id, links } of parts) {
      for (const code of links?.helpKinds ?? []) assert.ok(helpKindByCode.has(code), `${id}: help kind ${code}`);
      for (const key of links?.services ?? []) assert.ok(serviceKeys.has(key), `${id}: service ${key}`);
    }
  });

  it('Trajecten actions are existing routes that caseworkers may open', () => {
    for (const { id, links } of parts) {
      const action = links?.trajecten;
      if (!action) continue;
      const rule = permissions[`GET ${action.href}`];
      assert.ok(rule !== undefined, `${id}: ${action.href} is not a route`);
      assert.ok(allows(rule, 'consulent') && allows(rule, 'teamleider'), `${id}: ${action.href}`);
      assert.ok(!allows(rule, null), `${id}: ${action.href} should be for logged-in caseworkers`);
    }
  });

  it('every chapter links to the Wegwijzer or the Rechtencheck, and most to Trajecten', () => {
    for (const c of werkkaart) {
      assert.ok((c.links.helpKinds?.length ?? 0) + (c.links.services?.length ?? 0) > 0, `${c.id}: no Wegwijzer link`);
      assert.ok(c.links.rechtencheck, `${c.id}: no Rechtencheck link`);
      assert.ok(c.links.trajecten, `${c.id}: no Trajecten action`);
    }
  });
});

describe("persona's", () => {
  it('has the five persona’s of the research, in order, with their lists complete', () => {
    assert.deepEqual(
      personaContents.map((p) => [p.id, p.name, p.age]),
      researchPersonas.map((p) => [p.id, p.name, p.age]),
    );
    for (const r of researchPersonas) {
      const p = personaContents.find((x) => x.id === r.id)!;
      assert.equal(p.obstacles.length, r.obstacles, `${r.id} obstacles`);
      assert.equal(p.needs.length, r.needs, `${r.id} needs`);
      assert.equal(p.conversationQuestions.length, r.questions, `${r.id} questions`);
      p.conversationQuestions.forEach((q, i) => assert.equal(q.id, `${r.id}-GV${i + 1}`));
      assert.ok(p.situation.length > 0 && p.noBenefitReason.length > 0, r.id);
      // Empty only where the report has nothing, and then said so on the page.
      if (p.needs.length === 0) assert.ok(p.gaps?.includes('needs'), `${r.id}: needs`);
      if (p.currentSituation.length === 0) assert.ok(p.gaps?.includes('currentSituation'), `${r.id}: current situation`);
    }
    assert.deepEqual(personaContents.filter((p) => p.gaps?.length).map((p) => [p.id, p.gaps]), [['P4', ['needs']], ['P5', ['currentSituation']]]);
  });

  it('every text has Dutch and English, and never says "nugger"', () => {
    for (const t of texts(personaContents)) {
      for (const lang of ['nl', 'en'] as const) {
        const v = t[lang];
        assert.ok(typeof v === 'string' && v.trim().length > 0, `${t.path}.${lang} is empty`);
        assert.doesNotMatch(v as string, /nugger/i, `${t.path}.${lang}`);
      }
    }
  });

  it('links to existing help kinds and limitations', () => {
    for (const p of personaContents) {
      assert.ok(p.helpKinds.length > 0 && p.limitationCodes.length > 0, p.id);
      for (const code of p.helpKinds) assert.ok(helpKindByCode.has(code), `${p.id}: ${code}`);
      for (const code of p.limitationCodes) assert.ok(limitationByCode.has(code), `${p.id}: ${code}`);
      assert.equal(personaBySlug(p.slug), p);
    }
  });

  it('each persona has Rechtencheck facts, the same as in the case corpus', () => {
    const corpus = JSON.parse(readFileSync(new URL('../cases/rechtencheck/personas.json', import.meta.url), 'utf8')) as {
      cases: Array<{ naam: string; feiten: Record<string, unknown> }>;
    };
    for (const p of personaContents) {
      const facts = rechtencheckPersonas.find((r) => r.id === p.slug);
      assert.ok(facts, `${p.id}: no Rechtencheck persona "${p.slug}"`);
      assert.equal(facts.name, p.name);
      const c = corpus.cases.find((x) => x.naam.startsWith(`${p.name} (${p.age})`));
      assert.ok(c, `${p.id}: not in test/cases/rechtencheck/personas.json`);
      assert.deepEqual(facts.facts, c.feiten, p.id);
      assert.equal(facts.facts.age, p.age, p.id);
    }
  });
});

describe('werkkaart search', () => {
  it('ignores case, accents and hyphens', () => {
    assert.equal(normalize('Coöperatie RE-integratie'), 'cooperatie reintegratie');
    assert.deepEqual(queryTerms('  Re-integratie  en   EN coöperatie '), ['reintegratie', 'en', 'cooperatie']);
  });

  it('finds a subsection by a word in its text, with the word marked', () => {
    const hits = searchWerkkaart('vrijblijvendheid', 'nl');
    assert.ok(hits.some((h) => h.id === 'WK-5.3'), hits.map((h) => h.id).join(', '));
    assert.ok(hits[0]!.snippet.some((p) => p.mark));
    assert.ok(searchWerkkaart('COOPERATIES', 'nl').some((h) => h.id === 'WK-2.4'));
    assert.ok(searchWerkkaart('reintegratie', 'nl').some((h) => h.id === 'WK-2.1'));
  });

  it('needs every word, puts title matches first, and searches the chosen language', () => {
    assert.equal(searchWerkkaart('doorverwijzen', 'nl')[0]!.id, 'WK-5.5');
    assert.deepEqual(searchWerkkaart('loonkostensubsidie xyzzy', 'nl'), []);
    assert.ok(searchWerkkaart('voluntary', 'en').some((h) => h.id === 'WK-5.3'));
    assert.deepEqual(searchWerkkaart('   ', 'nl'), []);
  });

  it('is fast enough to run on every request', () => {
    const start = performance.now();
    for (let i = 0; i < 200; i++) searchWerkkaart(i % 2 ? 'werkgever beperking' : 'uitkering', 'nl');
    const ms = (performance.now() - start) / 200;
    assert.ok(ms < 5, `${ms.toFixed(2)} ms per search`);
  });
});
