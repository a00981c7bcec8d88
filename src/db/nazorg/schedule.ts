// The check-in schedule per gemeente and contract kind, set by a teamleider.
// A gemeente without rows uses the defaults (src/domain/nazorg/schedule.ts).
import { DEFAULT_GAP_WEEKS } from '../../domain/nazorg/careers.ts';
import { DEFAULT_SCHEDULE, type ScheduleSettings } from '../../domain/nazorg/schedule.ts';
import type { Queryable } from '../client.ts';
import type { Actor } from '../persons.ts';

export interface StoredSchedule extends ScheduleSettings {
  contractKind: string;
  gapWeeks: number;
}

const columns = `contract_kind as "contractKind", first_from_weeks as "firstFromWeeks", first_until_weeks as "firstUntilWeeks",
  months, risk_months as "riskMonths", window_days as "windowDays", no_contact_weeks as "noContactWeeks", gap_weeks as "gapWeeks"`;

/** All rows of one gemeente, keyed by contract kind ('*' for the default of that gemeente). */
export async function schedulesOf(db: Queryable, gemeenteCode: string | null): Promise<Map<string, StoredSchedule>> {
  if (!gemeenteCode) return new Map();
  const rows = await db.query<StoredSchedule>(`select ${columns} from nazorg_schedule where gemeente_code = $1`, [gemeenteCode]);
  return new Map(rows.map((r) => [r.contractKind, r]));
}

/** The schedule for a contract kind: its own row, else the gemeente's '*' row, else the defaults. */
export function pickSchedule(rows: Map<string, StoredSchedule>, contractKind: string): StoredSchedule {
  return rows.get(contractKind) ?? rows.get('*') ?? { ...DEFAULT_SCHEDULE, contractKind: '*', gapWeeks: DEFAULT_GAP_WEEKS };
}

export async function organizationGemeente(db: Queryable, organizationId: string | null): Promise<string | null> {
  if (!organizationId) return null;
  const [row] = await db.query<{ code: string | null }>('select gemeente_code as code from organization where id = $1', [organizationId]);
  return row?.code ?? null;
}

/** A teamleider saves the schedule of their own gemeente; false when the organisation has no gemeente. */
export async function saveSchedule(db: Queryable, actor: Actor, contractKind: string, s: StoredSchedule): Promise<boolean> {
  if (actor.role !== 'teamleider') return false;
  const gemeente = await organizationGemeente(db, actor.organizationId);
  if (!gemeente) return false;
  await db.query(
    `insert into nazorg_schedule (gemeente_code, contract_kind, first_from_weeks, first_until_weeks, months, risk_months, window_days, no_contact_weeks, gap_weeks, updated_by)
     values ($1, $2, $3, $4, $5::int[], $6::int[], $7, $8, $9, $10)
     on conflict (gemeente_code, contract_kind) do update set first_from_weeks = excluded.first_from_weeks,
       first_until_weeks = excluded.first_until_weeks, months = excluded.months, risk_months = excluded.risk_months,
       window_days = excluded.window_days, no_contact_weeks = excluded.no_contact_weeks, gap_weeks = excluded.gap_weeks,
       updated_at = now(), updated_by = excluded.updated_by`,
    [gemeente, contractKind, s.firstFromWeeks, s.firstUntilWeeks, s.months, s.riskMonths, s.windowDays, s.noContactWeeks, s.gapWeeks, actor.accountId],
  );
  return true;
}

/** Removes the row of one contract kind, so it follows the gemeente's default again. */
export async function removeSchedule(db: Queryable, actor: Actor, contractKind: string): Promise<void> {
  const gemeente = await organizationGemeente(db, actor.organizationId);
  if (actor.role !== 'teamleider' || !gemeente || contractKind === '*') return;
  await db.query('delete from nazorg_schedule where gemeente_code = $1 and contract_kind = $2', [gemeente, contractKind]);
}
