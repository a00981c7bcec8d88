// The next-action rule shared by the worklist SQL and the dossier summary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextAction, nextActionKinds } from '../../src/domain/next-action.ts';
import { NEXT_ACTION_KINDS_SQL_CHECK } from '../../src/db/trajecten/caseload.ts';

describe('next action', () => {
  it('is the earliest dated candidate; undated ones do not count', () => {
    const n = nextAction([
      { kind: 'plan', due: '2026-05-01' },
      { kind: 'contact', due: null },
      { kind: 'overgang', due: '2026-03-10' },
      { kind: 'afspraak', due: '2026-04-01', label: 'Afspraak: cv maken' },
    ]);
    assert.deepEqual(n, { due: '2026-03-10', kind: 'overgang', label: 'Overgang opvolgen', anchor: 'transities' });
  });

  it('breaks a tie on the date by the order of the kinds, and keeps a more precise label', () => {
    const n = nextAction([
      { kind: 'plan', due: '2026-04-01' },
      { kind: 'afspraak', due: '2026-04-01', label: 'Afspraak: cv maken' },
    ]);
    assert.equal(n?.kind, 'afspraak');
    assert.equal(n?.label, 'Afspraak: cv maken');
  });

  it('is null without any dated candidate', () => {
    assert.equal(nextAction([{ kind: 'contact', due: undefined }]), null);
  });

  it('the worklist SQL is built from the same kinds: every label and rank appears in it', () => {
    nextActionKinds.forEach((k, rank) => assert.ok(NEXT_ACTION_KINDS_SQL_CHECK.includes(`${rank} as rank, '${k.label}' as label`), k.key));
  });
});
