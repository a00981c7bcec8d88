import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoCaseload } from '../../src/domain/demo-caseload.ts';
import { addWorkingDays } from '../../src/domain/workdays.ts';

const TODAY = '2026-06-15';

describe('demo caseload', () => {
  it('is deterministic and has 30 to 40 persons per consulent, all marked demo', () => {
    for (const key of ['consulent.emmen@inbeeld.demo', 'consulent.hoogeveen@inbeeld.demo', 'consulent.jobcoach@inbeeld.demo']) {
      const a = demoCaseload(key, TODAY, addWorkingDays);
      assert.deepEqual(a, demoCaseload(key, TODAY, addWorkingDays));
      assert.ok(a.length >= 30 && a.length <= 40, `${key}: ${a.length}`);
      assert.ok(a.every((p) => p.familyName.endsWith('(demo)')));
      assert.ok(a.every((p) => !['Jansen (demo)', 'Benali (demo)', 'de Boer (demo)'].includes(p.familyName)), 'named demo persons stay unique');
    }
  });

  it('has every state, history within 18 months, and dates that fit the state', () => {
    const persons = demoCaseload('consulent.emmen@inbeeld.demo', TODAY, addWorkingDays);
    const states = new Set(persons.map((p) => p.state));
    for (const s of ['nieuw', 'intake', 'plan', 'evaluatie-te-laat', 'afspraak-te-laat', 'vandaag', 'passief', 'geen-contact', 'overgang']) assert.ok(states.has(s as never), s);
    const oldest = persons.map((p) => p.createdOn).sort()[0]!;
    assert.ok(oldest >= '2024-12-15', oldest);
    for (const p of persons) {
      assert.ok(p.contacts.every((c) => c.date >= p.createdOn && c.date <= TODAY), `${p.state} contacts in range`);
      if (p.state === 'nieuw') assert.ok(!p.hasContactPerson && p.registration && p.registration.deadline > p.createdOn);
      if (p.state === 'evaluatie-te-laat') assert.ok(p.plan!.reviewDate < TODAY);
      if (p.state === 'afspraak-te-laat') assert.ok(p.agreements.some((a) => !a.done && a.dueDate < TODAY));
      if (p.state === 'plan') assert.ok(p.plan!.reviewDate > TODAY && p.agreements.every((a) => a.done || a.dueDate > TODAY));
      if (p.state === 'passief') assert.equal(p.caseload, 'passief');
      if (p.plan) assert.ok(p.plan.createdOn >= p.createdOn);
    }
  });
});
