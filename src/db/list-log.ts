// One processing-log line for a page that reads several lists (Vandaag):
// each read adds the persons it returned, and the page writes one line naming
// all of them before it answers, instead of one write per list. Every person
// read is still named; a page view is one processing operation.
import type { Queryable } from './client.ts';
import { logProcessing, type Actor } from './persons.ts';

export class ListLog {
  private readonly pseudonyms = new Set<string>();

  add(pseudonyms: Iterable<string>): void {
    for (const p of pseudonyms) this.pseudonyms.add(p);
  }

  get size(): number {
    return this.pseudonyms.size;
  }

  /** One 'persoon.lijst' line (one statement, both log tables) naming everyone added; nothing when empty. */
  write(db: Queryable, actor: Actor): Promise<void> {
    return logProcessing(db, actor, 'persoon.lijst', [...this.pseudonyms]);
  }
}

/**
 * Runs a list read and its log line (`fn`). The log line is one statement
 * (both log tables) written before anything is shown, and a read has nothing
 * to roll back: no transaction is needed around them, which saves the BEGIN
 * and COMMIT round trips. A `db` that can only run transactions gets one.
 */
export function readList<T>(db: Partial<Queryable> & { transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> }, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.query ? fn(db as Queryable) : db.transaction(fn);
}
