// CSV for transition events: UTF-8, a header row, ';' or ',' as separator
// (detected from the header), RFC 4180 quoting ("..." with "" for a quote,
// line breaks allowed inside quotes). Pure: text in, rows with their line
// numbers out, or errors that name the line and say how to fix it.
import { MAX_IMPORT_ROWS, transitionFields, type RawTransition, type RejectedRow, type TransitionField } from './import.ts';

export interface CsvRecord {
  /** Line in the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export type CsvSplit = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/** Splits CSV text into records of cells, with the line each record starts on. */
export function splitRecords(text: string, separator: ',' | ';'): CsvSplit {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;
  const endRecord = () => {
    cells.push(cell);
    // A line with nothing on it is skipped.
    if (!(cells.length === 1 && cells[0]!.trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    afterQuote = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === separator) {
      cells.push(cell);
      cell = '';
      afterQuote = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      if (ch === ' ' || ch === '\t') continue;
      return {
        ok: false,
        line,
        message: `Na een aanhalingsteken (") dat een veld afsluit, staat nog tekst voor het volgende scheidingsteken (${separator}). Zet het hele veld tussen aanhalingstekens en schrijf een " in het veld als "".`,
      };
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (quoted) {
    return {
      ok: false,
      line: quoteLine,
      message: 'Hier begint een veld met een aanhalingsteken (") dat nergens wordt afgesloten. Zet aan het eind van het veld ook een ", en schrijf een " in het veld als "".',
    };
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}

/** ';' when the header has more semicolons than commas (outside quotes), else ','. */
export function detectSeparator(headerLine: string): ',' | ';' {
  const outside = headerLine.replace(/"[^"]*"/g, '');
  const semis = (outside.match(/;/g) ?? []).length;
  const commas = (outside.match(/,/g) ?? []).length;
  return semis > commas ? ';' : ',';
}

/**
 * ok: the header is usable; `rows` are the records to check, `rejected` the
 * records that could not be read as a row (wrong number of fields). Not ok:
 * the file as a whole cannot be read.
 */
export type CsvParse = { ok: true; rows: RawTransition[]; rejected: RejectedRow[] } | { ok: false; rejected: RejectedRow[] };

const fileError = (line: number, field: string, message: string): RejectedRow => ({ row: line, externId: null, fields: [{ field, message }] });

/** Parses a transitions CSV file (bytes or text) into raw rows with their line numbers. */
export function parseTransitionsCsv(input: Uint8Array | string): CsvParse {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return {
        ok: false,
        rejected: [fileError(1, 'bestand', 'Het bestand is geen UTF-8. Sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)", of kies in je programma de tekenset UTF-8.')],
      };
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, rejected: [fileError(1, 'bestand', 'Het bestand is leeg. Zet op de eerste regel de kolomnamen en daaronder één regel per overgang.')] };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = detectSeparator(firstLine);
  const split = splitRecords(text, separator);
  if (!split.ok) return { ok: false, rejected: [fileError(split.line, 'bestand', split.message)] };
  const [header, ...data] = split.records;
  if (!header) return { ok: false, rejected: [fileError(1, 'kopregel', 'Het bestand heeft geen kopregel.')] };

  const known = new Set<string>(transitionFields);
  const columns: TransitionField[] = [];
  const headerErrors: Array<{ field: string; message: string }> = [];
  const seen = new Set<string>();
  header.cells.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === '') {
      headerErrors.push({ field: `kolom ${index + 1}`, message: `Kolom ${index + 1} heeft geen naam. Geef de kolom een naam of haal hem weg (ook een scheidingsteken aan het eind van de kopregel maakt een lege kolom).` });
    } else if (!known.has(name)) {
      headerErrors.push({ field: raw.trim(), message: `De kolom "${raw.trim()}" kennen we niet. Gebruik alleen: ${transitionFields.join(', ')}.` });
    } else if (seen.has(name)) {
      headerErrors.push({ field: name, message: `De kolom "${name}" staat twee keer in de kopregel. Haal er één weg.` });
    }
    seen.add(name);
    columns.push(name as TransitionField);
  });
  for (const required of ['extern_id', 'soort', 'datum'] as const) {
    if (!seen.has(required)) headerErrors.push({ field: required, message: `De kolom "${required}" ontbreekt. Die is verplicht: voeg hem toe aan de kopregel.` });
  }
  if (!seen.has('persoon_id') && !(seen.has('voornaam') && seen.has('achternaam'))) {
    headerErrors.push({
      field: 'persoon_id',
      message: 'Er is geen kolom om de persoon aan te wijzen. Voeg de kolom "persoon_id" toe (id van een persoon in InBeeld), of de kolommen "voornaam" en "achternaam".',
    });
  }
  if (headerErrors.length) return { ok: false, rejected: [{ row: header.line, externId: null, fields: headerErrors }] };
  if (data.length === 0) return { ok: false, rejected: [fileError(header.line + 1, 'bestand', 'Het bestand heeft alleen een kopregel. Zet onder de kopregel één regel per overgang.')] };
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      rejected: [fileError(1, 'bestand', `Het bestand heeft ${data.length} regels. Dat is te veel: hoogstens ${MAX_IMPORT_ROWS} per keer. Verdeel het over meer bestanden.`)],
    };
  }

  const rows: RawTransition[] = [];
  const rejected: RejectedRow[] = [];
  for (const record of data) {
    if (record.cells.length !== columns.length) {
      const externIndex = columns.indexOf('extern_id');
      rejected.push({
        row: record.line,
        externId: record.cells[externIndex]?.trim() || null,
        fields: [{
          field: 'regel',
          message: `Deze regel heeft ${record.cells.length} velden, de kopregel ${columns.length}. Controleer de scheidingstekens (${separator}); zet een veld met een ${separator} erin tussen aanhalingstekens.`,
        }],
      });
      continue;
    }
    const values: RawTransition['values'] = {};
    columns.forEach((column, index) => {
      const value = record.cells[index]!.trim();
      if (value !== '') values[column] = value;
    });
    rows.push({ row: record.line, values });
  }
  return { ok: true, rows, rejected };
}
