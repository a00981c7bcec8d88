import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { criteria, maxScore, type CandidateConditions, type VacancyConditions } from '../../src/domain/matching/criteria.ts';
import { candidateArb, vacancyArb } from '../helpers/matching-arbitraries.ts';
import { judgeMatch, mayPropose, rankCandidates, rankVacancies } from '../../src/domain/matching/rank.ts';
import { employerBenefits } from '../../src/domain/matching/benefits.ts';

describe('matching (property-based)', () => {
  it('a hard condition that is not met never yields a proposal, whatever the score', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, (v, c) => {
        const r = judgeMatch(v, c);
        const hardFail = v.hoursMin > c.hoursMax || r.criteria.some((x) => x.status === 'niet-voldaan' && (c.hard as string[]).includes(x.key));
        assert.equal(r.excluded, hardFail);
        assert.equal(mayPropose(r), !hardFail);
        if (hardFail) assert.ok(!rankCandidates(v, [c]).length && !rankVacancies(c, [v]).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('every point of the score is traced to a criterion that is met', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, (v, c) => {
        const r = judgeMatch(v, c);
        assert.equal(r.criteria.length, criteria.length);
        assert.equal(r.score, r.criteria.reduce((s, x) => s + x.points, 0));
        for (const x of r.criteria) {
          assert.equal(x.points, x.status === 'voldaan' ? x.maxPoints : 0);
          assert.ok(x.reason.length > 10, `${x.key} has a reason`);
        }
        assert.ok(r.score >= 0 && r.score <= maxScore);
      }),
    );
  });

  it('the ranking is sorted, complete and the same for any input order', () => {
    fc.assert(
      fc.property(vacancyArb, fc.uniqueArray(candidateArb, { maxLength: 30, selector: (c) => c.id }), fc.integer(), (v, cs, seed) => {
        const ranked = rankCandidates(v, cs);
        const shuffled = [...cs].sort((a, b) => ((a.id.charCodeAt(seed & 7) ^ seed) % 7) - ((b.id.charCodeAt(seed & 7) ^ seed) % 7));
        assert.deepEqual(rankCandidates(v, shuffled).map((r) => r.candidateId), ranked.map((r) => r.candidateId));
        assert.equal(ranked.length, cs.filter((c) => mayPropose(judgeMatch(v, c))).length);
        for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1]!.score >= ranked[i]!.score);
      }),
    );
  });

  it('meeting one more soft need never lowers the score', () => {
    fc.assert(
      fc.property(vacancyArb, candidateArb, (v, c) => {
        const loose = { ...c, paceMax: null, stimuliMax: null, hard: [] };
        assert.ok(judgeMatch(v, loose).score >= judgeMatch(v, { ...c, hard: [] }).score);
      }),
    );
  });
});

describe('matching (examples)', () => {
  const v: VacancyConditions = { id: 'v', hoursMin: 16, hoursMax: 24, roster: 'vast', pace: 1, structure: 3, clientContact: 3, physical: 1, stimuli: 1,
    gemeenteCode: 'GM0114', ovReachable: true, adaptationsPossible: true, occupationCode: '41' };
  const c: CandidateConditions = { id: 'c', hoursMin: 12, hoursMax: 20, rosterNeed: 'vast', paceMax: 1, structureNeed: 3, clientContactMax: 1, physicalMax: null,
    stimuliMax: 1, needsOv: true, reachGemeenten: ['GM0114'], needsAdaptations: true, occupationCodes: ['41'], hard: ['klantcontact'] };

  it('no client contact as a hard condition is never traded away by a perfect score elsewhere', () => {
    const r = judgeMatch(v, c);
    assert.equal(r.excluded, true);
    assert.equal(r.score, maxScore - 10);
    assert.match(r.criteria.find((x) => x.key === 'klantcontact')!.reason, /de baan vraagt veel, de kandidaat kan hoogstens geen/);
  });

  it('unknown conditions give no points and say what to ask', () => {
    const r = judgeMatch({ ...v, clientContact: null, roster: null }, c);
    assert.equal(r.excluded, false);
    assert.equal(r.unknowns, 2);
    assert.match(r.criteria.find((x) => x.key === 'rooster')!.reason, /Vraag het na/);
  });

  it('too many hours is always hard', () => {
    assert.equal(judgeMatch({ ...v, hoursMin: 24, clientContact: 1 }, { ...c, hard: [] }).excluded, true);
  });

  it('employer benefits come with their dated legal sources and amounts from the Rechtencheck', () => {
    const [lkv, noRisk, lks] = employerBenefits(['loonkostenvoordeel', 'no-riskpolis', 'loonkostensubsidie'], '2026-06-01');
    assert.match(lkv!.amount!, /€ 1,01 per verloond uur, tot € 2\.000 per jaar/);
    assert.ok(lkv!.sources.some((s) => s.id === 'wtl-lkv' && s.validFrom === '2018-01-01'));
    assert.ok(noRisk!.sources.some((s) => s.law === 'Ziektewet'));
    assert.ok(lks!.sources.every((s) => s.url.startsWith('https://wetten.overheid.nl/')));
  });
});
