// The load generator, in its own process (started by bench/load/run.ts), so
// its CPU use is not the server's. Runs autocannon against 127.0.0.1 only for
// a bounded time and prints one JSON line with the figures.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

interface Job {
  label: string;
  url: string;
  connections: number;
  seconds: number;
  requests: Array<autocannon.Request & { varyBody?: boolean }>;
  headers?: Record<string, string>;
  /** Bodies for the requests marked varyBody: each such request takes the next one, over all connections. */
  bodies?: string[];
}

// The job as JSON, or the path of a file that holds it (the bodies can be too long for an argument).
const arg = process.argv[2] ?? '{}';
const job = JSON.parse(arg.startsWith('{') ? arg : readFileSync(arg, 'utf8')) as Job;
let nextBody = 0;
const bodies = job.bodies ?? [];
const requests: autocannon.Request[] = job.requests.map(({ varyBody, ...request }) =>
  varyBody && bodies.length ? { ...request, setupRequest: (r: autocannon.Request) => ({ ...r, body: bodies[nextBody++ % bodies.length] }) } : request,
);
if (new URL(job.url).hostname !== '127.0.0.1') throw new Error('load tests run against 127.0.0.1 only');

// autocannon's own percentiles have no p95 (its list jumps from 90 to 97.5):
// keep every response time and take exact percentiles of them.
const times: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    { url: job.url, connections: job.connections, duration: job.seconds, timeout: 20, headers: job.headers, requests },
    (err, res) => (err ? reject(err) : resolve(res)),
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
});
times.sort((a, b) => a - b);
const pct = (p: number) => (times.length === 0 ? 0 : Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!));
const bad = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !/^[23]/.test(code)).reduce((n, [, v]) => n + (v.count ?? 0), 0);
process.stdout.write(
  `${JSON.stringify({
    label: job.label,
    connections: job.connections,
    seconds: job.seconds,
    requests: times.length,
    rps: times.length / job.seconds,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: result.errors + bad,
    timeouts: result.timeouts,
  })}\n`,
);
