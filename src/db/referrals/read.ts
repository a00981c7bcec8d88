import { type Outcome, type Reason, type ReferralRole, type ReferralState } from '../../domain/referral.ts';
import { workingDaysBetween } from '../../domain/workdays.ts';
import { prepared, type Queryable } from '../client.ts';
import { type Actor, type RecordPart, logProcessing } from '../persons.ts';
import { readList, type ListLog } from '../list-log.ts';
import { type Tx, isCaseworker, iso, mayOrg } from './shared.ts';

// ---------------------------------------------------------------- reading

export interface ReferralEvent {
  action: string;
  fromState: ReferralState | null;
  toState: ReferralState;
  role: ReferralRole;
  accountName: string | null;
  organizationName: string | null;
  reason: Reason | null;
  reasonNote: string | null;
  outcome: Outcome | null;
  occurredAt: string;
}

export interface LinkedReferral {
  id: string;
  receiverName: string;
  serviceName: string | null;
  state: ReferralState;
}

export interface ReferralDetail {
  id: string;
  personId: string;
  role: 'sender' | 'receiver';
  state: ReferralState;
  /** Null when the actor may not see the person (any more). */
  person: { givenName: string; familyName: string; birthYear: number | null; email: string | null; phone: string | null; story: string | null } | null;
  /** The receiving organisation may see the person now. False after consent was withdrawn or ended. */
  consentActive: boolean;
  consentWithdrawnAt: string | null;
  senderOrganizationId: string;
  senderOrganizationName: string;
  senderAccountName: string | null;
  receiverOrganizationId: string;
  receiverOrganizationName: string;
  serviceId: string | null;
  serviceKey: string | null;
  serviceName: string | null;
  question: string;
  parts: RecordPart[];
  external: boolean;
  externalEmail: string | null;
  linkExpiresAt: string | null;
  reason: Reason | null;
  reasonNote: string | null;
  outcome: Outcome | null;
  previous: LinkedReferral | null;
  followUp: LinkedReferral | null;
  createdAt: string;
  sentAt: string | null;
  sentOn: string | null;
  responseDue: string | null;
  escalationDue: string | null;
  respondedAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  escalated: boolean;
  events: ReferralEvent[];
}

