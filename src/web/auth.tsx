// Login and sessions: local accounts with argon2id hashes, a server-side
// session in the database that ends after a period without activity, CSRF on
// every form, a temporary lock after repeated failed logins, and password
// reset through a one-time link by e-mail. Access to every route is decided
// here, from the permission table (deny by default).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Queryable } from '../db/client.ts';
import type { Actor } from '../db/persons.ts';
import { InputError } from './errors.ts';
import { Layout } from './layout.tsx';
import { createMailer } from './mail.ts';
import { bearerToken, userForApiToken } from '../features/transities/tokens.ts';
import { allows, homeFor, ruleFor, type AccessRule, type Role } from './permissions.ts';

export type { Role } from './permissions.ts';

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
const SESSION_MAX_HOURS = 12;
export const MAX_FAILED_LOGINS = 10;
export const LOCK_MINUTES = 15;
const RESET_MINUTES = 60;
export const MIN_PASSWORD_LENGTH = 12;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's current defaults
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

let dummyHash: Promise<string> | undefined;

type LoginOutcome = { ok: true; token: string; role: Role } | { ok: false; locked: boolean };

export async function startSession(db: Queryable, accountId: string, idleMinutes: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `insert into session (token_hash, account_id, expires_at) values ($1, $2, now() + make_interval(secs => $3))`,
    [tokenHash(token), accountId, idleMinutes * 60],
  );
  return token;
}

