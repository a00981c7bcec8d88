// Nazorg signals, computed set-based like the others in src/db/signals.ts
// (which calls this): a check-in overdue, a contract ending within 30 days
// without a recorded follow-up, a placement ended without follow-up contact,
// and no nazorg contact for longer than the gemeente's threshold. The
// schedule comes from nazorg_schedule (the contract kind's row, else the
// gemeente's '*' row, else the defaults of src/domain/nazorg/schedule.ts).
import { DEFAULT_SCHEDULE } from '../../domain/nazorg/schedule.ts';
import { preparedVariants, type Queryable } from '../client.ts';
import { SCOPE_FLAGS, type SignalScope } from '../signals/sql.ts';
import type { Signal } from '../signals.ts';

export type NazorgSignalKind = 'nazorg-gesprek-te-laat' | 'contract-eindigt' | 'baan-gestopt' | 'nazorg-geen-contact';

export const nazorgSignalKinds: Record<NazorgSignalKind, { label: string; actionLabel: string; anchor: string }> = {
  'nazorg-gesprek-te-laat': { label: 'Nazorggesprek te laat', actionLabel: 'Gesprek vastleggen', anchor: 'nazorg' },
  'contract-eindigt': { label: 'Contract stopt binnen 30 dagen', actionLabel: 'Vervolg vastleggen', anchor: 'nazorg' },
  'baan-gestopt': { label: 'Baan gestopt, niet opgevolgd', actionLabel: 'Opvolgen', anchor: 'nazorg' },
  'nazorg-geen-contact': { label: 'Te lang geen nazorgcontact', actionLabel: 'Gesprek vastleggen', anchor: 'nazorg' },
};

const D = DEFAULT_SCHEDULE;
// $1 organisation, $2 today, $3 person or null, $4 contact person or null,
// $5 the persons a page shows or null (all): the scope is applied inside
// every part of the query, so a worklist page pays for its own persons only.
// A prepared statement per usage pattern: an absent filter is left out, its
// parameter kept as `$3::uuid is null` (see scopeSql in src/db/signals/sql.ts).
const scopeSql = (s: SignalScope) => `p.owner_organization_id = $1::uuid and p.erased_at is null
  and ${s.person ? 'p.id = $3::uuid' : '$3::uuid is null'} and ${s.contactPerson ? 'p.contact_person_id = $4::uuid' : '$4::uuid is null'}
  and ${s.persons ? 'p.id = any ($5::uuid[])' : '$5::uuid[] is null'}`;

export const nazorgSignalsSql = preparedVariants(SCOPE_FLAGS, (scope) => `
with open_pl as (
  select pl.id, pl.person_id, pl.start_date, pl.contract_kind, pl.contract_end, pl.contract_followup_at,
    coalesce(sk.first_from_weeks, sd.first_from_weeks, ${D.firstFromWeeks}) as first_from,
    coalesce(sk.first_until_weeks, sd.first_until_weeks, ${D.firstUntilWeeks}) as first_until,
    coalesce(sk.months, sd.months, '{${D.months.join(',')}}'::int[]) as months,
    coalesce(sk.risk_months, sd.risk_months, '{${D.riskMonths.join(',')}}'::int[]) as risk_months,
    coalesce(sk.window_days, sd.window_days, ${D.windowDays}) as window_days,
    coalesce(sk.no_contact_weeks, sd.no_contact_weeks, ${D.noContactWeeks}) as no_contact_weeks
  from placement pl join person p on p.id = pl.person_id join organization o on o.id = p.owner_organization_id
  left join nazorg_schedule sk on sk.gemeente_code = coalesce(p.gemeente_code, o.gemeente_code) and sk.contract_kind = pl.contract_kind
  left join nazorg_schedule sd on sd.gemeente_code = coalesce(p.gemeente_code, o.gemeente_code) and sd.contract_kind = '*'
  where ${scopeSql(scope)} and pl.end_date is null
),
moments as (
  select op.id, op.person_id, 'w' || op.first_from as key, op.start_date + 7 * op.first_from as from_d, op.start_date + 7 * op.first_until as until_d
  from open_pl op
  union all
  select op.id, op.person_id, (case when m = any (op.months) then 'm' else 'r' end) || m,
    (op.start_date + make_interval(months => m))::date - op.window_days, (op.start_date + make_interval(months => m))::date + op.window_days
  from open_pl op cross join lateral (select distinct unnest(op.months || op.risk_months) as m) mm
),
late as (
  select m.person_id, min(m.until_d) as since, count(*)::int as n
  from moments m
  where m.until_d < $2::date
    and not exists (select 1 from checkin c where c.placement_id = m.id and (c.moment_key = m.key or c.checkin_date between m.from_d and m.until_d))
  group by m.person_id
),
ending as (
  select op.person_id, min(op.contract_end) as since
  from open_pl op
  where op.contract_kind <> 'vast' and op.contract_followup_at is null and op.contract_end between $2::date and $2::date + 30
  group by op.person_id
),
ended as (
  select f.person_id, min(f.deadline) as since, count(*)::int as n
  from nazorg_followup f join person p on p.id = f.person_id
  where ${scopeSql(scope)} and f.picked_up_at is null and f.deadline < $2::date
  group by f.person_id
),
silent as (
  select x.person_id, min(x.limit_d) as since, min(x.last_d) as last_d
  from (
    select op.person_id, coalesce(max(c.checkin_date), op.start_date) as last_d, coalesce(max(c.checkin_date), op.start_date) + 7 * op.no_contact_weeks as limit_d
    from open_pl op left join checkin c on c.placement_id = op.id
    group by op.id, op.person_id, op.start_date, op.no_contact_weeks
  ) x
  where x.limit_d < $2::date
  group by x.person_id
)
select p.id as person_id, p.pseudonym, p.given_name, p.family_name, p.contact_person_id,
  l.since as late_since, l.n as late_n, e.since as ending_on, d.since as ended_since, d.n as ended_n, s.since as silent_since, s.last_d as silent_last
from person p
left join late l on l.person_id = p.id
left join ending e on e.person_id = p.id
left join ended d on d.person_id = p.id
left join silent s on s.person_id = p.id
where ${scopeSql(scope)} and (l.person_id is not null or e.person_id is not null or d.person_id is not null or s.person_id is not null)`);

