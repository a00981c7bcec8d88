// The AVG export (art. 15 and 20) holds everything InBeeld keeps about one
// person. It is generated from this one list: every table with the person's
// data and how to find its rows. test/integration/avg-export.test.ts compares
// the list with the schema, so a new table that refers to a person (directly,
// or through a table in this list) fails the test until it is added here or
// excluded below with a reason.
import type { Queryable } from './client.ts';

export interface PersonTable {
  table: string;
  /** Dutch heading in the export. */
  label: string;
  /** Rows of this table for one person: $1 is the person id. */
  where: string;
  /** Columns left out: secrets that are not data about the person (hashes of link tokens). */
  omit?: string[];
}

const referralOf = 'referral_id in (select id from referral where person_id = $1::uuid)';
// Self-registration stores the Rechtencheck code as typed; shares are keyed on the sha256 of the normalised code.
const sharedCodes = `code_hash in (select encode(sha256(convert_to(upper(regexp_replace(rechtencheck_code, '[[:space:]-]+', '', 'g')), 'UTF8')), 'hex')
  from self_registration where person_id = $1::uuid and rechtencheck_code is not null)`;

export const personTables: readonly PersonTable[] = [
  { table: 'person', label: 'Basisgegevens, intake en verhaal', where: 'id = $1::uuid' },
  { table: 'self_registration', label: 'Aanmelding ("Neem contact met mij op")', where: 'person_id = $1::uuid' },
  { table: 'rechtencheck_share', label: 'Gedeelde Rechtencheck', where: sharedCodes, omit: ['code_hash', 'delete_hash'] },
  { table: 'consent', label: 'Toestemming om te delen', where: 'person_id = $1::uuid' },
  { table: 'plan', label: 'Plan van aanpak', where: 'person_id = $1::uuid' },
  { table: 'agreement', label: 'Afspraken', where: 'person_id = $1::uuid' },
  { table: 'contact', label: 'Contactmomenten en notities', where: 'person_id = $1::uuid' },
  { table: 'contact_person_change', label: 'Wisselingen van contactpersoon', where: 'person_id = $1::uuid' },
  { table: 'contact_handover', label: 'Overdracht van het aanspreekpunt', where: 'person_id = $1::uuid' },
  { table: 'transition', label: 'Overgangen (transities)', where: 'person_id = $1::uuid' },
  { table: 'referral', label: 'Doorverwijzingen', where: 'person_id = $1::uuid' },
  { table: 'referral_event', label: 'Geschiedenis van de doorverwijzingen', where: referralOf },
  { table: 'referral_link', label: 'E-maillinks van doorverwijzingen', where: referralOf, omit: ['token_hash'] },
  { table: 'placement', label: 'Werk (plaatsingen)', where: 'person_id = $1::uuid' },
  { table: 'placement_update', label: 'Wijzigingen van plaatsingen van buiten', where: 'placement_id in (select id from placement where person_id = $1::uuid)' },
  { table: 'checkin', label: 'Nazorggesprekken', where: 'person_id = $1::uuid' },
  { table: 'nazorg_followup', label: 'Opvolging na het einde van werk', where: 'person_id = $1::uuid' },
  { table: 'career', label: 'Afgeleid: banen samengevoegd tot doorlopend werk, voor de cijfers over duurzaamheid (migratie 155)', where: 'person_id = $1::uuid' },
  { table: 'monitor_person', label: 'Afgeleide gegevens voor de tellingen van de monitor en voor de signalen (migraties 146 en 170)', where: 'person_id = $1::uuid' },
  { table: 'signal_episode', label: 'Signalen "dreigt uit beeld te raken" (wanneer begonnen en opgelost)', where: 'person_id = $1::uuid' },
  { table: 'candidate_profile', label: 'Werkprofiel (met toestemming, voor bemiddeling)', where: 'person_id = $1::uuid' },
  { table: 'job_match', label: 'Voorstellen voor werk', where: 'person_id = $1::uuid' },
  { table: 'job_match_event', label: 'Stappen van de voorstellen voor werk', where: 'match_id in (select id from job_match where person_id = $1::uuid)' },
  { table: 'person_link', label: 'Persoonlijke link', where: 'person_id = $1::uuid', omit: ['token_hash'] },
  { table: 'processing_log', label: 'Verwerkingen (wie deed wat met je gegevens)', where: 'person_pseudonym = (select pseudonym from person where id = $1::uuid)' },
];

/** Tables that refer to a table above but hold no data about the person, and why. */
export const notPersonData: Readonly<Record<string, string>> = {
  audit_log: 'names the user behind a processing-log line: data about the professional, not the person',
  career_source: 'a view, nothing stored: it derives the rows of career (listed) from placement and person (listed)',
};

/** Every listed table's rows for one person, as JSON objects, keyed by table. */
export async function personRecords(tx: Queryable, personId: string): Promise<Record<string, { label: string; rows: unknown[] }>> {
  const out: Record<string, { label: string; rows: unknown[] }> = {};
  for (const t of personTables) {
    const omit = (t.omit ?? []).map((c) => ` - '${c}'`).join('');
    const rows = await tx.query<{ row: unknown }>(`select to_jsonb(x)${omit} as row from ${t.table} x where ${t.where}`, [personId]);
    out[t.table] = { label: t.label, rows: rows.map((r) => r.row) };
  }
  return out;
}
