// The keys of PostgreSQL advisory locks, in one place so no two uses share one by accident.
// Each is taken with pg_advisory_xact_lock, so it is held until its transaction ends.
export const ADVISORY_LOCK = {
  /** One instance at a time applies migrations (src/db/migrate.ts). */
  migrate: 8151,
  /** One import of transitions at a time per organisation, with the organisation's hash as second key (src/features/transities/import.ts). */
  transitionImport: 8152,
  /** One instance at a time starts the job queue (src/features/jobs/queue.ts). */
  jobStart: 8153,
} as const;
