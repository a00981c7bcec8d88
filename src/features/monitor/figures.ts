// Turns grouped counts into protected figure tables: every breakdown of one
// figure shares its total per period, and all are protected together
// (src/domain/sdc), so no hidden count can be worked out from the others,
// from the total or from the other period.
import type { CountRow, Durations } from '../../db/monitor/queries.ts';
import { protectGroup, protect, type ProtectedCell, type SdcOptions } from '../../domain/sdc/index.ts';

export interface FigureRow {
  key: string;
  label: string;
  cur: ProtectedCell;
  prev: ProtectedCell;
}

export interface FigureTable {
  key: string;
  caption: string;
  /** Column header for the categories. */
  header: string;
  rows: FigureRow[];
  total: { cur: ProtectedCell; prev: ProtectedCell } | null;
}

export interface Stat {
  label: string;
  cur: { median: number | null; p90: number | null };
  prev: { median: number | null; p90: number | null };
}

export interface Figure {
  key: string;
  title: string;
  definition: { version: number; validFrom: string; text: string };
  tables: FigureTable[];
  stats: Stat[];
}

export interface BreakdownSpec {
  key: string;
  caption: string;
  header: string;
  /** Which field of the row is the category, and how a category is named. */
  pick: (r: CountRow) => string;
  labels: Record<string, string>;
}

/** Sums rows by category, in the order of `labels` (categories not in it come last, named as they are). */
function summed(rows: CountRow[], spec: BreakdownSpec): Array<{ key: string; counts: number[] }> {
  const map = new Map<string, number[]>();
  for (const k of Object.keys(spec.labels)) map.set(k, [0, 0]);
  for (const r of rows) {
    const k = spec.pick(r);
    const c = map.get(k) ?? [0, 0];
    c[0]! += r.cur;
    c[1]! += r.prev;
    map.set(k, c);
  }
  return [...map].map(([key, counts]) => ({ key, counts }));
}

/** Breakdowns of the same people (each adds up to the same total). */
export function breakdownTables(rows: CountRow[], specs: BreakdownSpec[], sdc: SdcOptions): FigureTable[] {
  const totals = [rows.reduce((s, r) => s + r.cur, 0), rows.reduce((s, r) => s + r.prev, 0)];
  const parts = specs.map((s) => ({ spec: s, rows: summed(rows, s) }));
  const group = protectGroup(2, totals, parts.map((p) => ({ key: p.spec.key, rows: p.rows })), sdc);
  return parts.map((p, i) => ({
    key: p.spec.key,
    caption: p.spec.caption,
    header: p.spec.header,
    rows: group.breakdowns[i]!.rows.map((r) => ({ key: r.key, label: p.spec.labels[r.key] ?? r.key, cur: r.cells[0]!, prev: r.cells[1]! })),
    total: { cur: group.totals[0]!, prev: group.totals[1]! },
  }));
}

/**
 * A funnel: each step is a subset of the one before. Published are the
 * number reaching each step and the number leaving after it; step k =
 * step k+1 + left after k, protected together.
 */
export function funnelTable(reached: Array<{ key: string; label: string; counts: number[] }>, caption: string, sdc: SdcOptions): FigureTable {
  const cells: Array<{ id: string; value: number }> = [];
  const constraints: Array<{ total: string; parts: string[] }> = [];
  for (let p = 0; p < 2; p++) {
    reached.forEach((s, i) => {
      cells.push({ id: `${s.key}:${p}`, value: s.counts[p]! });
      const next = reached[i + 1];
      if (next) {
        cells.push({ id: `left-${s.key}:${p}`, value: s.counts[p]! - next.counts[p]! });
        constraints.push({ total: `${s.key}:${p}`, parts: [`${next.key}:${p}`, `left-${s.key}:${p}`] });
      }
    });
  }
  const prot = protect(cells, constraints, sdc);
  const rows: FigureRow[] = [];
  reached.forEach((s, i) => {
    rows.push({ key: s.key, label: s.label, cur: prot.get(`${s.key}:0`)!, prev: prot.get(`${s.key}:1`)! });
    if (reached[i + 1]) rows.push({ key: `left-${s.key}`, label: `Niet verder na: ${s.label.toLowerCase()}`, cur: prot.get(`left-${s.key}:0`)!, prev: prot.get(`left-${s.key}:1`)! });
  });
  return { key: 'trechter', caption, header: 'Stap', rows, total: null };
}

/** A median or percentile over fewer people than the minimum is not shown either. */
export function stat(label: string, d: Durations, minimum: number): Stat {
  const keep = (x: { n: number; median: number | null; p90: number | null }) =>
    x.n >= minimum ? { median: round1(x.median), p90: round1(x.p90) } : { median: null, p90: null };
  return { label, cur: keep(d.cur), prev: keep(d.prev) };
}

const round1 = (v: number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);
