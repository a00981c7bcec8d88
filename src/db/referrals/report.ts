import { type Outcome, type Reason, type ReferralState } from '../../domain/referral.ts';
import { type Queryable } from '../client.ts';
import { type Actor } from '../persons.ts';

// ---------------------------------------------------------------- report (for the monitor)

export interface ReportRow {
  receiverOrganizationId: string;
  receiverOrganizationName: string;
  serviceName: string | null;
  state: ReferralState;
  outcome: Outcome | null;
  reason: Reason | null;
  count: number;
}

/**
 * Referrals by outcome and by reason of failure, per receiving organisation
 * and offer: every referral the actor's organisation sent or received and
 * that was sent in [from, to]. Counts only; no person data.
 */
export async function referralReport(db: Queryable, actor: Actor, period: { from: string; to: string }): Promise<ReportRow[]> {
  if (!['consulent', 'teamleider', 'beleidsmedewerker'].includes(actor.role) || !actor.organizationId) return [];
  return db.query<ReportRow>(
    `select r.receiver_organization_id as "receiverOrganizationId", o.name as "receiverOrganizationName", r.service_name as "serviceName",
       r.state, r.outcome, case when r.state in ('afgewezen', 'niet_gelukt', 'ingetrokken') then r.reason end as reason, count(*)::int as count
     from referral r join organization o on o.id = r.receiver_organization_id
     where (r.sender_organization_id = $1::uuid or r.receiver_organization_id = $1::uuid)
       and r.sent_on between $2::date and $3::date
     group by 1, 2, 3, 4, 5, 6
     order by o.name, r.service_name nulls first, r.state, r.outcome nulls first, 6 nulls first`,
    [actor.organizationId, period.from, period.to],
  );
}
