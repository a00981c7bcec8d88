// Minimal local accounts for beheer: argon2id hashes, a server-side session
// in the database, CSRF on every form, and a temporary lock after repeated
// failed logins. The access issue extends roles and adds OpenID Connect.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { Queryable } from '../db/client.ts';
import { Layout } from './layout.tsx';

export type Role = 'beheerder' | 'aanbieder-redacteur';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
}

export const SESSION_COOKIE = 'inbeeld_sessie';
const SESSION_HOURS = 8;
export const MAX_FAILED_LOGINS = 10;
export const LOCK_MINUTES = 15;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's current defaults
}

export async function createAccount(
  db: Queryable,
  account: { email: string; name: string; password: string; role: Role; organizationId?: string | null },
): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `insert into account (email, name, password_hash, role, organization_id) values ($1, $2, $3, $4, $5)
     on conflict (email) do update set name = excluded.name, password_hash = excluded.password_hash,
       role = excluded.role, organization_id = excluded.organization_id
     returning id`,
    [account.email.toLowerCase(), account.name, await hashPassword(account.password), account.role, account.organizationId ?? null],
  );
  return rows[0]!.id;
}

let dummyHash: Promise<string> | undefined;

type LoginOutcome = { ok: true; token: string } | { ok: false; locked: boolean };

export async function login(db: Queryable, email: string, password: string): Promise<LoginOutcome> {
  const rows = await db.query<{ id: string; passwordHash: string; locked: boolean }>(
    `select id, password_hash as "passwordHash", coalesce(locked_until > now(), false) as locked
     from account where email = $1`,
    [email.trim().toLowerCase()],
  );
  const account = rows[0];
  if (!account) {
    // Spend the same time as a real check, so timing does not reveal accounts.
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await dummyHash, password).catch(() => false);
    return { ok: false, locked: false };
  }
  if (account.locked) return { ok: false, locked: true };
  const valid = await verify(account.passwordHash, password).catch(() => false);
  if (!valid) {
    const [state] = await db.query<{ locked: boolean }>(
      `update account set failed_logins = failed_logins + 1,
         locked_until = case when failed_logins + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
       where id = $1 returning coalesce(locked_until > now(), false) as locked`,
      [account.id, MAX_FAILED_LOGINS, LOCK_MINUTES],
    );
    return { ok: false, locked: state?.locked ?? false };
  }
  const token = randomBytes(32).toString('base64url');
  await db.query('update account set failed_logins = 0, locked_until = null where id = $1', [account.id]);
  await db.query(
    `insert into session (token_hash, account_id, expires_at) values ($1, $2, now() + make_interval(hours => $3))`,
    [tokenHash(token), account.id, SESSION_HOURS],
  );
  return { ok: true, token };
}

async function userForToken(db: Queryable, token: string): Promise<SessionUser | null> {
  const rows = await db.query<SessionUser>(
    `select a.id, a.email, a.name, a.role, a.organization_id as "organizationId"
     from session s join account a on a.id = s.account_id
     where s.token_hash = $1 and s.expires_at > now()`,
    [tokenHash(token)],
  );
  return rows[0] ?? null;
}

/** preHandler: only logged-in users with one of these roles. */
export function requireRole(...roles: Role[]): preHandlerHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.user) {
      return reply.redirect(`/inloggen?terug=${encodeURIComponent(request.url)}`, 303);
    }
    if (!roles.includes(request.user.role)) {
      const err = new Error('forbidden') as Error & { statusCode: number };
      err.statusCode = 403;
      throw err;
    }
  };
}

function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(value) ? value : '/beheer';
}

function LoginPage(props: { csrfToken: string; terug: string; email?: string; error?: string }) {
  return (
    <Layout title="Inloggen" path="/inloggen">
      <h1>Inloggen</h1>
      <p>Voor medewerkers van organisaties die hun aanbod bijhouden.</p>
      {props.error ? (
        <div class="notice error" role="alert" id="login-fout">
          <p>{props.error}</p>
        </div>
      ) : null}
      <form method="post" action="/inloggen" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="terug" value={props.terug} />
        <div class="form-field">
          <label for="email">E-mailadres</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''}
            aria-describedby={props.error ? 'login-fout' : undefined} />
        </div>
        <div class="form-field">
          <label for="wachtwoord">Wachtwoord</label>
          <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit">Inloggen</button>
      </form>
    </Layout>
  );
}

async function authRoutes(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await userForToken(app.db, token);
  });

  app.get('/inloggen', { schema: { hide: true } }, async (request, reply) => {
    const terug = safeReturnPath((request.query as Record<string, unknown>).terug);
    return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug }));
  });

  app.post('/inloggen', { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email.slice(0, 320) : '';
    const password = typeof body.wachtwoord === 'string' ? body.wachtwoord.slice(0, 1024) : '';
    const terug = safeReturnPath(body.terug);
    if (!email || !password) {
      return reply.page(
        LoginPage({ csrfToken: reply.generateCsrf(), terug, email, error: 'Vul je e-mailadres en je wachtwoord in.' }),
        400,
      );
    }
    const outcome = await login(app.db, email, password);
    if (!outcome.ok) {
      const error = outcome.locked
        ? `Er is te vaak een verkeerd wachtwoord gebruikt. Probeer het over ${LOCK_MINUTES} minuten opnieuw.`
        : 'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.';
      return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug, email, error }), outcome.locked ? 429 : 401);
    }
    reply.setCookie(SESSION_COOKIE, outcome.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: app.config.secureCookies,
      maxAge: SESSION_HOURS * 3600,
    });
    return reply.redirect(terug, 303);
  });

  app.post('/uitloggen', { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await app.db.query('delete from session where token_hash = $1', [tokenHash(token)]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });
}

export const authPlugin = fp(authRoutes, { name: 'auth' });
