// Veranderkompas trajectories and bottlenecks. Access is decided here, in
// SQL: every query that reads or changes a trajectory checks that the account
// is an active participant (the kartrekker for settings, participants and
// meetings). Someone who is not a participant gets null or 'not-found', which
// the routes answer with 404, so a trajectory's existence is not revealed.
// No person records are read or written here.
import type { ParticipantRole } from '../../content/kennis/veranderkompas.ts';
import type { Queryable } from '../client.ts';

export type Transactional = Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

/** An ISO 8601 UTC timestamp, the same text on PGlite and PostgreSQL. */
export function iso(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
}

export interface Membership {
  participantId: string;
  isKartrekker: boolean;
  role: ParticipantRole;
}

/** The account's active participation in a trajectory, or null. */
export async function membership(db: Queryable, accountId: string, trajectoryId: string): Promise<Membership | null> {
  const [row] = await db.query<Membership>(
    `select id as "participantId", is_kartrekker as "isKartrekker", participant_role as role
     from veranderkompas_participant where trajectory_id = $1 and account_id = $2 and removed_at is null`,
    [trajectoryId, accountId],
  );
  return row ?? null;
}

/** The meeting, when it belongs to the trajectory. */
export async function meetingOf(db: Queryable, trajectoryId: string, meetingId: string): Promise<{ id: string; date: string } | null> {
  const [row] = await db.query<{ id: string; date: string }>(
    'select id, meeting_date as date from veranderkompas_meeting where id = $1 and trajectory_id = $2',
    [meetingId, trajectoryId],
  );
  return row ?? null;
}