/** One referral, for the sending or the receiving organisation; null (404) for anyone else. */
export async function readReferral(db: Tx, actor: Actor, id: string, today: string): Promise<ReferralDetail | null> {
  if (!isCaseworker(actor)) return null;
  return db.transaction(async (tx) => {
    const [r] = await tx.query<Omit<ReferralDetail, 'events' | 'previous' | 'followUp' | 'person' | 'role'> & {
      pseudonym: string; previousId: string | null; followUpId: string | null; senderSide: boolean; receiverSide: boolean; personVisible: boolean;
      givenName: string; familyName: string; birthYear: number | null; email: string | null; phone: string | null; story: string | null;
    }>(
      `select r.id, r.person_id as "personId", p.pseudonym, r.state,
         r.sender_organization_id = $2::uuid as "senderSide",
         r.receiver_organization_id = $2::uuid and not r.external as "receiverSide",
         inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3) and p.erased_at is null as "personVisible",
         p.given_name as "givenName", p.family_name as "familyName", p.birth_year as "birthYear", p.email, p.phone,
         case when inbeeld_may_see(p.id, p.owner_organization_id, 'verhaal', $2::uuid, $3) then p.story end as story,
         (p.erased_at is null and ${mayOrg('basis', 'r.receiver_organization_id')}) as "consentActive",
         ${iso('c.withdrawn_at')} as "consentWithdrawnAt",
         r.sender_organization_id as "senderOrganizationId", so.name as "senderOrganizationName", sa.name as "senderAccountName",
         r.receiver_organization_id as "receiverOrganizationId", ro.name as "receiverOrganizationName",
         r.service_id as "serviceId", s.key as "serviceKey", r.service_name as "serviceName", r.question, r.parts, r.external,
         r.external_email as "externalEmail",
         (select ${iso('max(l.expires_at)')} from referral_link l where l.referral_id = r.id and l.revoked_at is null) as "linkExpiresAt",
         r.reason, r.reason_note as "reasonNote", r.outcome, r.previous_referral_id as "previousId", r.follow_up_referral_id as "followUpId",
         ${iso('r.created_at')} as "createdAt", ${iso('r.sent_at')} as "sentAt", r.sent_on as "sentOn", r.response_due as "responseDue",
         r.escalation_due as "escalationDue", ${iso('r.responded_at')} as "respondedAt", ${iso('r.closed_at')} as "closedAt",
         (r.state = 'verstuurd' and r.response_due < $4::date) as overdue,
         (r.state = 'verstuurd' and r.escalation_due < $4::date) as escalated
       from referral r join person p on p.id = r.person_id
       join organization so on so.id = r.sender_organization_id join organization ro on ro.id = r.receiver_organization_id
       left join account sa on sa.id = r.sender_account_id left join service s on s.id = r.service_id
       left join consent c on c.id = r.consent_id
       where r.id = $1::uuid and $3 in ('consulent', 'teamleider')`,
      [id, actor.organizationId, actor.role, today],
    );
    if (!r) return null;
    // The receiver sees the referral only while the person's consent lets it see the record.
    if (!r.senderSide && !(r.receiverSide && r.personVisible)) return null;
    const events = await tx.query<ReferralEvent>(
      `select e.action, e.from_state as "fromState", e.to_state as "toState", e.role, a.name as "accountName", o.name as "organizationName",
         e.reason, e.reason_note as "reasonNote", e.outcome, ${iso('e.occurred_at')} as "occurredAt"
       from referral_event e left join account a on a.id = e.account_id left join organization o on o.id = e.organization_id
       where e.referral_id = $1::uuid order by e.id`,
      [id],
    );
    const linked = async (linkId: string | null): Promise<LinkedReferral | null> => {
      if (!linkId) return null;
      const [l] = await tx.query<LinkedReferral>(
        `select r.id, o.name as "receiverName", r.service_name as "serviceName", r.state from referral r join organization o on o.id = r.receiver_organization_id where r.id = $1::uuid`,
        [linkId],
      );
      return l ?? null;
    };
    if (r.personVisible) await logProcessing(tx, actor, 'persoon.lezen', [r.pseudonym]);
    const { pseudonym: _p, previousId, followUpId, senderSide, receiverSide: _r, personVisible, givenName, familyName, birthYear, email, phone, story, ...rest } = r;
    return {
      ...rest,
      role: senderSide ? 'sender' : 'receiver',
      person: personVisible ? { givenName, familyName, birthYear, email, phone, story } : null,
      previous: await linked(previousId),
      followUp: await linked(followUpId),
      events,
    };
  });
}

export interface ReferralListItem {
  id: string;
  personId: string;
  /** Null when the actor may not see the person (consent withdrawn, or the record moved). */
  givenName: string | null;
  familyName: string | null;
  state: ReferralState;
  senderOrganizationName: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  external: boolean;
  sentOn: string | null;
  responseDue: string | null;
  escalationDue: string | null;
  updatedAt: string;
  outcome: Outcome | null;
  reason: Reason | null;
  overdue: boolean;
  escalated: boolean;
  consentActive: boolean;
}

const listColumns = (org: string, role: string, today: string) => `r.id, r.person_id as "personId", p.pseudonym,
  case when inbeeld_may_see(p.id, p.owner_organization_id, 'basis', ${org}, ${role}) and p.erased_at is null then p.given_name end as "givenName",
  case when inbeeld_may_see(p.id, p.owner_organization_id, 'basis', ${org}, ${role}) and p.erased_at is null then p.family_name end as "familyName",
  r.state, so.name as "senderOrganizationName", ro.name as "receiverOrganizationName", r.service_name as "serviceName", r.external,
  r.sent_on as "sentOn", r.response_due as "responseDue", r.escalation_due as "escalationDue", ${iso('r.updated_at')} as "updatedAt",
  r.outcome, r.reason,
  (r.state = 'verstuurd' and r.response_due < ${today}) as overdue,
  (r.state = 'verstuurd' and r.escalation_due < ${today}) as escalated,
  (p.erased_at is null and ${mayOrg('basis', 'r.receiver_organization_id')}) as "consentActive"`;