interface Row {
  person_id: string;
  pseudonym: string;
  given_name: string;
  family_name: string;
  contact_person_id: string | null;
  late_since: string | null;
  late_n: number | null;
  ending_on: string | null;
  ended_since: string | null;
  ended_n: number | null;
  silent_since: string | null;
  silent_last: string | null;
}

const day = (iso: string) => {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
};

/** The nazorg signals of the persons in scope, each with the person's pseudonym for the processing log. */
export async function nazorgSignals(
  tx: Queryable,
  organizationId: string,
  today: string,
  options: { personId?: string; contactPersonId?: string; personIds?: readonly string[] },
): Promise<Array<Signal & { pseudonym: string }>> {
  const [personId, contactPersonId, personIds] = [options.personId ?? null, options.contactPersonId ?? null, options.personIds ?? null];
  const scope = { person: personId !== null, contactPerson: contactPersonId !== null, persons: personIds !== null };
  const rows = await tx.query<Row>(nazorgSignalsSql(scope), [organizationId, today, personId, contactPersonId, personIds]);
  const out: Array<Signal & { pseudonym: string }> = [];
  for (const r of rows) {
    const base = { personId: r.person_id, pseudonym: r.pseudonym, givenName: r.given_name, familyName: r.family_name, contactPersonId: r.contact_person_id, actionPath: `/personen/${r.person_id}/nazorg` };
    const add = (kind: NazorgSignalKind, since: string, detail: string) => out.push({ ...base, kind, since, detail, actionLabel: nazorgSignalKinds[kind].actionLabel });
    if (r.late_since) add('nazorg-gesprek-te-laat', r.late_since, r.late_n === 1 ? `Een nazorggesprek had uiterlijk op ${day(r.late_since)} moeten zijn.` : `${r.late_n} nazorggesprekken zijn te laat. Het oudste had uiterlijk op ${day(r.late_since)} moeten zijn.`);
    if (r.ending_on) add('contract-eindigt', r.ending_on, `Het contract stopt op ${day(r.ending_on)}. Er is nog geen vervolg vastgelegd: verlenging, vast contract of een volgende baan.`);
    if (r.ended_since) add('baan-gestopt', r.ended_since, `De baan is gestopt. Niemand heeft contact opgenomen. De termijn liep af op ${day(r.ended_since)}.`);
    if (r.silent_since) add('nazorg-geen-contact', r.silent_since, `Laatste nazorgcontact op ${day(r.silent_last!)}. Dat is langer dan de grens van de gemeente.`);
  }
  return out;
}
