// Keeps personal data out of application logs: BSNs (recognised by the
// 11-proef, so ordinary 9-digit numbers stay readable), e-mail addresses and
// Dutch phone numbers are replaced before a line is written.
import { isValidBsn } from './bsn.ts';

const nineDigits = /(?<!\d)(\d[\s.-]?){8}\d(?!\d)/g;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const phone = /(?<!\d)(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}(?!\d)/g;

export function scrubText(text: string): string {
  return text
    .replace(nineDigits, (match) => (isValidBsn(match) ? '[BSN]' : match))
    .replace(email, '[e-mail]')
    .replace(phone, '[telefoon]');
}

/** Scrubs every string inside a log object (bounded depth, no cycles). */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, depth + 1);
  return out;
}