const listFrom = `from referral r join person p on p.id = r.person_id
  join organization so on so.id = r.sender_organization_id join organization ro on ro.id = r.receiver_organization_id`;

async function logList(tx: Queryable, actor: Actor, rows: Array<ReferralListItem & { pseudonym: string }>, listLog?: ListLog): Promise<ReferralListItem[]> {
  const read = [...new Set(rows.filter((r) => r.givenName !== null).map((r) => r.pseudonym))];
  if (listLog) listLog.add(read);
  else await logProcessing(tx, actor, 'persoon.lijst', read);
  return rows.map(({ pseudonym: _p, ...r }) => r);
}

/** The sender's overview: every referral the organisation sent or prepared, newest change first. */
export async function sentReferrals(db: Tx & Partial<Queryable>, actor: Actor, today: string): Promise<ReferralListItem[]> {
  if (!isCaseworker(actor)) return [];
  return readList(db, async (tx) => {
    const rows = await tx.query<ReferralListItem & { pseudonym: string }>(
      `select ${listColumns('$1::uuid', '$2', '$3::date')} ${listFrom}
       where r.sender_organization_id = $1::uuid
         and (r.closed_at is null or r.closed_at > now() - interval '90 days')
       order by r.updated_at desc limit 500`,
      [actor.organizationId, actor.role, today],
    );
    return logList(tx, actor, rows);
  });
}

/**
 * The receiver's inbox: referrals to the organisation in InBeeld. A referral
 * whose consent was withdrawn stays as a line without any personal data, so
 * the receiver knows why it disappeared.
 */
export async function receivedReferrals(db: Tx & Partial<Queryable>, actor: Actor, today: string, options: { listLog?: ListLog } = {}): Promise<ReferralListItem[]> {
  if (!isCaseworker(actor)) return [];
  return readList(db, async (tx) => {
    const rows = await tx.query<ReferralListItem & { pseudonym: string }>(
      `select ${listColumns('$1::uuid', '$2', '$3::date')} ${listFrom}
       where r.receiver_organization_id = $1::uuid and not r.external and r.state <> 'concept'
         and (r.closed_at is null or r.closed_at > now() - interval '30 days')
       order by r.sent_at desc limit 500`,
      [actor.organizationId, actor.role, today],
    );
    // Without consent the receiver sees no person: not even an id in the list.
    return logList(tx, actor, rows.map((r) => (r.givenName === null ? { ...r, personId: '' } : r)), options.listLog);
  });
}

export interface OverdueReferral {
  /** For a signals list: this kind, since the response date. */
  kind: 'doorverwijzing-onbeantwoord';
  since: string;
  id: string;
  personId: string;
  givenName: string;
  familyName: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  sentOn: string;
  responseDue: string;
  escalationDue: string;
  escalated: boolean;
  /** Working days past the response date. */
  workingDaysLate: number;
  /** Dutch (B1): what is late and by how much. */
  detail: string;
  actionPath: string;
  actionLabel: string;
}

// On every signals page and worklist: prepared, so each connection plans it once.
const OVERDUE_SQL = prepared(`select r.id, r.person_id as "personId", p.pseudonym, p.given_name as "givenName", p.family_name as "familyName",
    ro.name as "receiverOrganizationName", r.service_name as "serviceName", r.sent_on as "sentOn", r.response_due as "responseDue",
    r.escalation_due as "escalationDue", r.escalation_due < $3::date as escalated
  from referral r join person p on p.id = r.person_id join organization ro on ro.id = r.receiver_organization_id
  where r.sender_organization_id = $1::uuid and r.state = 'verstuurd' and r.response_due < $3::date and p.erased_at is null
    and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $1::uuid, $2)
    and ${mayOrg('basis', 'r.receiver_organization_id')}
  order by r.response_due, p.family_name, p.given_name`);

