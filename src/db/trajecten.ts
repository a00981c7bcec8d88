// Trajecten: intake, contact person, self-registration, plan with agreements,
// contact moments, transition events and caseload views, one file per part
// in src/db/trajecten/. This module keeps the one import path callers use.
export * from './trajecten/labels.ts';
export * from './trajecten/registrations.ts';
export * from './trajecten/intake.ts';
export * from './trajecten/plan.ts';
export * from './trajecten/contacts.ts';
export * from './trajecten/caseload.ts';
