// "Today" for the nazorg screens. The real date, unless a test moved the
// clock: the e2e test moves time forward to see check-ins and alerts become
// due, without editing data by hand. Only tests call setTodayForTests.
let fixed: string | null = null;

export function today(): string {
  return fixed ?? new Date().toISOString().slice(0, 10);
}

/** Test-only: pins "today" to an ISO date, or back to the real date with null. */
export function setTodayForTests(iso: string | null): void {
  if (iso !== null && !/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`Geen ISO-datum: ${iso}`);
  fixed = iso;
}
