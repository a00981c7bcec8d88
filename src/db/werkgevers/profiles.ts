// Candidate work profiles. A profile exists only while the person agrees:
// consent rows for the part 'werkprofiel' with purpose 'bemiddeling', one per
// organisation whose werkgeversadviseurs may see it (always the owner's own).
// Withdrawal withdraws those consents and deletes the profile in the same
// transaction, so it disappears from every list at once. Outside the owning
// organisation a profile shows its code (a pseudonym) until the person agreed
// to an introduction for a vacancy of that organisation. Every read and write
// adds a processing-log line.
import { randomBytes } from 'node:crypto';
import type { CandidateConditions } from '../../domain/matching/criteria.ts';
import type { Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { accessible } from '../trajecten/labels.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export const PROFILE_PURPOSE = 'bemiddeling';

/** A work profile as entered: the matching conditions of the domain plus the person's own words. */
export interface ProfileInput extends Omit<CandidateConditions, 'id'> {
  wishes: string | null;
  skills: string | null;
  helps: string | null;
}

export interface ShareInput {
  /** Organisations besides the owner whose werkgeversadviseurs may see the profile. */
  organizationIds: string[];
  method: 'in-persoon' | 'telefonisch' | 'schriftelijk' | 'online';
}

export interface Profile extends ProfileInput {
  id: string;
  personId: string;
  code: string;
  /** The name, only for the owning organisation or after an agreed introduction; else null. */
  name: string | null;
  ownerOrganizationId: string;
  sharedWith: Array<{ organizationId: string; organizationName: string }>;
}

/** SQL: profile `p` may be seen by organisation $org: a live consent for 'werkprofiel'. */
export const profileVisible = (org: string) => `exists (select 1 from consent c where c.person_id = p.person_id and c.organization_id = ${org}
  and c.withdrawn_at is null and 'werkprofiel' = any (c.parts) and c.valid_from <= current_date and (c.valid_until is null or c.valid_until >= current_date))`;

/** SQL: the name of the person behind `p` is shown to organisation $org. */
export const nameShown = (org: string) => `(p.organization_id = ${org} or exists (select 1 from job_match m join vacancy mv on mv.id = m.vacancy_id
  where m.person_id = p.person_id and mv.organization_id = ${org} and m.state in ('persoon-akkoord', 'werkgever-akkoord', 'geplaatst')))`;

export const profileColumns = `p.id, p.person_id as "personId", p.code, p.organization_id as "ownerOrganizationId", p.wishes, p.skills, p.helps,
  p.occupation_codes as "occupationCodes", p.hours_min as "hoursMin", p.hours_max as "hoursMax", p.roster_need as "rosterNeed", p.pace_max as "paceMax",
  p.structure_need as "structureNeed", p.client_contact_max as "clientContactMax", p.physical_max as "physicalMax", p.stimuli_max as "stimuliMax",
  p.needs_ov as "needsOv", p.reach_gemeenten as "reachGemeenten", p.needs_adaptations as "needsAdaptations", p.hard`;

function newCode(): string {
  return `K-${randomBytes(3).toString('hex').toUpperCase()}`;
}

/** Creates or updates the profile and records consent for the owner and the chosen organisations. Owner only. */
export async function saveProfile(db: Tx, actor: Actor, personId: string, input: ProfileInput, share: ShareInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'basis', true);
    if (!pseudonym) return false;
    await tx.query(
      `insert into candidate_profile (person_id, organization_id, code, wishes, skills, helps, occupation_codes, hours_min, hours_max, roster_need,
         pace_max, structure_need, client_contact_max, physical_max, stimuli_max, needs_ov, reach_gemeenten, needs_adaptations, hard, updated_by)
       values ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::text[], $18, $19::text[], $20)
       on conflict (person_id) do update set wishes = excluded.wishes, skills = excluded.skills, helps = excluded.helps,
         occupation_codes = excluded.occupation_codes, hours_min = excluded.hours_min, hours_max = excluded.hours_max, roster_need = excluded.roster_need,
         pace_max = excluded.pace_max, structure_need = excluded.structure_need, client_contact_max = excluded.client_contact_max,
         physical_max = excluded.physical_max, stimuli_max = excluded.stimuli_max, needs_ov = excluded.needs_ov, reach_gemeenten = excluded.reach_gemeenten,
         needs_adaptations = excluded.needs_adaptations, hard = excluded.hard, updated_by = excluded.updated_by, updated_at = now()`,
      [personId, actor.organizationId, newCode(), input.wishes, input.skills, input.helps, input.occupationCodes, input.hoursMin, input.hoursMax,
        input.rosterNeed, input.paceMax, input.structureNeed, input.clientContactMax, input.physicalMax, input.stimuliMax, input.needsOv,
        input.reachGemeenten, input.needsAdaptations, input.hard, actor.accountId],
    );
    const orgs = [...new Set([actor.organizationId!, ...share.organizationIds])];
    // One live consent per organisation: new ones are added, existing ones stay, ones no longer chosen are withdrawn.
    await tx.query(
      `update consent set withdrawn_at = now(), withdrawn_by = $3 where person_id = $1 and withdrawn_at is null and parts = array['werkprofiel']
         and not (organization_id = any ($2::uuid[]))`,
      [personId, orgs, actor.accountId],
    );
    await tx.query(
      `insert into consent (person_id, organization_id, parts, purpose, valid_from, method, recorded_by)
       select $1, o, array['werkprofiel'], $3, current_date, $4, $5 from unnest($2::uuid[]) o
       where not exists (select 1 from consent c where c.person_id = $1 and c.organization_id = o and c.withdrawn_at is null and c.parts = array['werkprofiel'])`,
      [personId, orgs, PROFILE_PURPOSE, share.method, actor.accountId],
    );
    await logProcessing(tx, actor, 'werkprofiel.wijzigen', [pseudonym]);
    return true;
  });
}

