// Judging and ranking matches. Pure: the same input gives the same order.
// A match with a hard failure is never proposed and never ranked; the score
// is the sum of the points of the criteria that are met, nothing else.
import { criteria, maxScore, type CandidateConditions, type CriterionKey, type MatchStatus, type VacancyConditions } from './criteria.ts';

export interface CriterionResult {
  key: CriterionKey;
  label: string;
  status: MatchStatus;
  reason: string;
  hard: boolean;
  /** Points this criterion adds to the score: its weight when met, else 0. */
  points: number;
  maxPoints: number;
}

export interface MatchResult {
  vacancyId: string;
  candidateId: string;
  score: number;
  maxScore: number;
  unknowns: number;
  /** A hard condition of the person is not met: never proposed. */
  excluded: boolean;
  criteria: CriterionResult[];
}

export function judgeMatch(v: VacancyConditions, c: CandidateConditions): MatchResult {
  const results: CriterionResult[] = criteria.map((criterion) => {
    const j = criterion.judge(v, c);
    return {
      key: criterion.key,
      label: criterion.label,
      status: j.status,
      reason: j.reason,
      hard: j.hardFail,
      points: j.status === 'voldaan' ? criterion.points : 0,
      maxPoints: criterion.points,
    };
  });
  return {
    vacancyId: v.id,
    candidateId: c.id,
    score: results.reduce((sum, r) => sum + r.points, 0),
    maxScore,
    unknowns: results.filter((r) => r.status === 'onbekend').length,
    excluded: results.some((r) => r.hard),
    criteria: results,
  };
}

/** Whether a professional may propose this match: never with a hard failure. */
export function mayPropose(result: MatchResult): boolean {
  return !result.excluded;
}

/** Best first: higher score, then fewer unknowns, then id (a total order, so ties are stable). */
export function compareMatches(a: MatchResult, b: MatchResult, by: 'candidate' | 'vacancy'): number {
  const ida = by === 'candidate' ? a.candidateId : a.vacancyId;
  const idb = by === 'candidate' ? b.candidateId : b.vacancyId;
  return b.score - a.score || a.unknowns - b.unknowns || (ida < idb ? -1 : ida > idb ? 1 : 0);
}

/** Candidates for one vacancy, best first; hard failures left out. */
export function rankCandidates(v: VacancyConditions, candidates: readonly CandidateConditions[], limit = Infinity): MatchResult[] {
  return candidates
    .map((c) => judgeMatch(v, c))
    .filter(mayPropose)
    .sort((a, b) => compareMatches(a, b, 'candidate'))
    .slice(0, limit);
}

/** Vacancies for one candidate, best first; hard failures left out. */
export function rankVacancies(c: CandidateConditions, vacancies: readonly VacancyConditions[], limit = Infinity): MatchResult[] {
  return vacancies
    .map((v) => judgeMatch(v, c))
    .filter(mayPropose)
    .sort((a, b) => compareMatches(a, b, 'vacancy'))
    .slice(0, limit);
}

/**
 * The SQL of the ranking, from the same criteria: `statuses` is a lateral
 * subquery (alias s) that computes each criterion's status once per row
 * (offset 0 keeps it from being inlined twice); score and unknowns add them up.
 */
export function matchSql(): { statuses: string; score: string; unknowns: string; excluded: string } {
  return {
    statuses: `lateral (select ${criteria.map((c, i) => `${c.sqlStatus} as s${i}`).join(', ')} offset 0) s`,
    score: criteria.map((c, i) => `(case when s.s${i} = 0 then ${c.points} else 0 end)`).join(' + '),
    unknowns: criteria.map((_c, i) => `(case when s.s${i} = 2 then 1 else 0 end)`).join(' + '),
    excluded: criteria.map((c) => c.sqlHard).join(' or '),
  };
}
