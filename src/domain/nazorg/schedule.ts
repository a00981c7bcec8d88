// The nazorg plan: fixed check-in moments after the start of work. The
// Inspectie SZW found no fixed moment for nazorg and most dropout around six
// months (report 2023, ch. 7 and 8); the first contact usually comes after
// four to six weeks. A teamleider sets the schedule per gemeente and per
// contract kind; these are the defaults.
import { addDays, addMonths } from './dates.ts';

export interface ScheduleSettings {
  /** The first check-in window, in weeks after the start (default 4 to 6). */
  firstFromWeeks: number;
  firstUntilWeeks: number;
  /** Regular check-ins, in months after the start. */
  months: number[];
  /** Extra check-ins in the risk window around month 5 to 7. */
  riskMonths: number[];
  /** Days before and after a monthly moment in which the check-in counts. */
  windowDays: number;
  /** Weeks without contact in nazorg after which a signal fires. */
  noContactWeeks: number;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  firstFromWeeks: 4,
  firstUntilWeeks: 6,
  months: [3, 6, 12, 24],
  riskMonths: [5],
  windowDays: 14,
  noContactWeeks: 13,
};

export interface CheckInMoment {
  /** Stable key within a placement: 'w4', 'm3', 'r5' … */
  key: string;
  label: string;
  /** The check-in appears on the list from this day. */
  from: string;
  /** The planned day. */
  due: string;
  /** Overdue after this day. */
  until: string;
}

export function checkInSchedule(start: string, s: ScheduleSettings = DEFAULT_SCHEDULE): CheckInMoment[] {
  const moments: CheckInMoment[] = [
    {
      key: `w${s.firstFromWeeks}`,
      label: `Eerste gesprek (${s.firstFromWeeks} tot ${s.firstUntilWeeks} weken)`,
      from: addDays(start, s.firstFromWeeks * 7),
      due: addDays(start, s.firstFromWeeks * 7),
      until: addDays(start, s.firstUntilWeeks * 7),
    },
  ];
  const monthly = [
    ...s.months.map((m) => ({ m, risk: false })),
    ...s.riskMonths.filter((m) => !s.months.includes(m)).map((m) => ({ m, risk: true })),
  ].sort((a, b) => a.m - b.m);
  for (const { m, risk } of monthly) {
    const due = addMonths(start, m);
    moments.push({
      key: `${risk ? 'r' : 'm'}${m}`,
      label: risk ? `Extra gesprek in de risicoperiode (${m} maanden)` : `Gesprek na ${m} maanden`,
      from: addDays(due, -s.windowDays),
      due,
      until: addDays(due, s.windowDays),
    });
  }
  return moments;
}

/** Checks a teamleider's schedule; Dutch messages per field. */
export function validateSchedule(s: ScheduleSettings): Array<{ field: string; message: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  const whole = (n: number) => Number.isInteger(n);
  if (!whole(s.firstFromWeeks) || s.firstFromWeeks < 1 || s.firstFromWeeks > 12) {
    errors.push({ field: 'firstFromWeeks', message: 'Eerste gesprek vanaf: vul een heel aantal weken in, van 1 tot en met 12.' });
  }
  if (!whole(s.firstUntilWeeks) || s.firstUntilWeeks < s.firstFromWeeks || s.firstUntilWeeks > 16) {
    errors.push({ field: 'firstUntilWeeks', message: 'Eerste gesprek uiterlijk: vul een heel aantal weken in, niet minder dan "vanaf" en hoogstens 16.' });
  }
  for (const [field, label, list] of [['months', 'Vaste gesprekken', s.months], ['riskMonths', 'Extra gesprekken', s.riskMonths]] as const) {
    if (list.some((m) => !whole(m) || m < 1 || m > 60)) errors.push({ field, message: `${label}: gebruik hele maanden van 1 tot en met 60, gescheiden door komma's.` });
  }
  if (s.months.length === 0) errors.push({ field: 'months', message: 'Vaste gesprekken: vul minstens één maand in, bijvoorbeeld 3, 6, 12, 24.' });
  if (!whole(s.windowDays) || s.windowDays < 0 || s.windowDays > 45) errors.push({ field: 'windowDays', message: 'Marge: vul een heel aantal dagen in, van 0 tot en met 45.' });
  if (!whole(s.noContactWeeks) || s.noContactWeeks < 1 || s.noContactWeeks > 104) {
    errors.push({ field: 'noContactWeeks', message: 'Grens zonder contact: vul een heel aantal weken in, van 1 tot en met 104.' });
  }
  return errors;
}

export type MomentState = 'gepland' | 'open' | 'te-laat' | 'gedaan';

/** Where a moment stands today, given whether a check-in for it was recorded. */
export function momentState(m: CheckInMoment, today: string, done: boolean): MomentState {
  if (done) return 'gedaan';
  if (today > m.until) return 'te-laat';
  if (today >= m.from) return 'open';
  return 'gepland';
}
