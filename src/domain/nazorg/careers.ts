// Job-to-job continuity. The Inspectie SZW (report "Duurzame plaatsing van
// jongeren met een arbeidsbeperking", 2023, ch. 8) counts continuity of work,
// not one contract: moving to the next job after a short gap is one career.
import { addDays, dayNumber } from './dates.ts';

/** Default largest gap between two jobs that still counts as continuous work. */
export const DEFAULT_GAP_WEEKS = 4;

export interface PlacementSpan {
  id: string;
  personId: string;
  start: string;
  /** Last day in work; null while the job goes on. */
  end: string | null;
}

export interface Career {
  personId: string;
  start: string;
  end: string | null;
  placementIds: string[];
}

/**
 * Merges each person's placements into careers: the next job continues the
 * career when it starts at most `gapWeeks` weeks after the previous one ended
 * (a gap of exactly gapWeeks × 7 days still counts), or while it is still going.
 */
export function mergeCareers(placements: readonly PlacementSpan[], gapWeeks = DEFAULT_GAP_WEEKS): Career[] {
  if (!Number.isFinite(gapWeeks) || gapWeeks < 0) throw new RangeError(`Weken tussen banen moet 0 of meer zijn (kreeg ${gapWeeks})`);
  const byPerson = new Map<string, PlacementSpan[]>();
  for (const p of placements) {
    if (p.end !== null && p.end < p.start) throw new RangeError(`Plaatsing ${p.id}: einddatum ligt voor de begindatum`);
    const list = byPerson.get(p.personId) ?? [];
    list.push(p);
    byPerson.set(p.personId, list);
  }
  const careers: Career[] = [];
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
    let current: Career | null = null;
    for (const p of list) {
      const continues =
        current !== null && (current.end === null || dayNumber(p.start) - dayNumber(current.end) <= gapWeeks * 7);
      if (current && continues) {
        current.placementIds.push(p.id);
        current.end = current.end === null || p.end === null ? null : p.end > current.end ? p.end : current.end;
      } else {
        current = { personId, start: p.start, end: p.end, placementIds: [p.id] };
        careers.push(current);
      }
    }
  }
  return careers;
}

/**
 * One survival observation per career, seen from `today`: ended when its end
 * lies more than the gap before today. Still working: censored at today. An
 * end less than the gap ago is censored at that end: a next job may still
 * follow and continue the career.
 */
export function careerObservation(c: Career, today: string, gapWeeks = DEFAULT_GAP_WEEKS): { days: number; ended: boolean } {
  if (c.end === null || c.end >= today) return { days: Math.max(0, dayNumber(today) - dayNumber(c.start)), ended: false };
  const settled = addDays(c.end, gapWeeks * 7) < today;
  return { days: dayNumber(c.end) - dayNumber(c.start), ended: settled };
}
