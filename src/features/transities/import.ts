// Import of transition events (overgangen) from a CSV file or the API. Every
// row is checked first; when any row is wrong nothing is written and the
// report names each rejected row, field and how to fix it. Otherwise all rows
// are written in one transaction: new persons where needed, one transition
// (a follow-up task with a deadline in working days) per row, and a
// processing-log line per person. A row whose extern_id the organisation
// already has is skipped, so importing the same file twice creates nothing new.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { logProcessing, type Actor } from '../../db/persons.ts';
import { defaultGemeentePolicy, transitionKinds, type CameIntoView, type TransitionKind } from '../../db/trajecten.ts';
import { isValidBsn, normaliseBsn } from '../../domain/bsn.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { addWorkingDays } from '../../domain/workdays.ts';
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

type PersonRef =
  | { kind: 'id'; id: string }
  | { kind: 'new'; givenName: string; familyName: string; birthYear: number | null; bsn: string | null; gemeenteCode: string | null };

interface CheckedRow {
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
function checkRow(raw: RawTransition, today: string): { row: CheckedRow | null; errors: FieldError[] } {
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

function addRejected(map: Map<number, RejectedRow>, row: number, externId: string | null, errors: FieldError[]): void {
  if (errors.length === 0) return;
  const entry = map.get(row) ?? { row, externId, fields: [] };
  entry.fields.push(...errors);
  map.set(row, entry);
}

function rejection(rejected: RejectedRow[], total: number, noun: string): TransitionImportReport {
  const sorted = [...rejected].sort((a, b) => a.row - b.row);
  return {
    ok: false,
    message: `Er is niets ingelezen: ${sorted.length} van de ${total} ${noun} ${sorted.length === 1 ? 'heeft' : 'hebben'} een fout. Verbeter ${sorted.length === 1 ? 'die' : 'ze'} en lees alles opnieuw in.`,
    rejected: sorted,
  };
}

export interface ImportOptions {
  /** Who imports: the organisation of the actor receives the transitions. */
  actor: Actor;
  source: 'csv' | 'api';
  /** ISO date the deadlines count from. */
  today: string;
  /** Rows that could not be read at all (CSV: wrong number of fields); they are reported with the others. */
  unreadable?: RejectedRow[];
}

/** Checks all rows, then writes all of them in one transaction, or nothing. */
export async function importTransitions(db: Db, rows: RawTransition[], options: ImportOptions): Promise<TransitionImportReport> {
  const { actor, source, today } = options;
  const noun = source === 'csv' ? 'regels' : 'overgangen';
  const organizationId = actor.organizationId;
  if (!organizationId) throw new Error('importTransitions needs an actor with an organisation');
  const total = rows.length + (options.unreadable?.length ?? 0);
  if (total === 0) return { ok: false, message: 'Er zijn geen overgangen om in te lezen.', rejected: [] };
  if (total > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      message: `Dat zijn ${total} ${noun}: te veel in één keer. Lees hoogstens ${MAX_IMPORT_ROWS} per keer in en verdeel de rest over meer keren.`,
      rejected: [],
    };
  }

  // 1. Every row on its own, and extern_id unique within the file.
  const rejected = new Map<number, RejectedRow>();
  for (const r of options.unreadable ?? []) addRejected(rejected, r.row, r.externId, r.fields);
  const checked: CheckedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of rows) {
    const { row, errors } = checkRow(raw, today);
    const externId = typeof raw.values.extern_id === 'string' ? raw.values.extern_id.trim() || null : null;
    if (externId !== null) {
      const first = firstRowOf.get(externId);
      if (first === undefined) firstRowOf.set(externId, raw.row);
      else {
        const where = source === 'csv' ? `regel ${first}` : `overgang ${first}`;
        errors.push({ field: 'extern_id', message: `extern_id "${externId.slice(0, 60)}" staat ook op ${where}. Elke overgang heeft een eigen extern_id: geef deze een ander kenmerk, of haal hem weg als het dezelfde overgang is.` });
      }
    }
    addRejected(rejected, raw.row, externId, errors);
    if (row && errors.length === 0) checked.push(row);
  }

