// On the person's own page (the personal link, src/features/overdracht): the
// job they have, their nazorg contact, the next check-in, and who to call
// when work is not going well. Read in the same request as the overview,
// which logs the person's view (persoon.inzage) once.
import { pickSchedule, schedulesOf } from '../../db/nazorg/schedule.ts';
import type { Queryable } from '../../db/client.ts';
import { tokenHash, TOKEN_PATTERN } from '../../db/referrals/index.ts';
import { checkInSchedule } from '../../domain/nazorg/schedule.ts';
import { momentDone } from '../../db/nazorg/list.ts';
import { formatDay } from '../personen/views.tsx';

export interface OwnWork {
  jobTitle: string;
  employerName: string;
  startDate: string;
  contactName: string | null;
  contactOrganization: string;
  agreementCheckins: string | null;
  jobcoachProvider: string | null;
  nextCheckin: string | null;
}

export async function ownWork(db: Queryable, token: string, today: string): Promise<OwnWork | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [row] = await db.query<OwnWork & { id: string; contractKind: string; gemeenteCode: string | null; checkins: Array<{ key: string | null; date: string }> | null }>(
    `select pl.id, pl.job_title as "jobTitle", e.name as "employerName", pl.start_date as "startDate", pl.contract_kind as "contractKind",
       a.name as "contactName", o.name as "contactOrganization", pl.agreement_checkins as "agreementCheckins", pl.jobcoach_provider as "jobcoachProvider",
       coalesce(p.gemeente_code, o.gemeente_code) as "gemeenteCode",
       (select json_agg(json_build_object('key', c.moment_key, 'date', c.checkin_date)) from checkin c where c.placement_id = pl.id) as checkins
     from person_link l join person p on p.id = l.person_id join organization o on o.id = p.owner_organization_id
     join placement pl on pl.person_id = p.id and pl.end_date is null join employer e on e.id = pl.employer_id
     left join account a on a.id = p.contact_person_id
     where l.token_hash = $1 and l.revoked_at is null and l.expires_at > now() and p.erased_at is null
     order by pl.start_date desc limit 1`,
    [tokenHash(token)],
  );
  if (!row) return null;
  const schedule = pickSchedule(await schedulesOf(db, row.gemeenteCode), row.contractKind);
  const next = checkInSchedule(row.startDate, schedule).find((m) => m.until >= today && !momentDone(m, row.checkins ?? []));
  const { id: _i, contractKind: _k, gemeenteCode: _g, checkins: _c, ...rest } = row;
  return { ...rest, nextCheckin: next ? (next.from > today ? next.from : today) : null };
}

export function OwnNazorg({ w }: { w: OwnWork }) {
  return (
    <section aria-labelledby="mijn-werk">
      <h2 id="mijn-werk">Je werk</h2>
      <p>Je werkt sinds {formatDay(w.startDate)} als {w.jobTitle} bij {w.employerName}. Wij blijven contact houden, ook nu je werkt.</p>
      <p>
        {w.contactName ? `${w.contactName} van ${w.contactOrganization} houdt contact met je over je werk.` : `${w.contactOrganization} houdt contact met je over je werk.`}
        {w.agreementCheckins ? ` Afspraak: ${w.agreementCheckins}.` : ''}
      </p>
      {w.nextCheckin ? <p>Het volgende gesprek over je werk is rond {formatDay(w.nextCheckin)}.</p> : null}
      <p>
        <strong>Gaat het niet goed op je werk?</strong> Wacht dan niet. Bel of mail {w.contactName ?? w.contactOrganization}
        {w.jobcoachProvider ? `, of je jobcoach van ${w.jobcoachProvider}` : ''}. Samen zoeken jullie een oplossing.
      </p>
    </section>
  );
}
