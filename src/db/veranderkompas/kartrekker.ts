// What the kartrekker does: participants, settings and meetings.
import type { ParticipantRole, StepNumber } from '../../content/kennis/veranderkompas.ts';
import type { Queryable } from '../client.ts';
import { membership, type Transactional } from './shared.ts';

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
