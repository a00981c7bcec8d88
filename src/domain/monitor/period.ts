// The monitor's periods: a month, quarter or year (calendar-aligned, so that
// published figures do not overlap in ways that allow subtraction), or a
// free range; each compared with the period of the same length before it.
export type PeriodKind = 'maand' | 'kwartaal' | 'jaar' | 'vrij';
export const periodKinds: Record<PeriodKind, string> = { maand: 'Maand', kwartaal: 'Kwartaal', jaar: 'Jaar', vrij: 'Zelf kiezen (van en tot en met)' };

export interface Period {
  /** First day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Last day, inclusive. */
  to: string;
  label: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function isIsoDay(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
}

/** The period of this kind that contains `day`. */
export function periodOf(kind: Exclude<PeriodKind, 'vrij'>, day: string): Period {
  const d = new Date(`${day}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (kind === 'maand') return { from: iso(utc(y, m, 1)), to: iso(utc(y, m + 1, 0)), label: `${months[m]} ${y}` };
  if (kind === 'kwartaal') {
    const q = Math.floor(m / 3);
    return { from: iso(utc(y, q * 3, 1)), to: iso(utc(y, q * 3 + 3, 0)), label: `kwartaal ${q + 1} van ${y}` };
  }
  return { from: iso(utc(y, 0, 1)), to: iso(utc(y, 11, 31)), label: `${y}` };
}

export function freePeriod(from: string, to: string): Period {
  return { from, to, label: `${from} tot en met ${to}` };
}

/** The period just before: the previous month, quarter or year, or a free range of the same number of days. */
export function previousPeriod(kind: PeriodKind, p: Period): Period {
  const before = iso(new Date(Date.parse(`${p.from}T00:00:00Z`) - 86_400_000));
  if (kind !== 'vrij') return periodOf(kind, before);
  const days = Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000);
  const from = iso(new Date(Date.parse(`${before}T00:00:00Z`) - days * 86_400_000));
  return freePeriod(from, before);
}
