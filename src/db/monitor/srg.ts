// Reads the placements for the SRG delivery of one organisation and logs the
// export. Access is checked in the query (inbeeld_may_see on the plan part,
// as for every placement). The BSN leaves this module only in the file; it
// is never written to the application log.
import { srgGuideline, srgLegalBasis } from '../../content/monitor/srg.ts';
import type { SrgPlacement } from '../../features/monitor/srg.ts';
import type { Queryable } from '../client.ts';
import type { Actor } from '../persons.ts';

export interface SrgSource extends SrgPlacement {
  pseudonym: string;
}

/** Placements recorded by the organisation that run for at least a day between `first` and `last`. */
export async function srgPlacements(db: Queryable, actor: Actor, first: string, last: string): Promise<SrgSource[]> {
  return db.query<SrgSource>(
    `select pl.id as "placementId", p.pseudonym, p.bsn, p.gemeente_code as "gemeenteCode",
       to_char(pl.start_date, 'YYYY-MM-DD') as "startDate", to_char(pl.end_date, 'YYYY-MM-DD') as "endDate",
       pl.contract_kind as "contractKind", to_char(pl.contract_end, 'YYYY-MM-DD') as "contractEnd", pl.instruments,
       to_char(pl.lks_decision_end, 'YYYY-MM-DD') as "lksDecisionEnd", to_char(pl.jobcoach_end, 'YYYY-MM-DD') as "jobcoachEnd"
     from placement pl join person p on p.id = pl.person_id
     where pl.organization_id = $1::uuid and p.erased_at is null and p.gemeente_code is not null
       and pl.start_date <= $4::date and (pl.end_date is null or pl.end_date >= $3::date)
       and inbeeld_may_see(p.id, p.owner_organization_id, 'plan', $1::uuid, $2)
     order by pl.start_date, pl.id`,
    [actor.organizationId, actor.role, first, last],
  );
}

/** One processing-log line for the delivery, naming every person in the file (one processing operation). */
export async function logSrgExport(db: Queryable, actor: Actor, month: string, pseudonyms: string[]): Promise<void> {
  if (pseudonyms.length === 0) return;
  await db.query(
    `with logged as (
       insert into processing_log (trace_id, activity, operation, person_pseudonyms, organization_id, purpose, legal_basis)
       values ($1, 'srg.levering', 'exporteren', $2::text[], $3::uuid, $4, $5) returning id
     )
     insert into audit_log (processing_log_id, account_id) select id, $6::uuid from logged`,
    [actor.traceId, [...new Set(pseudonyms)], actor.organizationId, `Levering ${srgGuideline.title.replace(/ \d{4}$/, '')} aan het CBS, verslagmaand ${month}`, srgLegalBasis, actor.accountId],
  );
}
