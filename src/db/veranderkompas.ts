// Veranderkompas trajectories and bottlenecks. Access is decided here, in
// SQL: every query that reads or changes a trajectory checks that the account
// is an active participant (the kartrekker for settings, participants and
// meetings). Someone who is not a participant gets null or 'not-found', which
// the routes answer with 404, so a trajectory's existence is not revealed.
// No person records are read or written here.
import type { ActionStatus, MarkValue, ParticipantRole, StepNumber } from '../content/kennis/veranderkompas.ts';
import type { Queryable } from './client.ts';

type Transactional = Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

/** An ISO 8601 UTC timestamp, the same text on PGlite and PostgreSQL. */
function iso(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

interface Membership {
  participantId: string;
  isKartrekker: boolean;
  role: ParticipantRole;
}

/** The account's active participation in a trajectory, or null. */
async function membership(db: Queryable, accountId: string, trajectoryId: string): Promise<Membership | null> {
  const [row] = await db.query<Membership>(
    `select id as "participantId", is_kartrekker as "isKartrekker", participant_role as role
     from veranderkompas_participant where trajectory_id = $1 and account_id = $2 and removed_at is null`,
    [trajectoryId, accountId],
  );
  return row ?? null;
}

/** The meeting, when it belongs to the trajectory. */
async function meetingOf(db: Queryable, trajectoryId: string, meetingId: string): Promise<{ id: string; date: string } | null> {
  const [row] = await db.query<{ id: string; date: string }>(
    'select id, meeting_date as date from veranderkompas_meeting where id = $1 and trajectory_id = $2',
    [meetingId, trajectoryId],
  );
  return row ?? null;
}

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

// ---------------------------------------------------------------- kartrekker: participants, settings, meetings

export type AddParticipantOutcome = 'ok' | 'not-found' | 'no-account' | 'already';

/** Adds an existing account by e-mail address; only the kartrekker may. */
export async function addAccountParticipant(db: Transactional, accountId: string, trajectoryId: string, email: string, role: ParticipantRole): Promise<AddParticipantOutcome> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me?.isKartrekker) return 'not-found';
    const [account] = await tx.query<{ id: string }>('select id from account where email = $1', [email.trim().toLowerCase()]);
    if (!account) return 'no-account';
    const [existing] = await tx.query<{ removed: boolean }>(
      'select removed_at is not null as removed from veranderkompas_participant where trajectory_id = $1 and account_id = $2',
      [trajectoryId, account.id],
    );
    if (existing && !existing.removed) return 'already';
    if (existing) {
      await tx.query(
        'update veranderkompas_participant set removed_at = null, participant_role = $3, added_by = $4 where trajectory_id = $1 and account_id = $2',
        [trajectoryId, account.id, role, accountId],
      );
    } else {
      await tx.query(
        'insert into veranderkompas_participant (trajectory_id, account_id, participant_role, added_by) values ($1, $2, $3, $4)',
        [trajectoryId, account.id, role, accountId],
      );
    }
    return 'ok';
  });
}

/** Adds a named participant without a login (for example an expert by experience). */
export async function addGuestParticipant(db: Transactional, accountId: string, trajectoryId: string, name: string, role: ParticipantRole): Promise<boolean> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me?.isKartrekker) return false;
    await tx.query(
      'insert into veranderkompas_participant (trajectory_id, guest_name, participant_role, added_by) values ($1, $2, $3, $4)',
      [trajectoryId, name, role, accountId],
    );
    return true;
  });
}

/** Ends a participant's access (their earlier marks and notes stay). The kartrekker cannot be removed. */
export async function removeParticipant(db: Transactional, accountId: string, trajectoryId: string, participantId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me?.isKartrekker) return false;
    const rows = await tx.query(
      `update veranderkompas_participant set removed_at = now()
       where id = $1 and trajectory_id = $2 and not is_kartrekker and removed_at is null returning id`,
      [participantId, trajectoryId],
    );
    return rows.length > 0;
  });
}

/** Gemeenten the kartrekker can choose from: those of the arbeidsmarktregio's the trajectory touches. */
export async function gemeenteChoices(db: Queryable, accountId: string, trajectoryId: string): Promise<Array<{ code: string; name: string }>> {
  const me = await membership(db, accountId, trajectoryId);
  if (!me?.isKartrekker) return [];
  return db.query<{ code: string; name: string }>(
    `select g.code, g.name from gemeente g
     where g.code in (select gemeente_code from veranderkompas_trajectory_gemeente where trajectory_id = $1)
        or g.arbeidsmarktregio_code in (
          select g2.arbeidsmarktregio_code from veranderkompas_trajectory_gemeente tg join gemeente g2 on g2.code = tg.gemeente_code where tg.trajectory_id = $1)
        or g.arbeidsmarktregio_code = (select arbeidsmarktregio_code from veranderkompas_trajectory where id = $1)
     order by g.name`,
    [trajectoryId],
  );
}

