// Load generator for bench/search.bench.ts, in its own process so it does not
// share the server's event loop. Receives a job over IPC, sends keep-alive
// HTTP requests with Accept-Encoding: br for a fixed time, and answers with the
// number of requests and their client-side latencies.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadJob {
  port: number;
  paths: string[];
  durationMs: number;
  concurrency: number;
}

export interface LoadResult {
  count: number;
  perSecond: number;
  times: number[];
  errors: number;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const times: number[] = [];
  let errors = 0;
  let i = 0;
  const end = performance.now() + job.durationMs;
  const one = (path: string) =>
    new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: job.port, path, agent, headers: { 'accept-encoding': 'br' } }, (res) => {
        if (res.statusCode !== 200) errors++;
        res.on('data', () => undefined);
        res.on('end', () => resolve());
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  async function worker() {
    while (performance.now() < end) {
      const path = job.paths[i++ % job.paths.length]!;
      const t0 = performance.now();
      await one(path);
      times.push(performance.now() - t0);
    }
  }
  const start = performance.now();
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  const elapsed = performance.now() - start;
  agent.destroy();
  return { count: times.length, perSecond: (times.length / elapsed) * 1000, times, errors };
}

process.on('message', (job: LoadJob) => {
  void run(job).then((result) => process.send!(result));
});
