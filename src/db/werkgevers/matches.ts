// Proposed matches: the professional proposes, the person answers first (their
// consulent records it), then the employer (the werkgeversadviseur, or the
// employer through its link). Every step is a job_match_event. An accepted
// match becomes a placement through the nazorg service, so its check-in plan
// starts at once.
import { judgeMatch, mayPropose } from '../../domain/matching/rank.ts';
import type { Queryable } from '../client.ts';
import { insertPlacement } from '../nazorg/placements.ts';
import type { ContractKind } from '../nazorg/labels.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { accessible } from '../trajecten/labels.ts';
import { readVacancy } from './employers.ts';
import { conditionsOf, listProfiles } from './profiles.ts';
import { vacancyConditions } from './ranking.ts';

type Tx = { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

export type MatchState = 'voorgesteld' | 'persoon-akkoord' | 'persoon-nee' | 'werkgever-akkoord' | 'werkgever-nee' | 'geplaatst' | 'ingetrokken';

export interface MatchRow {
  id: string;
  vacancyId: string;
  vacancyTitle: string;
  employerName: string;
  personId: string;
  code: string | null;
  /** Only for the owning organisation or after the person agreed to an introduction. */
  name: string | null;
  score: number;
  maxScore: number;
  state: MatchState;
  placementId: string | null;
  updatedAt: string;
  ownedPerson: boolean;
  ownVacancy: boolean;
}

export type ProposeResult = { ok: true; id: string } | { ok: false; reason: 'not-found' | 'excluded' | 'exists' };

/** Proposes a match between a vacancy of the actor's organisation and a profile it may see; never with a hard failure. */
export async function proposeMatch(db: Tx, actor: Actor, vacancyId: string, profileId: string): Promise<ProposeResult> {
  const vacancy = await readVacancy(db as unknown as Queryable, actor.organizationId!, vacancyId);
  if (!vacancy || vacancy.status !== 'open') return { ok: false, reason: 'not-found' };
  const [profile] = await listProfiles(db, actor, profileId);
  if (!profile) return { ok: false, reason: 'not-found' };
  const result = judgeMatch(vacancyConditions(vacancy), conditionsOf(profile));
  if (!mayPropose(result)) return { ok: false, reason: 'excluded' };
  return db.transaction(async (tx) => {
    const [open] = await tx.query(`select 1 from job_match where vacancy_id = $1 and person_id = $2 and state in ('voorgesteld', 'persoon-akkoord', 'werkgever-akkoord')`,
      [vacancyId, profile.personId]);
    if (open) return { ok: false, reason: 'exists' } as const;
    const [row] = await tx.query<{ id: string }>(
      `insert into job_match (vacancy_id, person_id, organization_id, score, max_score, explanation, state, created_by)
       values ($1, $2, $3, $4, $5, $6::jsonb, 'voorgesteld', $7) returning id`,
      [vacancyId, profile.personId, actor.organizationId, result.score, result.maxScore, JSON.stringify(result.criteria), actor.accountId],
    );
    await tx.query(`insert into job_match_event (match_id, state, via, account_id) values ($1, 'voorgesteld', 'medewerker', $2)`, [row!.id, actor.accountId]);
    await logProcessing(tx, actor, 'werkprofiel.wijzigen', [profile.pseudonym]);
    return { ok: true, id: row!.id } as const;
  });
}

const matchColumns = (org: string) => `m.id, m.vacancy_id as "vacancyId", v.title as "vacancyTitle", e.name as "employerName", m.person_id as "personId",
  cp.code, case when per.owner_organization_id = ${org} or m.state in ('persoon-akkoord', 'werkgever-akkoord', 'geplaatst')
    then per.given_name || ' ' || per.family_name end as name,
  m.score, m.max_score as "maxScore", m.state, m.placement_id as "placementId",
  to_char(m.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt",
  per.owner_organization_id = ${org} as "ownedPerson", v.organization_id = ${org} as "ownVacancy"`;

const matchFrom = `from job_match m join vacancy v on v.id = m.vacancy_id join employer e on e.id = v.employer_id
  join person per on per.id = m.person_id left join candidate_profile cp on cp.person_id = m.person_id`;

/** Matches the actor's organisation takes part in: its vacancies or its persons. Logged as one list. */
export async function listMatches(db: Tx, actor: Actor, filter: { personId?: string; vacancyId?: string; open?: boolean } = {}): Promise<MatchRow[]> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<MatchRow & { pseudonym: string }>(
      `select ${matchColumns('$1::uuid')}, per.pseudonym ${matchFrom}
       where (v.organization_id = $1::uuid or per.owner_organization_id = $1::uuid) and per.erased_at is null
         and ($2::uuid is null or m.person_id = $2::uuid) and ($3::uuid is null or m.vacancy_id = $3::uuid)
         and (not $4 or m.state in ('voorgesteld', 'persoon-akkoord', 'werkgever-akkoord'))
       order by m.updated_at desc limit 500`,
      [actor.organizationId, filter.personId ?? null, filter.vacancyId ?? null, filter.open ?? false],
    );
    await logProcessing(tx, actor, 'werkprofiel.lijst', rows.map((r) => r.pseudonym));
    return rows.map(({ pseudonym: _p, ...r }) => r);
  });
}

