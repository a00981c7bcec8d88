// Reads the month choice, loads the placements and builds the SRG file; the
// download logs one processing-log line in the same transaction as the read.
import type { Db } from '../../db/client.ts';
import { logSrgExport, srgPlacements } from '../../db/monitor/srg.ts';
import type { Actor } from '../../db/persons.ts';
import type { FieldError } from '../../web/errors.ts';
import { previousMonth, srgFile, srgMonth, type SrgResult } from './srg.ts';

export async function srgLines(db: Db, actor: Actor, query: Record<string, unknown>, today: string, download: boolean): Promise<{ month: string; result: SrgResult | null; errors: FieldError[] }> {
  const month = typeof query.maand === 'string' && query.maand.trim() ? query.maand.trim().slice(0, 10) : previousMonth(today);
  const m = srgMonth(month, today);
  if (!m) return { month, result: null, errors: [{ field: 'maand', message: 'Verslagmaand: vul een maand in als JJJJ-MM, bijvoorbeeld 2026-11, en niet later dan deze maand.' }] };
  const result = await db.transaction(async (tx) => {
    const rows = await srgPlacements(tx, actor, m.first, m.last);
    const file = srgFile(rows, m);
    if (download) {
      const delivered = new Set(file.lines.map((l) => l.placementId));
      await logSrgExport(tx, actor, month, rows.filter((r) => delivered.has(r.placementId)).map((r) => r.pseudonym));
    }
    return file;
  });
  return { month, result, errors: [] };
}
