// The attacker: what can someone recover about the suppressed cells from the
// published cells and the known constraints? Two attacks, repeated until
// nothing new is learned:
// 1. exact linear algebra: a suppressed cell is recovered when it is fixed by
//    the equations alone (its unit vector lies in the row space);
// 2. interval propagation on each equation with the bound that every
//    suppressed count is at least 1 (zero counts are never suppressed), which
//    finds cells pinned by bounds, e.g. x + y = 2.
// 3. for the cells still hidden after that, a complete integer search
//    (branch and bound on the same bounds) for a table in which the cell has
//    another value; a cell without one, or whose search runs out of budget,
//    counts as recovered.
// This is the audit step τ-ARGUS runs after secondary suppression.
import type { Cell, Constraint } from './types.ts';

const EPS = 1e-9;

/** Ids of suppressed cells that the attacker can compute exactly, with the value they get. `only` limits the integer search to these cells (the primaries). */
export function recoverable(cells: readonly Cell[], constraints: readonly Constraint[], suppressed: ReadonlySet<string>, only?: ReadonlySet<string>, options: { integer?: boolean } = {}): Map<string, number> {
  const value = new Map(cells.map((c) => [c.id, c.value]));
  const known = new Map<string, number>();
  for (const c of cells) if (!suppressed.has(c.id)) known.set(c.id, c.value);
  const found = new Map<string, number>();
  for (;;) {
    const before = found.size;
    for (const id of linearlyFixed(constraints, known)) {
      if (!found.has(id)) found.set(id, value.get(id)!);
      known.set(id, value.get(id)!);
    }
    for (const id of pinnedByBounds(constraints, known)) {
      if (!found.has(id)) found.set(id, value.get(id)!);
      known.set(id, value.get(id)!);
    }
    if (found.size === before) break;
  }
  if (options.integer === false) return found;
  for (const id of suppressed) {
    if (found.has(id) || (only && !only.has(id))) continue;
    const v = value.get(id)!;
    if (!hasOtherValue(constraints, known, id, v)) found.set(id, v);
  }
  return found;
}

type Domains = Map<string, [number, number]>;

function hasOtherValue(constraints: readonly Constraint[], known: ReadonlyMap<string, number>, id: string, v: number): boolean {
  const unknown = [...new Set(constraints.flatMap((k) => [k.total, ...k.parts]))].filter((x) => !known.has(x));
  if (!unknown.includes(id)) return true; // on no equation: nothing tells the attacker anything
  // No upper bound is known; twice everything published plus a margin leaves room for any other table.
  const big = 2 * ([...known.values()].reduce((s, x) => s + x, 0) + v) + 10;
  const budget = { nodes: 20_000 };
  for (const [lo, hi] of [[1, v - 1], [v + 1, big]] as const) {
    if (lo > hi) continue;
    const dom: Domains = new Map(unknown.map((x) => [x, [1, big] as [number, number]]));
    dom.set(id, [lo, hi]);
    const r = feasible(constraints, known, dom, budget);
    if (r === true) return true;
    if (r === 'budget') return false;
  }
  return false;
}

function propagate(constraints: readonly Constraint[], known: ReadonlyMap<string, number>, dom: Domains): boolean {
  for (let changed = true; changed; ) {
    changed = false;
    for (const k of constraints) {
      const terms: Array<[string, number]> = [[k.total, -1], ...k.parts.map((p): [string, number] => [p, 1])];
      for (const [id, coef] of terms) {
        const d = dom.get(id);
        if (!d) continue;
        let min = 0;
        let max = 0;
        for (const [o, oc] of terms) {
          if (o === id) continue;
          const kv = known.get(o);
          const [lo, hi] = kv !== undefined ? [kv, kv] : dom.get(o)!;
          min -= oc > 0 ? oc * hi : oc * lo;
          max -= oc > 0 ? oc * lo : oc * hi;
        }
        const lo = coef > 0 ? min : -max;
        const hi = coef > 0 ? max : -min;
        if (lo > d[0]) { d[0] = lo; changed = true; }
        if (hi < d[1]) { d[1] = hi; changed = true; }
        if (d[0] > d[1]) return false;
      }
    }
  }
  return true;
}

function feasible(constraints: readonly Constraint[], known: ReadonlyMap<string, number>, dom: Domains, budget: { nodes: number }): boolean | 'budget' {
  if (--budget.nodes < 0) return 'budget';
  if (!propagate(constraints, known, dom)) return false;
  let pick: string | null = null;
  let width = Infinity;
  for (const [x, d] of dom) if (d[0] < d[1] && d[1] - d[0] < width) { pick = x; width = d[1] - d[0]; }
  if (pick === null) return true;
  const [lo, hi] = dom.get(pick)!;
  const mid = Math.floor((lo + hi) / 2);
  for (const [a, b] of [[lo, mid], [mid + 1, hi]] as const) {
    const next: Domains = new Map([...dom].map(([k, d]) => [k, [d[0], d[1]] as [number, number]]));
    next.set(pick, [a, b]);
    const r = feasible(constraints, known, next, budget);
    if (r !== false) return r;
  }
  return false;
}

