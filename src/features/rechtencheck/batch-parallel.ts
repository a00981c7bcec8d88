// The Rechtencheck batch on every core: the population is split into one
// range per worker thread; the columns and the outcome arrays live in
// SharedArrayBuffers, so nothing is copied. Same outcomes as evaluateBatch
// (both run evaluateRange). A pool is started once and reused.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { batchResult, createColumns, evaluateBatch, type BatchOptions, type BatchResult, type FactColumns } from '../../domain/rechtencheck/batch.ts';
import { resolveDate } from '../../domain/rechtencheck/engine.ts';
import { RULES } from '../../domain/rechtencheck/rules/index.ts';
import type { RangeTask } from './batch-worker.ts';

/** Below this many persons one thread is faster than handing out work. */
export const PARALLEL_FROM = 50_000;

function isShared(columns: FactColumns): boolean {
  return columns.age.buffer instanceof SharedArrayBuffer;
}

/** A copy of the columns in shared memory (no copy when they already are). */
export function toShared(columns: FactColumns): FactColumns {
  if (isShared(columns)) return columns;
  const shared = createColumns(columns.length, true);
  for (const key of Object.keys(shared) as (keyof FactColumns)[]) {
    const from = columns[key];
    const to = shared[key];
    if (ArrayBuffer.isView(from) && ArrayBuffer.isView(to)) (to as Uint8Array).set(from as Uint8Array);
  }
  if (columns.policyIndex) {
    shared.policyIndex = new Uint16Array(new SharedArrayBuffer(2 * columns.length));
    shared.policyIndex.set(columns.policyIndex);
  }
  return shared;
}

export class BatchPool {
  private next = 0;
  private readonly pending = new Map<number, { resolve(counts: Float64Array): void; reject(error: Error): void }>();

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', (m: { id: number; counts?: Float64Array; error?: string }) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error !== undefined || !m.counts) p?.reject(new Error(m.error ?? 'worker gave no counts'));
        else p?.resolve(m.counts);
      });
      worker.on('error', (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
    }
  }

  /** Starts `threads` workers (default: one per core) and waits until they are ready. */
  static async start(threads = availableParallelism()): Promise<BatchPool> {
    const url = new URL(`./batch-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
    // Under tsx (development, tests) the worker registers the TypeScript loader itself
    // (Node 20 does not run --import in workers); the build is plain JavaScript.
    const boot = () =>
      url.pathname.endsWith('.ts')
        ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true })
        : new Worker(url);
    const workers = Array.from({ length: Math.max(1, threads) }, boot);
    await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.once('online', resolve).once('error', reject))));
    return new BatchPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  async run(input: FactColumns, options: BatchOptions = {}): Promise<BatchResult> {
    const n = input.length;
    const date = resolveDate(options.date);
    if (n < PARALLEL_FROM || this.workers.length === 1) return evaluateBatch(input, { ...options, date });
    const columns = toShared(input);
    const outcomes = RULES.map(() => new Uint8Array(new SharedArrayBuffer(n)));
    const step = Math.ceil(n / this.workers.length);
    const parts = await Promise.all(
      this.workers.map((worker, w) => {
        const id = this.next++;
        const task: RangeTask = { id, columns, options: { ...options, date }, from: w * step, to: Math.min(n, (w + 1) * step), outcomes };
        return new Promise<Float64Array>((resolve, reject) => {
          this.pending.set(id, { resolve, reject });
          worker.postMessage(task);
        });
      }),
    );
    const counts = new Float64Array(RULES.length * 5);
    for (const part of parts) for (let k = 0; k < counts.length; k++) counts[k]! += part[k]!;
    // The result's outcome arrays stay shared; callers read them like any Uint8Array.
    return batchResult(n, date, outcomes, counts);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