  return db.transaction(async (tx) => {
    // Imports of one organisation take turns, so the extern_id check below
    // and the writes after it see each other's committed rows.
    await tx.query('select pg_advisory_xact_lock(8152, hashtext($1::text))', [organizationId]);

    // 2. Against the database. A row whose extern_id the organisation already
    // has is skipped without further checks, so a file imported again stays
    // accepted even when a person in it has since been anonymised.
    const [org] = await tx.query<{ gemeenteCode: string | null }>('select gemeente_code as "gemeenteCode" from organization where id = $1', [organizationId]);
    if (!org) throw new Error(`organisation ${organizationId} does not exist`);
    const existing = new Map(
      (await tx.query<{ externalId: string; id: string; personId: string; deadline: string }>(
        `select external_id as "externalId", id, person_id as "personId", deadline from transition
         where organization_id = $1 and external_id = any($2::text[])`,
        [organizationId, checked.map((r) => r.externId)],
      )).map((t) => [t.externalId, t]),
    );
    const fresh = checked.filter((r) => !existing.has(r.externId));
    const ids = [...new Set(fresh.flatMap((r) => (r.person.kind === 'id' ? [r.person.id] : [])))];
    const bsns = [...new Set(fresh.flatMap((r) => (r.person.kind === 'new' && r.person.bsn ? [r.person.bsn] : [])))];
    const codes = [...new Set(fresh.flatMap((r) => (r.person.kind === 'new' && r.person.gemeenteCode ? [r.person.gemeenteCode] : [])))];
    const byId = new Map(
      (await tx.query<{ id: string; pseudonym: string; gemeenteCode: string | null }>(
        `select id, pseudonym, gemeente_code as "gemeenteCode" from person
         where id = any($1::uuid[]) and owner_organization_id = $2 and erased_at is null`,
        [ids, organizationId],
      )).map((p) => [p.id, p]),
    );
    const byBsn = new Map(
      (await tx.query<{ id: string; pseudonym: string; gemeenteCode: string | null; bsn: string }>(
        `select distinct on (bsn) id, pseudonym, gemeente_code as "gemeenteCode", bsn from person
         where bsn = any($1::text[]) and owner_organization_id = $2 and erased_at is null order by bsn, created_at`,
        [bsns, organizationId],
      )).map((p) => [p.bsn, p]),
    );
    const knownCodes = new Set((await tx.query<{ code: string }>('select code from gemeente where code = any($1::text[])', [codes])).map((g) => g.code));
    for (const r of fresh) {
      if (r.person.kind === 'id' && !byId.has(r.person.id)) {
        addRejected(rejected, r.row, r.externId, [{
          field: 'persoon_id',
          message: `Er is bij jouw organisatie geen persoon met persoon_id ${r.person.id}. Controleer het id, of laat persoon_id leeg en vul voornaam en achternaam in om een nieuwe persoon te maken.`,
        }]);
      }
      if (r.person.kind === 'new' && r.person.gemeenteCode && !knownCodes.has(r.person.gemeenteCode)) {
        addRejected(rejected, r.row, r.externId, [{
          field: 'gemeente',
          message: `Er is geen gemeente met code ${r.person.gemeenteCode}. Zoek de code op via /api/v1/gemeenten?q=<plaatsnaam>, of laat het leeg voor de gemeente van je eigen organisatie.`,
        }]);
      }
    }
    if (rejected.size > 0) return rejection([...rejected.values()], total, noun);

    // 3. Write, in as few statements as possible (10,000 rows stay quick).
    interface Target { id: string; pseudonym: string; gemeenteCode: string | null; created: boolean; logged: boolean }
    const newPersons: Array<Target & { givenName: string; familyName: string; birthYear: number | null; bsn: string | null; via: CameIntoView }> = [];
    const createdByBsn = new Map<string, Target>();
    const existingTargets = new Map<string, Target>();
    const targetOf = (r: CheckedRow): Target => {
      const p = r.person;
      const found = p.kind === 'id' ? byId.get(p.id) : p.bsn ? byBsn.get(p.bsn) : undefined;
      if (found) {
        const target = existingTargets.get(found.id) ?? { ...found, created: false, logged: false };
        existingTargets.set(found.id, target);
        return target;
      }
      if (p.kind !== 'new') throw new Error('unreachable: unknown persoon_id passed the check');
      const again = p.bsn ? createdByBsn.get(p.bsn) : undefined;
      if (again) return again;
      const person = {
        id: randomUUID(),
        pseudonym: randomBytes(12).toString('base64url'),
        gemeenteCode: p.gemeenteCode ?? org.gemeenteCode,
        created: true,
        logged: false,
        givenName: p.givenName,
        familyName: p.familyName,
        birthYear: p.birthYear,
        bsn: p.bsn,
        via: cameIntoViewFor(r.kind),
      };
      newPersons.push(person);
      if (p.bsn) createdByBsn.set(p.bsn, person);
      return person;
    };
    const targets = fresh.map((r) => ({ r, target: targetOf(r) }));

    const policyCodes = [...new Set(targets.flatMap(({ target }) => (target.gemeenteCode ? [target.gemeenteCode] : [])))];
    const workingDays = new Map(
      (await tx.query<{ code: string; days: number }>(
        'select gemeente_code as code, transition_working_days as days from gemeente_policy where gemeente_code = any($1::text[])',
        [policyCodes],
      )).map((p) => [p.code, p.days]),
    );
    const deadlineFor = (code: string | null) =>
      addWorkingDays(today, (code ? workingDays.get(code) : undefined) ?? defaultGemeentePolicy.transitionWorkingDays);

    if (newPersons.length > 0) {
      await tx.query(
        `insert into person (id, pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year, bsn, came_into_view_via)
         select id, pseudonym, $1, gemeente_code, given_name, family_name, birth_year, bsn, via
         from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])
           as n(id, pseudonym, gemeente_code, given_name, family_name, birth_year, bsn, via)`,
        [
          organizationId,
          newPersons.map((p) => p.id),
          newPersons.map((p) => p.pseudonym),
          newPersons.map((p) => p.gemeenteCode),
          newPersons.map((p) => p.givenName),
          newPersons.map((p) => p.familyName),
          newPersons.map((p) => p.birthYear),
          newPersons.map((p) => p.bsn),
          newPersons.map((p) => p.via),
        ],
      );
    }
    const written = targets.map(({ r, target }) => ({ r, target, id: randomUUID(), deadline: deadlineFor(target.gemeenteCode) }));
    if (written.length > 0) {
      await tx.query(
        `insert into transition (id, person_id, organization_id, kind, event_date, source, external_id, note, deadline)
         select id, person_id, $1, kind, event_date, $2, external_id, note, deadline
         from unnest($3::uuid[], $4::uuid[], $5::text[], $6::date[], $7::text[], $8::text[], $9::date[])
           as t(id, person_id, kind, event_date, external_id, note, deadline)`,
        [
          organizationId,
          source,
          written.map((w) => w.id),
          written.map((w) => w.target.id),
          written.map((w) => w.r.kind),
          written.map((w) => w.r.eventDate),
          written.map((w) => w.r.externId),
          written.map((w) => w.r.note),
          written.map((w) => w.deadline),
        ],
      );
    }
    // A new task is activity on the record: it counts for the retention period.
    const touched = [...existingTargets.values()];
    if (touched.length > 0) await tx.query('update person set updated_at = now() where id = any($1::uuid[])', [touched.map((t) => t.id)]);

    // One processing-log line per person created, and one per transition given to a person that was there.
    const createdLines: string[] = [];
    const changedLines: string[] = [];
    for (const { target } of written) {
      if (target.created && !target.logged) createdLines.push(target.pseudonym);
      else changedLines.push(target.pseudonym);
      target.logged = true;
    }
    await logProcessing(tx, actor, 'persoon.aanmaken', createdLines);
    await logProcessing(tx, actor, 'persoon.wijzigen', changedLines);

    const writtenById = new Map(written.map((w) => [w.r.externId, w]));
    const report: ImportedRow[] = checked.map((r) => {
      const w = writtenById.get(r.externId);
      if (w) return { row: r.row, externId: r.externId, status: 'aangemaakt', transitionId: w.id, personId: w.target.id, personCreated: w.target.created, deadline: w.deadline };
      const e = existing.get(r.externId)!;
      return { row: r.row, externId: r.externId, status: 'al-aanwezig', transitionId: e.id, personId: e.personId, personCreated: false, deadline: e.deadline };
    });
    return { ok: true, created: written.length, alreadyPresent: checked.length - written.length, personsCreated: newPersons.length, rows: report };
  });
}
