// Placement updates from outside, by API and CSV: all or nothing, and
// idempotent on extern_id (per organisation). Each row names a placement of
// the organisation (plaatsing_id), what happened (soort) and the date.
// Every row is checked first; one bad row and nothing is stored, and the
// answer names each rejected row and field in Dutch.
import type { Queryable } from '../../db/client.ts';
import { placementEndReasons, type PlacementEndReason } from '../../db/nazorg/labels.ts';
import { endPlacementIn } from '../../db/nazorg/placements.ts';
import { logProcessing, type Actor } from '../../db/persons.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { isIsoDate } from '../../web/form-input.ts';
import type { FieldError } from '../../web/errors.ts';

export const updateKinds = {
  verlengd: 'Contract verlengd (datum: de nieuwe einddatum)',
  'nieuwe-einddatum': 'Nieuwe einddatum van het contract',
  beeindigd: 'Baan beëindigd (datum: de laatste werkdag)',
} as const;
export type UpdateKind = keyof typeof updateKinds;

export const updateFields = ['extern_id', 'plaatsing_id', 'soort', 'datum', 'reden', 'notitie'] as const;
export const MAX_UPDATE_ROWS = 5000;

export interface RawUpdate {
  row: number;
  values: Record<string, unknown>;
}

export interface RejectedUpdate {
  row: number;
  externId: string | null;
  fields: FieldError[];
}

export type UpdateReport =
  | { ok: true; applied: number; alreadyPresent: number; rows: Array<{ row: number; externId: string; status: 'verwerkt' | 'al-aanwezig'; placementId: string }> }
  | { ok: false; message: string; rejected: RejectedUpdate[] };

interface Valid {
  row: number;
  externId: string;
  placementId: string;
  kind: UpdateKind;
  date: string;
  reason: PlacementEndReason;
  note: string | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v));

/** Checks one row on its own (no database). */
export function checkUpdate(raw: RawUpdate): { valid: Valid | null; rejected: RejectedUpdate | null } {
  const v = raw.values;
  const fields: FieldError[] = [];
  const externId = str(v.extern_id);
  const placementId = str(v.plaatsing_id);
  const kind = str(v.soort);
  const date = str(v.datum);
  const reason = str(v.reden) || 'anders';
  const note = str(v.notitie);
  if (!externId || externId.length > 100) fields.push({ field: 'extern_id', message: 'Vul je eigen kenmerk in (1 tot 100 tekens). Hetzelfde kenmerk nog eens sturen verandert niets.' });
  if (!UUID_PATTERN.test(placementId)) fields.push({ field: 'plaatsing_id', message: 'Vul het id van de plaatsing in zoals InBeeld het gaf (een UUID).' });
  if (!(kind in updateKinds)) fields.push({ field: 'soort', message: `Kies uit: ${Object.keys(updateKinds).join(', ')}.` });
  if (!isIsoDate(date)) fields.push({ field: 'datum', message: 'Vul een geldige datum in als JJJJ-MM-DD, bijvoorbeeld 2026-06-30.' });
  if (kind === 'beeindigd' && !(reason in placementEndReasons)) fields.push({ field: 'reden', message: `Kies een reden uit: ${Object.keys(placementEndReasons).join(', ')}.` });
  if (note.length > 2000) fields.push({ field: 'notitie', message: 'Gebruik hoogstens 2000 tekens.' });
  for (const key of Object.keys(v)) if (!(updateFields as readonly string[]).includes(key)) fields.push({ field: key, message: `Dit veld kennen we niet. Gebruik alleen: ${updateFields.join(', ')}.` });
  if (fields.length) return { valid: null, rejected: { row: raw.row, externId: externId || null, fields } };
  return { valid: { row: raw.row, externId, placementId, kind: kind as UpdateKind, date, reason: reason as PlacementEndReason, note: note || null }, rejected: null };
}

class Rollback extends Error {
  constructor(readonly rejected: RejectedUpdate[]) {
    super('rollback');
  }
}

const NOTHING = 'Niets ingelezen: niet alle regels kloppen. Pas de regels hieronder aan en stuur alles opnieuw.';

