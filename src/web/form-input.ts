// Reading url-encoded form bodies: every field arrives as a string, a list of
// strings, or not at all. Shared by every feature's form service.
export type FormBody = Record<string, unknown>;

/** A trimmed text field; the first value when a field was sent twice. `max` cuts off what no rule allows anyway. */
export function text(body: FormBody, name: string, max = 100_000): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim().slice(0, max) : '';
}

/** The non-empty values of a field that may be sent several times (checkboxes). */
export function list(body: FormBody, name: string, max = 200): string[] {
  const v = body[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '').slice(0, max);
}

/** A real calendar date in ISO form (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
