// Veranderkompas trajectories: the list, a new one, and the whole state for a participant.
import type { ActionStatus, MarkValue, ParticipantRole, StepNumber } from '../../content/kennis/veranderkompas.ts';
import type { Queryable } from '../client.ts';
import { iso, type Membership, membership, type Transactional } from './shared.ts';

// ---------------------------------------------------------------- list and create

export interface TrajectorySummary {
  id: string;
  name: string;
  isKartrekker: boolean;
  gemeenteNames: string[];
  meetingCount: number;
  lastMeetingDate: string | null;
}

export async function listTrajectories(db: Queryable, accountId: string): Promise<TrajectorySummary[]> {
  return db.query<TrajectorySummary>(
    `select t.id, t.name, p.is_kartrekker as "isKartrekker",
       coalesce((select array_agg(g.name order by g.name) from veranderkompas_trajectory_gemeente tg join gemeente g on g.code = tg.gemeente_code
                 where tg.trajectory_id = t.id), '{}') as "gemeenteNames",
       (select count(*) from veranderkompas_meeting m where m.trajectory_id = t.id) as "meetingCount",
       (select max(m.meeting_date) from veranderkompas_meeting m where m.trajectory_id = t.id) as "lastMeetingDate"
     from veranderkompas_trajectory t
     join veranderkompas_participant p on p.trajectory_id = t.id and p.account_id = $1 and p.removed_at is null
     order by t.created_at desc`,
    [accountId],
  );
}

export type TrajectoryArea = { kind: 'gemeente'; code: string } | { kind: 'regio'; code: string };

export interface NewTrajectory {
  name: string;
  focus: string | null;
  area: TrajectoryArea;
  steps: StepNumber[];
  ownRole: ParticipantRole;
}

/** Creates a trajectory with the account as kartrekker. Null when the area is unknown. */
export async function createTrajectory(db: Transactional, accountId: string, input: NewTrajectory): Promise<string | null> {
  return db.transaction(async (tx) => {
    const gemeenten = await tx.query<{ code: string }>(
      input.area.kind === 'regio' ? 'select code from gemeente where arbeidsmarktregio_code = $1' : 'select code from gemeente where code = $1',
      [input.area.code],
    );
    if (gemeenten.length === 0) return null;
    const [row] = await tx.query<{ id: string }>(
      `insert into veranderkompas_trajectory (name, focus, arbeidsmarktregio_code, steps, created_by) values ($1, $2, $3, $4::int[], $5) returning id`,
      [input.name, input.focus, input.area.kind === 'regio' ? input.area.code : null, [...input.steps].sort(), accountId],
    );
    const id = row!.id;
    await tx.query(
      'insert into veranderkompas_trajectory_gemeente (trajectory_id, gemeente_code) select $1, unnest($2::text[])',
      [id, gemeenten.map((g) => g.code)],
    );
    await tx.query(
      `insert into veranderkompas_participant (trajectory_id, account_id, participant_role, is_kartrekker, added_by) values ($1, $2, $3, true, $2)`,
      [id, accountId, input.ownRole],
    );
    return id;
  });
}

// ---------------------------------------------------------------- the whole trajectory, for a participant

export interface Participant {
  id: string;
  accountId: string | null;
  name: string;
  organizationName: string | null;
  role: ParticipantRole;
  isKartrekker: boolean;
  isGuest: boolean;
}

export interface Meeting {
  id: string;
  date: string;
  title: string | null;
}

export interface ActionUpdate {
  status: ActionStatus;
  note: string | null;
  meetingId: string;
  meetingDate: string;
  byName: string | null;
  createdAt: string;
}

export interface Action {
  id: string;
  what: string;
  who: string;
  dueDate: string;
  steeringFactorId: string;
  meetingId: string;
  status: ActionStatus;
  history: ActionUpdate[];
}

export interface MarkCount {
  meetingId: string;
  itemId: string;
  mark: MarkValue;
  n: number;
}

export interface MarkNote {
  meetingId: string;
  itemId: string;
  mark: MarkValue | null;
  note: string;
  participantName: string;
}

export interface QuestionNote {
  id: string;
  meetingId: string;
  step: StepNumber;
  questionId: string;
  text: string;
  participantName: string;
  createdAt: string;
}

export interface TrajectoryState {
  id: string;
  name: string;
  focus: string | null;
  regioCode: string | null;
  regioName: string | null;
  steps: StepNumber[];
  createdAt: string;
  gemeenten: Array<{ code: string; name: string }>;
  me: Membership;
  participants: Participant[];
  /** Oldest first. */
  meetings: Meeting[];
  actions: Action[];
  markCounts: MarkCount[];
  markNotes: MarkNote[];
  /** How many participants marked something, per meeting and step. */
  markers: Array<{ meetingId: string; step: StepNumber; n: number }>;
  questionNotes: QuestionNote[];
}

const participantName = `coalesce(a.name, p.guest_name, 'Onbekend')`;