/** Equations over the unknown cells: sum(coef * x) = rhs. */
function equations(constraints: readonly Constraint[], known: ReadonlyMap<string, number>): Array<{ terms: Map<string, number>; rhs: number }> {
  const out: Array<{ terms: Map<string, number>; rhs: number }> = [];
  for (const c of constraints) {
    const terms = new Map<string, number>();
    let rhs = 0;
    const add = (id: string, coef: number) => {
      const k = known.get(id);
      if (k !== undefined) rhs -= coef * k;
      else terms.set(id, (terms.get(id) ?? 0) + coef);
    };
    add(c.total, -1);
    for (const p of c.parts) add(p, 1);
    for (const [id, coef] of terms) if (Math.abs(coef) < EPS) terms.delete(id);
    if (terms.size > 0) out.push({ terms, rhs });
  }
  return out;
}

/** Unknown cells whose value the equations fix: a row of the reduced row echelon form is a unit vector. */
function linearlyFixed(constraints: readonly Constraint[], known: ReadonlyMap<string, number>): string[] {
  const eqs = equations(constraints, known);
  const vars = [...new Set(eqs.flatMap((e) => [...e.terms.keys()]))];
  const index = new Map(vars.map((v, i) => [v, i]));
  const rows = eqs.map((e) => {
    const r = new Array<number>(vars.length).fill(0);
    for (const [id, coef] of e.terms) r[index.get(id)!] = coef;
    return r;
  });
  let lead = 0;
  const pivotRows: number[] = [];
  for (let col = 0; col < vars.length && lead < rows.length; col++) {
    let best = lead;
    for (let i = lead + 1; i < rows.length; i++) if (Math.abs(rows[i]![col]!) > Math.abs(rows[best]![col]!)) best = i;
    if (Math.abs(rows[best]![col]!) < EPS) continue;
    [rows[lead], rows[best]] = [rows[best]!, rows[lead]!];
    const pivot = rows[lead]![col]!;
    const pr = rows[lead]!.map((x) => x / pivot);
    rows[lead] = pr;
    for (let i = 0; i < rows.length; i++) {
      if (i === lead) continue;
      const f = rows[i]![col]!;
      if (Math.abs(f) < EPS) continue;
      rows[i] = rows[i]!.map((x, j) => x - f * pr[j]!);
    }
    pivotRows.push(col);
    lead++;
  }
  const fixed: string[] = [];
  for (let r = 0; r < pivotRows.length; r++) {
    const nonzero = rows[r]!.filter((x) => Math.abs(x) > EPS).length;
    if (nonzero === 1) fixed.push(vars[pivotRows[r]!]!);
  }
  return fixed;
}

/** Unknown cells pinned by interval propagation, each unknown at least 1. */
function pinnedByBounds(constraints: readonly Constraint[], known: ReadonlyMap<string, number>): string[] {
  const eqs = equations(constraints, known);
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const e of eqs) for (const id of e.terms.keys()) { lo.set(id, 1); hi.set(id, Infinity); }
  // Each pass can only narrow bounds; integer counts make this finish, the cap keeps it short.
  for (let pass = 0; pass < 50; pass++) {
    let changed = false;
    for (const e of eqs) {
      for (const [id, coef] of e.terms) {
        // coef * x = rhs - sum(others)
        let min = e.rhs;
        let max = e.rhs;
        for (const [other, oc] of e.terms) {
          if (other === id) continue;
          const a = oc * lo.get(other)!;
          const b = oc * hi.get(other)!;
          min -= Math.max(a, b);
          max -= Math.min(a, b);
        }
        let newLo = coef > 0 ? min / coef : max / coef;
        let newHi = coef > 0 ? max / coef : min / coef;
        if (Number.isNaN(newLo)) newLo = -Infinity;
        if (Number.isNaN(newHi)) newHi = Infinity;
        newLo = Math.ceil(newLo - EPS);
        newHi = Math.floor(newHi + EPS);
        if (newLo > lo.get(id)! ) { lo.set(id, newLo); changed = true; }
        if (newHi < hi.get(id)!) { hi.set(id, newHi); changed = true; }
      }
    }
    if (!changed) break;
  }
  return [...lo.keys()].filter((id) => lo.get(id) === hi.get(id));
}
