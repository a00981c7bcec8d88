// Employers and their vacancies. An employer is the one employer concept of
// InBeeld: the nazorg employer list of an organisation (werkgeversservicepunt
// or gemeente), now with the facts a werkgeversadviseur keeps. No person data
// here: the placement history of an employer is shown without names.
import type { Level } from '../../domain/matching/criteria.ts';
import type { BenefitKey } from '../../domain/matching/benefits.ts';
import type { Queryable } from '../client.ts';
import type { Actor } from '../persons.ts';

export type OpenTo = 'deeltijd' | 'flexibele-uren' | 'jobcarving' | 'jobcoach' | 'aangepaste-werkplek';
export type SizeClass = '1-9' | '10-49' | '50-249' | '250+';
export type Origin = 'bestaande-vacature' | 'jobcarving' | 'gecreeerd';

export interface EmployerInput {
  name: string;
  sector: string | null;
  sizeClass: SizeClass | null;
  gemeenteCode: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  openTo: OpenTo[];
  agreements: string | null;
}

export interface EmployerRow extends EmployerInput {
  id: string;
  openVacancies: number;
  placements: number;
}

export interface VacancyInput {
  title: string;
  description: string | null;
  occupationCode: string | null;
  gemeenteCode: string | null;
  hoursMin: number;
  hoursMax: number;
  hoursSpread: 'ochtenden' | 'middagen' | 'verspreid' | 'in-overleg' | null;
  roster: 'vast' | 'flexibel' | null;
  pace: Level | null;
  structure: Level | null;
  clientContact: Level | null;
  physical: Level | null;
  stimuli: Level | null;
  ovReachable: boolean | null;
  adaptationsPossible: boolean | null;
  origin: Origin;
  banenafspraak: boolean;
  benefits: BenefitKey[];
}

export interface VacancyRow extends VacancyInput {
  id: string;
  employerId: string;
  employerName: string;
  organizationId: string;
  status: 'open' | 'vervuld' | 'gesloten';
  source: string;
  openMatches: number;
}

const employerColumns = `e.id, e.name, e.sector, e.size_class as "sizeClass", e.gemeente_code as "gemeenteCode", e.contact_name as "contactName",
  e.contact_phone as "contactPhone", e.contact_email as "contactEmail", e.open_to as "openTo", e.agreements,
  (select count(*)::int from vacancy v where v.employer_id = e.id and v.status = 'open') as "openVacancies",
  (select count(*)::int from placement pl where pl.employer_id = e.id) as placements`;

export const vacancyColumns = `v.id, v.employer_id as "employerId", e.name as "employerName", v.organization_id as "organizationId", v.title, v.description,
  v.occupation_code as "occupationCode", v.gemeente_code as "gemeenteCode", v.hours_min as "hoursMin", v.hours_max as "hoursMax",
  v.hours_spread as "hoursSpread", v.roster, v.pace, v.structure, v.client_contact as "clientContact", v.physical, v.stimuli,
  v.ov_reachable as "ovReachable", v.adaptations_possible as "adaptationsPossible", v.origin, v.banenafspraak, v.benefits, v.status, v.source,
  (select count(*)::int from job_match m where m.vacancy_id = v.id and m.state in ('voorgesteld', 'persoon-akkoord', 'werkgever-akkoord')) as "openMatches"`;

export async function listEmployers(db: Queryable, actor: Actor): Promise<EmployerRow[]> {
  return db.query<EmployerRow>(`select ${employerColumns} from employer e where e.organization_id = $1::uuid order by lower(e.name) limit 1000`, [actor.organizationId]);
}

export async function readEmployer(db: Queryable, actor: Actor, id: string): Promise<EmployerRow | null> {
  const [row] = await db.query<EmployerRow>(`select ${employerColumns} from employer e where e.id = $1::uuid and e.organization_id = $2::uuid`, [id, actor.organizationId]);
  return row ?? null;
}

