// The shape the monitor publishes: breakdowns of a total (by source, by
// reason, ...) for one or more periods. Two breakdowns of the same total
// share the total cell, so they are protected together.
import { protect } from './suppress.ts';
import type { Cell, Constraint, ProtectedCell, SdcOptions } from './types.ts';

export interface Breakdown {
  key: string;
  /** Count per category, for each period (same order as `periods`). */
  rows: Array<{ key: string; counts: number[] }>;
}

export interface ProtectedBreakdown {
  key: string;
  rows: Array<{ key: string; cells: ProtectedCell[] }>;
}

export interface ProtectedGroup {
  totals: ProtectedCell[];
  breakdowns: ProtectedBreakdown[];
}

/**
 * Protects breakdowns that each add up to the same total per period.
 * `totals[p]` is the total for period p; every breakdown's rows add up to it.
 */
export function protectGroup(periods: number, totals: number[], breakdowns: Breakdown[], options: SdcOptions = {}): ProtectedGroup {
  const cells: Cell[] = [];
  const constraints: Constraint[] = [];
  const tid = (p: number) => `t:${p}`;
  for (let p = 0; p < periods; p++) cells.push({ id: tid(p), value: totals[p] ?? 0 });
  for (const b of breakdowns) {
    for (let p = 0; p < periods; p++) {
      const parts: string[] = [];
      for (const r of b.rows) {
        const id = `${b.key}:${r.key}:${p}`;
        cells.push({ id, value: r.counts[p] ?? 0 });
        parts.push(id);
      }
      constraints.push({ total: tid(p), parts });
    }
  }
  const prot = protect(cells, constraints, options);
  return {
    totals: Array.from({ length: periods }, (_, p) => prot.get(tid(p))!),
    breakdowns: breakdowns.map((b) => ({
      key: b.key,
      rows: b.rows.map((r) => ({ key: r.key, cells: Array.from({ length: periods }, (_, p) => prot.get(`${b.key}:${r.key}:${p}`)!) })),
    })),
  };
}