export interface MatchEvent {
  state: string;
  via: string;
  note: string | null;
  accountName: string | null;
  occurredAt: string;
}

export async function matchEvents(db: Queryable, matchId: string): Promise<MatchEvent[]> {
  return db.query<MatchEvent>(
    `select ev.state, ev.via, ev.note, a.name as "accountName", to_char(ev.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "occurredAt"
     from job_match_event ev left join account a on a.id = ev.account_id where ev.match_id = $1 order by ev.occurred_at, ev.id`,
    [matchId],
  );
}

export type AnswerResult = { ok: true; personId: string } | { ok: false; reason: 'not-found' | 'wrong-step' };

/**
 * Records an answer. The person answers a proposal ('voorgesteld') through
 * the owning organisation; the employer answers after the person agreed, by
 * the organisation that keeps the vacancy (or `employerId` for the link).
 */
export async function answerMatch(db: Tx, actor: Actor, matchId: string, who: 'persoon' | 'werkgever', yes: boolean, note: string | null,
  via: 'medewerker' | 'werkgever-link' = 'medewerker', employerId: string | null = null): Promise<AnswerResult> {
  return db.transaction(async (tx) => {
    const [m] = await tx.query<{ state: MatchState; personId: string; pseudonym: string; owner: string; vacancyOrg: string; employerId: string }>(
      `select m.state, m.person_id as "personId", per.pseudonym, per.owner_organization_id as owner, v.organization_id as "vacancyOrg", v.employer_id as "employerId"
       from job_match m join person per on per.id = m.person_id join vacancy v on v.id = m.vacancy_id where m.id = $1::uuid for update of m`,
      [matchId],
    );
    if (!m) return { ok: false, reason: 'not-found' } as const;
    const allowed = who === 'persoon' ? m.owner === actor.organizationId && ['consulent', 'teamleider'].includes(actor.role)
      : employerId ? m.employerId === employerId : m.vacancyOrg === actor.organizationId;
    if (!allowed) return { ok: false, reason: 'not-found' } as const;
    const from: MatchState = who === 'persoon' ? 'voorgesteld' : 'persoon-akkoord';
    if (m.state !== from) return { ok: false, reason: 'wrong-step' } as const;
    const to: MatchState = `${who}-${yes ? 'akkoord' : 'nee'}` as MatchState;
    await tx.query(`update job_match set state = $2, updated_at = now() where id = $1`, [matchId, to]);
    await tx.query(`insert into job_match_event (match_id, state, via, note, account_id) values ($1, $2, $3, $4, $5)`, [matchId, to, via, note, actor.accountId]);
    await logProcessing(tx, actor, 'werkprofiel.wijzigen', [m.pseudonym]);
    return { ok: true, personId: m.personId } as const;
  });
}

