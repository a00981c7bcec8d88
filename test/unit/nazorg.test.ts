import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainAlert, endAlerts } from '../../src/domain/nazorg/alerts.ts';
import { careerObservation, mergeCareers } from '../../src/domain/nazorg/careers.ts';
import { addMonths } from '../../src/domain/nazorg/dates.ts';
import { checkInSchedule, DEFAULT_SCHEDULE, momentState, validateSchedule } from '../../src/domain/nazorg/schedule.ts';
import { kaplanMeier } from '../../src/domain/nazorg/survival.ts';
import { validateEnd, validatePlacementFacts } from '../../src/domain/nazorg/validate.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

describe('Kaplan–Meier', () => {
  // Hand-computed: n = 6; endings at 10 (1 of 6 at risk), 30 (2 of 4), 50 (1 of 1);
  // censored at 20 and 40. S(10) = 5/6, S(30) = 5/6 · 2/4 = 5/12, S(50) = 0.
  const obs = [
    { days: 10, ended: true },
    { days: 20, ended: false },
    { days: 30, ended: true },
    { days: 30, ended: true },
    { days: 40, ended: false },
    { days: 50, ended: true },
  ];
  it('follows the hand-computed curve with censoring and numbers at risk', () => {
    const [d0, d15, d35, d60] = kaplanMeier(obs, [0, 15, 35, 60]);
    assert.deepEqual({ ...d0!, survival: 1 }, { day: 0, survival: 1, atRisk: 6, events: 0, censored: 0 });
    close(d0!.survival, 1);
    close(d15!.survival, 5 / 6);
    assert.equal(d15!.atRisk, 5);
    assert.equal(d15!.events, 1);
    close(d35!.survival, 5 / 12);
    assert.deepEqual([d35!.atRisk, d35!.events, d35!.censored], [2, 3, 1]);
    close(d60!.survival, 0);
    assert.deepEqual([d60!.atRisk, d60!.events, d60!.censored], [0, 4, 2]);
  });
  it('counts a career censored on an event day as at risk on that day', () => {
    const [p] = kaplanMeier([{ days: 5, ended: true }, { days: 5, ended: false }, { days: 8, ended: true }], [6]);
    close(p!.survival, 2 / 3); // not 1/2: the censored one was still at risk on day 5
  });
  it('does not count recent placements as failures', () => {
    // Two careers of 100 days still running, one ended at 400: at 365 days nobody has failed yet.
    const [p] = kaplanMeier([{ days: 100, ended: false }, { days: 100, ended: false }, { days: 400, ended: true }], [365]);
    close(p!.survival, 1);
    assert.equal(p!.atRisk, 1);
  });
  it('refuses a negative duration', () => {
    assert.throws(() => kaplanMeier([{ days: -1, ended: true }], [0]), RangeError);
  });
});

describe('job-to-job continuity', () => {
  const job = (id: string, start: string, end: string | null) => ({ id, personId: 'p', start, end });
  it('a gap of exactly 4 weeks continues the career', () => {
    const careers = mergeCareers([job('a', '2025-01-01', '2025-01-31'), job('b', '2025-02-28', null)], 4);
    assert.equal(careers.length, 1);
    assert.deepEqual(careers[0], { personId: 'p', start: '2025-01-01', end: null, placementIds: ['a', 'b'] });
  });
  it('a gap of 4 weeks and a day starts a new career', () => {
    const careers = mergeCareers([job('a', '2025-01-01', '2025-01-31'), job('b', '2025-03-01', '2025-06-30')], 4);
    assert.equal(careers.length, 2);
    assert.equal(careers[1]!.start, '2025-03-01');
  });
  it('the gap is configurable', () => {
    assert.equal(mergeCareers([job('a', '2025-01-01', '2025-01-31'), job('b', '2025-03-01', null)], 5).length, 1);
  });
  it('keeps people apart and merges overlapping jobs', () => {
    const careers = mergeCareers([
      job('a', '2024-01-01', '2024-12-31'),
      job('b', '2024-06-01', '2024-08-01'),
      { id: 'c', personId: 'q', start: '2024-02-01', end: null },
    ]);
    assert.equal(careers.length, 2);
    assert.equal(careers.find((c) => c.personId === 'p')!.end, '2024-12-31');
  });
  it('turns careers into observations: ended, running, or ended too recently to know', () => {
    const today = '2025-06-01';
    assert.deepEqual(careerObservation({ personId: 'p', start: '2025-01-01', end: '2025-03-01', placementIds: [] }, today), { days: 59, ended: true });
    assert.deepEqual(careerObservation({ personId: 'p', start: '2025-01-01', end: null, placementIds: [] }, today), { days: 151, ended: false });
    assert.deepEqual(careerObservation({ personId: 'p', start: '2025-01-01', end: '2025-05-20', placementIds: [] }, today), { days: 139, ended: false });
  });
});

