// Disclosure control: a suppressed count must not be recoverable. The
// attacker here is independent of the audit in src/domain/sdc: a complete
// integer search (branch and bound) over every table consistent with what is
// published (each suppressed count at least 1, since zero counts are never
// suppressed) checks that every primary cell can take another value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { protect, protectGroup, recoverable, type Cell, type Constraint, type ProtectedCell } from '../../src/domain/sdc/index.ts';

type Domains = Map<string, [number, number]>;

/** Narrows the domains with every equation until nothing changes; false when some domain is empty. */
function propagate(constraints: Constraint[], known: Map<string, number>, dom: Domains): boolean {
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
          const ov = known.get(o);
          const [lo, hi] = ov !== undefined ? [ov, ov] : dom.get(o)!;
          min -= oc > 0 ? oc * hi : oc * lo;
          max -= oc > 0 ? oc * lo : oc * hi;
        }
        // coef * x = -(sum of others) lies in [min, max]
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

/** Is there an integer table consistent with what is published within these domains? Complete search. */
function solvable(constraints: Constraint[], known: Map<string, number>, dom: Domains): boolean {
  if (!propagate(constraints, known, dom)) return false;
  const open = [...dom].filter(([, d]) => d[0] < d[1]).sort((a, b) => a[1][1] - a[1][0] - (b[1][1] - b[1][0]));
  if (open.length === 0) return true;
  const [id, [lo, hi]] = open[0]!;
  const mid = Math.floor((lo + hi) / 2);
  const copy = (): Domains => new Map([...dom].map(([k, d]) => [k, [d[0], d[1]] as [number, number]]));
  const left = copy();
  left.get(id)![1] = mid;
  if (solvable(constraints, known, left)) return true;
  const right = copy();
  right.get(id)![0] = mid + 1;
  return solvable(constraints, known, right);
}

/** Primary cells whose value is the only one consistent with what is published (suppressed counts at least 1, no upper bound). */
function attack(cells: Cell[], constraints: Constraint[], prot: Map<string, ProtectedCell>): string[] {
  const known = new Map<string, number>();
  const hidden: string[] = [];
  for (const c of cells) {
    if (prot.get(c.id)!.shown !== null) known.set(c.id, c.value);
    else hidden.push(c.id);
  }
  // No upper bound is known to the attacker; far above every count is as good as none here.
  const big = 1000 * (1 + Math.max(...cells.map((c) => c.value)));
  const base = (): Domains => new Map(hidden.map((id) => [id, [1, big] as [number, number]]));
  const leaked: string[] = [];
  for (const c of cells) {
    if (prot.get(c.id)!.status !== 'primary') continue;
    const below = base();
    below.get(c.id)![1] = c.value - 1;
    const above = base();
    above.get(c.id)![0] = c.value + 1;
    if (!solvable(constraints, known, below) && !solvable(constraints, known, above)) leaked.push(c.id);
  }
  return leaked;
}

function assertSafe(cells: Cell[], constraints: Constraint[], minimum = 5) {
  const prot = protect(cells, constraints, { minimum });
  for (const c of cells) {
    const p = prot.get(c.id)!;
    if (c.value > 0 && c.value < minimum) assert.equal(p.shown, null, `cell ${c.id} (${c.value}) is below the minimum and must be hidden`);
    if (p.shown !== null) assert.equal(p.shown, c.value);
    if (c.value === 0) assert.equal(p.shown, 0, 'zero counts stay visible');
  }
  const leaked = attack(cells, constraints, prot);
  assert.deepEqual(leaked, [], `primary cells can be recovered: ${leaked}. Table ${JSON.stringify(cells)}`);
}

/** An r×c table with row totals, column totals and a grand total. */
function table2d(values: number[][]): { cells: Cell[]; constraints: Constraint[] } {
  const r = values.length;
  const c = values[0]!.length;
  const cells: Cell[] = [];
  const constraints: Constraint[] = [];
  let grand = 0;
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) cells.push({ id: `${i},${j}`, value: values[i]![j]! });
  for (let i = 0; i < r; i++) {
    const sum = values[i]!.reduce((a, b) => a + b, 0);
    grand += sum;
    cells.push({ id: `${i},T`, value: sum });
    constraints.push({ total: `${i},T`, parts: Array.from({ length: c }, (_, j) => `${i},${j}`) });
  }
  for (let j = 0; j < c; j++) {
    cells.push({ id: `T,${j}`, value: values.reduce((a, row) => a + row[j]!, 0) });
    constraints.push({ total: `T,${j}`, parts: Array.from({ length: r }, (_, i) => `${i},${j}`) });
  }
  cells.push({ id: 'T,T', value: grand });
  constraints.push({ total: 'T,T', parts: Array.from({ length: r }, (_, i) => `${i},T`) });
  constraints.push({ total: 'T,T', parts: Array.from({ length: c }, (_, j) => `T,${j}`) });
  return { cells, constraints };
}

const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 14 }));

