// Nothing of the veranderkompas in the research may get lost: every step,
// steering factor (and its parts), solution direction, future perspective
// and conversation question of Bijlage 5 has its counterpart by identifier,
// with Dutch and English text.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  allMarkableItems,
  bottleneckCategories,
  introSections,
  meetingTips,
  preparationTips,
  sharedQuestions,
  steps,
  type Bilingual,
} from '../../src/content/kennis/veranderkompas.ts';

const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

/** The research inventory (Bijlage 5), by identifier. */
const RESEARCH = {
  steps: ['VK-S1', 'VK-S2', 'VK-S3', 'VK-S4', 'VK-S5'],
  steeringFactors: [...range('VK-S1-SF', 3), ...range('VK-S2-SF', 5), ...range('VK-S3-SF', 5), ...range('VK-S4-SF', 3), ...range('VK-S5-SF', 6)],
  subFactors: ['VK-S3-SF5a', 'VK-S3-SF5b', 'VK-S3-SF5c', 'VK-S3-SF5d'],
  solutionDirections: [
    ...range('VK-S1-OR', 7),
    ...range('VK-S2-OR', 12),
    ...range('VK-S2-TP', 6),
    ...range('VK-S3-OR', 27),
    'VK-S3-TP1',
    ...range('VK-S4-OR', 7),
    ...range('VK-S5-OR', 14),
  ],
  questions: [...range('VK-S1-GV', 4), ...range('VK-S2-GV', 6), ...range('VK-S3-GV', 5), ...range('VK-S4-GV', 2), ...range('VK-S5-GV', 5)],
};

const natural = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const content = {
  steps: steps.map((s) => s.id),
  steeringFactors: steps.flatMap((s) => s.steeringFactors.map((f) => f.id)),
  subFactors: steps.flatMap((s) => s.steeringFactors.flatMap((f) => f.subFactors.map((x) => x.id))),
  solutionDirections: steps.flatMap((s) => s.steeringFactors.flatMap((f) => f.solutionDirections.map((d) => d.id))),
  questions: steps.flatMap((s) => s.questions.map((q) => q.id)),
};

function assertBilingual(text: Bilingual, where: string) {
  assert.ok(text.nl.trim().length > 1, `${where}: Dutch text`);
  assert.ok(text.en.trim().length > 1, `${where}: English text`);
  assert.notEqual(text.nl, text.en, `${where}: the English is not a copy of the Dutch`);
}

describe('veranderkompas content', () => {
  for (const kind of Object.keys(RESEARCH) as Array<keyof typeof RESEARCH>) {
    it(`has every ${kind.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} of the research, and nothing else`, () => {
      assert.deepEqual([...content[kind]].sort(natural), [...RESEARCH[kind]].sort(natural));
    });
  }

  it('matches the identifiers in the research extract, when it is available', (t) => {
    // The research notes sit beside the repository (../shared) on developer and CI machines.
    const extract = new URL('../../../shared/seeds/extracts/000c.extract.md', import.meta.url);
    if (!existsSync(extract)) return t.skip('research extract not on this machine');
    const ids = new Set([...readFileSync(extract, 'utf8').matchAll(/\[(VK-S[1-5](?:-(?:SF|OR|TP|GV)\d+[a-d]?)?)\]/g)].map((m) => m[1]!));
    const ours = new Set(Object.values(content).flat());
    assert.deepEqual([...ids].filter((id) => !ours.has(id)), [], 'in the research but not in InBeeld');
    assert.deepEqual([...ours].filter((id) => !ids.has(id)), [], 'in InBeeld but not in the research');
  });

  it('has unique identifiers that belong to their step', () => {
    const all = Object.values(content).flat();
    assert.equal(new Set(all).size, all.length);
    for (const step of steps) {
      for (const f of step.steeringFactors) {
        assert.ok(f.id.startsWith(`${step.id}-`), f.id);
        for (const d of f.solutionDirections) assert.ok(d.id.startsWith(`${step.id}-`), d.id);
      }
      for (const q of step.questions) assert.ok(q.id.startsWith(`${step.id}-`), q.id);
    }
  });

  it('has Dutch and English text for everything', () => {
    for (const step of steps) {
      for (const key of ['shortTitle', 'title', 'intro', 'mainQuestion'] as const) assertBilingual(step[key], `${step.id} ${key}`);
      for (const q of step.questions) assertBilingual(q.text, q.id);
      for (const f of step.steeringFactors) {
        assertBilingual(f.title, `${f.id} title`);
        assertBilingual(f.text, `${f.id} text`);
        for (const s of f.subFactors) {
          assertBilingual(s.title, `${s.id} title`);
          assertBilingual(s.text, `${s.id} text`);
        }
        for (const d of f.solutionDirections) assertBilingual(d.text, d.id);
      }
    }
    for (const q of sharedQuestions) assertBilingual(q.text, q.id);
    for (const s of introSections) {
      assertBilingual(s.heading, s.key);
      assertBilingual(s.text, s.key);
    }
    for (const tip of [...preparationTips, ...meetingTips]) {
      assertBilingual(tip.title, 'tip');
      assertBilingual(tip.text, 'tip');
    }
    assert.equal(preparationTips.length, 4);
    assert.equal(meetingTips.length, 4);
  });

  it('never calls people "nugger" in the product', () => {
    const text = JSON.stringify({ steps, sharedQuestions, introSections, preparationTips, meetingTips });
    assert.doesNotMatch(text, /nugger/i);
  });

  it('marks future perspectives as such, and every steering factor and direction can be marked', () => {
    for (const item of allMarkableItems) {
      if (item.kind === 'direction') assert.equal(item.direction.horizon, item.id.includes('-TP') ? 'toekomst' : 'nu', item.id);
    }
    assert.equal(allMarkableItems.length, RESEARCH.steeringFactors.length + RESEARCH.solutionDirections.length);
  });

  it('offers every step and steering factor as a bottleneck category', () => {
    assert.deepEqual(
      bottleneckCategories.map((c) => c.id).sort(),
      [...RESEARCH.steps, ...RESEARCH.steeringFactors].sort(),
    );
  });
});
