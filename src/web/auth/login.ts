// Checking a password. Every path does the same work (one account lookup, one
// device check, one throttle check, one argon2 verify, one throttle write), so
// neither the answer nor its timing tells whether an account exists, has a
// wrong password or is waiting out a throttle.
import { randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import type { Queryable } from '../../db/client.ts';
import type { Role } from '../permissions.ts';
import { hashPassword } from './accounts.ts';
import { startSession } from './session.ts';
import { accountKey, addressKey, clearThrottle, deviceKey, isThrottled, recordFailure, rememberDevice, trustedDevice, FREE_FAILURES } from './throttle.ts';

export type LoginOutcome = { ok: true; token: string; role: Role; deviceToken: string | null } | { ok: false };

export interface LoginSource {
  /** The client address (request.ip, which honours TRUST_PROXY). */
  address: string;
  /** The device cookie, when the browser sent one. */
  deviceToken?: string | undefined;
}

export interface LoginOptions {
  idleMinutes?: number;
  /** Called once per series when an existing account reaches its throttle. */
  onAttack?: (email: string) => Promise<void>;
}

let dummyHash: Promise<string> | undefined;

export async function login(db: Queryable, email: string, password: string, source: LoginSource, options: LoginOptions = {}): Promise<LoginOutcome> {
  const address = email.trim().toLowerCase();
  const [account] = await db.query<{ id: string; passwordHash: string | null; role: Role }>(
    `select id, password_hash as "passwordHash", role from account where email = $1`,
    [address],
  );
  const trusted = await trustedDevice(db, account?.id ?? null, source.deviceToken);
  // A known device waits only on its own failures; anything else on the typed
  // e-mail address and on the source address.
  const keys = trusted && source.deviceToken ? [deviceKey(source.deviceToken)] : [accountKey(address), addressKey(source.address)];
  const throttled = await isThrottled(db, keys);
  // Unknown accounts and accounts without a password verify against a dummy hash.
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await verify(account?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (account?.passwordHash && valid && !throttled) {
    await clearThrottle(db, trusted && source.deviceToken ? keys : [accountKey(address)]);
    const deviceToken = trusted ? null : await rememberDevice(db, account.id);
    return { ok: true, token: await startSession(db, account.id, options.idleMinutes ?? 30), role: account.role, deviceToken };
  }
  const counts = await recordFailure(db, keys);
  const accountFailures = counts.get(accountKey(address).key);
  if (account && accountFailures === FREE_FAILURES.account + 1) await options.onAttack?.(address);
  return { ok: false };
}
