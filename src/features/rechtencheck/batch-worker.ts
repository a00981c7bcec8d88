// One worker thread of the Rechtencheck batch: evaluates the rows it is given
// over shared arrays and sends back the counts of its range.
import { parentPort } from 'node:worker_threads';
import { evaluateRange, type BatchOptions, type FactColumns } from '../../domain/rechtencheck/batch.ts';

export interface RangeTask {
  id: number;
  columns: FactColumns;
  options: BatchOptions;
  from: number;
  to: number;
  outcomes: Uint8Array[];
}

parentPort!.on('message', (task: RangeTask) => {
  try {
    const counts = evaluateRange(task.columns, task.options, task.from, task.to, task.outcomes);
    parentPort!.postMessage({ id: task.id, counts });
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: (error as Error).message });
  }
});