/** Changes the chosen steps and gemeenten; only the kartrekker, and only gemeenten from gemeenteChoices. */
export async function updateSettings(db: Transactional, accountId: string, trajectoryId: string, steps: StepNumber[], gemeenteCodes: string[]): Promise<boolean> {
  const allowed = new Set((await gemeenteChoices(db, accountId, trajectoryId)).map((g) => g.code));
  if (allowed.size === 0 || gemeenteCodes.some((c) => !allowed.has(c))) return false;
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me?.isKartrekker) return false;
    await tx.query('update veranderkompas_trajectory set steps = $2::int[] where id = $1', [trajectoryId, [...steps].sort()]);
    await tx.query('delete from veranderkompas_trajectory_gemeente where trajectory_id = $1', [trajectoryId]);
    await tx.query('insert into veranderkompas_trajectory_gemeente (trajectory_id, gemeente_code) select $1, unnest($2::text[])', [trajectoryId, gemeenteCodes]);
    return true;
  });
}

export async function createMeeting(db: Transactional, accountId: string, trajectoryId: string, date: string, title: string | null): Promise<string | null> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me?.isKartrekker) return null;
    const [row] = await tx.query<{ id: string }>(
      'insert into veranderkompas_meeting (trajectory_id, meeting_date, title, created_by) values ($1, $2, $3, $4) returning id',
      [trajectoryId, date, title, accountId],
    );
    return row!.id;
  });
}

// ---------------------------------------------------------------- participants: marks, notes, actions

export interface MarkInput {
  itemId: string;
  mark: MarkValue | null;
  note: string | null;
}

/**
 * May the account record marks for this participant? Yes for oneself, and
 * for a guest participant when the account is the kartrekker.
 */
async function mayMarkFor(tx: Queryable, me: Membership, trajectoryId: string, participantId: string): Promise<boolean> {
  if (participantId === me.participantId) return true;
  if (!me.isKartrekker) return false;
  const [guest] = await tx.query(
    'select 1 from veranderkompas_participant where id = $1 and trajectory_id = $2 and account_id is null and removed_at is null',
    [participantId, trajectoryId],
  );
  return Boolean(guest);
}

/** The marks one participant gave in one meeting, when the account may see and change them. */
export async function marksOf(db: Queryable, accountId: string, trajectoryId: string, meetingId: string, participantId: string): Promise<Map<string, { mark: MarkValue | null; note: string | null }> | null> {
  const me = await membership(db, accountId, trajectoryId);
  if (!me || !(await meetingOf(db, trajectoryId, meetingId)) || !(await mayMarkFor(db, me, trajectoryId, participantId))) return null;
  const rows = await db.query<{ itemId: string; mark: MarkValue | null; note: string | null }>(
    'select item_id as "itemId", mark, note from veranderkompas_mark where meeting_id = $1 and participant_id = $2',
    [meetingId, participantId],
  );
  return new Map(rows.map((r) => [r.itemId, { mark: r.mark, note: r.note }]));
}

/**
 * Replaces a participant's marks for the given items in one meeting. Items
 * with neither a mark nor a note are cleared.
 */
export async function saveMarks(db: Transactional, accountId: string, trajectoryId: string, meetingId: string, participantId: string, itemIds: string[], marks: MarkInput[]): Promise<'ok' | 'not-found'> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me || !(await meetingOf(tx, trajectoryId, meetingId)) || !(await mayMarkFor(tx, me, trajectoryId, participantId))) return 'not-found';
    await tx.query('delete from veranderkompas_mark where meeting_id = $1 and participant_id = $2 and item_id = any($3::text[])', [meetingId, participantId, itemIds]);
    const kept = marks.filter((m) => m.mark !== null || m.note !== null);
    if (kept.length > 0) {
      await tx.query(
        `insert into veranderkompas_mark (meeting_id, participant_id, item_id, mark, note, recorded_by)
         select $1, $2, x.item, x.mark, x.note, $6 from unnest($3::text[], $4::text[], $5::text[]) as x(item, mark, note)`,
        [meetingId, participantId, kept.map((m) => m.itemId), kept.map((m) => m.mark), kept.map((m) => m.note), accountId],
      );
    }
    return 'ok';
  });
}