export async function login(db: Queryable, email: string, password: string, idleMinutes = 30): Promise<LoginOutcome> {
  const rows = await db.query<{ id: string; passwordHash: string | null; locked: boolean; role: Role }>(
    `select id, password_hash as "passwordHash", coalesce(locked_until > now(), false) as locked, role
     from account where email = $1`,
    [email.trim().toLowerCase()],
  );
  const account = rows[0];
  if (!account || !account.passwordHash) {
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
  await db.query('update account set failed_logins = 0, locked_until = null where id = $1', [account.id]);
  return { ok: true, token: await startSession(db, account.id, idleMinutes), role: account.role };
}

async function userForToken(db: Queryable, token: string, idleMinutes: number): Promise<SessionUser | null> {
  // Activity extends the session, within a fixed maximum.
  const rows = await db.query<SessionUser>(
    `with s as (
       update session set last_seen_at = now(), expires_at = now() + make_interval(secs => $2)
       where token_hash = $1 and expires_at > now() and created_at > now() - make_interval(hours => $3)
       returning account_id, expires_at
     )
     select a.id, a.email, a.name, a.role, a.organization_id as "organizationId", o.name as "organizationName",
       floor(extract(epoch from s.expires_at - now()))::int as "sessionSeconds"
     from s join account a on a.id = s.account_id left join organization o on o.id = a.organization_id`,
    [tokenHash(token), idleMinutes * 60, SESSION_MAX_HOURS],
  );
  return rows[0] ?? null;
}

function safeReturnPath(value: unknown): string | null {
  return typeof value === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(value) ? value : null;
}

export function forbidden(message = 'Je hebt geen toegang tot deze pagina. Vraag je teamleider of functioneel beheerder als je die wel nodig hebt.'): Error {
  return new InputError(message, [], 403);
}

// ------------------------------------------------------------------ views

function Notice({ error, info }: { error?: string | undefined; info?: string | undefined }) {
  if (error) {
    return (
      <div class="notice error" role="alert" id="formulier-fout">
        <p>{error}</p>
      </div>
    );
  }
  return info ? (
    <div class="notice" role="status">
      <p>{info}</p>
    </div>
  ) : null;
}

function LoginPage(props: { csrfToken: string; terug: string; email?: string; error?: string; info?: string; oidc: boolean }) {
  return (
    <Layout title={props.error ? 'Fout: Inloggen' : 'Inloggen'} path="/inloggen">
      <h1>Inloggen</h1>
      <p>Voor medewerkers van gemeenten, UWV, werkcentra en organisaties die ondersteuning bieden.</p>
      <Notice error={props.error} info={props.info} />
      <form method="post" action="/inloggen" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="terug" value={props.terug} />
        <div class="form-field">
          <label for="email">E-mailadres</label>
          <input id="email" name="email" type="email" autocomplete="username" required value={props.email ?? ''}
            aria-describedby={props.error ? 'formulier-fout' : undefined} />
        </div>
        <div class="form-field">
          <label for="wachtwoord">Wachtwoord</label>
          <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit">Inloggen</button>
      </form>
      <p>
        <a href="/wachtwoord-vergeten">Wachtwoord vergeten?</a>
      </p>
      {props.oidc ? (
        <p>
          <a class="button secondary" href="/inloggen/oidc">
            Inloggen met het account van je organisatie
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

function ForgotPage(props: { csrfToken: string; error?: string; info?: string }) {
  return (
    <Layout title="Wachtwoord vergeten" path="/inloggen">
      <h1>Wachtwoord vergeten</h1>
      <p>Vul je e-mailadres in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één uur.</p>
      <Notice error={props.error} info={props.info} />
      <form method="post" action="/wachtwoord-vergeten" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div class="form-field">
          <label for="email">E-mailadres</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </div>
        <button type="submit">Stuur mij een link</button>
      </form>
    </Layout>
  );
}

function ResetPage(props: { csrfToken: string; token: string; error?: string }) {
  return (
    <Layout title={props.error ? 'Fout: Nieuw wachtwoord' : 'Nieuw wachtwoord'} path="/inloggen">
      <h1>Kies een nieuw wachtwoord</h1>
      <p>Gebruik minstens {MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is goed te onthouden en sterk.</p>
      <Notice error={props.error} />
      <form method="post" action="/wachtwoord-herstellen" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="token" value={props.token} />
        <div class="form-field">
          <label for="wachtwoord">Nieuw wachtwoord</label>
          <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
        </div>
        <div class="form-field">
          <label for="herhaal">Herhaal het nieuwe wachtwoord</label>
          <input id="herhaal" name="herhaal" type="password" autocomplete="new-password" required />
        </div>
        <button type="submit">Wachtwoord opslaan</button>
      </form>
    </Layout>
  );
}

function OutboxPage(props: { mails: Array<{ toAddress: string; subject: string; body: string; createdAt: string }> }) {
  return (
    <Layout title="Outbox (ontwikkeling)" path="/ontwikkeling/outbox">
      <h1>Outbox</h1>
      <p>Deze pagina bestaat alleen zonder mailserver. Hier staan de e-mails die InBeeld zou versturen, de nieuwste bovenaan.</p>
      {props.mails.length === 0 ? <p>Er zijn nog geen e-mails.</p> : null}
      {props.mails.map((m, i) => (
        <article class="result" aria-labelledby={`mail-${i}`}>
          <h2 id={`mail-${i}`}>{m.subject}</h2>
          <p>
            Aan: {m.toAddress} · {m.createdAt}
          </p>
          <pre class="mail-body">{m.body}</pre>
        </article>
      ))}
    </Layout>
  );
}

// ------------------------------------------------------------------ routes

function text(body: unknown, name: string, max: number): string {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.slice(0, max) : '';
}

async function authRoutes(app: FastifyInstance) {
  const idle = app.config.sessionIdleMinutes;
  const mailer = createMailer(app.db, app.config.smtpUrl, app.config.mailFrom);

  // Deny by default: every route must have a rule in the permission table.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const rule = ruleFor(method, route.url);
      if (rule === undefined) throw new Error(`route ${method} ${route.url} has no rule in src/web/permissions.ts`);
      if (method !== 'HEAD') app.routeTable.push(`${method} ${route.url}`);
      route.config = { ...(route.config as object), access: rule } as typeof route.config;
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    request.traceId = randomUUID();
    reply.header('x-trace-id', request.traceId);
    const token = request.cookies[SESSION_COOKIE];
    // Machine clients on the API: an API token (Authorization: Bearer ...) instead of a session.
    const bearer = request.url.startsWith('/api/') ? bearerToken(request.headers.authorization) : null;
    if (bearer !== null) {
      request.user = await userForApiToken(app.db, bearer);
      if (!request.user) {
        reply.header('www-authenticate', 'Bearer error="invalid_token"');
        throw new InputError('Dit API-token klopt niet of is ingetrokken. Controleer het token, of vraag je functioneel beheerder om een nieuw token.', [], 401);
      }
    }
    // Assets carry the cookie too; they need no session (and must not extend it).
    else if (token && !request.url.startsWith('/assets/')) request.user = await userForToken(app.db, token, idle);
    const rule = (request.routeOptions.config as { access?: AccessRule } | undefined)?.access;
    if (rule === undefined) return; // the 404 handler
    if (allows(rule, request.user?.role ?? null)) return;
    if (!request.user) {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) {
        return reply.redirect(`/inloggen?terug=${encodeURIComponent(request.url)}`, 303);
      }
      throw new InputError('Log eerst in. Daarna kun je dit gebruiken.', [], 401);
    }
    throw forbidden();
  });

  await app.register(rateLimit, { global: false });
  const loginLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

  app.get('/inloggen', { schema: { hide: true } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const terug = safeReturnPath(query.terug) ?? '';
    const info = query.melding === 'wachtwoord' ? 'Je nieuwe wachtwoord is opgeslagen. Log nu in.' : query.melding === 'verlopen' ? 'Je was een tijd niet actief. Log opnieuw in.' : undefined;
    return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug, oidc: app.config.oidc !== null, ...(info ? { info } : {}) }));
  });

  app.post('/inloggen', { schema: { hide: true }, preValidation: app.csrfProtection, config: loginLimit }, async (request, reply) => {
    const email = text(request.body, 'email', 320);
    const password = text(request.body, 'wachtwoord', 1024);
    const terug = safeReturnPath(text(request.body, 'terug', 500)) ?? '';
    const oidc = app.config.oidc !== null;
    if (!email || !password) {
      return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug, email, oidc, error: 'Vul je e-mailadres en je wachtwoord in.' }), 400);
    }
    const outcome = await login(app.db, email, password, idle);
    if (!outcome.ok) {
      // The same words whether or not the account exists.
      const error = outcome.locked
        ? `Er is te vaak een verkeerd wachtwoord gebruikt. Probeer het over ${LOCK_MINUTES} minuten opnieuw.`
        : 'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.';
      return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug, email, oidc, error }), outcome.locked ? 429 : 401);
    }
    setSessionCookie(app, reply, outcome.token);
    return reply.redirect(terug || homeFor(outcome.role), 303);
  });

  app.post('/uitloggen', { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await app.db.query('delete from session where token_hash = $1', [tokenHash(token)]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });

  // Called by the session warning (app.js); the request itself extends the session.
  app.post('/sessie/verlengen', { schema: { hide: true }, preValidation: app.csrfProtection }, async (request) => ({
    seconds: request.user?.sessionSeconds ?? 0,
  }));

  app.get('/wachtwoord-vergeten', { schema: { hide: true } }, async (_request, reply) =>
    reply.page(ForgotPage({ csrfToken: reply.generateCsrf() })),
  );

  app.post('/wachtwoord-vergeten', { schema: { hide: true }, preValidation: app.csrfProtection, config: loginLimit }, async (request, reply) => {
    const email = text(request.body, 'email', 320).trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return reply.page(ForgotPage({ csrfToken: reply.generateCsrf(), error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.' }), 400);
    }
    const [account] = await app.db.query<{ id: string }>('select id from account where email = $1', [email]);
    if (account) {
      const token = await createResetToken(app.db, account.id);
      await mailer.send({
        to: email,
        subject: 'Nieuw wachtwoord voor InBeeld',
        text: `Je hebt gevraagd om een nieuw wachtwoord voor InBeeld.\n\nKies een nieuw wachtwoord met deze link. De link werkt één uur en maar één keer:\n${app.config.baseUrl}/wachtwoord-herstellen?token=${token}\n\nHeb je dit niet zelf gevraagd? Dan hoef je niets te doen.`,
      });
    }
    // The same answer whether or not the account exists.
    return reply.page(ForgotPage({ csrfToken: reply.generateCsrf(), info: 'Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een e-mail met een link.' }));
  });

  const resetValid = async (token: string) =>
    (await app.db.query<{ accountId: string }>(
      `select account_id as "accountId" from password_reset where token_hash = $1 and used_at is null and expires_at > now()`,
      [tokenHash(token)],
    ))[0] ?? null;

  app.get('/wachtwoord-herstellen', { schema: { hide: true } }, async (request, reply) => {
    const token = text(request.query, 'token', 200);
    if (!token || !(await resetValid(token))) {
      return reply.page(ForgotPage({ csrfToken: reply.generateCsrf(), error: 'Deze link werkt niet meer. Vraag hieronder een nieuwe link aan.' }), 400);
    }
    return reply.page(ResetPage({ csrfToken: reply.generateCsrf(), token }));
  });

  app.post('/wachtwoord-herstellen', { schema: { hide: true }, preValidation: app.csrfProtection, config: loginLimit }, async (request, reply) => {
    const token = text(request.body, 'token', 200);
    const password = text(request.body, 'wachtwoord', 1024);
    const repeat = text(request.body, 'herhaal', 1024);
    const reset = token ? await resetValid(token) : null;
    if (!reset) {
      return reply.page(ForgotPage({ csrfToken: reply.generateCsrf(), error: 'Deze link werkt niet meer. Vraag hieronder een nieuwe link aan.' }), 400);
    }
    const error =
      password.length < MIN_PASSWORD_LENGTH
        ? `Het wachtwoord is te kort. Gebruik minstens ${MIN_PASSWORD_LENGTH} tekens.`
        : password !== repeat
          ? 'De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer.'
          : undefined;
    if (error) return reply.page(ResetPage({ csrfToken: reply.generateCsrf(), token, error }), 400);
    const passwordHash = await hashPassword(password);
    await app.db.transaction(async (tx) => {
      await tx.query('update password_reset set used_at = now() where token_hash = $1', [tokenHash(token)]);
      await tx.query('update account set password_hash = $1, failed_logins = 0, locked_until = null where id = $2', [passwordHash, reset.accountId]);
      // Sessions started with the old password end.
      await tx.query('delete from session where account_id = $1', [reset.accountId]);
    });
    return reply.redirect('/inloggen?melding=wachtwoord', 303);
  });

  app.get('/ontwikkeling/outbox', { schema: { hide: true } }, async (_request, reply) => {
    if (!app.config.showOutbox) return reply.callNotFound();
    const mails = await app.db.query<{ toAddress: string; subject: string; body: string; createdAt: string }>(
      `select to_address as "toAddress", subject, body, to_char(created_at, 'YYYY-MM-DD HH24:MI:SS') as "createdAt"
       from outbox order by created_at desc limit 50`,
    );
    return reply.page(OutboxPage({ mails }));
  });
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

export const authPlugin = fp(authRoutes, { name: 'auth' });
