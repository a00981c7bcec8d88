// `inbeeld rechtencheck-batch <in.csv> [--out out.csv] [--datum JJJJ-MM-DD]`:
// the Rechtencheck for a whole population from a CSV file (one person per
// row, fact names as column headers). Prints counts per instrument and
// outcome; writes one outcome per person and instrument with --out.
// All or nothing: a bad cell stops the run with exit code 2 and a message
// that names the line and the column.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gemeenten } from '../../content/reference/index.ts';
import { ENGINE_VERSION, GEMEENTE_PATTERN, OUTCOMES, evaluateBatch, parseFactsCsv, resultsToCsv, type BatchResult } from '../../domain/rechtencheck/index.ts';
import { splitCsv } from '../../domain/rechtencheck/csv.ts';

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

export const BATCH_USAGE = 'Gebruik: inbeeld rechtencheck-batch <personen.csv> [--out uitslag.csv] [--datum JJJJ-MM-DD]';
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

/** Runs the command; returns the exit code (0 ok, 2 bad input). */
export function runRechtencheckBatch(args: string[], io: BatchIo = nodeIo): number {
  const fail = (message: string): number => {
    io.stderr(`${message}\n`);
    return 2;
  };
  let values: { out?: string | boolean; datum?: string | boolean; help?: string | boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, datum: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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

  let result: BatchResult;
  try {
    result = evaluateBatch(parsed.columns, datum ? { date: datum } : {});
  } catch (error) {
    return fail(`--datum: ${(error as Error).message}.`);
  }
  io.stdout(
    `Rechtencheck voor ${result.length} ${result.length === 1 ? 'persoon' : 'personen'}, regels van ${result.date} (versie ${ENGINE_VERSION}).\n` +
      'Aantal personen per recht of voorziening en uitkomst. Dit zijn geen besluiten: de gemeente of UWV beslist.\n\n' +
      `${countsTable(result)}\n`,
  );
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
