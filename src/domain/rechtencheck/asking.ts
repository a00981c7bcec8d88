// Which questions are still worth asking, and which "weet ik niet" answers
// would change the result most. A question is worth asking only when its
// answer can change the outcome of at least one instrument (or, for a
// question that explains, a message), given what the person already told us.
// We test that directly: fill in each possible answer, run all rules, and
// compare. No one is shown more than MAX_QUESTIONS questions.
import { MEER_INFORMATIE_NODIG, MISSING, STATUS_MASK } from './codes.ts';
import { emptyPerson, encodeFacts } from './encode.ts';
import type { FactKey, RechtencheckFacts } from './facts.ts';
import { buildContext, emptyDerived, type Ctx } from './kernel.ts';
import { withDefaults, type GemeentePolicy } from './policy.ts';
import { CRITERION_COUNT, OFFSETS, RULES, runAll } from './rules/index.ts';
import { resolveDate } from './engine.ts';
import { MAX_QUESTIONS, isAnswered, multiAnswer, questions, type Question } from './questions.ts';

// Answers to try for numbers: both sides of every threshold the rules use.
const NUMBER_PROBES: Partial<Record<FactKey, readonly number[]>> = {
  age: [16, 17, 18, 26, 27, 40, 66, 67, 68],
  jobHoursPerWeek: [4, 7, 8, 11, 12, 32],
  jobContractMonths: [3, 5, 6, 12, 120],
  loonwaarde: [10, 19, 20, 34, 35, 60, 99, 100],
};

function product(lists: readonly (readonly Partial<RechtencheckFacts>[])[]): Partial<RechtencheckFacts>[] {
  let out: Partial<RechtencheckFacts>[] = [{}];
  for (const list of lists) out = out.flatMap((acc) => list.map((item) => ({ ...acc, ...item })));
  return out;
}

function probes(q: Question): readonly Partial<RechtencheckFacts>[] {
  if (q.type === 'numbers') {
    return product((q.fields ?? []).map((f) => (NUMBER_PROBES[f.fact] ?? []).map((value) => ({ [f.fact]: value }))));
  }
  if (q.type === 'multi') return q.options.filter((o) => o.value !== 'onbekend').map((o) => multiAnswer(q, [o.value]));
  if (q.type === 'choice') return q.options.filter((o) => o.value !== 'onbekend').map((o) => o.sets);
  const key = q.facts[0]!;
  return (NUMBER_PROBES[key] ?? []).map((value) => ({ [key]: value }));
}

export interface QuestionOptions {
  policy?: Partial<GemeentePolicy>;
  date?: string | Date;
}

interface Scratch {
  ctx: Ctx;
  s: Uint8Array;
  out: Uint8Array;
}

function scratchFor(options: QuestionOptions): Scratch {
  return {
    ctx: buildContext(resolveDate(options.date), withDefaults(options.policy)),
    s: new Uint8Array(CRITERION_COUNT),
    out: new Uint8Array(RULES.length),
  };
}

function run(facts: RechtencheckFacts, sc: Scratch): Uint8Array {
  runAll(encodeFacts(facts, emptyPerson()), emptyDerived(), sc.ctx, sc.s, sc.out);
  return sc.out;
}

/** Does the answer to this question change at least one outcome, given the other facts? */
function changesOutcome(q: Question, facts: RechtencheckFacts, sc: Scratch): boolean {
  let first: string | undefined;
  for (const sets of probes(q)) {
    const out = run({ ...facts, ...sets }, sc);
    // For a question that explains, the criterion messages count too.
    const key = q.explains ? `${out.join(',')}|${sc.s.join(',')}` : out.join(',');
    if (first === undefined) first = key;
    else if (key !== first) return true;
  }
  return false;
}

/** Facts still missing for outcomes that wait on an unanswered question ('meer_informatie_nodig'). */
function missingForOutcomes(facts: RechtencheckFacts, sc: Scratch): Set<FactKey> {
  run(facts, sc);
  const wanted = new Set<FactKey>();
  RULES.forEach((rule, r) => {
    if (sc.out[r] !== MEER_INFORMATIE_NODIG) return;
    rule.criteria.forEach((def, k) => {
      if ((sc.s[OFFSETS[r]! + k]! & STATUS_MASK) !== MISSING) return;
      for (const fact of def.facts) if (facts[fact] === undefined) wanted.add(fact);
    });
  });
  return wanted;
}

/**
 * The unanswered questions whose answer can still change an outcome, in the
 * order we would ask them. A question counts as answered when one of its
 * facts is present (also when the answer was "weet ik niet").
 */
export function questionsToAsk(facts: RechtencheckFacts, options: QuestionOptions = {}): Question[] {
  const sc = scratchFor(options);
  const open = questions.filter((q) => !isAnswered(q, facts) && (q.askWhen ? q.askWhen(facts) : true));
  const relevant = open.filter((q) => q.id === 'gemeente' || changesOutcome(q, facts, sc));
  if (relevant.some((q) => q.id !== 'gemeente')) return relevant;
  // No single answer flips an outcome on its own, but some outcome still
  // waits on an answer: ask for those facts so the check can go on.
  const wanted = missingForOutcomes(facts, sc);
  return open.filter((q) => q.id === 'gemeente' || q.facts.some((key) => wanted.has(key)));
}

/** Questions shown so far: those with at least one answered fact. */
export function answeredCount(facts: RechtencheckFacts): number {
  return questions.filter((q) => isAnswered(q, facts)).length;
}

/**
 * The next question(s) to show, given the answers so far. Never more than
 * MAX_QUESTIONS in total for one person. `count` is how many to show at once.
 */
export function nextQuestions(answersSoFar: RechtencheckFacts, options: QuestionOptions & { count?: number } = {}): Question[] {
  const budget = MAX_QUESTIONS - answeredCount(answersSoFar);
  if (budget <= 0) return [];
  return questionsToAsk(answersSoFar, options).slice(0, Math.min(budget, options.count ?? 1));
}

/**
 * For a result with many "weet ik niet" answers: the questions answered with
 * "weet ik niet" whose real answer would change the most outcomes, most
 * first (at most `count`). Each possible answer is tried; the score is the
 * largest number of instruments whose outcome would differ.
 */
export function mostDecisive(facts: RechtencheckFacts, options: QuestionOptions & { count?: number } = {}): { question: Question; changes: number }[] {
  const sc = scratchFor(options);
  const base = Array.from(run(facts, sc));
  const scored: { question: Question; changes: number }[] = [];
  for (const q of questions) {
    const unknown = q.facts.some((key) => facts[key] === 'onbekend' || (facts[key] === null && key !== 'gemeente'));
    if (!unknown) continue;
    let most = 0;
    for (const sets of probes(q)) {
      const out = run({ ...facts, ...sets }, sc);
      let changed = 0;
      for (let r = 0; r < base.length; r++) if (out[r] !== base[r]) changed++;
      most = Math.max(most, changed);
    }
    if (most > 0) scored.push({ question: q, changes: most });
  }
  return scored.sort((a, b) => b.changes - a.changes).slice(0, options.count ?? 3);
}
