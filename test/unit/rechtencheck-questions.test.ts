// Rechtencheck questionnaire: only questions that change an outcome, never
// more than 12 for one person.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  ENUMS,
  evaluate,
  MAX_QUESTIONS,
  multiAnswer,
  nextQuestions,
  questions,
  questionsToAsk,
  type Question,
  type RechtencheckFacts,
} from '../../src/domain/rechtencheck/index.ts';

const DATE = '2026-11-23';

/** A small deterministic random generator (tests must be repeatable). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** The full truth about a generated person (some of it "weet ik niet"). */
function truth(rnd: () => number): RechtencheckFacts {
  const facts: Record<string, unknown> = { gemeente: 'GM0363' };
  for (const [key, values] of Object.entries(ENUMS)) facts[key] = pick(rnd, values);
  if (rnd() < 0.7) facts.benefit = 'geen';
  facts.age = pick(rnd, [16, 17, 18, 22, 26, 27, 35, 50, 66, 67, 70, null]);
  facts.jobHoursPerWeek = pick(rnd, [4, 7, 8, 11, 12, 24, 36, null]);
  facts.jobContractMonths = pick(rnd, [3, 5, 6, 12, 120, null]);
  facts.loonwaarde = pick(rnd, [10, 19, 20, 34, 35, 60, 99, 100, null]);
  return facts as RechtencheckFacts;
}

/** How this person answers a question. */
function answer(q: Question, t: RechtencheckFacts): Partial<RechtencheckFacts> {
  const get = (key: keyof RechtencheckFacts) => t[key];
  if (q.type === 'multi') {
    if (q.facts.some((k) => get(k) === 'onbekend')) return q.options.find((o) => o.value === 'onbekend')!.sets;
    const ticked = q.options
      .filter((o) => o.value !== 'onbekend' && Object.keys(o.sets).length > 0 && Object.entries(o.sets).every(([k, v]) => get(k as keyof RechtencheckFacts) === v))
      .map((o) => o.value);
    return multiAnswer(q, ticked);
  }
  if (q.type === 'choice' && q.facts.length > 1) {
    const option = q.options.find((o) => Object.entries(o.sets).every(([k, v]) => get(k as keyof RechtencheckFacts) === v));
    return (option ?? q.options.find((o) => o.value === 'onbekend')!).sets;
  }
  return Object.fromEntries(q.facts.map((k) => [k, get(k)]));
}

function runFlow(t: RechtencheckFacts, count: number): { asked: string[]; facts: RechtencheckFacts } {
  const facts: RechtencheckFacts = {};
  const asked: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const next = nextQuestions(facts, { date: DATE, count });
    if (next.length === 0) break;
    for (const q of next) {
      asked.push(q.id);
      Object.assign(facts, answer(q, t));
    }
  }
  return { asked, facts };
}

