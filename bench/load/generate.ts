// The load generator, in its own process (started by bench/load/run.ts), so
// its CPU use is not the server's. Runs autocannon against 127.0.0.1 only for
// a bounded time and prints one JSON line with the figures.
import autocannon from 'autocannon';

interface Job {
  label: string;
  url: string;
  connections: number;
  seconds: number;
  requests: autocannon.Request[];
  headers?: Record<string, string>;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
if (new URL(job.url).hostname !== '127.0.0.1') throw new Error('load tests run against 127.0.0.1 only');

const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  timeout: 20,
  headers: job.headers,
  requests: job.requests,
});
const bad = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !/^[23]/.test(code)).reduce((n, [, v]) => n + (v.count ?? 0), 0);
process.stdout.write(
  `${JSON.stringify({
    label: job.label,
    connections: job.connections,
    seconds: job.seconds,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: (result.latency as unknown as Record<string, number>).p95 ?? result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + bad,
    timeouts: result.timeouts,
  })}\n`,
);