describe('statistical disclosure control', () => {
  it('hides counts below the minimum and keeps the rest', () => {
    const { cells, constraints } = table2d([[12, 3], [20, 9]]);
    const prot = protect(cells, constraints);
    assert.equal(prot.get('0,1')!.status, 'primary');
    // One hidden cell in a row with a published total would be a subtraction away: more must go.
    const hidden = [...prot.values()].filter((p) => p.shown === null).map((p) => p.id).sort();
    assert.ok(hidden.length >= 4, `expected a rectangle of hidden cells, got ${hidden}`);
    assert.equal(recoverable(cells, constraints, new Set(hidden)).has('0,1'), false);
  });

  it('the attacker finds what primary suppression alone leaves open', () => {
    const { cells, constraints } = table2d([[12, 3], [20, 9]]);
    const onlyPrimary = new Map(cells.map((c) => [c.id, { id: c.id, status: (c.value < 5 ? 'primary' : 'shown') as 'primary' | 'shown', shown: c.value < 5 ? null : c.value }]));
    assert.deepEqual(attack(cells, constraints, onlyPrimary), ['0,1']);
    const pair = [{ id: 't', value: 12 }, { id: 'a', value: 1 }, { id: 'b', value: 1 }, { id: 'c', value: 10 }];
    const pairHidden = new Map(pair.map((c) => [c.id, { id: c.id, status: (c.value < 5 ? 'primary' : 'shown') as 'primary' | 'shown', shown: c.value < 5 ? null : c.value }]));
    assert.deepEqual(attack(pair, [{ total: 't', parts: ['a', 'b', 'c'] }], pairHidden), ['a', 'b'], 'x + y = 2 with both at least 1');
  });

  it('a one-line table: a lone small count takes another with it', () => {
    const cells = [{ id: 't', value: 30 }, { id: 'a', value: 2 }, { id: 'b', value: 20 }, { id: 'c', value: 8 }];
    const prot = protect(cells, [{ total: 't', parts: ['a', 'b', 'c'] }]);
    assert.equal(prot.get('a')!.shown, null);
    assert.equal(prot.get('c')!.shown, null, 'the smallest other part is hidden too');
    assert.equal(prot.get('b')!.shown, 20);
    assert.equal(prot.get('t')!.shown, 30);
  });

  it('two small counts adding up to 2 are not enough (each would be 1)', () => {
    const cells = [{ id: 't', value: 12 }, { id: 'a', value: 1 }, { id: 'b', value: 1 }, { id: 'c', value: 10 }];
    assertSafe(cells, [{ total: 't', parts: ['a', 'b', 'c'] }]);
  });

  it('uses a configurable minimum and optional rounding', () => {
    const cells = [{ id: 't', value: 40 }, { id: 'a', value: 7 }, { id: 'b', value: 33 }];
    const k = [{ total: 't', parts: ['a', 'b'] }];
    assert.equal(protect(cells, k).get('a')!.shown, 7);
    assert.equal(protect(cells, k, { minimum: 10 }).get('a')!.shown, null);
    const rounded = protect(cells, k, { roundTo: 5 });
    assert.equal(rounded.get('b')!.shown, 35);
    assert.equal(rounded.get('a')!.shown, 5);
  });

  it('no suppressed cell of a random table can be recovered from its margins', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((r) => fc.integer({ min: 2, max: 4 }).chain((c) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }))),
        (values) => {
          const { cells, constraints } = table2d(values);
          assertSafe(cells, constraints);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('nor from the difference between two periods (period A, period B and A+B published)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count), { minLength: 2, maxLength: 5 }), (rows) => {
        // Rows are categories; columns are period A, period B; the margin column is A+B.
        const { cells, constraints } = table2d(rows.map(([a, b]) => [a, b]));
        assertSafe(cells, constraints);
      }),
      { numRuns: 150 },
    );
  });

  it('nor from two breakdowns of the same total, over two periods', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count), { minLength: 2, maxLength: 4 }), fc.array(count, { minLength: 1, maxLength: 3 }), fc.array(count, { minLength: 1, maxLength: 3 }), (first, extra0, extra1) => {
        // The second breakdown regroups the same people: its last row makes the totals match.
        const totals = [0, 1].map((p) => first.reduce((s, r) => s + r[p]!, 0));
        const second = [extra0, extra1];
        const rows2: number[][] = [[], []];
        for (const p of [0, 1]) {
          let left = totals[p]!;
          for (const v of second[p]!) { const take = Math.min(v, left); rows2[p]!.push(take); left -= take; }
          rows2[p]!.push(left);
        }
        const n2 = Math.max(rows2[0]!.length, rows2[1]!.length);
        const breakdowns = [
          { key: 'a', rows: first.map((r, i) => ({ key: `${i}`, counts: [r[0], r[1]] })) },
          { key: 'b', rows: Array.from({ length: n2 }, (_, i) => ({ key: `${i}`, counts: [rows2[0]![i] ?? 0, rows2[1]![i] ?? 0] })) },
        ];
        const group = protectGroup(2, totals, breakdowns);
        // Rebuild the same cells and constraints to attack them.
        const cells: Cell[] = totals.map((v, p) => ({ id: `t:${p}`, value: v }));
        const constraints: Constraint[] = [];
        const prot = new Map<string, ProtectedCell>(group.totals.map((c) => [c.id, c]));
        for (const b of breakdowns) for (const p of [0, 1]) {
          const parts = b.rows.map((r) => `${b.key}:${r.key}:${p}`);
          b.rows.forEach((r) => cells.push({ id: `${b.key}:${r.key}:${p}`, value: r.counts[p]! }));
          constraints.push({ total: `t:${p}`, parts });
        }
        for (const b of group.breakdowns) for (const r of b.rows) for (const c of r.cells) prot.set(c.id, c);
        assert.deepEqual(attack(cells, constraints, prot), []);
      }),
      { numRuns: 100 },
    );
  });
});
