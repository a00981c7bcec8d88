// CSV in and out for the batch mode. Pure functions: text in, columns out,
// and results in, text out. The CLI around it lives elsewhere.
//
// Input: a header row with fact names as in RechtencheckFacts (age, benefit,
// ...); any subset, in any order. Separator ',' or ';' (detected from the
// header). With ';' a decimal comma is allowed. An empty cell means "not
// given"; 'onbekend' or 'weet ik niet' means "don't know".
import { outcomeName } from './codes.ts';
import { createColumns, getRow, setRow, type BatchResult, type FactColumns } from './batch.ts';
import { FACT_KEYS, NUMBER_KEYS, validateFacts, type FactKey, type FieldError, type RechtencheckFacts } from './facts.ts';

export interface CsvRowError extends FieldError {
  /** Data row number, starting at 1 (the header is row 0). */
  row: number;
}

export interface ParsedFactsCsv {
  columns: FactColumns;
  /** Gemeente code per row (not part of the typed columns). */
  gemeenten: (string | null)[];
  errors: CsvRowError[];
}

/** Splits CSV text into rows of cells (RFC 4180 quoting). */
export function splitCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
}

function detectSeparator(headerLine: string): string {
  const semis = (headerLine.match(/;/g) ?? []).length;
  const commas = (headerLine.match(/,/g) ?? []).length;
  return semis > commas ? ';' : ',';
}

const DONT_KNOW = new Set(['onbekend', 'weet ik niet', 'weet-ik-niet']);

/** Parses CSV text into typed columns. Rows with errors are left empty (all facts not given). */
export function parseFactsCsv(text: string): ParsedFactsCsv {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = detectSeparator(firstLine);
  const rows = splitCsv(body, separator);
  const errors: CsvRowError[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim());
  const known = new Set<string>(FACT_KEYS);
  header.forEach((name) => {
    if (!known.has(name)) errors.push({ row: 0, field: name, message: `Onbekende kolom "${name}".` });
  });
  const data = rows.slice(1);
  const columns = createColumns(data.length);
  const gemeenten: (string | null)[] = [];
  data.forEach((cells, index) => {
    const rowNumber = index + 1;
    const facts: Record<string, unknown> = {};
    header.forEach((name, k) => {
      if (!known.has(name)) return;
      const raw = (cells[k] ?? '').trim();
      if (raw === '') return;
      const key = name as FactKey;
      if ((NUMBER_KEYS as readonly string[]).includes(key)) {
        if (DONT_KNOW.has(raw.toLowerCase())) facts[key] = null;
        else {
          const normal = separator === ';' ? raw.replace(',', '.') : raw;
          const value = Number(normal);
          facts[key] = normal !== '' && Number.isFinite(value) ? value : raw;
        }
      } else if (key === 'gemeente') {
        facts[key] = DONT_KNOW.has(raw.toLowerCase()) ? null : raw;
      } else {
        facts[key] = DONT_KNOW.has(raw.toLowerCase()) ? 'onbekend' : raw;
      }
    });
    const checked = validateFacts(facts);
    if (!checked.ok) {
      for (const error of checked.errors) errors.push({ row: rowNumber, ...error });
      gemeenten.push(null);
      return;
    }
    setRow(columns, index, checked.facts);
    gemeenten.push(checked.facts.gemeente ?? null);
  });
  return { columns, gemeenten, errors };
}

function csvCell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Batch results as CSV: a row number, then one column per instrument with the outcome name. */
export function resultsToCsv(result: BatchResult, options: { separator?: ',' | ';' } = {}): string {
  const sep = options.separator ?? ',';
  const lines = [['rij', ...result.instruments.map((i) => i.id)].map(csvCell).join(sep)];
  for (let row = 0; row < result.length; row++) {
    const cells = [String(row + 1)];
    for (const instrument of result.instruments) cells.push(outcomeName(instrument.outcomes[row]!));
    lines.push(cells.join(sep));
  }
  return `${lines.join('\n')}\n`;
}

/** Counts per instrument as CSV (instrument, then one column per outcome). */
export function countsToCsv(result: BatchResult, options: { separator?: ',' | ';' } = {}): string {
  const sep = options.separator ?? ',';
  const lines = [['instrument', 'waarschijnlijk', 'misschien', 'waarschijnlijk_niet', 'meer_informatie_nodig'].join(sep)];
  for (const instrument of result.instruments) {
    const c = instrument.counts;
    lines.push([instrument.id, c.waarschijnlijk, c.misschien, c.waarschijnlijk_niet, c.meer_informatie_nodig].join(sep));
  }
  return `${lines.join('\n')}\n`;
}

/** Columns back to CSV with all fact columns (gemeente taken from `gemeenten` if given). */
export function columnsToCsv(columns: FactColumns, gemeenten?: readonly (string | null)[]): string {
  const keys = FACT_KEYS;
  const lines = [keys.join(',')];
  for (let i = 0; i < columns.length; i++) {
    const facts: RechtencheckFacts = { ...getRow(columns, i), ...(gemeenten?.[i] ? { gemeente: gemeenten[i]! } : {}) };
    lines.push(
      keys
        .map((key) => {
          const value = facts[key];
          if (value === undefined) return '';
          if (value === null) return 'onbekend';
          return csvCell(String(value));
        })
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
