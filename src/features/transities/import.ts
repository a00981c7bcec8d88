// Import of transition events (overgangen) from a CSV file or the API. Every
// row is checked first; when any row is wrong nothing is written and the
// report names each rejected row, field and how to fix it. Otherwise all rows
// are written in one transaction: new persons where needed, one transition
// (a follow-up task with a deadline in working days) per row, and a
// processing-log line per person. A row whose extern_id the organisation
// already has is skipped, so importing the same file twice creates nothing new.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { ADVISORY_LOCK } from '../../db/locks.ts';
import { logProcessing, type Actor } from '../../db/persons.ts';
import { defaultGemeentePolicy, type CameIntoView } from '../../db/trajecten/index.ts';
import { addWorkingDays } from '../../domain/workdays.ts';
import { addRejected, cameIntoViewFor, checkRow, rejection, MAX_IMPORT_ROWS, type CheckedRow, type ImportedRow, type RawTransition, type RejectedRow, type TransitionImportReport } from './import-rows.ts';

export { cameIntoViewFor, MAX_IMPORT_ROWS, MAX_LENGTH, transitionFields } from './import-rows.ts';
export type { ImportedRow, RawTransition, RejectedRow, TransitionField, TransitionImportReport } from './import-rows.ts';

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
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2::text))', [ADVISORY_LOCK.transitionImport, organizationId]);

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
