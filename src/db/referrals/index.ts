// Warme overdracht: referrals between organisations, the handover of the
// fixed contact person, the person's own link and the report. The queries
// live in src/db/referrals/, split by what they serve; this index re-exports
// them for callers outside the overdracht feature. Like src/db/persons.ts,
// every query that touches a person checks access in SQL with
// inbeeld_may_see and writes a processing-log line in the same transaction.
// The state machine is src/domain/referral.ts.
export {
  ACCESS_AFTER_CLOSE_DAYS,
  DEFAULT_ESCALATION_WORKING_DAYS,
  DEFAULT_RESPONSE_WORKING_DAYS,
  EXTERNAL_LINK_DAYS,
  PERSON_LINK_DAYS,
  TOKEN_PATTERN,
  newToken,
  tokenHash,
  type ConsentMethod,
} from './shared.ts';
export * from './policy.ts';
export * from './send.ts';
export * from './actions.ts';
export * from './read.ts';
export * from './report.ts';
export * from './handover.ts';
export * from './person-link.ts';
