// Person records. Every query here checks access with inbeeld_may_see (owner
// organisation, role, consent) and writes a processing-log line for each
// person it reads or writes, in the same transaction. Features read person
// data only through this module.
import { randomBytes } from 'node:crypto';
import { prepared, type Queryable } from './client.ts';
import { personRecords } from './person-export.ts';

export type ActorRole = 'consulent' | 'teamleider' | 'beleidsmedewerker' | 'aanbieder-redacteur' | 'functioneel-beheerder' | 'werkgeversadviseur' | 'systeem';

/** Who acts, for which organisation; every request has a trace id. */
export interface Actor {
  accountId: string | null;
  organizationId: string | null;
  role: ActorRole;
  traceId: string;
}

export type RecordPart = 'basis' | 'verhaal' | 'plan' | 'contacten' | 'doorverwijzingen';
export const recordParts: RecordPart[] = ['basis', 'verhaal', 'plan', 'contacten', 'doorverwijzingen'];

export type Operation = 'lezen' | 'aanmaken' | 'wijzigen' | 'verwijderen' | 'exporteren' | 'anonimiseren';

/** Processing activities with their purpose and legal basis (register of processing). */
export const activities = {
  'persoon.lezen': { operation: 'lezen', purpose: 'Ondersteuning naar werk' },
  'persoon.lijst': { operation: 'lezen', purpose: 'Ondersteuning naar werk' },
  'persoon.aanmaken': { operation: 'aanmaken', purpose: 'Ondersteuning naar werk' },
  'persoon.wijzigen': { operation: 'wijzigen', purpose: 'Ondersteuning naar werk' },
  'toestemming.vastleggen': { operation: 'wijzigen', purpose: 'Toestemming voor delen vastleggen' },
  'toestemming.intrekken': { operation: 'wijzigen', purpose: 'Toestemming voor delen intrekken' },
  'persoon.inzage': { operation: 'lezen', purpose: 'Inzage door de persoon (AVG art. 15)' },
  'persoon.exporteren': { operation: 'exporteren', purpose: 'Recht op inzage en overdraagbaarheid (AVG art. 15 en 20)' },
  'persoon.anonimiseren': { operation: 'anonimiseren', purpose: 'Recht op vergetelheid of einde bewaartermijn (AVG art. 17)' },
  // Werkgevers en matching: work profiles shared with consent, purpose bemiddeling (docs/werkgevers.md)
  'werkprofiel.lijst': { operation: 'lezen', purpose: 'Bemiddeling naar werk (met toestemming)' },
  'werkprofiel.lezen': { operation: 'lezen', purpose: 'Bemiddeling naar werk (met toestemming)' },
  'werkprofiel.wijzigen': { operation: 'wijzigen', purpose: 'Bemiddeling naar werk (met toestemming)' },
} as const satisfies Record<string, { operation: Operation; purpose: string }>;
export type Activity = keyof typeof activities;

export const LEGAL_BASIS =
  'Participatiewet art. 7 lid 1 (taak gemeente); AVG art. 6 lid 1 sub e; gezondheidsgegevens alleen met uitdrukkelijke toestemming (AVG art. 9 lid 2 sub a)';

export interface PersonBasis {
  id: string;
  pseudonym: string;
  ownerOrganizationId: string;
  ownerOrganizationName: string;
  gemeenteCode: string | null;
  givenName: string;
  familyName: string;
  birthYear: number | null;
  bsn: string | null;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
}

export interface PersonRecord extends PersonBasis {
  /** Null when the actor may not see this part. */
  story: string | null;
  visibleParts: RecordPart[];
  owned: boolean;
}

