// Kaplan–Meier survival: the share of careers still in work after t days,
// where careers that are still running ("censored") count as at risk up to
// their last known day instead of as failures. Pure; the durability figures
// (src/db/nazorg/durability.ts) feed it one observation per career.

export interface Observation {
  /** Days from the start of work to the end of work, or to today when still working. */
  days: number;
  /** True when work ended (an event); false when still in work (censored). */
  ended: boolean;
  /** How many careers share this duration and outcome (default 1); lets a query send counts. */
  count?: number;
}

export interface SurvivalPoint {
  /** The time point in days (for example 91 for 3 months). */
  day: number;
  /** Estimated share still in work at `day` (0..1). */
  survival: number;
  /** Careers still observed at `day`: in work and not yet censored before it. */
  atRisk: number;
  /** Endings up to and including `day`. */
  events: number;
  /** Careers censored before `day`. */
  censored: number;
}

/**
 * The Kaplan–Meier estimate at each of `days`. At an event time t with d
 * endings among n at risk (time ≥ t), S drops by the factor (1 − d/n).
 * A career censored at t still counts as at risk at t (the usual convention:
 * censoring after events at the same time). An ending on day 0 counts.
 */
export function kaplanMeier(observations: readonly Observation[], days: readonly number[]): SurvivalPoint[] {
  for (const o of observations) {
    if (!Number.isFinite(o.days) || o.days < 0) throw new RangeError(`Duur moet 0 of meer dagen zijn (kreeg ${o.days})`);
  }
  const sorted = [...observations].sort((a, b) => a.days - b.days);
  const weight = (o: Observation) => o.count ?? 1;
  const total = sorted.reduce((sum, o) => sum + weight(o), 0);
  // Distinct event times with the factor (1 − d/n), n = weight with days ≥ t.
  const steps: Array<{ t: number; factor: number }> = [];
  let before = 0;
  let i = 0;
  while (i < sorted.length) {
    const t = sorted[i]!.days;
    const atRisk = total - before;
    let d = 0;
    let j = i;
    while (j < sorted.length && sorted[j]!.days === t) {
      if (sorted[j]!.ended) d += weight(sorted[j]!);
      before += weight(sorted[j]!);
      j++;
    }
    if (d > 0) steps.push({ t, factor: 1 - d / atRisk });
    i = j;
  }
  return days.map((day) => {
    let survival = 1;
    for (const s of steps) {
      if (s.t > day) break;
      survival *= s.factor;
    }
    let atRisk = 0;
    let events = 0;
    let censored = 0;
    for (const o of sorted) {
      if (o.days >= day) atRisk += weight(o);
      if (o.ended && o.days <= day) events += weight(o);
      if (!o.ended && o.days < day) censored += weight(o);
    }
    return { day, survival: total === 0 ? Number.NaN : survival, atRisk, events, censored };
  });
}

/** The points the figures report: 3, 6, 12 and 24 months, in days. */
export const DURABILITY_POINTS = [
  { months: 3, day: 91 },
  { months: 6, day: 182 },
  { months: 12, day: 365 },
  { months: 24, day: 730 },
] as const;
