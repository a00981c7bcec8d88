import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addWorkingDays,
  dutchHolidays,
  easterSunday,
  HOLIDAY_SOURCE,
  holidayName,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/domain/workdays.ts';

// Easter Sunday (Gregorian) as published in the calendars.
const knownEaster: Record<number, string> = {
  2019: '2019-04-21', 2020: '2020-04-12', 2021: '2021-04-04', 2022: '2022-04-17', 2023: '2023-04-09',
  2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16',
  2029: '2029-04-01', 2030: '2030-04-21', 2031: '2031-04-13', 2032: '2032-03-28', 2033: '2033-04-17',
  2034: '2034-04-09', 2035: '2035-03-25',
};

function dateOf(year: number, name: string): string | undefined {
  return dutchHolidays(year).find((h) => h.name === name)?.date;
}

describe('holidays (Algemene termijnenwet art. 3 lid 1 and 2)', () => {
  it('names its source', () => {
    assert.equal(HOLIDAY_SOURCE.law, 'Algemene termijnenwet');
    assert.equal(HOLIDAY_SOURCE.article, 'art. 3 lid 1 en 2');
    assert.equal(HOLIDAY_SOURCE.url, 'https://wetten.overheid.nl/BWBR0002448');
    assert.match(HOLIDAY_SOURCE.validFrom, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('computes Easter Sunday for 2019-2035', () => {
    for (const [year, date] of Object.entries(knownEaster)) assert.equal(easterSunday(Number(year)), date, `Pasen ${year}`);
  });

  it('derives the moving holidays from Easter', () => {
    for (const [year, easter] of Object.entries(knownEaster)) {
      const y = Number(year);
      const plus = (days: number) => new Date(Date.parse(`${easter}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      assert.equal(dateOf(y, 'Tweede Paasdag'), plus(1));
      assert.equal(dateOf(y, 'Hemelvaartsdag'), plus(39));
      assert.equal(dateOf(y, 'Tweede Pinksterdag'), plus(50));
    }
  });

  it('lists the nine days of 2026 in date order', () => {
    assert.deepEqual(dutchHolidays(2026), [
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday', () => {
    assert.equal(dateOf(2025, 'Koningsdag'), '2025-04-26'); // 27 April 2025 is a Sunday
    assert.equal(dateOf(2026, 'Koningsdag'), '2026-04-27'); // a Monday
    assert.equal(isWorkingDay('2026-04-27'), false);
    assert.equal(isWorkingDay('2025-04-28'), true);
    assert.equal(dateOf(2031, 'Koningsdag'), '2031-04-26'); // 27 April 2031 is a Sunday too
  });

  it('counts 5 mei every year, also outside lustrum years', () => {
    assert.equal(isWorkingDay('2026-05-05'), false); // Tuesday, 2026 is no lustrum year
    assert.equal(isWorkingDay('2027-05-05'), false); // Wednesday
    assert.equal(holidayName('2026-05-05'), 'Bevrijdingsdag');
    assert.equal(addWorkingDays('2026-05-04', 1), '2026-05-06');
  });

  it('keeps both days when Hemelvaart falls on 5 May (2016)', () => {
    const may5 = dutchHolidays(2016).filter((h) => h.date === '2016-05-05').map((h) => h.name);
    assert.deepEqual(may5.sort(), ['Bevrijdingsdag', 'Hemelvaartsdag']);
  });

  it('counts Goede Vrijdag, which art. 3 lid 2 equates with the holidays', () => {
    assert.equal(isWorkingDay('2026-04-03'), false);
    assert.equal(holidayName('2026-04-03'), 'Goede Vrijdag');
    // Thursday before Easter 2026 plus one working day: past Good Friday, the weekend and Easter Monday.
    assert.equal(addWorkingDays('2026-04-02', 1), '2026-04-07');
  });

  it('refuses years before the rules hold and malformed dates', () => {
    assert.throws(() => dutchHolidays(2013), RangeError);
    assert.throws(() => isWorkingDay('2013-06-03'), RangeError);
    assert.throws(() => isWorkingDay('2026-02-30'), RangeError);
    assert.throws(() => isWorkingDay('2026-2-3'), RangeError);
    assert.throws(() => addWorkingDays('2026-06-15', -1), RangeError);
    assert.throws(() => addWorkingDays('2026-06-15', 1.5), RangeError);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    assert.equal(isWorkingDay('2026-06-13'), false); // Saturday
    assert.equal(isWorkingDay('2026-06-14'), false); // Sunday
    assert.equal(isWorkingDay('2026-06-15'), true); // Monday
    assert.equal(addWorkingDays('2026-06-12', 1), '2026-06-15');
    assert.equal(addWorkingDays('2026-06-15', 5), '2026-06-22');
  });

  it('starts counting on the next day when the start day is not a working day', () => {
    // Friday, Saturday and Sunday + 1 are all Monday; + 0 is the day itself.
    assert.equal(addWorkingDays('2026-06-12', 1), '2026-06-15');
    assert.equal(addWorkingDays('2026-06-13', 1), '2026-06-15');
    assert.equal(addWorkingDays('2026-06-14', 1), '2026-06-15');
    assert.equal(addWorkingDays('2026-06-13', 0), '2026-06-13');
    assert.equal(addWorkingDays('2026-12-25', 1), '2026-12-28'); // from Eerste Kerstdag
  });

  it('runs a deadline over Easter', () => {
    // Thursday 2 April 2026 + 2: (Goede Vrijdag 3 April, weekend, Tweede Paasdag 6 April) Tuesday 7, Wednesday 8 April.
    assert.equal(addWorkingDays('2026-04-02', 2), '2026-04-08');
    assert.equal(workingDaysBetween('2026-04-02', '2026-04-08'), 2);
    // Five working days from Thursday 17 April 2025 skip Goede Vrijdag (18) and Tweede Paasdag (21 April).
    assert.equal(addWorkingDays('2025-04-17', 5), '2025-04-28');
  });

  it('runs a deadline over Christmas and New Year', () => {
    // Thursday 24 December 2026 + 5: 28, 29, 30, 31 December, (1 January), 4 January 2027.
    assert.equal(addWorkingDays('2026-12-24', 5), '2027-01-04');
    assert.equal(workingDaysBetween('2026-12-24', '2027-01-04'), 5);
    // Ten working days from Friday 19 December 2025: 22-24 Dec, 29-31 Dec, 2 Jan, 5-7 Jan 2026.
    assert.equal(addWorkingDays('2025-12-19', 10), '2026-01-07');
  });

  it('runs a deadline over Hemelvaart and Pinksteren', () => {
    // Wednesday 13 May 2026 + 1: Hemelvaartsdag 14 May is skipped.
    assert.equal(addWorkingDays('2026-05-13', 1), '2026-05-15');
    // Wednesday 13 May 2026 + 5: 15, 18, 19, 20, 21 May.
    assert.equal(addWorkingDays('2026-05-13', 5), '2026-05-21');
    // Friday 22 May 2026 + 1: Tweede Pinksterdag 25 May is skipped.
    assert.equal(addWorkingDays('2026-05-22', 1), '2026-05-26');
  });

  it('counts between two days, negative when backwards', () => {
    assert.equal(workingDaysBetween('2026-06-15', '2026-06-15'), 0);
    assert.equal(workingDaysBetween('2026-06-15', '2026-06-22'), 5);
    assert.equal(workingDaysBetween('2026-06-22', '2026-06-15'), -5);
    assert.equal(workingDaysBetween('2026-06-13', '2026-06-14'), 0);
  });

  it('does not depend on the local time zone', () => {
    const before = process.env.TZ;
    const results: string[] = [];
    try {
      for (const tz of ['UTC', 'Europe/Amsterdam', 'Pacific/Kiritimati', 'America/Adak']) {
        process.env.TZ = tz;
        // 2 March - 1 November 2026: 175 weekdays, minus 3 and 6 April, 27 April, 5, 14 and 25 May.
        results.push(`${addWorkingDays('2026-03-27', 3)} ${addWorkingDays('2026-10-23', 3)} ${isWorkingDay('2026-03-29')} ${workingDaysBetween('2026-03-01', '2026-11-01')}`);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    assert.equal(new Set(results).size, 1, results.join(' | '));
    assert.equal(results[0], '2026-04-01 2026-10-28 false 169');
  });
});

describe('working-day properties over 20 years (2015-2034)', () => {
  const days: string[] = [];
  for (let t = Date.UTC(2015, 0, 1); t <= Date.UTC(2034, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));

  it('has 252 to 259 working days a year', () => {
    for (let year = 2015; year <= 2034; year++) {
      const count = workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`);
      assert.ok(count >= 252 && count <= 259, `${year}: ${count}`);
    }
  });

  it('addWorkingDays(d, n) is a working day for n >= 1, and workingDaysBetween gives n back', () => {
    let checked = 0;
    for (const d of days) {
      assert.equal(addWorkingDays(d, 0), d);
      assert.equal(workingDaysBetween(d, d), 0);
      let previous = d;
      for (const n of [1, 2, 3, 5, 10, 15, 20, 60]) {
        const result = addWorkingDays(d, n);
        assert.ok(isWorkingDay(result), `${d} + ${n} = ${result} is geen werkdag`);
        assert.ok(result > previous, `${d} + ${n} is not after + a smaller n`);
        assert.equal(workingDaysBetween(d, result), n, `${d} + ${n}`);
        // Every day strictly between the start and the result that is a working day was counted: no working day is skipped.
        assert.equal(workingDaysBetween(result, d), -n);
        previous = result;
        checked++;
      }
    }
    assert.equal(checked, days.length * 8);
  });

  it('the day before addWorkingDays(d, n) is at most n - 1 working days away', () => {
    for (const d of days) {
      const result = addWorkingDays(d, 5);
      const dayBefore = new Date(Date.parse(`${result}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      assert.equal(workingDaysBetween(d, dayBefore), 4, d);
    }
  });
});
