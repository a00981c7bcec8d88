// inbeeld import-plaatsingen <bestand.csv> --organisatie <sleutel>
// CSV (UTF-8, header row, ';' or ','): extern_id, plaatsing_id, soort, datum, reden, notitie.
// Exit code 0: done; 1: rows rejected, nothing written; 2: wrong use.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { connect, type Db } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { detectSeparator, splitRecords } from '../transities/csv.ts';
import { organizationByKey } from '../transities/tokens.ts';
import { today } from './clock.ts';
import { importPlacementUpdates, updateFields, type RawUpdate } from './import.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}
const nodeIo: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
export const USAGE = 'Gebruik: inbeeld import-plaatsingen <bestand.csv> --organisatie <sleutel van de organisatie>';

/** CSV text to rows; a header the import does not know is an error for the whole file. */
export function parseUpdatesCsv(text: string): { ok: true; rows: RawUpdate[] } | { ok: false; message: string } {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const split = splitRecords(clean, detectSeparator(firstLine));
  if (!split.ok) return { ok: false, message: `Regel ${split.line}: ${split.message}` };
  const [header, ...records] = split.records;
  if (!header) return { ok: false, message: 'Het bestand is leeg. Zet op de eerste regel de kolomnamen.' };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = names.filter((n) => !(updateFields as readonly string[]).includes(n));
  if (unknown.length) return { ok: false, message: `Regel 1: onbekende kolom(men) ${unknown.join(', ')}. Gebruik: ${updateFields.join(', ')}.` };
  return {
    ok: true,
    rows: records.map((r) => ({ row: r.line, values: Object.fromEntries(names.map((n, i) => [n, r.cells[i] ?? ''])) })),
  };
}

export async function runImportPlacements(args: string[], io: CliIo = nodeIo, given?: Db): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: false, options: { organisatie: { type: 'string' } } });
  const file = positionals[0];
  const key = typeof values.organisatie === 'string' ? values.organisatie : '';
  if (!file || !key) {
    io.stderr(`Geef een CSV-bestand en de organisatie op.\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`Het bestand ${file} kan niet worden gelezen: ${(error as Error).message}\n`);
    return 2;
  }
  const parsed = parseUpdatesCsv(text);
  if (!parsed.ok) {
    io.stderr(`Niets ingelezen. ${parsed.message}\n`);
    return 1;
  }
  const config = loadConfig();
  const db = given ?? (await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  try {
    if (!given) await migrate(db);
    const org = await organizationByKey(db, key);
    if (!org) {
      io.stderr(`Er is geen organisatie met de sleutel "${key}".\n`);
      return 2;
    }
    const actor = { accountId: null, organizationId: org.id, role: 'systeem' as const, traceId: randomUUID() };
    const report = await importPlacementUpdates(db, parsed.rows, { actor, source: 'csv', today: today() });
    if (!report.ok) {
      io.stderr(`${report.message}\n${report.rejected.map((r) => `regel ${r.row}${r.externId ? ` (extern_id ${r.externId})` : ''}:\n${r.fields.map((f) => `  - ${f.field}: ${f.message}`).join('\n')}`).join('\n')}\n`);
      return 1;
    }
    io.stdout(`Ingelezen voor ${org.name}: ${report.applied} verwerkt, ${report.alreadyPresent} waren er al (zelfde extern_id).\n`);
    return 0;
  } finally {
    if (!given) await db.close();
  }
}