describe('check-in schedule', () => {
  it('has the 4-6 week check-in, 3, 6, 12, 24 months and an extra one in the risk window', () => {
    const m = checkInSchedule('2026-01-15');
    assert.deepEqual(m.map((x) => x.key), ['w4', 'm3', 'r5', 'm6', 'm12', 'm24']);
    assert.deepEqual([m[0]!.from, m[0]!.until], ['2026-02-12', '2026-02-26']);
    assert.equal(m[2]!.due, '2026-06-15');
    assert.equal(m[5]!.due, '2028-01-15');
  });
  it('states: planned, open, overdue, done', () => {
    const first = checkInSchedule('2026-01-15')[0]!;
    assert.equal(momentState(first, '2026-02-11', false), 'gepland');
    assert.equal(momentState(first, '2026-02-12', false), 'open');
    assert.equal(momentState(first, '2026-02-27', false), 'te-laat');
    assert.equal(momentState(first, '2026-02-27', true), 'gedaan');
  });
  it('takes a gemeente schedule and refuses a wrong one', () => {
    const custom = { ...DEFAULT_SCHEDULE, months: [2, 12], riskMonths: [6, 7] };
    assert.deepEqual(checkInSchedule('2026-01-31', custom).map((x) => `${x.key}@${x.due}`), ['w4@2026-02-28', 'm2@2026-03-31', 'r6@2026-07-31', 'r7@2026-08-31', 'm12@2027-01-31']);
    assert.equal(validateSchedule(custom).length, 0);
    assert.deepEqual(validateSchedule({ ...DEFAULT_SCHEDULE, firstFromWeeks: 6, firstUntilWeeks: 4, months: [] }).map((e) => e.field), ['firstUntilWeeks', 'months']);
  });
  it('adds months like the calendar', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2026-11-15', 3), '2027-02-15');
  });
});

describe('contract-end alerts', () => {
  const dates = { contract: '2026-06-30', jobcoach: '2026-04-01', loonkostensubsidie: null, loonwaarde: '2026-12-31' };
  it('alerts at 90, 60 and 30 days before', () => {
    assert.deepEqual(endAlerts(dates, '2026-03-31').map((a) => [a.kind, a.level]), [['jobcoach', 30]]);
    assert.deepEqual(endAlerts(dates, '2026-04-01').map((a) => [a.kind, a.level, a.daysLeft]), [['jobcoach', 30, 0], ['contract', 90, 90]]);
    assert.equal(endAlerts(dates, '2026-03-31').find((a) => a.kind === 'contract'), undefined); // 91 days: no alert yet
    assert.equal(endAlerts(dates, '2026-05-01').find((a) => a.kind === 'contract')!.level, 60);
    assert.equal(endAlerts(dates, '2026-05-31').find((a) => a.kind === 'contract')!.level, 30);
    assert.equal(endAlerts(dates, '2026-07-01').find((a) => a.kind === 'contract'), undefined);
  });
  it('warns at 18 months of successive temporary contracts with one employer', () => {
    const links = [
      { employer: 'x', kind: 'tijdelijk', start: '2025-01-01', end: '2025-12-31' },
      { employer: 'x', kind: 'tijdelijk', start: '2026-01-01', end: '2026-12-31' },
    ];
    assert.equal(chainAlert(links, '2026-06-30'), null);
    const alert = chainAlert(links, '2026-07-01');
    assert.equal(alert?.date, '2027-01-01');
    // Another employer in between breaks the chain.
    assert.equal(chainAlert([links[0]!, { ...links[1]!, employer: 'y' }], '2026-07-01'), null);
  });
});

describe('placement validation', () => {
  const ok = { start: '2026-03-01', end: '2026-09-01', hoursPerWeek: 24, loonwaarde: 60, jobcoachEnd: null, lksEnd: null, remeasureDate: null };
  it('accepts a good placement', () => assert.deepEqual(validatePlacementFacts(ok), []));
  it('refuses an end before the start, hours over 60 or negative, loonwaarde over 100', () => {
    assert.deepEqual(validatePlacementFacts({ ...ok, end: '2026-02-28' }).map((e) => e.field), ['contractEnd']);
    assert.match(validatePlacementFacts({ ...ok, hoursPerWeek: 61 })[0]!.message, /van 0 tot en met 60/);
    assert.equal(validatePlacementFacts({ ...ok, hoursPerWeek: -1 })[0]!.field, 'hoursPerWeek');
    assert.match(validatePlacementFacts({ ...ok, loonwaarde: 101 })[0]!.message, /0 tot en met 100/);
    assert.equal(validateEnd('2026-03-01', '2026-02-01').length, 1);
    assert.equal(validateEnd('2026-03-01', '2026-03-01').length, 0);
  });
});

describe('Kaplan–Meier with counts', () => {
  it('gives the same curve for counted observations as for single ones', () => {
    const single = [10, 10, 10, 20, 30, 30].map((days, i) => ({ days, ended: i % 2 === 0 }));
    const counted = [
      { days: 10, ended: true, count: 2 }, { days: 10, ended: false, count: 1 },
      { days: 20, ended: false, count: 1 }, { days: 30, ended: true, count: 1 }, { days: 30, ended: false, count: 1 },
    ];
    assert.deepEqual(kaplanMeier(counted, [0, 10, 25, 40]), kaplanMeier(single, [0, 10, 25, 40]));
  });
});
