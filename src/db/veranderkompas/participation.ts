// What participants do in a meeting: marks, notes on questions, actions.
import type { ActionStatus, MarkValue, StepNumber } from '../../content/kennis/veranderkompas.ts';
import type { Queryable } from '../client.ts';
import { meetingOf, type Membership, membership, type Transactional } from './shared.ts';

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
