// `inbeeld rechtencheck-batch <in.csv> [--out out.csv] [--datum JJJJ-MM-DD] [--variant naam=waarde]…`:
// the Rechtencheck for a whole population from a CSV file (one person per
// row, fact names as column headers). Prints counts per instrument and
// outcome; writes one outcome per person and instrument with --out. Each
// person gets the policy their gemeente recorded (when the database is
// reachable); --variant lays a policy change over it and reports per
// instrument how many outcomes change (what-if). Large files run on every core.
// All or nothing: a bad cell stops the run with exit code 2 and a message
// that names the line and the column.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gemeenten } from '../../content/reference/index.ts';
import { ENGINE_VERSION, GEMEENTE_PATTERN, OUTCOMES, evaluateBatch, parseFactsCsv, resultsToCsv, type BatchOptions, type BatchResult, type FactColumns, type GemeentePolicy } from '../../domain/rechtencheck/index.ts';
import { splitCsv } from '../../domain/rechtencheck/csv.ts';
import { resolveDate } from '../../domain/rechtencheck/engine.ts';
import { applyVariant, compareBatches, parseVariantTerms, type InstrumentChange, type PolicyVariant } from '../../domain/rechtencheck/whatif.ts';
import { BatchPool, PARALLEL_FROM } from './batch-parallel.ts';

export interface BatchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

const nodeIo: BatchIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
};

export const BATCH_USAGE = 'Gebruik: inbeeld rechtencheck-batch <personen.csv> [--out uitslag.csv] [--datum JJJJ-MM-DD] [--variant naam=waarde]…';

/** Where the command gets gemeente policies (the database) and whether it may use threads. */
export interface BatchDeps {
  /** The newest recorded policy per gemeente on a date; absent or failing: the national default for everyone. */
  policies?: (date: string) => Promise<Map<string, GemeentePolicy>>;
  /** Worker threads from this many persons (default PARALLEL_FROM; Infinity = never). */
  parallelFrom?: number;
}
const MAX_ERRORS_SHOWN = 20;

const knownGemeenten = new Set(gemeenten.map((g) => g.code));

/** The counts as a readable table. */
export function countsTable(result: BatchResult): string {
  const width = Math.max(10, ...result.instruments.map((i) => i.id.length)) + 2;
  const head = ['instrument'.padEnd(width), ...OUTCOMES.map((o) => o.padStart(o.length + 2))].join('');
  const rows = result.instruments.map((i) =>
    [i.id.padEnd(width), ...OUTCOMES.map((o) => String(i.counts[o]).padStart(o.length + 2))].join(''),
  );
  return [head, ...rows].join('\n');
}

/**
 * Reads recorded policies from the configured database: PostgreSQL when
 * DATABASE_URL is set, the embedded database when its folder exists. Never
 * creates a database just to find it empty.
 */
export function databasePolicies(config: { databaseUrl?: string | undefined; dataDir: string }): BatchDeps {
  if (!config.databaseUrl && !existsSync(config.dataDir)) return {};
  return {
    policies: async (date) => {
      const { connect } = await import('../../db/client.ts');
      const { policiesAt } = await import('../../db/rechtencheck-policy.ts');
      const db = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        return await policiesAt(db, date);
      } finally {
        await db.close();
      }
    },
  };
}

/** The what-if as a readable table: per instrument the persons whose outcome changes, and how. */
export function changesTable(changes: readonly InstrumentChange[]): string {
  const width = Math.max(10, ...changes.map((c) => c.id.length)) + 2;
  const lines = [`${'instrument'.padEnd(width)}veranderd  van -> naar (aantal)`];
  for (const c of changes) {
    const how = c.transitions.map((t) => `${t.from} -> ${t.to} (${t.count})`).join(', ');
    lines.push(`${c.id.padEnd(width)}${String(c.changed).padStart(9)}  ${how || '-'}`);
  }
  return lines.join('\n');
}

/** Per person an index into the policies: 0 = national default, then one per gemeente with a record. */
function policyColumns(columns: FactColumns, gemeenteCodes: readonly string[], recorded: Map<string, GemeentePolicy>): { policies: Partial<GemeentePolicy>[]; used: number } {
  const policies: Partial<GemeentePolicy>[] = [{}];
  const indexOf = new Map<string, number>();
  const pick = new Uint16Array(columns.length);
  gemeenteCodes.forEach((code, i) => {
    const policy = recorded.get(code);
    if (!policy) return;
    let at = indexOf.get(code);
    if (at === undefined) {
      at = policies.push(policy) - 1;
      indexOf.set(code, at);
    }
    pick[i] = at;
  });
  columns.policyIndex = pick;
  return { policies, used: indexOf.size };
}

