// Statements on embedded PGlite over the extended protocol, the way the pg
// driver runs them on a server. PGlite's own query() sends Parse, Describe,
// Bind, Describe, Execute and Sync as six calls into the database, and parses
// and plans the text every time. Here:
// - a named Statement (see `prepared` in client.ts) is parsed once and kept,
//   as on PostgreSQL: Bind, Execute and Sync go as one call, and after five
//   runs PostgreSQL may keep a generic plan instead of planning each time;
// - a plain text is parsed and planned each time, as on PostgreSQL (an
//   unnamed statement), in two calls: Parse with Describe, to learn the
//   parameter types its values are written as, then Bind, Execute and Sync.
// On the demo region this took the consulent mix of bench/load from 96 to
// 235 requests/s at 50 connections (issue 17). Values are written and rows
// read with PGlite's own serializers and parsers, so results do not change.
import { parse as pgliteParse, protocol, type messages, type PGlite } from '@electric-sql/pglite';

/** The shape of client.ts's Statement (importing it would make an import cycle, which test/unit/import-cycles.test.ts forbids). */
interface Named {
  readonly name: string;
  readonly text: string;
}

const { serialize } = protocol;

/** Named statements kept at most (the least recently used is closed): each holds its plan in PGlite's memory. */
export const PGLITE_STATEMENTS = 200;

interface Described {
  paramTypes: number[];
  /** The row description, or null for a statement without rows (an insert without returning). */
  fields: messages.RowDescriptionMessage | null;
}

const PLAN_CHANGED = '0A000'; // cached plan must not change result type (a table it reads changed)
const NO_STATEMENT = '26000'; // prepared statement does not exist (deallocated by a script)

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export class PgliteStatements {
  /** By statement name, least recently used first. */
  private readonly named = new Map<string, Described>();
  // Two statements of one transaction may be asked for at the same time (Promise.all over tx.query):
  // each runs whole before the next, so one's Bind never meets the other's unnamed Parse.
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  /** Runs one statement; `inTransaction` false syncs PGlite's file system afterwards, as its query() does. */
  run<T>(sql: string | Named, params: unknown[], inTransaction: boolean): Promise<T[]> {
    const result = this.tail.then(() => this.runNow<T>(sql, params, inTransaction));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Forgets the named statements (after a script that may have changed tables, such as a migration). */
  async forget(): Promise<void> {
    if (this.named.size === 0) return;
    this.named.clear();
    await this.pglite.exec('deallocate all');
  }

  private async runNow<T>(sql: string | Named, params: unknown[], inTransaction: boolean): Promise<T[]> {
    if (typeof sql === 'string') return this.execute<T>('', await this.describe('', sql), params, inTransaction);
    const attempt = async () => this.execute<T>(sql.name, await this.namedStatement(sql.name, sql.text), params, inTransaction);
    try {
      return await attempt();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // Outside a transaction the statement can be parsed again and run once more; inside one the
      // transaction has failed already, and the error goes to the caller.
      if (inTransaction || (code !== PLAN_CHANGED && code !== NO_STATEMENT)) throw error;
      this.named.delete(sql.name);
      await this.close(sql.name);
      return attempt();
    }
  }

  private async namedStatement(name: string, text: string): Promise<Described> {
    const known = this.named.get(name);
    if (known) {
      this.named.delete(name);
      this.named.set(name, known);
      return known;
    }
    const described = await this.describe(name, text);
    this.named.set(name, described);
    if (this.named.size > PGLITE_STATEMENTS) {
      const oldest = this.named.keys().next().value as string;
      this.named.delete(oldest);
      await this.close(oldest);
    }
    return described;
  }

  private async describe(name: string, text: string): Promise<Described> {
    const reply = await this.pglite.execProtocolStream(concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]), { syncToFs: false });
    return {
      paramTypes: pgliteParse.parseDescribeStatementResults(reply),
      fields: (reply.find((m) => m.name === 'rowDescription') as messages.RowDescriptionMessage | undefined) ?? null,
    };
  }

  private async execute<T>(name: string, described: Described, params: unknown[], inTransaction: boolean): Promise<T[]> {
    // As PGlite's query(): a value is written by the serializer of the type PostgreSQL expects, else as text.
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const write = this.pglite.serializers[described.paramTypes[i]!];
      return write ? write(value) : String(value);
    });
    const reply = await this.pglite.execProtocolStream(concat([serialize.bind({ statement: name, values: values as string[] }), serialize.execute({}), serialize.sync()]), { syncToFs: !inTransaction });
    const [result] = pgliteParse.parseResults(described.fields ? [described.fields, ...reply] : reply, this.pglite.parsers);
    return (result?.rows ?? []) as T[];
  }

  private async close(name: string): Promise<void> {
    await this.pglite.execProtocolStream(concat([serialize.close({ type: 'S', name }), serialize.sync()]), { syncToFs: false });
  }
}