/** Withdrawal: every 'werkprofiel' consent withdrawn, open matches withdrawn, the profile deleted. Owner only. */
export async function withdrawProfile(db: Tx, actor: Actor, personId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'basis', true);
    if (!pseudonym) return false;
    await tx.query(
      `update consent set withdrawn_at = now(), withdrawn_by = $2 where person_id = $1 and withdrawn_at is null and 'werkprofiel' = any (parts)`,
      [personId, actor.accountId],
    );
    const open = await tx.query<{ id: string }>(
      `update job_match set state = 'ingetrokken', updated_at = now() where person_id = $1 and state in ('voorgesteld', 'persoon-akkoord', 'werkgever-akkoord')
       returning id`,
      [personId],
    );
    for (const m of open) {
      await tx.query(`insert into job_match_event (match_id, state, via, note, account_id) values ($1, 'ingetrokken', 'medewerker', 'Toestemming ingetrokken', $2)`, [m.id, actor.accountId]);
    }
    await tx.query('delete from candidate_profile where person_id = $1', [personId]);
    await logProcessing(tx, actor, 'toestemming.intrekken', [pseudonym]);
    return true;
  });
}

/** The profile of a person for its owner (consulent page); null when there is none. Logged. */
export async function ownProfile(db: Tx, actor: Actor, personId: string): Promise<Profile | null> {
  return db.transaction(async (tx) => {
    const pseudonym = await accessible(tx, actor, personId, 'basis', true);
    if (!pseudonym) return null;
    const [row] = await tx.query<Profile>(
      `select ${profileColumns}, per.given_name || ' ' || per.family_name as name,
         (select coalesce(json_agg(json_build_object('organizationId', o.id, 'organizationName', o.name) order by o.name), '[]'::json)
           from consent c join organization o on o.id = c.organization_id
           where c.person_id = p.person_id and c.withdrawn_at is null and c.parts = array['werkprofiel']) as "sharedWith"
       from candidate_profile p join person per on per.id = p.person_id where p.person_id = $1 and ${profileVisible('$2::uuid')}`,
      [personId, actor.organizationId],
    );
    await logProcessing(tx, actor, 'werkprofiel.lezen', [pseudonym]);
    return row ?? null;
  });
}

export interface ProfileListItem extends Profile {
  pseudonym: string;
}

/** Profiles the actor's organisation may see (werkgeversadviseur). One list line in the processing log. */
export async function listProfiles(db: Tx, actor: Actor, id?: string): Promise<ProfileListItem[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<ProfileListItem>(
      `select ${profileColumns}, per.pseudonym, case when ${nameShown('$1::uuid')} then per.given_name || ' ' || per.family_name end as name,
         '[]'::json as "sharedWith"
       from candidate_profile p join person per on per.id = p.person_id
       where per.erased_at is null and ${profileVisible('$1::uuid')} and ($2::uuid is null or p.id = $2::uuid)
       order by p.updated_at desc limit 500`,
      [actor.organizationId, id ?? null],
    );
    if (id) await logProcessing(tx, actor, 'werkprofiel.lezen', rows.map((r) => r.pseudonym));
    else await logProcessing(tx, actor, 'werkprofiel.lijst', rows.map((r) => r.pseudonym));
    return rows;
  });
}

export function conditionsOf(p: ProfileInput & { id: string }): CandidateConditions {
  return {
    id: p.id, hoursMin: p.hoursMin, hoursMax: p.hoursMax, rosterNeed: p.rosterNeed, paceMax: p.paceMax, structureNeed: p.structureNeed,
    clientContactMax: p.clientContactMax, physicalMax: p.physicalMax, stimuliMax: p.stimuliMax, needsOv: p.needsOv, reachGemeenten: p.reachGemeenten,
    needsAdaptations: p.needsAdaptations, occupationCodes: p.occupationCodes, hard: p.hard,
  };
}

/** Organisations a profile can be shared with: those that have a werkgeversadviseur. */
export async function matchingOrganizations(db: Queryable): Promise<Array<{ id: string; name: string }>> {
  return db.query(`select distinct o.id, o.name from organization o join account a on a.organization_id = o.id where a.role = 'werkgeversadviseur' order by o.name`);
}
