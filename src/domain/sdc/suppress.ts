// Primary and secondary cell suppression with an audit loop, after the
// approach of τ-ARGUS and sdcTable: suppress every count below the minimum
// (primary), then, while the audit (audit.ts) can still recover a primary
// cell, suppress one more cell on one of its equations: the smallest
// non-zero published part, else the total (secondary). Zero counts are never
// suppressed: they are not disclosive and hiding them would not hide anything
// from someone who knows the rule.
import { recoverable } from './audit.ts';
import { DEFAULT_MINIMUM, type Cell, type Constraint, type ProtectedCell, type SdcOptions } from './types.ts';

export function protect(cells: readonly Cell[], constraints: readonly Constraint[], options: SdcOptions = {}): Map<string, ProtectedCell> {
  const minimum = options.minimum ?? DEFAULT_MINIMUM;
  const roundTo = options.roundTo && options.roundTo > 1 ? Math.floor(options.roundTo) : 1;
  const byId = new Map(cells.map((c) => [c.id, c]));
  for (const k of constraints) for (const id of [k.total, ...k.parts]) if (!byId.has(id)) throw new Error(`sdc: constraint names unknown cell ${id}`);
  const primary = new Set(cells.filter((c) => c.value > 0 && c.value < minimum).map((c) => c.id));
  const suppressed = new Set(primary);
  // Each round adds one cell, so this ends after at most cells.length rounds.
  for (let round = 0; round <= cells.length; round++) {
    // The cheap attacks first; the integer search only once they find nothing.
    let found = [...recoverable(cells, constraints, suppressed, primary, { integer: false }).keys()];
    if (!found.some((id) => primary.has(id))) found = [...recoverable(cells, constraints, suppressed, primary).keys()];
    const leaked = found.filter((id) => primary.has(id));
    if (leaked.length === 0) break;
    // First on the leaked cell's own equations, then on those of any recovered cell.
    const next = pickSecondary(leaked, constraints, byId, suppressed) ?? pickSecondary(found, constraints, byId, suppressed);
    if (!next) {
      // Nothing left to hide next to them: publish none of the non-zero counts rather than leak one.
      for (const c of cells) if (c.value > 0) suppressed.add(c.id);
      break;
    }
    suppressed.add(next);
  }
  const out = new Map<string, ProtectedCell>();
  for (const c of cells) {
    const status = primary.has(c.id) ? 'primary' : suppressed.has(c.id) ? 'secondary' : 'shown';
    out.set(c.id, { id: c.id, status, shown: status === 'shown' ? round(c.value, roundTo) : null });
  }
  return out;
}

function round(v: number, base: number): number {
  return base === 1 ? v : Math.round(v / base) * base;
}

/** The cheapest cell to add: on an equation of a leaked cell, the smallest non-zero part, else a total. */
function pickSecondary(leaked: string[], constraints: readonly Constraint[], byId: Map<string, Cell>, suppressed: ReadonlySet<string>): string | null {
  let best = null as { id: string; cost: number } | null;
  for (const id of leaked) {
    for (const k of constraints) {
      if (k.total !== id && !k.parts.includes(id)) continue;
      const candidates = [...k.parts.map((p) => ({ p, total: false })), { p: k.total, total: true }];
      for (const { p, total } of candidates) {
        if (suppressed.has(p)) continue;
        const v = byId.get(p)!.value;
        if (v <= 0) continue;
        // Totals are what readers need most: only when no part will do.
        const cost = v + (total ? 1e9 : 0);
        if (!best || cost < best.cost) best = { id: p, cost };
      }
    }
    if (best) return best.id;
  }
  return best?.id ?? null;
}