export interface PlacementFromMatch {
  startDate: string;
  contractKind: ContractKind;
  contractEnd: string | null;
  hoursPerWeek: number | null;
}

export type PlaceResult = { ok: true; personId: string; placementId: string } | { ok: false; reason: 'not-found' | 'wrong-step' };

/** An accepted match becomes a placement of the owning organisation, with the facts of the vacancy; the vacancy is filled. */
export async function placeMatch(db: Tx, actor: Actor, matchId: string, input: PlacementFromMatch): Promise<PlaceResult> {
  return db.transaction(async (tx) => {
    const [m] = await tx.query<{ state: MatchState; personId: string; vacancyId: string; employerId: string; employerOrg: string; employerName: string;
      contactName: string | null; contactPhone: string | null; title: string; occupationCode: string | null; origin: string; banenafspraak: boolean; benefits: string[] }>(
      `select m.state, m.person_id as "personId", m.vacancy_id as "vacancyId", e.id as "employerId", e.organization_id as "employerOrg", e.name as "employerName",
         e.contact_name as "contactName", e.contact_phone as "contactPhone", v.title, v.occupation_code as "occupationCode", v.origin, v.banenafspraak, v.benefits
       from job_match m join vacancy v on v.id = m.vacancy_id join employer e on e.id = v.employer_id where m.id = $1::uuid for update of m`,
      [matchId],
    );
    if (!m) return { ok: false, reason: 'not-found' } as const;
    const pseudonym = await accessible(tx, actor, m.personId, 'plan', true);
    if (!pseudonym) return { ok: false, reason: 'not-found' } as const;
    if (m.state !== 'werkgever-akkoord') return { ok: false, reason: 'wrong-step' } as const;
    const own = m.employerOrg === actor.organizationId;
    const placed = await insertPlacement(tx, actor, m.personId, {
      // The employer of another organisation's list joins the actor's own list by name: one employer per list.
      employerId: own ? m.employerId : null,
      employerName: own ? null : m.employerName,
      employerContact: m.contactName,
      employerContactPhone: m.contactPhone,
      jobTitle: m.title,
      occupationCode: m.occupationCode,
      startDate: input.startDate,
      hoursPerWeek: input.hoursPerWeek,
      contractKind: input.contractKind,
      contractEnd: input.contractEnd,
      // Loonkostensubsidie needs its own decision and loonwaarde: the consulent adds it on the placement.
      instruments: m.benefits.includes('no-riskpolis') ? ['no-riskpolis'] : [],
      loonwaarde: null,
      loonwaardeRemeasure: null,
      lksDecisionEnd: null,
      jobcoachProvider: null,
      jobcoachEnd: null,
      banenafspraak: m.banenafspraak,
      cameAbout: m.origin as 'bestaande-vacature' | 'jobcarving' | 'gecreeerd',
      agreementCheckins: null,
      agreementEmployer: m.contactName,
      agreementJobcoach: null,
      checklist: [],
      previousPlacementId: null,
    });
    if (!placed.ok) throw new Error(`placement refused: ${placed.reason}`);
    await tx.query(`update job_match set state = 'geplaatst', placement_id = $2, updated_at = now() where id = $1`, [matchId, placed.id]);
    await tx.query(`insert into job_match_event (match_id, state, via, account_id) values ($1, 'geplaatst', 'medewerker', $2)`, [matchId, actor.accountId]);
    await tx.query(`update vacancy set status = 'vervuld', updated_at = now() where id = $1`, [m.vacancyId]);
    await logProcessing(tx, actor, 'persoon.wijzigen', [pseudonym]);
    return { ok: true, personId: m.personId, placementId: placed.id } as const;
  });
}
