import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { srgFields } from '../../src/content/monitor/srg.ts';
import { isValidBsn } from '../../src/domain/bsn.ts';
import { checkLines, previousMonth, srgCsv, srgFile, srgMonth, type SrgPlacement } from '../../src/features/monitor/srg.ts';

const nov = srgMonth('2026-11', '2026-12-02')!;
const base: SrgPlacement = {
  placementId: '6f1c2a3b-0000-4000-8000-000000000001',
  bsn: '111222333',
  gemeenteCode: 'GM0114',
  startDate: '2026-10-01',
  endDate: null,
  contractKind: 'vast',
  contractEnd: null,
  instruments: ['loonkostensubsidie', 'jobcoach', 'no-riskpolis'],
  lksDecisionEnd: '2026-11-15',
  jobcoachEnd: '2027-03-01',
};

describe('SRG file', () => {
  it('reads the month and defaults to the month before', () => {
    assert.deepEqual(nov, { month: '2026-11', first: '2026-11-01', last: '2026-11-30' });
    assert.equal(srgMonth('2027-01', '2026-12-02'), null, 'a future month cannot be delivered');
    assert.equal(srgMonth('2026-13', '2026-12-02'), null);
    assert.equal(srgMonth('2024-02', '2026-12-02')!.last, '2024-02-29');
    assert.equal(previousMonth('2026-01-15'), '2025-12');
  });

  it('writes one line per running voorziening, with the guideline formats', () => {
    assert.ok(isValidBsn(base.bsn!));
    const r = srgFile([base], nov);
    assert.deepEqual(r.lines.map((l) => [l.gemeentecode, l.verslagmaand, l.typeCode, l.begin, l.einde]), [
      ['0114', '202611', '', '20261001', '20261115'], // lks decision ends in the month
      ['0114', '202611', '30', '20261001', ''], // jobcoach runs past the month: no end yet
    ]);
    assert.deepEqual(r.withoutCode, { Loonkostensubsidie: 1 });
    assert.deepEqual(checkLines(r.lines), []);
    const csv = srgCsv(r.lines).split('\r\n');
    assert.equal(csv[0], srgFields.map((f) => f.name).join(';'));
    assert.equal(csv[1], `0114;202611;111222333;;Loonkostensubsidie;${base.placementId}-loonkostensubsidie;20261001;20261115`);
  });

  it('leaves out voorzieningen outside the month and counts who has no valid BSN', () => {
    const ended = { ...base, placementId: '6f1c2a3b-0000-4000-8000-000000000002', endDate: '2026-10-31', lksDecisionEnd: null };
    const later = { ...base, placementId: '6f1c2a3b-0000-4000-8000-000000000003', startDate: '2026-12-01' };
    const noBsn = { ...base, placementId: '6f1c2a3b-0000-4000-8000-000000000004', bsn: null, contractKind: 'proefplaatsing', instruments: [] };
    const badBsn = { ...base, placementId: '6f1c2a3b-0000-4000-8000-000000000005', bsn: '123456789' };
    const r = srgFile([ended, later, noBsn, badBsn], nov);
    assert.equal(r.lines.length, 0);
    assert.deepEqual(r.leftOut, { 'geen-bsn': 1, 'bsn-ongeldig': 2 });
    assert.deepEqual(r.personsLeftOut, { 'geen-bsn': 1, 'bsn-ongeldig': 1 });
  });

  it('every line of any generated file meets the field rules', () => {
    const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    const placement = fc.record({
      start: day,
      length: fc.option(fc.integer({ min: 0, max: 400 })),
      kind: fc.constantFrom('vast', 'tijdelijk', 'proefplaatsing', 'beschut-werk'),
      instruments: fc.subarray(['loonkostensubsidie', 'jobcoach', 'no-riskpolis', 'werkplekvoorziening', 'vervoersvoorziening']),
      lks: fc.option(day),
      n: fc.integer({ min: 0, max: 99999 }),
    });
    fc.assert(
      fc.property(fc.array(placement, { maxLength: 20 }), fc.integer({ min: 0, max: 23 }), (ps, mo) => {
        const month = srgMonth(new Date(Date.UTC(2025, mo, 1)).toISOString().slice(0, 7), '2027-01-01')!;
        const input: SrgPlacement[] = ps.map((p, i) => {
          const end = p.length === null ? null : new Date(Date.parse(p.start) + p.length * 864e5).toISOString().slice(0, 10);
          return { ...base, placementId: `6f1c2a3b-0000-4000-8000-${String(i).padStart(12, '0')}`, bsn: '111222333', startDate: p.start, endDate: end, contractKind: p.kind, contractEnd: null, instruments: p.instruments, lksDecisionEnd: p.lks && p.lks >= p.start ? p.lks : null, jobcoachEnd: null };
        });
        const r = srgFile(input, month);
        assert.deepEqual(checkLines(r.lines), []);
        for (const l of r.lines) assert.ok(l.begin <= month.last.replaceAll('-', '') && (l.einde === '' || l.einde >= month.first.replaceAll('-', '')));
      }),
    );
  });
});
