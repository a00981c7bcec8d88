// Checking rows of a transition import, one at a time and without the
// database: the fields, their limits and the Dutch message for each mistake.
import { transitionKinds, type CameIntoView, type TransitionKind } from '../../db/trajecten/index.ts';
import { isValidBsn, normaliseBsn } from '../../domain/bsn.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import type { FieldError } from '../../web/errors.ts';

export const MAX_IMPORT_ROWS = 10_000;

/** The fields of a row, the same in a CSV header and in the API. */
export const transitionFields = [
  'extern_id',
  'soort',
  'datum',
  'persoon_id',
  'voornaam',
  'achternaam',
  'geboortejaar',
  'bsn',
  'gemeente',
  'notitie',
] as const;
export type TransitionField = (typeof transitionFields)[number];

const personFields = ['voornaam', 'achternaam', 'geboortejaar', 'bsn', 'gemeente'] as const;

export const MAX_LENGTH = { extern_id: 100, voornaam: 100, achternaam: 100, notitie: 1000 } as const;

/** One row as it came in: strings from CSV, JSON values from the API. */
export interface RawTransition {
  /** CSV: the line in the file. API: the position in the list, from 1. */
  row: number;
  values: Partial<Record<TransitionField, unknown>>;
}

export interface RejectedRow {
  row: number;
  externId: string | null;
  fields: FieldError[];
}

export interface ImportedRow {
  row: number;
  externId: string;
  status: 'aangemaakt' | 'al-aanwezig';
  transitionId: string;
  personId: string;
  /** The person was created by this import. */
  personCreated: boolean;
  deadline: string;
}

export type TransitionImportReport =
  | { ok: true; created: number; alreadyPresent: number; personsCreated: number; rows: ImportedRow[] }
  | { ok: false; message: string; rejected: RejectedRow[] };

/** Where a person came into view, after the kind of transition that brought them. */
export function cameIntoViewFor(kind: TransitionKind): CameIntoView {
  switch (kind) {
    case 'doelgroepregister-registratie':
    case 'uitkering-afgewezen':
    case 'wajong-afgewezen':
      return 'uwv';
    case 'school-verlaten-vso':
    case 'school-verlaten-pro':
      return 'school';
    default:
      return 'anders';
  }
}

export type PersonRef =
  | { kind: 'id'; id: string }
  | { kind: 'new'; givenName: string; familyName: string; birthYear: number | null; bsn: string | null; gemeenteCode: string | null };

export interface CheckedRow {
  row: number;
  externId: string;
  kind: TransitionKind;
  eventDate: string;
  note: string | null;
  person: PersonRef;
}

