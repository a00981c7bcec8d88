import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { durabilityCohort } from '../../src/db/nazorg/monitor.ts';
import { params } from '../../src/db/monitor/queries.ts';
import { addDays, addMonths } from '../../src/domain/nazorg/dates.ts';
import { periodOf, previousPeriod } from '../../src/domain/monitor/period.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

describe('durability on the monitor', () => {
  let t: TestDb;
  before(async () => {
    t = await seededDb();
  });
  after(async () => t.close());

  it('counts, for a cohort a year back, who is still in work after 3, 6 and 12 months, as a check by hand does', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const cur = periodOf('jaar', addMonths(today, -1));
    const prev = previousPeriod('jaar', cur);
    const c = await durabilityCohort(t.db, params(['GM0114'], cur, prev));
    // The same count in plain code from the placements.
    const pls = await t.db.query<{ id: string; person: string; start: string; end: string | null }>(
      `select x.id, x.person_id as person, x.start_date as start, x.end_date as "end" from placement x join person p on p.id = x.person_id where p.gemeente_code = 'GM0114' and p.erased_at is null`,
    );
    const of = (person: string) => pls.filter((p) => p.person === person);
    const covers = (d: string, person: string) =>
      of(person).some((y) => y.start <= d && (y.end ?? '9999') >= d) ||
      of(person).some((y) => y.end !== null && y.end < d && y.end >= addDays(d, -28) && of(person).some((z) => z.start > d && z.start <= addDays(y.end!, 28)));
    const expected = [cur, prev].map((period) => {
      const cohort = pls.filter((x) => {
        const mark = addMonths(x.start, 12);
        if (mark > today || mark < period.from || mark > period.to) return false;
        return !of(x.person).some((e) => e.id !== x.id && e.start <= x.start && (e.end ?? '9999') >= addDays(x.start, -28) && (e.start < x.start || e.id < x.id));
      });
      const at3 = cohort.filter((x) => covers(addMonths(x.start, 3), x.person));
      const at6 = at3.filter((x) => covers(addMonths(x.start, 6), x.person));
      const at12 = at6.filter((x) => covers(addMonths(x.start, 12), x.person));
      return [cohort.length, at3.length, at6.length, at12.length];
    });
    assert.deepEqual([c.started[0], c.at3[0], c.at6[0], c.at12[0]], expected[0]);
    assert.deepEqual([c.started[1], c.at3[1], c.at6[1], c.at12[1]], expected[1]);
    assert.ok(c.started[0] + c.started[1] > 0, 'the demo data gives a cohort');
  });
});