/** An ISO 8601 UTC timestamp, the same text on PGlite and PostgreSQL. */
export function iso(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

const basisColumns = `p.id, p.pseudonym, p.owner_organization_id as "ownerOrganizationId", o.name as "ownerOrganizationName",
  p.gemeente_code as "gemeenteCode", p.given_name as "givenName", p.family_name as "familyName", p.birth_year as "birthYear",
  p.bsn, p.email, p.phone, ${iso('p.created_at')} as "createdAt", ${iso('p.updated_at')} as "updatedAt", ${iso('p.erased_at')} as "erasedAt"`;

/** SQL predicate: may the actor ($org, $role) see `part` of person p? */
export function mayPart(part: RecordPart, orgParam: string, roleParam: string): string {
  return `inbeeld_may_see(p.id, p.owner_organization_id, '${part}', ${orgParam}::uuid, ${roleParam})`;
}

/**
 * Writes the processing log and the audit record of who did it. A list view
 * is one processing operation: one line naming every person shown
 * (person_pseudonyms). Every other activity writes one line per person.
 * Inzage reads both forms (see personLogLines).
 */
export async function logProcessing(tx: Queryable, actor: Actor, activity: Activity, pseudonyms: string[]): Promise<void> {
  if (pseudonyms.length === 0) return;
  const { operation, purpose } = activities[activity];
  if (activity === 'persoon.lijst' || activity === 'werkprofiel.lijst') {
    await tx.query(
      `with logged as (
         insert into processing_log (trace_id, activity, operation, person_pseudonyms, organization_id, purpose, legal_basis)
         values ($1, $2, $3, $4::text[], $5::uuid, $6, $7) returning id
       )
       insert into audit_log (processing_log_id, account_id) select id, $8::uuid from logged`,
      [actor.traceId, activity, operation, [...new Set(pseudonyms)], actor.organizationId, purpose, LEGAL_BASIS, actor.accountId],
    );
    return;
  }
  await tx.query(
    `with logged as (
       insert into processing_log (trace_id, activity, operation, person_pseudonym, organization_id, purpose, legal_basis)
       select $1, $2, $3, unnest($4::text[]), $5::uuid, $6, $7 returning id
     )
     insert into audit_log (processing_log_id, account_id) select id, $8::uuid from logged`,
    [actor.traceId, activity, operation, pseudonyms, actor.organizationId, purpose, LEGAL_BASIS, actor.accountId],
  );
}

/** SQL: the log lines about person $1, lines of one person and list lines that name them (each index serves one arm). */
export const personLogLines = `(select * from processing_log where person_pseudonym = $1
   union all select * from processing_log where person_pseudonyms @> array[$1::text] and person_pseudonyms is not null)`;

export interface NewPerson {
  givenName: string;
  familyName: string;
  birthYear: number | null;
  gemeenteCode: string | null;
  bsn: string | null;
  email: string | null;
  phone: string | null;
  story: string | null;
}

export async function createPerson(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  input: NewPerson,
): Promise<string | null> {
  if (!['consulent', 'teamleider'].includes(actor.role) || !actor.organizationId) return null;
  return db.transaction(async (tx) => {
    const pseudonym = randomBytes(12).toString('base64url');
    const [row] = await tx.query<{ id: string }>(
      `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year, bsn, email, phone, story)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
      [pseudonym, actor.organizationId, input.gemeenteCode, input.givenName, input.familyName, input.birthYear, input.bsn,
        input.email, input.phone, input.story],
    );
    await logProcessing(tx, actor, 'persoon.aanmaken', [pseudonym]);
    return row!.id;
  });
}

export async function readPerson(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  id: string,
): Promise<PersonRecord | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<PersonBasis & { verhaal: boolean; parts: RecordPart[]; story: string | null }>(
      `select ${basisColumns},
         case when ${mayPart('verhaal', '$2', '$3')} then p.story end as story,
         array(select part from unnest($4::text[]) part where inbeeld_may_see(p.id, p.owner_organization_id, part, $2::uuid, $3)) as parts
       from person p join organization o on o.id = p.owner_organization_id
       where p.id = $1 and ${mayPart('basis', '$2', '$3')}`,
      [id, actor.organizationId, actor.role, recordParts],
    );
    if (!row) return null;
    await logProcessing(tx, actor, 'persoon.lezen', [row.pseudonym]);
    const { parts, ...rest } = row;
    return { ...rest, visibleParts: parts, owned: row.ownerOrganizationId === actor.organizationId };
  });
}

export interface ConsentInput {
  organizationId: string;
  parts: RecordPart[];
  purpose: string;
  validFrom: string;
  validUntil: string | null;
  method: 'in-persoon' | 'telefonisch' | 'schriftelijk' | 'online';
}

export interface ConsentRecord extends ConsentInput {
  id: string;
  organizationName: string;
  recordedAt: string;
  recordedByName: string | null;
  withdrawnAt: string | null;
  active: boolean;
}

/** Only the organisation that owns the record records or withdraws consent. */
export async function recordConsent(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  personId: string,
  input: ConsentInput,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [person] = await tx.query<{ pseudonym: string }>(
      `select p.pseudonym from person p where p.id = $1 and p.owner_organization_id = $2::uuid and p.erased_at is null
         and ${mayPart('basis', '$2', '$3')}`,
      [personId, actor.organizationId, actor.role],
    );
    if (!person) return false;
    await tx.query(
      `insert into consent (person_id, organization_id, parts, purpose, valid_from, valid_until, method, recorded_by)
       values ($1, $2, $3::text[], $4, $5::date, $6::date, $7, $8)`,
      [personId, input.organizationId, input.parts, input.purpose, input.validFrom, input.validUntil, input.method, actor.accountId],
    );
    await logProcessing(tx, actor, 'toestemming.vastleggen', [person.pseudonym]);
    return true;
  });
}

export async function withdrawConsent(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  personId: string,
  consentId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ pseudonym: string }>(
      `update consent c set withdrawn_at = now(), withdrawn_by = $4
       from person p
       where c.id = $1 and c.person_id = $2 and p.id = c.person_id and c.withdrawn_at is null
         and p.owner_organization_id = $3::uuid and ${mayPart('basis', '$3', '$5')}
       returning p.pseudonym`,
      [consentId, personId, actor.organizationId, actor.accountId, actor.role],
    );
    if (rows.length === 0) return false;
    await logProcessing(tx, actor, 'toestemming.intrekken', [rows[0]!.pseudonym]);
    return true;
  });
}

/** Consents of a person: all of them for the owner, only its own for another organisation. */
export async function listConsents(db: Queryable, actor: Actor, personId: string): Promise<ConsentRecord[]> {
  return db.query<ConsentRecord>(
    `select c.id, c.organization_id as "organizationId", o.name as "organizationName", c.parts, c.purpose,
       c.valid_from as "validFrom", c.valid_until as "validUntil", c.method, ${iso('c.recorded_at')} as "recordedAt",
       a.name as "recordedByName", ${iso('c.withdrawn_at')} as "withdrawnAt",
       (c.withdrawn_at is null and c.valid_from <= current_date and (c.valid_until is null or c.valid_until >= current_date)) as active
     from consent c join person p on p.id = c.person_id join organization o on o.id = c.organization_id
     left join account a on a.id = c.recorded_by
     where c.person_id = $1 and ${mayPart('basis', '$2', '$3')}
       and (p.owner_organization_id = $2::uuid or c.organization_id = $2::uuid)
     order by c.recorded_at desc`,
    [personId, actor.organizationId, actor.role],
  );
}

export interface ProcessingLine {
  occurredAt: string;
  activity: string;
  operation: Operation;
  organizationName: string | null;
  purpose: string;
  legalBasis: string;
}

/** Inzage: who processed this person's data and why. Only for the owning organisation. */
export async function processingHistory(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  personId: string,
): Promise<ProcessingLine[] | null> {
  return db.transaction(async (tx) => {
    const [person] = await tx.query<{ pseudonym: string }>(
      `select p.pseudonym from person p where p.id = $1 and p.owner_organization_id = $2::uuid and ${mayPart('basis', '$2', '$3')}`,
      [personId, actor.organizationId, actor.role],
    );
    if (!person) return null;
    await logProcessing(tx, actor, 'persoon.inzage', [person.pseudonym]);
    return tx.query<ProcessingLine>(
      `select ${iso('l.occurred_at')} as "occurredAt", l.activity, l.operation, o.name as "organizationName", l.purpose, l.legal_basis as "legalBasis"
       from ${personLogLines} l left join organization o on o.id = l.organization_id
       order by l.occurred_at desc, l.id desc limit 1000`,
      [person.pseudonym],
    );
  });
}

export interface PersonExport {
  person: Omit<PersonRecord, 'visibleParts' | 'owned'>;
  consents: ConsentRecord[];
  processing: ProcessingLine[];
  /** Every table with this person's data (src/db/person-export.ts), row by row. */
  records: Record<string, { label: string; rows: unknown[] }>;
  exportedAt: string;
}

/** Everything about one person (AVG art. 15/20). Only for the owning organisation. */
export async function exportPerson(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  personId: string,
): Promise<PersonExport | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<PersonBasis & { story: string | null }>(
      `select ${basisColumns}, p.story from person p join organization o on o.id = p.owner_organization_id
       where p.id = $1 and p.owner_organization_id = $2::uuid and ${mayPart('basis', '$2', '$3')}`,
      [personId, actor.organizationId, actor.role],
    );
    if (!row) return null;
    await logProcessing(tx, actor, 'persoon.exporteren', [row.pseudonym]);
    const consents = await listConsents(tx, actor, personId);
    const processing = await tx.query<ProcessingLine>(
      `select ${iso('l.occurred_at')} as "occurredAt", l.activity, l.operation, o.name as "organizationName", l.purpose, l.legal_basis as "legalBasis"
       from ${personLogLines} l left join organization o on o.id = l.organization_id
       order by l.occurred_at, l.id`,
      [row.pseudonym],
    );
    const records = await personRecords(tx, personId);
    return { person: row, consents, processing, records, exportedAt: new Date().toISOString() };
  });
}

export const anonymiseSql = `update person set given_name = 'Geanonimiseerd', family_name = '', birth_year = null, bsn = null,
  email = null, phone = null, story = null, limitation_effect = null, limitation_kinds = '{}', erased_at = now(), updated_at = now()`;

/** Erase on request: the record keeps no personal data; the processing log keeps its pseudonymous lines. */
export async function anonymisePerson(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  actor: Actor,
  personId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ pseudonym: string }>(
      `${anonymiseSql} where id = $1 and erased_at is null and owner_organization_id = $2::uuid
         and inbeeld_may_see(id, owner_organization_id, 'basis', $2::uuid, $3) returning pseudonym`,
      [personId, actor.organizationId, actor.role],
    );
    if (rows.length === 0) return false;
    await tx.query('delete from consent where person_id = $1', [personId]);
    await logProcessing(tx, actor, 'persoon.anonimiseren', [rows[0]!.pseudonym]);
    return true;
  });
}

/** Retention: anonymise records not changed for `months`. Runs as the system. */
export async function applyRetention(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  months: number,
  traceId: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string; pseudonym: string }>(
      `${anonymiseSql} where erased_at is null and updated_at < now() - make_interval(months => $1) returning id, pseudonym`,
      [months],
    );
    if (rows.length === 0) return 0;
    await tx.query('delete from consent where person_id = any($1::uuid[])', [rows.map((r) => r.id)]);
    await logProcessing(tx, { accountId: null, organizationId: null, role: 'systeem', traceId }, 'persoon.anonimiseren', rows.map((r) => r.pseudonym));
    return rows.length;
  });
}