export async function addQuestionNotes(db: Transactional, accountId: string, trajectoryId: string, meetingId: string, step: StepNumber, notes: Array<{ questionId: string; text: string }>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me || !(await meetingOf(tx, trajectoryId, meetingId))) return false;
    await tx.query(
      `insert into veranderkompas_question_note (meeting_id, step, question_id, text, participant_id)
       select $1, $2, x.q, x.t, $5 from unnest($3::text[], $4::text[]) as x(q, t)`,
      [meetingId, step, notes.map((n) => n.questionId), notes.map((n) => n.text), me.participantId],
    );
    return true;
  });
}

export interface NewAction {
  what: string;
  who: string;
  dueDate: string;
  steeringFactorId: string;
}

export async function addAction(db: Transactional, accountId: string, trajectoryId: string, meetingId: string, input: NewAction): Promise<string | null> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me || !(await meetingOf(tx, trajectoryId, meetingId))) return null;
    const [row] = await tx.query<{ id: string }>(
      `insert into veranderkompas_action (trajectory_id, meeting_id, what, who, due_date, steering_factor_id, created_by)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [trajectoryId, meetingId, input.what, input.who, input.dueDate, input.steeringFactorId, accountId],
    );
    await tx.query(`insert into veranderkompas_action_update (action_id, meeting_id, status, updated_by) values ($1, $2, 'open', $3)`, [row!.id, meetingId, accountId]);
    return row!.id;
  });
}

/** Records the status of an action in a meeting; the history keeps every step. */
export async function updateAction(db: Transactional, accountId: string, trajectoryId: string, meetingId: string, actionId: string, status: ActionStatus, note: string | null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const me = await membership(tx, accountId, trajectoryId);
    if (!me || !(await meetingOf(tx, trajectoryId, meetingId))) return false;
    const [action] = await tx.query('select 1 from veranderkompas_action where id = $1 and trajectory_id = $2', [actionId, trajectoryId]);
    if (!action) return false;
    await tx.query(
      'insert into veranderkompas_action_update (action_id, meeting_id, status, note, updated_by) values ($1, $2, $3, $4, $5)',
      [actionId, meetingId, status, note, accountId],
    );
    return true;
  });
}

// ---------------------------------------------------------------- bottlenecks (knelpunten)

export interface NewBottleneck {
  gemeenteCode: string;
  source: 'werkkaart' | 'traject';
  werkkaartSection: string | null;
  category: string;
  text: string;
}

export async function createBottleneck(db: Queryable, accountId: string, input: NewBottleneck): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into bottleneck (gemeente_code, source, werkkaart_section, category, text, created_by) values ($1, $2, $3, $4, $5, $6) returning id`,
    [input.gemeenteCode, input.source, input.source === 'werkkaart' ? input.werkkaartSection : null, input.category, input.text, accountId],
  );
  return row!.id;
}

export interface BottleneckItem {
  category: string;
  text: string;
  gemeenteName: string;
  source: 'werkkaart' | 'traject';
  werkkaartSection: string | null;
  createdAt: string;
  isNew: boolean;
}

/**
 * Bottlenecks flagged in the trajectory's gemeenten, newest first, for
 * participants only. "New" means flagged on or after the day of the last meeting that has
 * taken place (on or before `today`), so they are input for the next one.
 */
export async function bottlenecksForTrajectory(db: Queryable, accountId: string, trajectoryId: string, today: string): Promise<BottleneckItem[] | null> {
  if (!(await membership(db, accountId, trajectoryId))) return null;
  return db.query<BottleneckItem>(
    `with last_meeting as (
       select max(meeting_date) as d from veranderkompas_meeting where trajectory_id = $1 and meeting_date <= $2::date
     )
     select b.category, b.text, g.name as "gemeenteName", b.source, b.werkkaart_section as "werkkaartSection",
       ${iso('b.created_at')} as "createdAt",
       ((select d from last_meeting) is null or (b.created_at at time zone 'Europe/Amsterdam')::date >= (select d from last_meeting)) as "isNew"
     from bottleneck b join gemeente g on g.code = b.gemeente_code
     where b.gemeente_code in (select gemeente_code from veranderkompas_trajectory_gemeente where trajectory_id = $1)
     order by b.created_at desc limit 500`,
    [trajectoryId, today],
  );
}
