// Trajecten: intake, contact person, self-registration, plan with agreements,
// contact moments, transition events and caseload views, one file per part
// in src/db/trajecten/. This index re-exports them for the feature code.
export * from './labels.ts';
export * from './registrations.ts';
export * from './intake.ts';
export * from './plan.ts';
export * from './contacts.ts';
export * from './caseload.ts';
