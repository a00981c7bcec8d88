// Checks on a placement: each problem names its field and says in Dutch (B1) how to fix it.
import { daysBetween } from './dates.ts';

export interface PlacementFacts {
  start: string;
  end: string | null;
  hoursPerWeek: number | null;
  loonwaarde: number | null;
  jobcoachEnd: string | null;
  lksEnd: string | null;
  remeasureDate: string | null;
}

export type FieldError = { field: string; message: string };

export const MAX_HOURS = 60;

export function validatePlacementFacts(f: PlacementFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (f.end !== null && daysBetween(f.start, f.end) < 0) {
    errors.push({ field: 'contractEnd', message: 'Einddatum contract: deze datum ligt voor de startdatum. Kies een datum op of na de start.' });
  }
  if (f.hoursPerWeek !== null && (!Number.isFinite(f.hoursPerWeek) || f.hoursPerWeek < 0 || f.hoursPerWeek > MAX_HOURS)) {
    errors.push({ field: 'hoursPerWeek', message: `Uren per week: vul een getal in van 0 tot en met ${MAX_HOURS}.` });
  }
  if (f.loonwaarde !== null && (!Number.isFinite(f.loonwaarde) || f.loonwaarde < 0 || f.loonwaarde > 100)) {
    errors.push({ field: 'loonwaarde', message: 'Loonwaarde: vul een percentage in van 0 tot en met 100.' });
  }
  for (const [field, label, value] of [
    ['jobcoachEnd', 'Einddatum jobcoaching', f.jobcoachEnd],
    ['lksEnd', 'Einddatum besluit loonkostensubsidie', f.lksEnd],
  ] as const) {
    if (value !== null && daysBetween(f.start, value) < 0) errors.push({ field, message: `${label}: deze datum ligt voor de startdatum. Kies een latere datum.` });
  }
  return errors;
}

/** The end of a placement: not before its start. */
export function validateEnd(start: string, end: string): FieldError[] {
  return daysBetween(start, end) < 0
    ? [{ field: 'endDate', message: 'Laatste werkdag: deze datum ligt voor de startdatum van de baan. Kies een datum op of na de start.' }]
    : [];
}
