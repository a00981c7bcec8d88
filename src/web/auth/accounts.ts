// Local accounts: argon2id password hashes and one-time reset links (only the
// hash of a link token is stored).
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Queryable } from '../../db/client.ts';
import type { Role } from '../permissions.ts';
import { tokenHash } from './session.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const RESET_MINUTES = 60;

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's current defaults
}

export async function createAccount(
  db: Queryable,
  account: { email: string; name: string; password: string | null; role: Role; organizationId?: string | null },
): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `insert into account (email, name, password_hash, role, organization_id) values ($1, $2, $3, $4, $5)
     on conflict (email) do update set name = excluded.name, password_hash = excluded.password_hash,
       role = excluded.role, organization_id = excluded.organization_id
     returning id`,
    [account.email.toLowerCase(), account.name, account.password ? await hashPassword(account.password) : null, account.role,
      account.organizationId ?? null],
  );
  return rows[0]!.id;
}

/** A one-time link token to choose a password; only its hash is stored. */
export async function createResetToken(db: Queryable, accountId: string, minutes = RESET_MINUTES): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `insert into password_reset (token_hash, account_id, expires_at) values ($1, $2, now() + make_interval(mins => $3))`,
    [tokenHash(token), accountId, minutes],
  );
  return token;
}

/** The account of an unused, unexpired reset token. */
export async function resetAccount(db: Queryable, token: string): Promise<{ accountId: string; email: string } | null> {
  const [row] = await db.query<{ accountId: string; email: string }>(
    `select r.account_id as "accountId", a.email from password_reset r join account a on a.id = r.account_id
     where r.token_hash = $1 and r.used_at is null and r.expires_at > now()`,
    [tokenHash(token)],
  );
  return row ?? null;
}