export async function importPlacementUpdates(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  raws: RawUpdate[],
  options: { actor: Actor; source: 'csv' | 'api'; today: string },
): Promise<UpdateReport> {
  const { actor } = options;
  if (raws.length === 0) return { ok: false, message: 'Niets ingelezen: er staan geen regels in.', rejected: [] };
  if (raws.length > MAX_UPDATE_ROWS) return { ok: false, message: `Niets ingelezen: stuur hoogstens ${MAX_UPDATE_ROWS} regels per keer.`, rejected: [] };
  const checked = raws.map(checkUpdate);
  const rejected = checked.flatMap((c) => (c.rejected ? [c.rejected] : []));
  const seen = new Map<string, number>();
  for (const c of checked) {
    if (!c.valid) continue;
    const first = seen.get(c.valid.externId);
    if (first !== undefined) rejected.push({ row: c.valid.row, externId: c.valid.externId, fields: [{ field: 'extern_id', message: `Dit kenmerk staat ook in regel ${first}. Geef elke gebeurtenis een eigen kenmerk.` }] });
    else seen.set(c.valid.externId, c.valid.row);
  }
  if (rejected.length) return { ok: false, message: NOTHING, rejected: rejected.sort((a, b) => a.row - b.row) };
  const valid = checked.map((c) => c.valid!);
  try {
    return await db.transaction(async (tx) => {
      const report: Extract<UpdateReport, { ok: true }> = { ok: true, applied: 0, alreadyPresent: 0, rows: [] };
      const problems: RejectedUpdate[] = [];
      const touched = new Set<string>();
      for (const u of valid) {
        const [done] = await tx.query<{ placementId: string }>(
          'select placement_id as "placementId" from placement_update where organization_id = $1::uuid and external_id = $2',
          [actor.organizationId, u.externId],
        );
        if (done) {
          report.alreadyPresent++;
          report.rows.push({ row: u.row, externId: u.externId, status: 'al-aanwezig', placementId: done.placementId });
          continue;
        }
        // Only the organisation's own placements of records it owns.
        const [p] = await tx.query<{ personId: string; pseudonym: string; startDate: string; endDate: string | null }>(
          `select pl.person_id as "personId", p.pseudonym, pl.start_date as "startDate", pl.end_date as "endDate"
           from placement pl join person p on p.id = pl.person_id
           where pl.id = $1::uuid and pl.organization_id = $2::uuid and p.owner_organization_id = $2::uuid and p.erased_at is null`,
          [u.placementId, actor.organizationId],
        );
        const fail = (field: string, message: string) => problems.push({ row: u.row, externId: u.externId, fields: [{ field, message }] });
        if (!p) { fail('plaatsing_id', 'Deze plaatsing bestaat niet bij jouw organisatie.'); continue; }
        if (u.date < p.startDate) { fail('datum', `Deze datum ligt voor de start van de baan (${p.startDate}).`); continue; }
        if (p.endDate) { fail('soort', `Deze baan is al beëindigd op ${p.endDate}.`); continue; }
        if (u.kind === 'beeindigd') {
          await endPlacementIn(tx, actor, p.personId, u.placementId, { endDate: u.date, reason: u.reason, note: u.note }, options.today);
        } else {
          await tx.query(
            `update placement set contract_end = $2::date, updated_at = now(),
               contract_followup_at = case when $3 then now() else contract_followup_at end,
               contract_followup_note = case when $3 then coalesce($4, 'Contract verlengd') else contract_followup_note end
             where id = $1::uuid`,
            [u.placementId, u.date, u.kind === 'verlengd', u.note],
          );
        }
        await tx.query(
          `insert into placement_update (organization_id, external_id, placement_id, kind, update_date, source) values ($1, $2, $3, $4, $5::date, $6)`,
          [actor.organizationId, u.externId, u.placementId, u.kind, u.date, options.source],
        );
        touched.add(p.pseudonym);
        report.applied++;
        report.rows.push({ row: u.row, externId: u.externId, status: 'verwerkt', placementId: u.placementId });
      }
      if (problems.length) throw new Rollback(problems);
      await logProcessing(tx, actor, 'persoon.wijzigen', [...touched]);
      return report;
    });
  } catch (e) {
    if (e instanceof Rollback) return { ok: false, message: NOTHING, rejected: e.rejected };
    throw e;
  }
}
