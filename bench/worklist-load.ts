// Load generator for bench/worklist.bench.ts, in its own process so its work
// does not count as server time. Reads a JSON plan from argv[2]: the base URL
// and, per target, a path, a cookie and a number of requests. Sends them one
// after another, round-robin over the targets so a change in machine load
// hits every target alike, and exits; the server measures its own time.
const plan = JSON.parse(process.argv[2]!) as { base: string; targets: Array<{ path: string; cookie: string; n: number }> };
const rounds = Math.max(...plan.targets.map((t) => t.n));
for (let i = 0; i < rounds; i++) {
  for (const t of plan.targets) {
    if (i >= t.n) continue;
    const res = await fetch(plan.base + t.path, { headers: { cookie: t.cookie, 'accept-encoding': 'br' } });
    if (res.status !== 200) throw new Error(`${t.path}: ${res.status}`);
    await res.arrayBuffer();
  }
}
