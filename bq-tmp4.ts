import { createColumns, evaluateBatch } from './src/domain/rechtencheck/batch.ts';
import { ENUMS } from './src/domain/rechtencheck/facts.ts';
const n = 1_000_000; const c = createColumns(n);
let seed = 1; const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
for (const k of Object.keys(ENUMS) as (keyof typeof ENUMS)[]) { const a = c[k]; const m = ENUMS[k].length + 1; for (let i = 0; i < n; i++) a[i] = Math.floor(rnd() * m); }
for (let i = 0; i < n; i++) { c.age[i] = Math.floor(rnd() * 80) - 2; c.jobContractMonths[i] = Math.floor(rnd()*30)-2; c.jobHoursPerWeek[i] = Math.floor(rnd()*40)-2; c.loonwaarde[i] = Math.floor(rnd()*120)-2; }
for (let rep = 0; rep < 2; rep++) { const t0 = performance.now(); evaluateBatch(c, { date: '2026-11-23' }); console.log('evaluateBatch', (performance.now()-t0).toFixed(0)); }