/** Everything of a trajectory, or null when the account is not an active participant. */
export async function loadTrajectory(db: Queryable, accountId: string, trajectoryId: string): Promise<TrajectoryState | null> {
  const me = await membership(db, accountId, trajectoryId);
  if (!me) return null;
  const [t] = await db.query<{ id: string; name: string; focus: string | null; regioCode: string | null; regioName: string | null; steps: number[]; createdAt: string }>(
    `select t.id, t.name, t.focus, t.arbeidsmarktregio_code as "regioCode", r.name as "regioName", t.steps, ${iso('t.created_at')} as "createdAt"
     from veranderkompas_trajectory t left join arbeidsmarktregio r on r.code = t.arbeidsmarktregio_code
     where t.id = $1 and exists (select 1 from veranderkompas_participant p where p.trajectory_id = t.id and p.account_id = $2 and p.removed_at is null)`,
    [trajectoryId, accountId],
  );
  if (!t) return null;
  const gemeenten = await db.query<{ code: string; name: string }>(
    `select g.code, g.name from veranderkompas_trajectory_gemeente tg join gemeente g on g.code = tg.gemeente_code where tg.trajectory_id = $1 order by g.name`,
    [trajectoryId],
  );
  const participants = await db.query<Participant>(
    `select p.id, p.account_id as "accountId", ${participantName} as name, o.name as "organizationName", p.participant_role as role,
       p.is_kartrekker as "isKartrekker", p.account_id is null as "isGuest"
     from veranderkompas_participant p left join account a on a.id = p.account_id left join organization o on o.id = a.organization_id
     where p.trajectory_id = $1 and p.removed_at is null order by p.is_kartrekker desc, p.created_at`,
    [trajectoryId],
  );
  const meetings = await db.query<Meeting>(
    'select id, meeting_date as date, title from veranderkompas_meeting where trajectory_id = $1 order by meeting_date, created_at',
    [trajectoryId],
  );
  const actionRows = await db.query<Omit<Action, 'status' | 'history'>>(
    `select id, what, who, due_date as "dueDate", steering_factor_id as "steeringFactorId", meeting_id as "meetingId"
     from veranderkompas_action where trajectory_id = $1 order by due_date, created_at`,
    [trajectoryId],
  );
  const updates = await db.query<ActionUpdate & { actionId: string }>(
    `select u.action_id as "actionId", u.status, u.note, u.meeting_id as "meetingId", m.meeting_date as "meetingDate", a.name as "byName",
       ${iso('u.created_at')} as "createdAt"
     from veranderkompas_action_update u join veranderkompas_action x on x.id = u.action_id
     join veranderkompas_meeting m on m.id = u.meeting_id left join account a on a.id = u.updated_by
     where x.trajectory_id = $1 order by u.id`,
    [trajectoryId],
  );
  const actions: Action[] = actionRows.map((a) => {
    const history = updates.filter((u) => u.actionId === a.id).map(({ actionId: _, ...u }) => u);
    return { ...a, status: history.at(-1)?.status ?? 'open', history };
  });
  const markCounts = await db.query<MarkCount>(
    `select k.meeting_id as "meetingId", k.item_id as "itemId", k.mark, count(*) as n
     from veranderkompas_mark k join veranderkompas_meeting m on m.id = k.meeting_id
     where m.trajectory_id = $1 and k.mark is not null group by k.meeting_id, k.item_id, k.mark`,
    [trajectoryId],
  );
  const markNotes = await db.query<MarkNote>(
    `select k.meeting_id as "meetingId", k.item_id as "itemId", k.mark, k.note, ${participantName} as "participantName"
     from veranderkompas_mark k join veranderkompas_meeting m on m.id = k.meeting_id
     join veranderkompas_participant p on p.id = k.participant_id left join account a on a.id = p.account_id
     where m.trajectory_id = $1 and k.note is not null order by k.item_id, k.updated_at`,
    [trajectoryId],
  );
  const markers = await db.query<{ meetingId: string; step: StepNumber; n: number }>(
    `select k.meeting_id as "meetingId", substring(k.item_id from 5 for 1)::int as step, count(distinct k.participant_id) as n
     from veranderkompas_mark k join veranderkompas_meeting m on m.id = k.meeting_id
     where m.trajectory_id = $1 group by k.meeting_id, substring(k.item_id from 5 for 1)`,
    [trajectoryId],
  );
  const questionNotes = await db.query<QuestionNote>(
    `select n.id, n.meeting_id as "meetingId", n.step, n.question_id as "questionId", n.text, ${participantName} as "participantName",
       ${iso('n.created_at')} as "createdAt"
     from veranderkompas_question_note n join veranderkompas_meeting m on m.id = n.meeting_id
     join veranderkompas_participant p on p.id = n.participant_id left join account a on a.id = p.account_id
     where m.trajectory_id = $1 order by m.meeting_date, n.created_at`,
    [trajectoryId],
  );
  return {
    ...t,
    steps: t.steps as StepNumber[],
    gemeenten,
    me,
    participants,
    meetings,
    actions,
    markCounts,
    markNotes,
    markers,
    questionNotes,
  };
}
