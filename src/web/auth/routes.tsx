// Login, logout, session extension and password reset.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { createMailer } from '../mail.ts';
import { homeFor } from '../permissions.ts';
import { createResetToken, hashPassword, MIN_PASSWORD_LENGTH, resetAccount } from './accounts.ts';
import { login } from './login.ts';
import { SESSION_COOKIE, setSessionCookie, tokenHash } from './session.ts';
import { accountKey, clearThrottle, DEVICE_COOKIE, DEVICE_DAYS } from './throttle.ts';
import { ForgotPage, LoginPage, ResetPage } from './views.tsx';

/** One answer for every failed login: unknown account, wrong password or waiting. */
export const LOGIN_FAILED =
  'Inloggen is niet gelukt. Controleer je e-mailadres en wachtwoord. Na een paar verkeerde pogingen moet je steeds wat langer wachten voor je het opnieuw kunt proberen.';

function safeReturnPath(value: unknown): string | null {
  return typeof value === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(value) ? value : null;
}

function text(body: unknown, name: string, max: number): string {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.slice(0, max) : '';
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const idle = app.config.sessionIdleMinutes;
  const mailer = createMailer(app.db, app.config.smtpUrl, app.config.mailFrom);

  await app.register(rateLimit, { global: false });
  // Per source address; request.ip honours TRUST_PROXY only, so rotating X-Forwarded-For does not help.
  const mailLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

  const warnHolder = async (email: string) =>
    mailer.send({
      to: email,
      subject: 'Veel mislukte inlogpogingen op je InBeeld-account',
      text: `Iemand heeft een paar keer geprobeerd in te loggen op je InBeeld-account, met een verkeerd wachtwoord.\n\nWas jij dat? Dan hoef je niets te doen. Na een korte wachttijd kun je weer inloggen. Op een apparaat waarop je eerder hebt ingelogd, hoef je niet te wachten.\n\nWas jij het niet? Kies dan een nieuw wachtwoord via ${app.config.baseUrl}/wachtwoord-vergeten en meld het aan je functioneel beheerder.`,
    });

  app.get('/inloggen', { schema: { hide: true } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const terug = safeReturnPath(query.terug) ?? '';
    const info = query.melding === 'wachtwoord' ? 'Je nieuwe wachtwoord is opgeslagen. Log nu in.' : query.melding === 'verlopen' ? 'Je was een tijd niet actief. Log opnieuw in.' : undefined;
    return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug, oidc: app.config.oidc !== null, ...(info ? { info } : {}) }));
  });

  app.post('/inloggen', { schema: { hide: true }, preValidation: app.csrfProtection }, async (request, reply) => {
    const email = text(request.body, 'email', 320);
    const password = text(request.body, 'wachtwoord', 1024);
    const terug = safeReturnPath(text(request.body, 'terug', 500)) ?? '';
    const oidc = app.config.oidc !== null;
    if (!email || !password) {
      return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug, email, oidc, error: 'Vul je e-mailadres en je wachtwoord in.' }), 400);
    }
    const outcome = await login(app.db, email, password, { address: request.ip, deviceToken: request.cookies[DEVICE_COOKIE] }, { idleMinutes: idle, onAttack: warnHolder });
    if (!outcome.ok) {
      return reply.page(LoginPage({ csrfToken: reply.generateCsrf(), terug, email, oidc, error: LOGIN_FAILED }), 401);
    }
    setSessionCookie(app, reply, outcome.token);
    if (outcome.deviceToken) {
      reply.setCookie(DEVICE_COOKIE, outcome.deviceToken, {
        path: '/inloggen', httpOnly: true, sameSite: 'strict', secure: app.config.secureCookies, maxAge: DEVICE_DAYS * 86400,
      });
    }
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

  app.post('/wachtwoord-vergeten', { schema: { hide: true }, preValidation: app.csrfProtection, config: mailLimit }, async (request, reply) => {
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

  app.get('/wachtwoord-herstellen', { schema: { hide: true } }, async (request, reply) => {
    const token = text(request.query, 'token', 200);
    if (!token || !(await resetAccount(app.db, token))) {
      return reply.page(ForgotPage({ csrfToken: reply.generateCsrf(), error: 'Deze link werkt niet meer. Vraag hieronder een nieuwe link aan.' }), 400);
    }
    return reply.page(ResetPage({ csrfToken: reply.generateCsrf(), token }));
  });

  app.post('/wachtwoord-herstellen', { schema: { hide: true }, preValidation: app.csrfProtection, config: mailLimit }, async (request, reply) => {
    const token = text(request.body, 'token', 200);
    const password = text(request.body, 'wachtwoord', 1024);
    const repeat = text(request.body, 'herhaal', 1024);
    const reset = token ? await resetAccount(app.db, token) : null;
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
      await tx.query('update account set password_hash = $1 where id = $2', [passwordHash, reset.accountId]);
      // Sessions started with the old password end.
      await tx.query('delete from session where account_id = $1', [reset.accountId]);
      // Whoever holds the mailbox may log in again at once.
      await clearThrottle(tx, [accountKey(reset.email)]);
    });
    return reply.redirect('/inloggen?melding=wachtwoord', 303);
  });
}
