// Login and sessions: local accounts with argon2id hashes, a server-side
// session in the database that ends after a period without activity, CSRF on
// every form, login throttling that cannot be used to lock someone out, and
// password reset through a one-time link by e-mail. Access to every route is
// decided in auth/guard.ts from the permission table (deny by default).
// The pieces live in src/web/auth/; this module keeps the public names.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { installGuard } from './auth/guard.ts';
import { authRoutes } from './auth/routes.tsx';

export type { Role } from './permissions.ts';
export { createAccount, createResetToken, hashPassword, MIN_PASSWORD_LENGTH } from './auth/accounts.ts';
export { forbidden } from './auth/guard.ts';
export { login, type LoginOutcome } from './auth/login.ts';
export { LOGIN_FAILED } from './auth/routes.tsx';
export { actorOf, SESSION_COOKIE, setSessionCookie, startSession, type SessionUser } from './auth/session.ts';

async function authPluginImpl(app: FastifyInstance) {
  installGuard(app);
  await authRoutes(app);
}

export const authPlugin = fp(authPluginImpl, { name: 'auth' });