/**
 * Referrals the actor's organisation sent that were not answered in time: a
 * signal for the sender. `today` is an ISO date. Sorted oldest response date
 * first. Logs one processing-log line per person (pass log: false when the
 * same request already logged them).
 */
export async function overdueReferrals(db: Tx & Partial<Queryable>, actor: Actor, today: string, options: { log?: boolean; listLog?: ListLog } = {}): Promise<OverdueReferral[]> {
  if (!isCaseworker(actor)) return [];
  return readList(db, async (tx) => {
    const rows = await tx.query<Omit<OverdueReferral, 'kind' | 'since' | 'workingDaysLate' | 'detail' | 'actionPath' | 'actionLabel'> & { pseudonym: string }>(
      OVERDUE_SQL,
      [actor.organizationId, actor.role, today],
    );
    if (options.listLog) options.listLog.add(rows.map((r) => r.pseudonym));
    else if (options.log !== false) await logProcessing(tx, actor, 'persoon.lijst', [...new Set(rows.map((r) => r.pseudonym))]);
    return rows.map(({ pseudonym: _p, ...r }) => {
      const late = workingDaysBetween(r.responseDue, today);
      const what = r.serviceName ? `${r.receiverOrganizationName} (${r.serviceName})` : r.receiverOrganizationName;
      const detail = r.escalated
        ? `${what} heeft na ${workingDaysBetween(r.sentOn, today)} werkdagen nog niet geantwoord. De termijn liep af op ${dutchDate(r.responseDue)}. Bel de organisatie of verwijs door naar een ander aanbod.`
        : `${what} heeft nog niet geantwoord. De termijn liep af op ${dutchDate(r.responseDue)}: ${late === 1 ? '1 werkdag' : `${late} werkdagen`} geleden.`;
      return { kind: 'doorverwijzing-onbeantwoord' as const, since: r.responseDue, ...r, workingDaysLate: late, detail, actionPath: `/doorverwijzingen/${r.id}`, actionLabel: r.escalated ? 'Opvolgen (termijn ruim voorbij)' : 'Doorverwijzing bekijken' };
    });
  });
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export function dutchDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${Number(d)} ${monthNames[Number(m) - 1] ?? m} ${y}`;
}

/** The referrals of one person: all for the owner; for another organisation only with consent for "doorverwijzingen". */
export async function personReferrals(tx: Queryable, actor: Actor, personId: string, today: string): Promise<ReferralListItem[] | null> {
  const [visible] = await tx.query<{ ok: boolean }>(
    `select inbeeld_may_see(p.id, p.owner_organization_id, 'doorverwijzingen', $2::uuid, $3) and p.erased_at is null as ok from person p where p.id = $1::uuid`,
    [personId, actor.organizationId, actor.role],
  );
  if (!visible?.ok) return null;
  const rows = await tx.query<ReferralListItem & { pseudonym: string }>(
    `select ${listColumns('$2::uuid', '$3', '$4::date')} ${listFrom} where r.person_id = $1::uuid order by r.created_at desc`,
    [personId, actor.organizationId, actor.role, today],
  );
  return rows.map(({ pseudonym: _p, ...r }) => r);
}


/** The newest Rechtencheck code the person gave with a request for contact, if any. */
export async function rechtencheckCodeOf(db: Queryable, actor: Actor, personId: string): Promise<string | null> {
  const [row] = await db.query<{ code: string }>(
    `select r.rechtencheck_code as code from self_registration r join person p on p.id = r.person_id
     where r.person_id = $1::uuid and r.rechtencheck_code is not null
       and inbeeld_may_see(p.id, p.owner_organization_id, 'basis', $2::uuid, $3)
     order by r.created_at desc limit 1`,
    [personId, actor.organizationId, actor.role],
  );
  return row?.code ?? null;
}

/** How many referrals wait for the organisation's first answer (no person data). */
export async function newReceivedCount(db: Queryable, actor: Actor): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from referral where receiver_organization_id = $1::uuid and state = 'verstuurd' and not external`,
    [actor.organizationId],
  );
  return row?.n ?? 0;
}
