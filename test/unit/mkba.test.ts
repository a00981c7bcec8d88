import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeMkba, inForce, type MkbaParameter } from '../../src/domain/mkba.ts';

const fonds: MkbaParameter = { key: 'gemeentefonds-lks', label: 'Gemeentefonds', side: 'gemeente', per: 'per persoon per jaar', amount: 6776, validFrom: '2024-01-01', source: 'Cedris en Divosa (2024)', sourceUrl: null };

describe('business case (MKBA)', () => {
  it('computes costs and returns for the gemeente by hand', () => {
    const r = computeMkba(
      { peopleInView: 100, placementsWithLks: 10, placementsWithoutLks: 5, durability12: 0.8, consulentHoursPerPerson: 20, hourlyRate: 80, jobcoachCostPerPlacement: 3000, lksCostPerPlacement: 12000, bijstandAvoidedPerPlacement: 0 },
      [fonds],
    );
    assert.deepEqual(r.gemeente.costs.map((c) => c.amount), [160000, 45000, 120000]);
    // 10 placements with LKS, 80% still working: 8 × 6,776.
    assert.equal(r.gemeente.returns[0]!.amount, 54208);
    assert.equal(r.gemeente.net, 54208 - 325000);
    assert.match(r.gemeente.returns[0]!.basis, /Cedris en Divosa \(2024\)/);
    assert.equal(r.samenleving.net, -325000, 'the Gemeentefonds is a transfer, not a gain for society');
    assert.ok(r.notCounted.length > 0);
  });

  it('uses the parameter value in force on the day', () => {
    const newer = { ...fonds, amount: 7000, validFrom: '2026-01-01' };
    assert.equal(inForce([fonds, newer], '2025-06-01')[0]!.amount, 6776);
    assert.equal(inForce([fonds, newer], '2026-06-01')[0]!.amount, 7000);
    assert.deepEqual(inForce([newer], '2025-01-01'), []);
  });
});
