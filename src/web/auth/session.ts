// Sessions: a random token in an HttpOnly cookie, only its hash in the
// `session` table; activity extends a session within a fixed maximum.
// SessionUser lives here (not in auth.tsx) so feature modules such as the API
// tokens can use it without importing the auth plugin.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { prepared, type Queryable } from '../../db/client.ts';
import type { Actor } from '../../db/persons.ts';
import type { Role } from '../permissions.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  organizationName: string | null;
  /** Seconds until the session ends without activity. */
  sessionSeconds: number;
}

export const SESSION_COOKIE = 'inbeeld_sessie';
export const SESSION_MAX_HOURS = 12;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function actorOf(request: FastifyRequest): Actor {
  const user = request.user;
  return {
    accountId: user?.id ?? null,
    organizationId: user?.organizationId ?? null,
    role: user?.role ?? 'beleidsmedewerker',
    traceId: request.traceId,
  };
}

export async function startSession(db: Queryable, accountId: string, idleMinutes: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `insert into session (token_hash, account_id, expires_at) values ($1, $2, now() + make_interval(secs => $3))`,
    [tokenHash(token), accountId, idleMinutes * 60],
  );
  return token;
}

// Activity extends the session, but writing the row on every request costs a
// write (and WAL, and a dead tuple) per page: touch it at most once a minute.
// The session may therefore end up to TOUCH_SECONDS earlier than the idle
// time after the last request, never later. With a short idle time the touch
// comes sooner (a tenth of it), so activity always keeps the session alive.
export const TOUCH_SECONDS = 60;

// Run on every logged-in request: prepared, so each connection plans it once.
const SESSION_SQL = prepared(
  `with live as (
    select token_hash, account_id, expires_at from session
    where token_hash = $1 and expires_at > now() and created_at > now() - make_interval(hours => $3)
  ),
  touched as (
    update session set last_seen_at = now(), expires_at = now() + make_interval(secs => $2)
    where token_hash = (select token_hash from live) and last_seen_at <= now() - make_interval(secs => $4)
    returning expires_at
  )
  select a.id, a.email, a.name, a.role, a.organization_id as "organizationId", o.name as "organizationName",
    floor(extract(epoch from coalesce((select expires_at from touched), s.expires_at) - now()))::int as "sessionSeconds"
  from live s join account a on a.id = s.account_id left join organization o on o.id = a.organization_id`,
);

/** `touchSeconds` 0 always extends (the explicit 'stay logged in' request). */
export async function userForToken(db: Queryable, token: string, idleMinutes: number, touchSeconds = Math.min(TOUCH_SECONDS, idleMinutes * 6)): Promise<SessionUser | null> {
  const rows = await db.query<SessionUser>(SESSION_SQL, [tokenHash(token), idleMinutes * 60, SESSION_MAX_HOURS, touchSeconds]);
  return rows[0] ?? null;
}

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.secureCookies,
    maxAge: SESSION_MAX_HOURS * 3600,
  });
}