describe('questions', () => {
  it('every question has Dutch and English text, help, and a "weet ik niet" option', () => {
    for (const q of questions) {
      assert.ok(q.text.nl.endsWith('?') || q.text.nl.endsWith('.'), q.id);
      assert.ok(q.text.en.length > 0 && q.help.nl.length > 0 && q.help.en.length > 0, q.id);
      if (q.type !== 'gemeente') assert.ok(q.options.some((o) => o.label.nl === 'Weet ik niet'), `${q.id} has no "weet ik niet"`);
    }
  });

  it('every choice option fills valid facts', async () => {
    const { validateFacts } = await import('../../src/domain/rechtencheck/index.ts');
    for (const q of questions) {
      for (const o of q.options) assert.equal(validateFacts(o.sets).ok, true, `${q.id}/${String(o.value)}`);
      if (q.base) assert.equal(validateFacts(q.base).ok, true);
    }
  });

  it('asks first for the gemeente, age and benefit', () => {
    const first = questionsToAsk({}, { date: DATE }).map((q) => q.id);
    assert.deepEqual(first.slice(0, 3), ['gemeente', 'age', 'benefit']);
  });

  it('does not ask what cannot change an outcome', () => {
    // With a UWV benefit, registration as werkzoekende changes nothing.
    const asked = questionsToAsk({ gemeente: 'GM0363', age: 40, benefit: 'ww' }, { date: DATE }).map((q) => q.id);
    assert.ok(!asked.includes('registeredJobseeker'));
    // No job: no questions about hours or contract.
    const noJob = questionsToAsk({ gemeente: 'GM0363', age: 40, benefit: 'geen', jobStatus: 'geen' }, { date: DATE }).map((q) => q.id);
    assert.ok(!noJob.includes('baan'));
    // The reason for having no benefit changes an explanation: asked without a benefit only.
    assert.ok(noJob.includes('noBenefitReason'));
    const withWw = questionsToAsk({ gemeente: 'GM0363', age: 40, benefit: 'ww' }, { date: DATE }).map((q) => q.id);
    assert.ok(!withWw.includes('noBenefitReason'));
    // The household question is answered as soon as one of its facts is known.
    const withHousehold = questionsToAsk({ gemeente: 'GM0363', age: 40, benefit: 'geen', householdIncome: 'boven-bijstandsnorm' }, { date: DATE }).map((q) => q.id);
    assert.ok(!withHousehold.includes('huishouden'));
  });

  it('asks about the job details only when there is a job', () => {
    const asked = questionsToAsk(
      { gemeente: 'GM0363', age: 40, benefit: 'geen', registeredJobseeker: 'ja', canEarnMinimumWage: 'ja', supportedByGemeente: 'nee', jobStatus: 'werk', structuralLimitation: 'ja', limitationKind: 'psychisch' },
      { date: DATE },
    ).map((q) => q.id);
    assert.ok(asked.includes('baan'));
  });

  it(`never shows more than ${MAX_QUESTIONS} questions, over many generated people (one at a time and three at a time)`, () => {
    const rnd = random(20261123);
    let longest = 0;
    for (let n = 0; n < 250; n++) {
      const t = truth(rnd);
      for (const count of [1, 3]) {
        const { asked } = runFlow(t, count);
        assert.ok(asked.length <= MAX_QUESTIONS, `${asked.length} questions: ${asked.join(', ')}`);
        assert.equal(new Set(asked).size, asked.length, 'a question was asked twice');
        longest = Math.max(longest, asked.length);
      }
    }
    assert.ok(longest >= 8, 'the generator should produce long interviews too');
  });

  it('after the questionnaire, no question that changes an outcome is left (within the limit)', () => {
    const rnd = random(7);
    let complete = 0;
    const total = 120;
    for (let n = 0; n < total; n++) {
      const t = truth(rnd);
      const { asked, facts } = runFlow(t, 1);
      const left = questionsToAsk(facts, { date: DATE });
      if (left.length === 0) complete++;
      else assert.equal(asked.length, MAX_QUESTIONS, `stopped early with ${left.map((q) => q.id).join(', ')} left`);
    }
    assert.ok(complete / total > 0.9, `only ${complete} of ${total} interviews completed within ${MAX_QUESTIONS} questions`);
  });

  it('the answers of a completed questionnaire leave no outcome waiting for more information', () => {
    const rnd = random(99);
    for (let n = 0; n < 60; n++) {
      const t = truth(rnd);
      const { facts } = runFlow(t, 1);
      if (questionsToAsk(facts, { date: DATE }).length > 0) continue;
      const waiting = evaluate(facts, { date: DATE }).results.filter((r) => r.outcome === 'meer_informatie_nodig');
      assert.deepEqual(
        waiting.map((r) => r.id),
        [],
        `still waiting: ${waiting.map((r) => `${r.id} (${r.missingFacts.join(',')})`).join('; ')}`,
      );
    }
  });

  it('counts a "weet ik niet" answer as answered', () => {
    const before = nextQuestions({ gemeente: 'GM0363', age: 40 }, { date: DATE })[0]!;
    assert.equal(before.id, 'benefit');
    const after = nextQuestions({ gemeente: 'GM0363', age: 40, benefit: 'onbekend' }, { date: DATE })[0]!;
    assert.notEqual(after.id, 'benefit');
  });
});
