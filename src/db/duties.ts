// Queries for the background duties (src/features/jobs). Each claims its rows
// with FOR UPDATE SKIP LOCKED and marks them in the caller's transaction, so
// two workers never pick the same row and a rolled-back run leaves no mark.
// No person data leaves here: only account addresses, counts and ids.
import type { Queryable } from './client.ts';

export interface EscalationMail {
  referralId: string;
  to: string;
}

/**
 * Referrals still waiting for an answer after the escalation term: marks each
 * once and returns the sender's address. `today` is the date the terms are counted against.
 */
export async function claimEscalations(tx: Queryable, today: string, limit = 500): Promise<EscalationMail[]> {
  return tx.query<EscalationMail>(
    `with due as (
       select r.id from referral r
       where r.state = 'verstuurd' and r.escalation_due < $1::date and r.escalation_mailed_at is null
         and r.sender_account_id is not null
       order by r.escalation_due
       limit $2
       for update of r skip locked
     )
     update referral r set escalation_mailed_at = now()
     from due, account a
     where r.id = due.id and a.id = r.sender_account_id
     returning r.id as "referralId", a.email as "to"`,
    [today, limit],
  );
}

export interface ReminderMail {
  accountId: string;
  to: string;
  registrations: number;
  transitions: number;
}

/**
 * The daily reminder for each teamleider of an organisation with work in its
 * queue past the deadline (self-registrations and transitions not picked up).
 * Marks (account, day) so a second run on the same day sends nothing.
 */
export async function claimReminders(tx: Queryable, today: string): Promise<ReminderMail[]> {
  return tx.query<ReminderMail>(
    `with late as (
       select organization_id, count(*) filter (where kind = 'r')::int as registrations, count(*) filter (where kind = 't')::int as transitions
       from (
         select organization_id, 'r' as kind from self_registration where picked_up_at is null and deadline < $1::date
         union all
         select organization_id, 't' from transition where picked_up_at is null and deadline < $1::date
       ) q group by organization_id
     ), marked as (
       insert into reminder_sent (account_id, day)
       select a.id, $1::date from account a join late l on l.organization_id = a.organization_id
       where a.role = 'teamleider'
       on conflict do nothing
       returning account_id
     )
     select a.id as "accountId", a.email as "to", l.registrations, l.transitions
     from marked m join account a on a.id = m.account_id join late l on l.organization_id = a.organization_id`,
    [today],
  );
}
