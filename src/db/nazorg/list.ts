// The nazorg list of a consulent: for every person in work (an open
// placement) the check-ins that are due or overdue, the end-date alerts and
// the 2-year chain alert, and after an end the follow-up task. Computed from
// the data on each request with the pure rules in src/domain/nazorg, never stored.
import { chainAlert, endAlerts, type EndAlert } from '../../domain/nazorg/alerts.ts';
import { addDays } from '../../domain/nazorg/dates.ts';
import { checkInSchedule, momentState, type CheckInMoment } from '../../domain/nazorg/schedule.ts';
import type { Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { pickSchedule, schedulesOf, type StoredSchedule } from './schedule.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export type NazorgItemKind = 'gesprek' | 'einddatum' | 'keten' | 'opvolging' | 'geen-contact';

export interface NazorgItem {
  personId: string;
  givenName: string;
  familyName: string;
  placementId: string;
  jobTitle: string;
  employerName: string;
  kind: NazorgItemKind;
  label: string;
  /** The day it is due (or the end date an alert is about). */
  date: string;
  overdue: boolean;
  momentKey?: string;
  followupId?: string;
}

interface Row {
  id: string;
  personId: string;
  pseudonym: string;
  givenName: string;
  familyName: string;
  gemeenteCode: string | null;
  employerId: string;
  employerName: string;
  jobTitle: string;
  startDate: string;
  endDate: string | null;
  contractKind: string;
  contractEnd: string | null;
  contractFollowupAt: string | null;
  jobcoachEnd: string | null;
  lksDecisionEnd: string | null;
  loonwaardeRemeasure: string | null;
  checkins: Array<{ key: string | null; date: string }> | null;
  followups: Array<{ id: string; deadline: string }> | null;
}

/** A moment counts as held when a check-in names it, or a check-in fell within its window. */
export function momentDone(m: CheckInMoment, checkins: Array<{ key: string | null; date: string }>): boolean {
  return checkins.some((c) => c.key === m.key || (c.date >= m.from && c.date <= m.until));
}

/** Contract kinds whose end date is a real end (a permanent contract has none). */
const ENDING_KINDS = new Set(['tijdelijk', 'uitzend', 'detachering', 'proefplaatsing', 'beschut-werk']);

export function itemsForPlacement(r: Row, all: Row[], schedule: StoredSchedule, today: string): NazorgItem[] {
  const base = { personId: r.personId, givenName: r.givenName, familyName: r.familyName, placementId: r.id, jobTitle: r.jobTitle, employerName: r.employerName };
  const items: NazorgItem[] = [];
  const checkins = r.checkins ?? [];
  if (r.endDate === null) {
    for (const m of checkInSchedule(r.startDate, schedule)) {
      const state = momentState(m, today, momentDone(m, checkins));
      if (state === 'open' || state === 'te-laat') {
        items.push({ ...base, kind: 'gesprek', label: m.label, date: m.until, overdue: state === 'te-laat', momentKey: m.key });
      }
    }
    const contract = ENDING_KINDS.has(r.contractKind) && r.contractFollowupAt === null ? r.contractEnd : null;
    const alerts: EndAlert[] = endAlerts({ contract, jobcoach: r.jobcoachEnd, loonkostensubsidie: r.lksDecisionEnd, loonwaarde: r.loonwaardeRemeasure }, today);
    for (const a of alerts) {
      items.push({ ...base, kind: 'einddatum', label: `${a.label}: nog ${a.daysLeft} ${a.daysLeft === 1 ? 'dag' : 'dagen'} (${a.level}-dagenmelding)`, date: a.date, overdue: a.level === 30 });
    }
    const chain = chainAlert(
      all.filter((x) => x.personId === r.personId).map((x) => ({ employer: x.employerId, kind: x.contractKind, start: x.startDate, end: x.endDate ?? x.contractEnd })),
      today,
    );
    if (chain && all.filter((x) => x.personId === r.personId && x.endDate === null).at(-1)?.id === r.id) items.push({ ...base, kind: 'keten', label: chain.label, date: chain.date, overdue: false });
    const last = checkins.reduce((max, c) => (c.date > max ? c.date : max), r.startDate);
    const limit = addDays(last, schedule.noContactWeeks * 7);
    if (limit < today) items.push({ ...base, kind: 'geen-contact', label: `Geen nazorgcontact sinds ${last} (grens ${schedule.noContactWeeks} weken)`, date: limit, overdue: true });
  }
  for (const f of r.followups ?? []) {
    items.push({ ...base, kind: 'opvolging', label: 'Baan gestopt: opvolgen', date: f.deadline, overdue: f.deadline < today, followupId: f.id });
  }
  return items;
}

const ROWS_SQL = `
with people as (
  select p.id, p.pseudonym, p.given_name, p.family_name, coalesce(p.gemeente_code, o.gemeente_code) as gemeente_code
  from person p join organization o on o.id = p.owner_organization_id
  where p.owner_organization_id = $1::uuid and p.erased_at is null
    and inbeeld_may_see(p.id, p.owner_organization_id, 'plan', $1::uuid, $2)
    and ($3::uuid is null or p.contact_person_id = $3::uuid or p.contact_person_id is null)
    and ($4::uuid is null or p.id = $4::uuid)
    and exists (select 1 from placement x where x.person_id = p.id and (x.end_date is null
      or exists (select 1 from nazorg_followup f where f.placement_id = x.id and f.picked_up_at is null)))
)
select pl.id, pl.person_id as "personId", pe.pseudonym, pe.given_name as "givenName", pe.family_name as "familyName", pe.gemeente_code as "gemeenteCode",
  pl.employer_id as "employerId", e.name as "employerName", pl.job_title as "jobTitle", pl.start_date as "startDate", pl.end_date as "endDate",
  pl.contract_kind as "contractKind", pl.contract_end as "contractEnd", pl.contract_followup_at::text as "contractFollowupAt",
  pl.jobcoach_end as "jobcoachEnd", pl.lks_decision_end as "lksDecisionEnd", pl.loonwaarde_remeasure as "loonwaardeRemeasure",
  (select json_agg(json_build_object('key', c.moment_key, 'date', c.checkin_date)) from checkin c where c.placement_id = pl.id) as checkins,
  (select json_agg(json_build_object('id', f.id, 'deadline', f.deadline)) from nazorg_followup f where f.placement_id = pl.id and f.picked_up_at is null) as followups
from placement pl join people pe on pe.id = pl.person_id join employer e on e.id = pl.employer_id
order by pl.person_id, pl.start_date`;

/**
 * Due and overdue nazorg items, oldest date first. `mine` limits to the
 * actor's own persons (and those without a contact person). Logged: one
 * processing-log line per person listed; `log: false` only where the same
 * request logged its read of that person already.
 */
export async function nazorgList(db: Tx, actor: Actor, today: string, options: { mine?: boolean; personId?: string; log?: boolean } = {}): Promise<NazorgItem[]> {
  if (!['consulent', 'teamleider'].includes(actor.role) || !actor.organizationId) return [];
  return db.transaction(async (tx) => {
    const rows = await tx.query<Row>(ROWS_SQL, [actor.organizationId, actor.role, options.mine ? actor.accountId : null, options.personId ?? null]);
    const schedules = new Map<string, Map<string, StoredSchedule>>();
    const items: NazorgItem[] = [];
    for (const r of rows) {
      const key = r.gemeenteCode ?? '';
      if (!schedules.has(key)) schedules.set(key, await schedulesOf(tx, r.gemeenteCode));
      items.push(...itemsForPlacement(r, rows, pickSchedule(schedules.get(key)!, r.contractKind), today));
    }
    if (options.log !== false) await logProcessing(tx, actor, 'persoon.lijst', [...new Set(rows.map((r) => r.pseudonym))]);
    return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  });
}
