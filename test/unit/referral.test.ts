// The referral state machine (src/domain/referral.ts): property-based tests
// with fast-check over arbitrary sequences of actions by any role, with any
// input, plus the fixed facts of the lifecycle and its FHIR mapping.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  availableActions,
  fhirTaskStatus,
  finalStates,
  outcomes,
  reasons,
  referralActions,
  referralRoles,
  referralStates,
  replay,
  requirementOf,
  rules,
  stateForPerson,
  transition,
  type ReferralAction,
  type ReferralChange,
  type ReferralRole,
  type ReferralState,
} from '../../src/domain/referral.ts';

const reasonCodes = Object.keys(reasons);
const outcomeCodes = Object.keys(outcomes);

/** Any input at all: valid codes, wrong codes, empty strings, missing fields, long notes. */
const anyInput = fc.record(
  {
    reason: fc.oneof(fc.constantFrom(...reasonCodes), fc.constant(''), fc.string({ maxLength: 12 }), fc.constant(null)),
    note: fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 40 }), fc.string({ minLength: 501, maxLength: 520 }), fc.constant(null)),
    outcome: fc.oneof(fc.constantFrom(...outcomeCodes), fc.constant(''), fc.string({ maxLength: 12 }), fc.constant(null)),
    followUpReferralId: fc.oneof(fc.uuid(), fc.constant(''), fc.constant(null)),
  },
  { requiredKeys: [] },
);

const anyStep = fc.record({
  action: fc.oneof(fc.constantFrom(...referralActions), fc.string({ maxLength: 10 })),
  role: fc.constantFrom(...referralRoles),
  input: anyInput,
});

/** Steps biased toward what is allowed, so long runs reach every state. */
const likelyStep = fc.record({
  action: fc.constantFrom(...referralActions),
  role: fc.constantFrom(...referralRoles),
  input: fc.record({
    reason: fc.constantFrom(...reasonCodes),
    note: fc.constantFrom('', 'toelichting'),
    outcome: fc.constantFrom(...outcomeCodes),
    followUpReferralId: fc.constantFrom(null, '7b7c1b0e-6d0b-4a55-9a3e-1d2f3c4b5a69'),
  }),
});

function checkChange(c: ReferralChange, state: ReferralState) {
  const rule = rules[c.action];
  assert.ok(rule.from.includes(c.from), `${c.action} is not allowed from ${c.from}`);
  assert.ok(rule.roles.includes(c.role), `${c.role} may not ${c.action}`);
  assert.equal(c.to, rule.to);
  assert.equal(state, c.to);
  const need = requirementOf(c.to);
  if (need === 'reason') {
    assert.ok(c.reason !== null && (rule.reasons ?? []).includes(c.reason), `reason for ${c.to}: ${c.reason}`);
    if (c.reason === 'anders') assert.ok(c.note && c.note.trim().length > 0, 'anders needs a note');
  } else {
    assert.equal(c.reason, null, `no reason stored for ${c.to}`);
  }
  if (need === 'outcome') {
    assert.ok(c.outcome !== null && c.outcome in outcomes, `outcome for afgerond: ${c.outcome}`);
    if (c.outcome === 'elders-verwezen') assert.ok(c.followUpReferralId, 'referred elsewhere links the follow-on referral');
    else assert.equal(c.followUpReferralId, null);
  } else {
    assert.equal(c.outcome, null, `no outcome stored for ${c.to}`);
    assert.equal(c.followUpReferralId, null);
  }
  if (c.note !== null) assert.ok(c.note.length <= 500 && c.note.length > 0);
  // Sender-only and receiver-only states.
  if (c.to === 'verstuurd' || c.to === 'ingetrokken') assert.equal(c.role, 'sender');
  if (['geaccepteerd', 'afgewezen', 'in_behandeling', 'gepauzeerd', 'afgerond', 'niet_gelukt'].includes(c.to)) assert.notEqual(c.role, 'sender');
}

