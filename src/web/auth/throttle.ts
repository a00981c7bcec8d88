// Login throttling, kept in the database so it holds across several app
// instances. Failures are counted per key: the e-mail address typed (so
// unknown accounts behave exactly like existing ones), the source address,
// and a trusted device. After a few free failures each next failure doubles
// the wait, up to MAX_DELAY_SECONDS. It is never a hard lock: a device on
// which the account logged in before is throttled on its own key, so an
// attacker elsewhere cannot keep the holder out (OWASP "device cookies").
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import { tokenHash } from './session.ts';

/** Free failures before waits start, per kind of key. */
export const FREE_FAILURES = { account: 5, address: 20, device: 10 } as const;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A series of failures is forgotten after a day without failures. */
const FORGET = "interval '1 day'";
export const DEVICE_COOKIE = 'inbeeld_apparaat';
export const DEVICE_DAYS = 180;

export type ThrottleKey = { key: string; free: number };

export function accountKey(email: string): ThrottleKey {
  return { key: `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`, free: FREE_FAILURES.account };
}
export function addressKey(address: string): ThrottleKey {
  return { key: `address:${address}`, free: FREE_FAILURES.address };
}
export function deviceKey(deviceToken: string): ThrottleKey {
  return { key: `device:${tokenHash(deviceToken)}`, free: FREE_FAILURES.device };
}

/** True when any of the keys is inside its wait. */
export async function isThrottled(db: Queryable, keys: ThrottleKey[]): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    `select count(*) as n from login_throttle where key = any($1::text[]) and blocked_until > now()`,
    [keys.map((k) => k.key)],
  );
  return (row?.n ?? 0) > 0;
}

/**
 * Counts a failure on every key (not while a key is waiting: attempts then are
 * refused unchecked and do not lengthen the wait). Returns the failure count
 * per key, 0 for a key that was waiting.
 */
export async function recordFailure(db: Queryable, keys: ThrottleKey[]): Promise<Map<string, number>> {
  const rows = await db.query<{ key: string; failures: number; counted: boolean }>(
    `with k as (select * from unnest($1::text[], $2::int[]) as k(key, free))
     insert into login_throttle as t (key, failures, last_failure_at, blocked_until)
     select key, 1, now(), case when free < 1 then now() + interval '1 second' end from k
     on conflict (key) do update set
       failures = case when t.blocked_until > now() then t.failures
                       when t.last_failure_at < now() - ${FORGET} then 1 else t.failures + 1 end,
       blocked_until = case
         when t.blocked_until > now() then t.blocked_until
         when t.last_failure_at >= now() - ${FORGET}
              and t.failures + 1 > (select free from k where k.key = t.key)
           then now() + make_interval(secs => least($3::int, power(2, t.failures + 1 - (select free from k where k.key = t.key))::int))
         else null end,
       last_failure_at = case when t.blocked_until > now() then t.last_failure_at else now() end
     returning key, failures, last_failure_at = now() as counted`,
    [keys.map((k) => k.key), keys.map((k) => k.free), MAX_DELAY_SECONDS],
  );
  // Keys that were waiting report 0: their failure was not counted.
  return new Map(rows.map((r) => [r.key, r.counted ? r.failures : 0]));
}

export async function clearThrottle(db: Queryable, keys: ThrottleKey[]): Promise<void> {
  await db.query('delete from login_throttle where key = any($1::text[])', [keys.map((k) => k.key)]);
}

/** Whether this device token belongs to a device on which the account logged in before. */
export async function trustedDevice(db: Queryable, accountId: string | null, deviceToken: string | undefined): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    `select count(*) as n from login_device where token_hash = $1 and account_id = $2::uuid and expires_at > now()`,
    [tokenHash(deviceToken ?? ''), accountId ?? '00000000-0000-0000-0000-000000000000'],
  );
  return (row?.n ?? 0) > 0;
}

export async function rememberDevice(db: Queryable, accountId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `insert into login_device (token_hash, account_id, expires_at) values ($1, $2, now() + make_interval(days => $3))`,
    [tokenHash(token), accountId, DEVICE_DAYS],
  );
  return token;
}