const kindList = Object.keys(transitionKinds).join(', ');
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function addYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** Checks one row on its own (no database). Returns the row or its errors. */
export function checkRow(raw: RawTransition, today: string): { row: CheckedRow | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const v = raw.values;
  const text = (field: TransitionField): string | null => {
    const value = v[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      errors.push({ field, message: `${field} moet tekst zijn. Zet de waarde tussen aanhalingstekens.` });
      return null;
    }
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  };
  const tooLong = (field: keyof typeof MAX_LENGTH, value: string | null) => {
    if (value !== null && value.length > MAX_LENGTH[field]) {
      errors.push({ field, message: `${field} is te lang (${value.length} tekens). Gebruik hoogstens ${MAX_LENGTH[field]} tekens.` });
    }
  };

  const externId = text('extern_id');
  if (externId === null) {
    errors.push({ field: 'extern_id', message: 'extern_id ontbreekt. Geef elke overgang een eigen kenmerk uit je eigen systeem (bijvoorbeeld een dossier- of berichtnummer), zodat dezelfde overgang nooit twee keer wordt ingelezen.' });
  }
  tooLong('extern_id', externId);

  const soort = text('soort');
  let kind: TransitionKind | null = null;
  if (soort === null) errors.push({ field: 'soort', message: `soort ontbreekt. Vul de soort overgang in, een van: ${kindList}.` });
  else if (Object.hasOwn(transitionKinds, soort.toLowerCase())) kind = soort.toLowerCase() as TransitionKind;
  else errors.push({ field: 'soort', message: `De soort "${soort.slice(0, 60)}" kennen we niet. Kies een van: ${kindList}.` });

  const datum = text('datum');
  let eventDate: string | null = null;
  if (datum === null) {
    errors.push({ field: 'datum', message: 'datum ontbreekt. Vul de datum van de gebeurtenis in als JJJJ-MM-DD, bijvoorbeeld 2025-03-31.' });
  } else if (!isoDate.test(datum)) {
    const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(datum);
    const hint = dutch ? ` Schrijf ${datum} als ${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}.` : ' Bijvoorbeeld 2025-03-31.';
    errors.push({ field: 'datum', message: `De datum "${datum.slice(0, 40)}" heeft niet de goede vorm: gebruik JJJJ-MM-DD (jaar-maand-dag).${hint}` });
  } else if (!realDate(datum)) {
    errors.push({ field: 'datum', message: `De datum ${datum} bestaat niet. Controleer de dag en de maand (JJJJ-MM-DD).` });
  } else if (datum < '2000-01-01') {
    errors.push({ field: 'datum', message: `De datum ${datum} ligt vóór 2000. Controleer het jaartal.` });
  } else if (datum > addYears(today, 2)) {
    errors.push({ field: 'datum', message: `De datum ${datum} ligt meer dan twee jaar in de toekomst. Controleer het jaartal.` });
  } else {
    eventDate = datum;
  }

  const note = text('notitie');
  tooLong('notitie', note);

  const personId = text('persoon_id');
  let person: PersonRef | null = null;
  if (personId !== null) {
    const given = personFields.filter((f) => v[f] !== undefined && v[f] !== null && !(typeof v[f] === 'string' && (v[f] as string).trim() === ''));
    if (given.length > 0) {
      errors.push({
        field: 'persoon_id',
        message: `Vul óf persoon_id in, óf de gegevens van de persoon (${given.join(', ')}), niet allebei. Bij een persoon die al in InBeeld staat is persoon_id genoeg.`,
      });
    } else if (!UUID_PATTERN.test(personId)) {
      errors.push({ field: 'persoon_id', message: `"${personId.slice(0, 60)}" is geen geldig persoon_id. Een persoon_id heeft 36 tekens, zoals 0b6c4a4e-8f2d-4c1e-9a7b-3d5e6f708192. Laat het veld leeg om een nieuwe persoon te maken.` });
    } else {
      person = { kind: 'id', id: personId.toLowerCase() };
    }
  } else {
    const givenName = text('voornaam');
    const familyName = text('achternaam');
    if (givenName === null) errors.push({ field: 'voornaam', message: 'voornaam ontbreekt. Vul de voornaam in, of vul persoon_id in als de persoon al in InBeeld staat.' });
    if (familyName === null) errors.push({ field: 'achternaam', message: 'achternaam ontbreekt. Vul de achternaam in, of vul persoon_id in als de persoon al in InBeeld staat.' });
    tooLong('voornaam', givenName);
    tooLong('achternaam', familyName);

    let birthYear: number | null = null;
    const rawYear = v.geboortejaar;
    const thisYear = Number(today.slice(0, 4));
    if (rawYear !== undefined && rawYear !== null && !(typeof rawYear === 'string' && rawYear.trim() === '')) {
      const year = typeof rawYear === 'number' ? rawYear : typeof rawYear === 'string' && /^\d{4}$/.test(rawYear.trim()) ? Number(rawYear.trim()) : NaN;
      if (!Number.isInteger(year) || year < 1900 || year > thisYear) {
        errors.push({ field: 'geboortejaar', message: `Het geboortejaar "${String(rawYear).slice(0, 20)}" klopt niet. Schrijf het jaar met vier cijfers, tussen 1900 en ${thisYear}, bijvoorbeeld 1998. Of laat het leeg.` });
      } else {
        birthYear = year;
      }
    }

    let bsn: string | null = null;
    const rawBsn = text('bsn');
    if (rawBsn !== null) {
      const digits = normaliseBsn(rawBsn);
      if (/^\d{8}$/.test(digits)) {
        errors.push({ field: 'bsn', message: 'Dit BSN heeft 8 cijfers; een BSN heeft er 9. Excel haalt soms de 0 aan het begin weg: zet die terug (maak de kolom in Excel van het type Tekst). Of laat het BSN leeg: het is niet verplicht.' });
      } else if (!/^\d{9}$/.test(digits)) {
        errors.push({ field: 'bsn', message: 'Een BSN bestaat uit 9 cijfers. Controleer het nummer, of laat het leeg: een BSN is niet verplicht.' });
      } else if (!isValidBsn(digits)) {
        errors.push({ field: 'bsn', message: 'Dit BSN klopt niet: het voldoet niet aan de 11-proef. Controleer het nummer, of laat het leeg: een BSN is niet verplicht.' });
      } else {
        bsn = digits;
      }
    }

    let gemeenteCode: string | null = null;
    const rawGemeente = text('gemeente');
    if (rawGemeente !== null) {
      if (/^gm\d{4}$/i.test(rawGemeente)) gemeenteCode = rawGemeente.toUpperCase();
      else errors.push({ field: 'gemeente', message: `"${rawGemeente.slice(0, 40)}" is geen gemeentecode. Gebruik de CBS-code: GM en vier cijfers, bijvoorbeeld GM0114 voor Emmen. Of laat het leeg voor de gemeente van je eigen organisatie.` });
    }
    if (givenName !== null && familyName !== null) person = { kind: 'new', givenName, familyName, birthYear, bsn, gemeenteCode };
  }

  if (errors.length || externId === null || kind === null || eventDate === null || person === null) return { row: null, errors };
  return { row: { row: raw.row, externId, kind, eventDate, note, person }, errors };
}

export function addRejected(map: Map<number, RejectedRow>, row: number, externId: string | null, errors: FieldError[]): void {
  if (errors.length === 0) return;
  const entry = map.get(row) ?? { row, externId, fields: [] };
  entry.fields.push(...errors);
  map.set(row, entry);
}

export function rejection(rejected: RejectedRow[], total: number, noun: string): TransitionImportReport {
  const sorted = [...rejected].sort((a, b) => a.row - b.row);
  return {
    ok: false,
    message: `Er is niets ingelezen: ${sorted.length} van de ${total} ${noun} ${sorted.length === 1 ? 'heeft' : 'hebben'} een fout. Verbeter ${sorted.length === 1 ? 'die' : 'ze'} en lees alles opnieuw in.`,
    rejected: sorted,
  };
}
