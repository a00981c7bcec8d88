// Dutch working days for deadlines (termijnen). Pure: no I/O, no clock.
//
// A working day is a day that is not a Saturday or Sunday and not one of the
// generally recognised holidays of the Algemene termijnenwet, art. 3 lid 1:
// Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, eerste en
// tweede Kerstdag, the day the King's birthday is celebrated (Koningsdag) and
// 5 mei; nor Goede Vrijdag, which art. 3 lid 2 equates with them for
// deadlines. Eerste Paasdag and eerste Pinksterdag are Sundays anyway. 5 mei
// counts every year under this law (lustrum years matter only for collective
// labour agreements, not for termijnen). Days a Koninklijk Besluit adds under
// lid 3 (rare, one-off) are not included.
//
// Dates are ISO 'YYYY-MM-DD' strings. All arithmetic is done on UTC
// midnights, so the local time zone and daylight saving never shift a day.

export const HOLIDAY_SOURCE = {
  law: 'Algemene termijnenwet',
  article: 'art. 3 lid 1 en 2',
  url: 'https://wetten.overheid.nl/BWBR0002448',
  /** The rules below (Koningsdag on 27 April, or 26 April when that is a Sunday) hold from 2014. */
  validFrom: '2014-01-01',
} as const;

const FIRST_YEAR = 2014;
const LAST_YEAR = 9999;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Holiday {
  date: string;
  name: string;
}

/** Days since 1970-01-01 (UTC) of an ISO date; throws on anything that is not a real date. */
function toDayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${JSON.stringify(iso)}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const date = new Date(ms);
  // Date.UTC maps years 0-99 to 1900-1999, and rolls 2025-02-30 over to March: both are refused here.
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${JSON.stringify(iso)}`);
  }
  return Math.round(ms / DAY_MS);
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function ymd(year: number, month: number, day: number): string {
  return fromDayNumber(Math.round(Date.UTC(year, month - 1, day) / DAY_MS));
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Feestdagen zijn alleen bekend voor ${FIRST_YEAR} tot en met ${LAST_YEAR} (kreeg ${year})`);
  }
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
function weekday(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

const holidayCache = new Map<number, Map<number, string>>();

function holidayDays(year: number): Map<number, string> {
  let days = holidayCache.get(year);
  if (!days) {
    days = new Map();
    for (const h of dutchHolidays(year)) days.set(toDayNumber(h.date), h.name);
    holidayCache.set(year, days);
  }
  return days;
}

/**
 * The generally recognised holidays of the Algemene termijnenwet art. 3 lid 1,
 * and Goede Vrijdag (lid 2), in `year`, in date order. Only for years from 2014 (RangeError otherwise).
 */
export function dutchHolidays(year: number): Holiday[] {
  checkYear(year);
  const easter = toDayNumber(easterSunday(year));
  const kingsDay = toDayNumber(ymd(year, 4, 27));
  const list: Holiday[] = [
    { date: ymd(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: fromDayNumber(easter - 2), name: 'Goede Vrijdag' },
    { date: fromDayNumber(easter + 1), name: 'Tweede Paasdag' },
    // 27 April; when that is a Sunday, Saturday 26 April.
    { date: fromDayNumber(weekday(kingsDay) === 0 ? kingsDay - 1 : kingsDay), name: 'Koningsdag' },
    { date: ymd(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: fromDayNumber(easter + 39), name: 'Hemelvaartsdag' },
    { date: fromDayNumber(easter + 50), name: 'Tweede Pinksterdag' },
    { date: ymd(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: ymd(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  // Hemelvaart can fall on 5 May (as in 2016): both stay in the list.
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

function isWorkingDayNumber(day: number): boolean {
  const holidays = holidayDays(new Date(day * DAY_MS).getUTCFullYear());
  const w = weekday(day);
  return w !== 0 && w !== 6 && !holidays.has(day);
}

/** True for a weekday that is not a holiday of the Algemene termijnenwet. Dates before 2014 throw a RangeError. */
export function isWorkingDay(iso: string): boolean {
  return isWorkingDayNumber(toDayNumber(iso));
}

/** The holiday's name, or null. */
export function holidayName(iso: string): string | null {
  const day = toDayNumber(iso);
  return holidayDays(new Date(day * DAY_MS).getUTCFullYear()).get(day) ?? null;
}

/**
 * The n-th working day after `iso` (n ≥ 0, an integer).
 *
 * Counting starts on the day after `iso`, whatever `iso` itself is: a
 * Friday + 1 and a Saturday + 1 and a Sunday + 1 are all the next Monday
 * (when that is a working day). So a request that comes in on a weekend or a
 * holiday gets the same deadline as one that comes in on the working day
 * before it. n = 0 returns `iso` unchanged, even when it is not a working day.
 */
export function addWorkingDays(iso: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Aantal werkdagen moet een geheel getal van 0 of meer zijn (kreeg ${n})`);
  let day = toDayNumber(iso);
  let left = n;
  while (left > 0) {
    day++;
    if (isWorkingDayNumber(day)) left--;
  }
  return fromDayNumber(day);
}

/**
 * The number of working days d with from < d ≤ to: the count of working days
 * you move forward to get from `fromIso` to `toIso`. So
 * workingDaysBetween(d, addWorkingDays(d, n)) === n. Zero when both are the
 * same day; negative (the same count, negated) when `toIso` is before `fromIso`.
 */
export function workingDaysBetween(fromIso: string, toIso: string): number {
  const from = toDayNumber(fromIso);
  const to = toDayNumber(toIso);
  if (to < from) return -workingDaysBetween(toIso, fromIso);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDayNumber(day)) count++;
  return count;
}
