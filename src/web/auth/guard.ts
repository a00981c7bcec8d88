// Access to every route, decided from the permission table (deny by default).
// Who the caller is: a session cookie for pages, and only an API token
// (Authorization: Bearer) under /api/, so a browser session can never be
// ridden into the JSON API by another site (no CSRF on the API).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { bearerToken, userForApiToken } from '../../features/transities/tokens.ts';
import { InputError } from '../errors.ts';
import { allows, ruleFor, type AccessRule } from '../permissions.ts';
import { SESSION_COOKIE, userForToken } from './session.ts';

export function forbidden(message = 'Je hebt geen toegang tot deze pagina. Vraag je teamleider of functioneel beheerder als je die wel nodig hebt.'): Error {
  return new InputError(message, [], 403);
}

export function installGuard(app: FastifyInstance): void {
  const idle = app.config.sessionIdleMinutes;

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
    const api = request.url.startsWith('/api/');
    if (api) {
      // The API never reads the session cookie: only an API token identifies a caller.
      const bearer = bearerToken(request.headers.authorization);
      if (bearer !== null) {
        request.user = await userForApiToken(app.db, bearer);
        if (!request.user) {
          reply.header('www-authenticate', 'Bearer error="invalid_token"');
          throw new InputError('Dit API-token klopt niet of is ingetrokken. Controleer het token, of vraag je functioneel beheerder om een nieuw token.', [], 401);
        }
      }
    } else {
      const token = request.cookies[SESSION_COOKIE];
      // Assets carry the cookie too; they need no session (and must not extend it).
      if (token && !request.url.startsWith('/assets/') && !request.url.startsWith('/health')) {
        // The session warning's 'stay logged in' must extend at once; other requests touch the session at most once a minute.
        request.user = await userForToken(app.db, token, idle, request.method === 'POST' && request.url === '/sessie/verlengen' ? 0 : undefined);
      }
    }
    const rule = (request.routeOptions.config as { access?: AccessRule } | undefined)?.access;
    if (rule === undefined) return; // the 404 handler
    if (allows(rule, request.user?.role ?? null)) return;
    if (!request.user) {
      if (request.method === 'GET' && !api) {
        return reply.redirect(`/inloggen?terug=${encodeURIComponent(request.url)}`, 303);
      }
      if (api) reply.header('www-authenticate', 'Bearer');
      throw new InputError(api ? 'Log eerst in met een API-token: stuur Authorization: Bearer … mee. De API werkt niet met een inlogsessie.' : 'Log eerst in. Daarna kun je dit gebruiken.', [], 401);
    }
    throw forbidden();
  });
}