/** Runs the command; returns the exit code (0 ok, 2 bad input). */
export async function runRechtencheckBatch(args: string[], io: BatchIo = nodeIo, deps: BatchDeps = {}): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`${message}\n`);
    return 2;
  };
  let values: { out?: string | boolean; datum?: string | boolean; help?: string | boolean; variant?: (string | boolean)[] };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, datum: { type: 'string' }, variant: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    return fail(`${(error as Error).message.replace(/^Unknown option/, 'Onbekende optie')}\n${BATCH_USAGE}`);
  }
  if (values.help) {
    io.stdout(`${BATCH_USAGE}\n`);
    return 0;
  }
  const file = positionals[0];
  if (!file) return fail(`Geef een CSV-bestand op.\n${BATCH_USAGE}`);
  if (positionals.length > 1) return fail(`Geef één CSV-bestand op, niet ${positionals.length}.\n${BATCH_USAGE}`);
  const datum = typeof values.datum === 'string' ? values.datum : undefined;
  if (datum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(datum)) return fail(`--datum moet de vorm JJJJ-MM-DD hebben, zoals 2026-01-31, niet "${datum}".`);
  let variant: PolicyVariant | null = null;
  if (values.variant?.length) {
    const parsedVariant = parseVariantTerms(values.variant.map(String));
    if (parsedVariant.errors.length) return fail(`--variant: ${parsedVariant.errors.join(' ')}`);
    variant = parsedVariant.variant;
  }

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return fail(`Het bestand ${file} kan niet worden gelezen: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'het bestaat niet' : (error as Error).message}.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(`Het bestand ${file} is leeg. De eerste regel moet de kolomnamen bevatten, zoals: gemeente,age,benefit`);

  const parsed = parseFactsCsv(body);
  // The header again, for column numbers in the messages.
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const rows = splitCsv(body, separator);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const errors = parsed.errors.map((e) => ({ ...e }));
  // The gemeente must exist (the domain checks only its form).
  const gemeenteColumn = header.indexOf('gemeente');
  if (gemeenteColumn >= 0) {
    rows.slice(1).forEach((cells, i) => {
      const code = (cells[gemeenteColumn] ?? '').trim().toUpperCase();
      if (GEMEENTE_PATTERN.test(code) && !knownGemeenten.has(code)) {
        errors.push({ row: i + 1, field: 'gemeente', message: `Er is geen gemeente met code ${code}.` });
      }
    });
  }
  if (parsed.columns.length === 0 && errors.length === 0) return fail(`Het bestand ${file} heeft kolomnamen maar geen personen.`);
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row || header.indexOf(a.field) - header.indexOf(b.field));
    const lines = errors.slice(0, MAX_ERRORS_SHOWN).map((e) => {
      const column = header.indexOf(e.field);
      const where = `regel ${e.row + 1}, kolom ${column >= 0 ? `${column + 1} (${e.field})` : e.field || '?'}`;
      return `- ${where}: ${e.message}`;
    });
    if (errors.length > MAX_ERRORS_SHOWN) lines.push(`- en nog ${errors.length - MAX_ERRORS_SHOWN} fout(en).`);
    return fail(`Niets uitgerekend: ${errors.length === 1 ? '1 fout' : `${errors.length} fouten`} in ${file}.\n${lines.join('\n')}`);
  }

  let date: string;
  try {
    date = resolveDate(datum);
  } catch (error) {
    return fail(`--datum: ${(error as Error).message}.`);
  }
  // Each person's gemeente policy, from the database when it can be read.
  const options: BatchOptions = { date };
  const codes = gemeenteColumn >= 0 ? rows.slice(1, parsed.columns.length + 1).map((cells) => (cells[gemeenteColumn] ?? '').trim().toUpperCase()) : [];
  let policyNote = 'Beleid: de landelijke standaard voor iedereen.';
  if (deps.policies && codes.length) {
    try {
      const { policies, used } = policyColumns(parsed.columns, codes, await deps.policies(date));
      options.policies = policies;
      policyNote = `Beleid: het vastgelegde beleid van ${used} ${used === 1 ? 'gemeente' : 'gemeenten'}; de landelijke standaard voor de rest.`;
    } catch (error) {
      policyNote = `Beleid: de landelijke standaard voor iedereen (het gemeentebeleid kon niet worden gelezen: ${(error as Error).message}).`;
    }
  }
  // Large files on every core (same outcomes as one thread).
  const pool = parsed.columns.length >= (deps.parallelFrom ?? PARALLEL_FROM) ? await BatchPool.start() : null;
  const run = (o: BatchOptions): Promise<BatchResult> | BatchResult => (pool ? pool.run(parsed.columns, o) : evaluateBatch(parsed.columns, o));
  let result: BatchResult;
  let changes: InstrumentChange[] | null = null;
  try {
    result = await run(options);
    if (variant) {
      const v = variant;
      const changed = await run({ ...options, policy: applyVariant(options.policy, v), ...(options.policies ? { policies: options.policies.map((p) => applyVariant(p, v)) } : {}) });
      changes = compareBatches(result, changed);
    }
  } finally {
    await pool?.close();
  }
  io.stdout(
    `Rechtencheck voor ${result.length} ${result.length === 1 ? 'persoon' : 'personen'}, regels van ${result.date} (versie ${ENGINE_VERSION}).\n` +
      `${policyNote}\n` +
      'Aantal personen per recht of voorziening en uitkomst. Dit zijn geen besluiten: de gemeente of UWV beslist.\n\n' +
      `${countsTable(result)}\n`,
  );
  if (changes && variant) {
    io.stdout(
      `\nWat als: ${Object.entries(variant).map(([k, v]) => `${k}=${v ?? 'geen'}`).join(', ')}.\n` +
        'Per recht of voorziening: hoeveel personen een andere uitkomst krijgen, en van welke naar welke.\n\n' +
        `${changesTable(changes)}\n`,
    );
  }
  if (typeof values.out === 'string') {
    try {
      io.writeFile(values.out, resultsToCsv(result));
    } catch (error) {
      return fail(`Kan ${values.out} niet schrijven: ${(error as Error).message}.`);
    }
    io.stdout(`\nUitslag per persoon geschreven naar ${values.out}.\n`);
  }
  return 0;
}