/** Adds an employer (a name already on the list is refused: null) or updates one of the actor's organisation. */
export async function saveEmployer(db: Queryable, actor: Actor, input: EmployerInput, id?: string): Promise<string | null> {
  const params = [actor.organizationId, input.name, input.sector, input.sizeClass, input.gemeenteCode, input.contactName, input.contactPhone,
    input.contactEmail, input.openTo, input.agreements];
  if (id) {
    const rows = await db.query<{ id: string }>(
      `update employer set name = $2, sector = $3, size_class = $4, gemeente_code = $5, contact_name = $6, contact_phone = $7, contact_email = $8,
         open_to = $9::text[], agreements = $10, updated_at = now()
       where id = $11::uuid and organization_id = $1::uuid
         and not exists (select 1 from employer o where o.organization_id = $1::uuid and lower(o.name) = lower($2) and o.id <> $11::uuid)
       returning id`,
      [...params, id],
    );
    return rows[0]?.id ?? null;
  }
  const rows = await db.query<{ id: string }>(
    `insert into employer (organization_id, name, sector, size_class, gemeente_code, contact_name, contact_phone, contact_email, open_to, agreements)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10)
     on conflict (organization_id, lower(name)) do nothing returning id`,
    params,
  );
  return rows[0]?.id ?? null;
}

export interface PlacementHistoryItem {
  jobTitle: string;
  startDate: string;
  endDate: string | null;
  cameAbout: string;
  hoursPerWeek: number | null;
}

/** Placements at this employer, without any person data: what the werkgeversadviseur may know. */
export async function employerPlacements(db: Queryable, actor: Actor, employerId: string): Promise<PlacementHistoryItem[]> {
  return db.query<PlacementHistoryItem>(
    `select pl.job_title as "jobTitle", pl.start_date as "startDate", pl.end_date as "endDate", pl.came_about as "cameAbout",
       pl.hours_per_week::float8 as "hoursPerWeek"
     from placement pl join employer e on e.id = pl.employer_id
     where pl.employer_id = $1::uuid and e.organization_id = $2::uuid order by pl.start_date desc limit 200`,
    [employerId, actor.organizationId],
  );
}

const vacancyParams = (i: VacancyInput) => [i.title, i.description, i.occupationCode, i.gemeenteCode, i.hoursMin, i.hoursMax, i.hoursSpread, i.roster,
  i.pace, i.structure, i.clientContact, i.physical, i.stimuli, i.ovReachable, i.adaptationsPossible, i.origin, i.banenafspraak, i.benefits];

/** A new vacancy of an employer on the organisation's list; null when the employer is not on it. */
export async function createVacancy(db: Queryable, organizationId: string, employerId: string, input: VacancyInput, accountId: string | null,
  source: 'hand' | 'werkgever' | 'demo' = 'hand'): Promise<string | null> {
  const rows = await db.query<{ id: string }>(
    `insert into vacancy (employer_id, organization_id, title, description, occupation_code, gemeente_code, hours_min, hours_max, hours_spread, roster,
       pace, structure, client_contact, physical, stimuli, ov_reachable, adaptations_possible, origin, banenafspraak, benefits, source, created_by)
     select e.id, e.organization_id, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::text[], $21, $22
     from employer e where e.id = $1::uuid and e.organization_id = $2::uuid returning id`,
    [employerId, organizationId, ...vacancyParams(input), source, accountId],
  );
  return rows[0]?.id ?? null;
}

export async function updateVacancy(db: Queryable, employerId: string, vacancyId: string, input: VacancyInput, status: VacancyRow['status']): Promise<boolean> {
  const rows = await db.query(
    `update vacancy set title = $3, description = $4, occupation_code = $5, gemeente_code = $6, hours_min = $7, hours_max = $8, hours_spread = $9,
       roster = $10, pace = $11, structure = $12, client_contact = $13, physical = $14, stimuli = $15, ov_reachable = $16, adaptations_possible = $17,
       origin = $18, banenafspraak = $19, benefits = $20::text[], status = $21, updated_at = now()
     where id = $2::uuid and employer_id = $1::uuid returning id`,
    [employerId, vacancyId, ...vacancyParams(input), status],
  );
  return rows.length > 0;
}

export async function listVacancies(db: Queryable, actor: Actor, filter: { employerId?: string; open?: boolean } = {}): Promise<VacancyRow[]> {
  return db.query<VacancyRow>(
    `select ${vacancyColumns} from vacancy v join employer e on e.id = v.employer_id
     where v.organization_id = $1::uuid and ($2::uuid is null or v.employer_id = $2::uuid) and (not $3 or v.status = 'open')
     order by v.status = 'open' desc, v.created_at desc limit 500`,
    [actor.organizationId, filter.employerId ?? null, filter.open ?? false],
  );
}

export async function readVacancy(db: Queryable, organizationId: string, id: string): Promise<VacancyRow | null> {
  const [row] = await db.query<VacancyRow>(
    `select ${vacancyColumns} from vacancy v join employer e on e.id = v.employer_id where v.id = $1::uuid and v.organization_id = $2::uuid`,
    [id, organizationId],
  );
  return row ?? null;
}
