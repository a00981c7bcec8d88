// Rechtencheck storage: anonymous questionnaire drafts and share codes.
// Nothing here holds a name, contact data or an IP address. Ids, codes and
// delete keys are random; only their sha256 hashes are stored.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Queryable } from './client.ts';
import type { Receipt, RechtencheckFacts } from '../domain/rechtencheck/index.ts';

/** Hours a draft lives after its last change. */
export const DRAFT_HOURS = 24;
/** Days a share code lives by default, and at most. */
export const SHARE_DAYS_DEFAULT = 30;
export const SHARE_DAYS_MAX = 30;
/** Days an expired or deleted share stays as an empty row (to say "verlopen"/"verwijderd"). */
const TOMBSTONE_DAYS = 30;

/**
 * The characters of a share code: no 0/O, 1/I/L, so a code read aloud or
 * copied by hand is hard to get wrong. 31 characters, 8 positions: about
 * 8.5 * 10^11 codes (39.6 bits).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

// ------------------------------------------------------------------ drafts

export interface Draft {
  facts: RechtencheckFacts;
  path: string[];
}

/** A draft id: 128 random bits, URL-safe. */
export function newDraftId(): string {
  return randomBytes(16).toString('base64url');
}

export const DRAFT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export async function createDraft(db: Queryable, draft: Draft): Promise<string> {
  const id = newDraftId();
  await db.query(
    `insert into rechtencheck_draft (id_hash, facts, path, expires_at)
     values ($1, $2::jsonb, $3::text[], now() + make_interval(hours => $4))`,
    [sha256(id), JSON.stringify(draft.facts), draft.path, DRAFT_HOURS],
  );
  return id;
}

export async function getDraft(db: Queryable, id: string): Promise<Draft | null> {
  if (!DRAFT_ID_PATTERN.test(id)) return null;
  const rows = await db.query<{ facts: RechtencheckFacts; path: string[] }>(
    'select facts, path from rechtencheck_draft where id_hash = $1 and expires_at > now()',
    [sha256(id)],
  );
  const row = rows[0];
  return row ? { facts: row.facts ?? {}, path: row.path ?? [] } : null;
}

/** Saves the answers; each change gives the draft another DRAFT_HOURS. */
export async function saveDraft(db: Queryable, id: string, draft: Draft): Promise<boolean> {
  const rows = await db.query<{ ok: number }>(
    `update rechtencheck_draft set facts = $2::jsonb, path = $3::text[], updated_at = now(),
       expires_at = now() + make_interval(hours => $4)
     where id_hash = $1 and expires_at > now() returning 1 as ok`,
    [sha256(id), JSON.stringify(draft.facts), draft.path, DRAFT_HOURS],
  );
  return rows.length > 0;
}

export async function deleteDraft(db: Queryable, id: string): Promise<void> {
  if (!DRAFT_ID_PATTERN.test(id)) return;
  await db.query('delete from rechtencheck_draft where id_hash = $1', [sha256(id)]);
}

// ------------------------------------------------------------------ share codes

/** A new random code of CODE_LENGTH characters from CODE_ALPHABET. */
export function newShareCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * What a person typed, as a code: capitals, without spaces and dashes.
 * Returns null when it cannot be a code (wrong length or characters).
 */
export function normalizeShareCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** ABCD2345 → ABCD-2345, easier to read aloud. */
export function formatShareCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export interface CreatedShare {
  code: string;
  deleteKey: string;
  expiresAt: string;
}

export async function createShare(
  db: Queryable,
  share: { facts: RechtencheckFacts; receipt: Receipt; days: number },
): Promise<CreatedShare> {
  const days = Math.min(SHARE_DAYS_MAX, Math.max(1, Math.floor(share.days)));
  await purgeRechtencheck(db);
  const deleteKey = randomBytes(18).toString('base64url');
  // A collision is very unlikely; try again a few times if it happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newShareCode();
    const rows = await db.query<{ expiresAt: string }>(
      `insert into rechtencheck_share (code_hash, delete_hash, facts, receipt, expires_at)
       values ($1, $2, $3::jsonb, $4::jsonb, now() + make_interval(days => $5))
       on conflict (code_hash) do nothing
       returning to_char(expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "expiresAt"`,
      [sha256(code), sha256(deleteKey), JSON.stringify(share.facts), JSON.stringify(share.receipt), days],
    );
    if (rows[0]) return { code, deleteKey, expiresAt: rows[0].expiresAt };
  }
  throw new Error('geen vrije deelcode gevonden');
}

export type ShareLookup =
  | { status: 'ok'; facts: RechtencheckFacts; receipt: Receipt; createdAt: string; expiresAt: string }
  | { status: 'expired' }
  | { status: 'deleted' }
  | { status: 'unknown' };

export async function findShare(db: Queryable, code: string): Promise<ShareLookup> {
  await purgeRechtencheck(db);
  const rows = await db.query<{
    facts: RechtencheckFacts | null;
    receipt: Receipt | null;
    createdAt: string;
    expiresAt: string;
    expired: boolean;
    deleted: boolean;
  }>(
    `select facts, receipt, (expires_at <= now()) as expired, (deleted_at is not null) as deleted,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
       to_char(expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "expiresAt"
     from rechtencheck_share where code_hash = $1`,
    [sha256(code)],
  );
  const row = rows[0];
  if (!row) return { status: 'unknown' };
  if (row.deleted) return { status: 'deleted' };
  if (row.expired || !row.facts || !row.receipt) {
    // Expired: remove the answers now, keep the empty row for the message.
    await db.query('update rechtencheck_share set facts = null, receipt = null where code_hash = $1', [sha256(code)]);
    return { status: 'expired' };
  }
  return { status: 'ok', facts: row.facts, receipt: row.receipt, createdAt: row.createdAt, expiresAt: row.expiresAt };
}

export type DeleteOutcome = 'deleted' | 'already' | 'wrong-key' | 'unknown';

/** Checks the delete key without removing anything (for the confirmation page). */
export async function checkDeleteKey(db: Queryable, code: string, deleteKey: string): Promise<DeleteOutcome> {
  const rows = await db.query<{ deleteHash: string; gone: boolean }>(
    `select delete_hash as "deleteHash", (deleted_at is not null or expires_at <= now()) as gone
     from rechtencheck_share where code_hash = $1`,
    [sha256(code)],
  );
  const row = rows[0];
  if (!row) return 'unknown';
  if (!sameHash(row.deleteHash, sha256(deleteKey))) return 'wrong-key';
  return row.gone ? 'already' : 'deleted';
}

/** Deletes the shared answers at once when the delete key is right. */
export async function deleteShare(db: Queryable, code: string, deleteKey: string): Promise<DeleteOutcome> {
  const check = await checkDeleteKey(db, code, deleteKey);
  if (check !== 'deleted') return check;
  await db.query(
    `update rechtencheck_share set facts = null, receipt = null, deleted_at = now() where code_hash = $1`,
    [sha256(code)],
  );
  return 'deleted';
}

/**
 * Removes what is no longer needed: expired drafts; the answers of expired
 * shares; and empty share rows 30 days after they expired.
 */
export async function purgeRechtencheck(db: Queryable): Promise<void> {
  await db.query('delete from rechtencheck_draft where expires_at <= now()');
  await db.query(
    `update rechtencheck_share set facts = null, receipt = null where expires_at <= now() and facts is not null`,
  );
  await db.query(
    `delete from rechtencheck_share where expires_at <= now() - make_interval(days => $1)`,
    [TOMBSTONE_DAYS],
  );
}
