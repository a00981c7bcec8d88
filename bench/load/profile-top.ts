// Top functions by self time in a V8 CPU profile (node --cpu-prof), as a
// plain table: where the server spends its time under bench/load/run.ts
// (LOAD_CPU_PROF=dir). Self time per sample is the gap to the next sample.
//   npx tsx bench/load/profile-top.ts prof/CPU.*.cpuprofile [rows] [--from=S] [--to=S]
// With several files (the main thread and worker threads each write one), the
// largest is read: that is the thread that served the requests.
import { readFileSync, statSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const args = process.argv.slice(2);
// --from=S --to=S: only the samples between S seconds after the profile's start (one scenario of the run).
const secondsArg = (name: string) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? NaN);
const from = secondsArg('from');
const to = secondsArg('to');
const rowsArg = args.find((a) => /^\d+$/.test(a));
const file = args
  .filter((a) => a !== rowsArg && !a.startsWith('--'))
  .map((f) => ({ f, size: statSync(f).size }))
  .sort((a, b) => b.size - a.size)[0]?.f;
if (!file) throw new Error('usage: profile-top.ts <file.cpuprofile ...> [rows]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
let at = 0;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  if ((!Number.isNaN(from) && at < from * 1e6) || (!Number.isNaN(to) && at > to * 1e6)) continue;
  const n = byId.get(profile.samples[i]!)!;
  const where = n.callFrame.url.replace(/^.*\/node_modules\//, 'npm:').replace(/^file:\/\/.*?\/src\//, 'src/');
  const key = `${n.callFrame.functionName || '(anonymous)'} ${where}${where ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
}
const byPackage = new Map<string, number>();
for (const [key, us] of self) {
  const pkg = /npm:(@[^/]+\/[^/]+|[^/]+)/.exec(key)?.[1] ?? (key.includes(' src/') ? 'src' : key.split(' ')[0]!.startsWith('(') ? key.split(' ')[0]! : 'node');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}
const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${(total / 1e6).toFixed(1)} s sampled in ${file}`);
console.log('\nself time by package:');
for (const [k, us] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(us)}  ${k}`);
console.log('\nself time by function:');
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rowsArg ?? 30))) console.log(`${pct(us)}  ${k}`);
