import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planNazorgDemo } from '../../src/db/nazorg/demo.ts';
import { itemsForPlacement } from '../../src/db/nazorg/list.ts';
import { pickSchedule } from '../../src/db/nazorg/schedule.ts';

// The demo consulent's nazorg list, computed from the planned demo rows with
// the same rule as the list itself, on several days of the year.
function listOf(today: string) {
  const plan = planNazorgDemo(today);
  const rows = plan.placements.map((p) => ({
    id: p.id, personId: p.person_id, pseudonym: 'demo', givenName: 'Demo', familyName: 'Demo', gemeenteCode: 'GM0114',
    employerId: String(p.employer_id), employerName: 'Werkgever', jobTitle: 'Functie', startDate: p.start_date, endDate: p.end_date,
    contractKind: String(p.contract_kind), contractEnd: (p.contract_end as string | null) ?? null, contractFollowupAt: (p.contract_followup_at as string | null) ?? null,
    jobcoachEnd: (p.jobcoach_end as string | null) ?? null, lksDecisionEnd: (p.lks_decision_end as string | null) ?? null, loonwaardeRemeasure: (p.loonwaarde_remeasure as string | null) ?? null,
    checkins: plan.checkins.filter((c) => c.placement_id === p.id).map((c) => ({ key: c.moment_key, date: c.checkin_date })),
    followups: plan.followups.filter((f) => f.placement_id === p.id && !f.picked_up).map((f) => ({ id: 'f', deadline: f.deadline })),
  }));
  return { plan, items: rows.flatMap((r) => itemsForPlacement(r, rows, pickSchedule(new Map(), r.contractKind), today)) };
}

describe('nazorg demo data', () => {
  for (const today of ['2026-12-02', '2027-03-15', '2027-08-01', '2028-01-20']) {
    it(`shows a realistic handful of overdue check-ins on ${today}, not a backlog`, () => {
      const { plan, items } = listOf(today);
      const overdue = items.filter((i) => (i.kind === 'gesprek' || i.kind === 'geen-contact') && i.overdue).length;
      assert.ok(overdue >= 3 && overdue <= 8, `${overdue} overdue check-ins`);
      assert.ok(plan.checkins.length > 150, 'two years of check-ins');
      assert.ok(plan.placements.some((p) => p.end_reason === 'andere-baan' && plan.placements.some((q) => q.previous_placement_id === p.id)), 'a job-to-job move');
      assert.ok(items.filter((i) => i.overdue).length < 20);
    });
  }
});