describe('referral state machine (property-based)', () => {
  it('no sequence of actions by any role, with any input, reaches an illegal state or skips a required reason or outcome', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyStep, likelyStep), { maxLength: 40 }), (steps) => {
        let state: ReferralState = 'concept';
        const history: ReferralChange[] = [];
        for (const step of steps) {
          const before = state;
          const result = transition(state, step.action, step.role, step.input);
          if (result.ok) {
            checkChange(result.change, result.state);
            assert.ok(!finalStates.includes(before), `nothing leaves a final state (${before})`);
            history.push(result.change);
            state = result.state;
          } else {
            assert.ok(result.error.length > 10, 'a Dutch message');
            assert.match(result.error, /[a-z]/);
            assert.ok(['actie', 'reason', 'note', 'outcome', 'followUp'].includes(result.field));
          }
          assert.ok((referralStates as readonly string[]).includes(state));
          if (state !== 'concept') assert.ok(history.some((h) => h.action === 'versturen') || state === 'ingetrokken', 'every state after concept was sent (or withdrawn as a concept)');
        }
        // The stored history replays to the same state.
        assert.equal(replay(history), state);
      }),
      { numRuns: 2000 },
    );
  });

  it('a refused action changes nothing: the same call always gives the same answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...referralStates), anyStep, (state, step) => {
        const a = transition(state, step.action, step.role, step.input);
        const b = transition(state, step.action, step.role, step.input);
        assert.deepEqual(a, b);
      }),
      { numRuns: 1000 },
    );
  });

  it('every action that needs a reason refuses to go without one, and "anders" without a note', () => {
    fc.assert(
      fc.property(fc.constantFrom(...referralStates), fc.constantFrom(...referralRoles), (state, role) => {
        for (const action of availableActions(state, role)) {
          const rule = rules[action];
          if (rule.reasons) {
            assert.equal(transition(state, action, role, {}).ok, false);
            assert.equal(transition(state, action, role, { reason: 'onzin' }).ok, false);
            if (rule.reasons.includes('anders')) assert.equal(transition(state, action, role, { reason: 'anders', note: '   ' }).ok, false);
            assert.equal(transition(state, action, role, { reason: rule.reasons[0]! }).ok, true);
          }
          if (rule.outcome) {
            assert.equal(transition(state, action, role, {}).ok, false);
            assert.equal(transition(state, action, role, { outcome: 'elders-verwezen' }).ok, false, 'referred elsewhere needs the follow-on referral');
            assert.equal(transition(state, action, role, { outcome: 'geholpen' }).ok, true);
          }
        }
      }),
    );
  });

  it('a role can never take an action that is not its own, from any state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...referralStates), fc.constantFrom(...referralActions), fc.constantFrom(...referralRoles), anyInput, (state, action, role, input) => {
        const result = transition(state, action, role, input);
        if (!rules[action].roles.includes(role) || !rules[action].from.includes(state)) assert.equal(result.ok, false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('referral lifecycle', () => {
  it('every state is reachable from concept, and final states have no way out', () => {
    const seen = new Set<ReferralState>(['concept']);
    const queue: ReferralState[] = ['concept'];
    while (queue.length) {
      const s = queue.shift()!;
      for (const role of referralRoles) {
        for (const a of availableActions(s, role)) {
          const to = rules[a].to;
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
    }
    assert.deepEqual([...seen].sort(), [...referralStates].sort());
    for (const s of finalStates) for (const role of referralRoles) assert.deepEqual(availableActions(s, role), [], `${s} is final`);
  });

  it('the sender cannot accept and the receiver cannot withdraw', () => {
    const sent = transition('concept', 'versturen', 'sender');
    assert.ok(sent.ok && sent.state === 'verstuurd');
    const byReceiver = transition('concept', 'versturen', 'receiver');
    assert.deepEqual(byReceiver, { ok: false, error: 'Versturen: dit mag alleen de verwijzende organisatie.', field: 'actie' });
    const senderAccepts = transition('verstuurd', 'accepteren', 'sender');
    assert.equal(senderAccepts.ok, false);
    assert.match(!senderAccepts.ok ? senderAccepts.error : '', /alleen de ontvangende organisatie/);
    const receiverWithdraws = transition('geaccepteerd', 'intrekken', 'receiver', { reason: 'andere-oplossing' });
    assert.equal(receiverWithdraws.ok, false);
    assert.equal(transition('verstuurd', 'accepteren', 'external').ok, true);
    assert.equal(transition('geaccepteerd', 'pauzeren', 'external', { reason: 'wachtlijst' }).ok, false, 'the e-mailed link offers accept, decline and close only');
  });

  it('walks the whole happy path with pause and resume, and replays it', () => {
    const steps: Array<{ action: ReferralAction; role: ReferralRole; reason?: string; outcome?: string }> = [
      { action: 'versturen', role: 'sender' },
      { action: 'accepteren', role: 'receiver' },
      { action: 'starten', role: 'receiver' },
      { action: 'pauzeren', role: 'receiver', reason: 'wachtlijst' },
      { action: 'hervatten', role: 'receiver' },
      { action: 'afronden', role: 'receiver', outcome: 'aan-het-werk' },
    ];
    assert.equal(replay(steps), 'afgerond');
    assert.throws(() => replay([{ action: 'accepteren', role: 'receiver' }]), /geschiedenis klopt niet/);
  });

  it('maps every state to a FHIR Task status', () => {
    assert.deepEqual(fhirTaskStatus, {
      concept: 'draft', verstuurd: 'requested', geaccepteerd: 'accepted', afgewezen: 'rejected', in_behandeling: 'in-progress',
      gepauzeerd: 'on-hold', afgerond: 'completed', niet_gelukt: 'failed', ingetrokken: 'cancelled',
    });
  });

  it('tells the person the status in plain words', () => {
    assert.equal(stateForPerson('verstuurd', 'Stap Verder', null), 'Je bent aangemeld bij Stap Verder. We wachten op hun antwoord.');
    assert.match(stateForPerson('afgerond', 'Stap Verder', 'aan-het-werk'), /klaar\. Je bent aan het werk gegaan\./);
    for (const s of referralStates) assert.ok(!/_/.test(stateForPerson(s, 'X', 'geholpen')), 'no codes in the text');
  });
});
