// Walks every path the questionnaire can take (each answer a question offers,
// numbers on both sides of every threshold, "weet ik niet" included) and
// asserts that nobody needs more than MAX_QUESTIONS questions to finish.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  MAX_QUESTIONS,
  isAnswered,
  multiAnswer,
  questions,
  questionsToAsk,
  type Question,
  type RechtencheckFacts,
} from '../../src/domain/rechtencheck/index.ts';

const DATE = '2026-12-02';

// Numbers: one value on each side of every threshold the rules use, and "weet ik niet".
const NUMBER_ANSWERS: Record<string, readonly (number | null)[]> = {
  age: [17, 18, 26, 27, 40, 67, null],
  jobHoursPerWeek: [7, 8, 12, null],
  jobContractMonths: [5, 6, null],
  loonwaarde: [19, 34, 35, 100, null],
};

/** Every answer a person can give to a question (for a multi question: each option alone, and none). */
function answers(q: Question): Partial<RechtencheckFacts>[] {
  switch (q.type) {
    case 'gemeente':
      return [{ gemeente: 'GM0363' }, { gemeente: null }];
    case 'choice':
      return q.options.map((o) => o.sets);
    case 'multi':
      return [...q.options.map((o) => (o.value === 'onbekend' ? o.sets : multiAnswer(q, [o.value]))), multiAnswer(q, [])];
    case 'number':
      return NUMBER_ANSWERS[q.facts[0]!]!.map((v) => ({ [q.facts[0]!]: v }));
    case 'numbers': {
      // The three numbers vary one at a time from a middle value: the rules
      // read each against its own threshold.
      const fields = q.fields ?? [];
      const out: Partial<RechtencheckFacts>[] = [Object.fromEntries(fields.map((f) => [f.fact, null]))];
      for (const f of fields) {
        for (const v of NUMBER_ANSWERS[f.fact]!) {
          out.push({ ...Object.fromEntries(fields.map((g) => [g.fact, NUMBER_ANSWERS[g.fact]![0]])), [f.fact]: v });
        }
      }
      return out;
    }
  }
}

test(`every path through the questionnaire ends within ${MAX_QUESTIONS} questions`, () => {
  // Branch and bound over every path: a walk can only ask questions it has
  // not asked yet and whose condition (askWhen) holds, so from any state the
  // walk is at most asked + still-possible questions long. A branch whose
  // bound is within MAX_QUESTIONS needs no further walking; every other
  // branch is walked answer by answer. The walk fails when a path goes over.
  let nodes = 0;
  let longest = 0;
  function possible(facts: RechtencheckFacts, asked: readonly string[]): number {
    // Conditions can become true later (a job after the job question), so
    // count every unasked question whose condition could still hold.
    return questions.filter((q) => !asked.includes(q.id) && !isAnswered(q, facts) && (q.askWhen ? couldHold(q, facts) : true)).length;
  }
  function walk(facts: RechtencheckFacts, asked: string[]): void {
    nodes++;
    longest = Math.max(longest, asked.length);
    if (asked.length + possible(facts, asked) <= MAX_QUESTIONS) return;
    const next = questionsToAsk(facts, { date: DATE })[0];
    if (!next) return;
    assert.ok(!asked.includes(next.id), `${next.id} twice`);
    assert.ok(asked.length < MAX_QUESTIONS, `more than ${MAX_QUESTIONS}: ${[...asked, next.id].join(', ')}`);
    for (const sets of answers(next)) walk({ ...facts, ...sets }, [...asked, next.id]);
  }
  walk({}, []);
  assert.ok(nodes >= 1);
});

/** Could the condition of q still hold, given the facts so far (unanswered facts may take any value)? */
function couldHold(q: Question, facts: RechtencheckFacts): boolean {
  const open = questions.filter((o) => o.id !== q.id && !isAnswered(o, facts));
  if (q.askWhen!(facts)) return true;
  return open.some((o) => answers(o).some((sets) => q.askWhen!({ ...facts, ...sets })));
}

test('walks that follow the questionnaire finish with nothing relevant left', () => {
  // Depth-first over the first answers of every question and every answer of
  // the questions that open others (benefit, job): the walk ends because no
  // question changes an outcome any more, not because the budget ran out.
  let walks = 0;
  function walk(facts: RechtencheckFacts, depth: number): void {
    const next = questionsToAsk(facts, { date: DATE })[0];
    if (!next) {
      walks++;
      return;
    }
    assert.ok(depth < MAX_QUESTIONS, `more than ${MAX_QUESTIONS} questions for ${JSON.stringify(facts)}`);
    const all = answers(next);
    const branch = next.id === 'benefit' || next.id === 'jobStatus' || next.id === 'beperking' ? all : all.slice(0, 2);
    for (const sets of branch) walk({ ...facts, ...sets }, depth + 1);
  }
  walk({}, 0);
  assert.ok(walks > 100, `only ${walks} walks`);
});
