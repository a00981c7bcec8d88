// The matching workbench in SQL: the score, the unknown count and the hard
// exclusion are generated from the domain criteria (matchSql), so the database
// ranks all rows set-based and returns only the best; the domain then explains
// those few (judgeMatch), with the same numbers.
import { judgeMatch, matchSql, type MatchResult } from '../../domain/matching/rank.ts';
import type { VacancyConditions } from '../../domain/matching/criteria.ts';
import type { Queryable } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { conditionsOf, nameShown, profileColumns, profileVisible, type ProfileListItem } from './profiles.ts';
import { vacancyColumns, type VacancyRow } from './employers.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

const sql = matchSql();

export function vacancyConditions(v: VacancyRow): VacancyConditions {
  return {
    id: v.id, hoursMin: v.hoursMin, hoursMax: v.hoursMax, roster: v.roster, pace: v.pace, structure: v.structure, clientContact: v.clientContact,
    physical: v.physical, stimuli: v.stimuli, gemeenteCode: v.gemeenteCode, ovReachable: v.ovReachable, adaptationsPossible: v.adaptationsPossible,
    occupationCode: v.occupationCode,
  };
}

export interface RankedCandidate {
  profile: ProfileListItem;
  result: MatchResult;
}

/** Candidates the actor's organisation may see for one of its vacancies, best first; hard failures left out. Logged as one list. */
export async function rankCandidatesFor(db: Tx, actor: Actor, vacancy: VacancyRow, limit = 25): Promise<RankedCandidate[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<ProfileListItem & { score: number; unknowns: number }>(
      `with ranked as (
         select p.id, ${sql.score} as score, ${sql.unknowns} as unknowns
         from vacancy v, candidate_profile p, ${sql.statuses}
         where v.id = $1::uuid and ${profileVisible('$2::uuid')} and not (${sql.excluded})
         order by score desc, unknowns, p.id limit $3
       )
       select ${profileColumns}, per.pseudonym, case when ${nameShown('$2::uuid')} then per.given_name || ' ' || per.family_name end as name,
         '[]'::json as "sharedWith", r.score, r.unknowns
       from ranked r join candidate_profile p on p.id = r.id join person per on per.id = p.person_id
       where per.erased_at is null order by r.score desc, r.unknowns, p.id`,
      [vacancy.id, actor.organizationId, limit],
    );
    await logProcessing(tx, actor, 'werkprofiel.lijst', rows.map((r) => r.pseudonym));
    const v = vacancyConditions(vacancy);
    return rows.map(({ score: _s, unknowns: _u, ...profile }) => ({ profile, result: judgeMatch(v, conditionsOf(profile)) }));
  });
}

export interface RankedVacancy {
  vacancy: VacancyRow;
  result: MatchResult;
}

/**
 * Open vacancies for one candidate, best first, hard failures left out. Which
 * vacancies: of the actor's organisation, or (for the owner) of every
 * organisation the person shared the profile with.
 */
export async function rankVacanciesFor(db: Queryable, actor: Actor, profile: ProfileListItem | (Omit<ProfileListItem, 'pseudonym'>), limit = 25): Promise<RankedVacancy[]> {
  const rows = await db.query<VacancyRow>(
    `with ranked as (
       select v.id, ${sql.score} as score, ${sql.unknowns} as unknowns
       from candidate_profile p, vacancy v, ${sql.statuses}
       where p.id = $1::uuid and v.status = 'open' and not (${sql.excluded})
         and (v.organization_id = $2::uuid or (p.organization_id = $2::uuid and exists (select 1 from consent c where c.person_id = p.person_id
           and c.organization_id = v.organization_id and c.withdrawn_at is null and 'werkprofiel' = any (c.parts))))
       order by score desc, unknowns, v.id limit $3
     )
     select ${vacancyColumns} from ranked r join vacancy v on v.id = r.id join employer e on e.id = v.employer_id
     order by r.score desc, r.unknowns, v.id`,
    [profile.id, actor.organizationId, limit],
  );
  const c = conditionsOf(profile);
  return rows.map((vacancy) => ({ vacancy, result: judgeMatch(vacancyConditions(vacancy), c) }));
}

/** The same ranking done the plain way: every visible profile fetched and judged in the process (for tests and the benchmark baseline). */
export async function scanCandidatesFor(db: Queryable, actor: Actor, vacancy: VacancyRow): Promise<MatchResult[]> {
  const rows = await db.query<ProfileListItem>(
    `select ${profileColumns} from candidate_profile p where ${profileVisible('$1::uuid')}`,
    [actor.organizationId],
  );
  const v = vacancyConditions(vacancy);
  return rows.map((p) => judgeMatch(v, conditionsOf(p)));
}
