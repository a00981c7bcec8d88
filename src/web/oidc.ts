// Optional login through OpenID Connect, so a gemeente can plug in its own
// identity provider or a DigiD/eHerkenning broker (openid-client: a certified
// relying-party library). Only existing InBeeld accounts can log in this way:
// the provider says who someone is, InBeeld decides their role.
import type { FastifyInstance } from 'fastify';
import * as client from 'openid-client';
import { homeFor, type Role } from './permissions.ts';
import { setSessionCookie, startSession } from './auth.tsx';
import { InputError } from './errors.ts';

const LOGIN_MINUTES = 10;

export async function oidcPlugin(app: FastifyInstance) {
  // Read per request: settings may be given after start (tests start the provider later).
  let settings = app.config.oidc;
  let configuration: Promise<client.Configuration> | undefined;
  const redirectUri = () => `${app.config.baseUrl}/inloggen/oidc/terug`;
  // Discovery on first use, so the app starts even when the provider is down.
  const config = () => {
    if (settings !== app.config.oidc) {
      settings = app.config.oidc;
      configuration = undefined;
    }
    configuration ??= client
      .discovery(new URL(settings!.issuer), settings!.clientId, settings!.clientSecret, undefined,
        // Plain http only for providers on this machine (development and tests).
        settings!.issuer.startsWith('http://') ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };
  const failed = (message: string) => new InputError(message);

  app.get('/inloggen/oidc', { schema: { hide: true } }, async (request, reply) => {
    if (!app.config.oidc) return reply.callNotFound();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const returnTo = (request.query as Record<string, unknown>).terug;
    await app.db.query(
      `insert into oidc_login (state, code_verifier, nonce, return_to, expires_at) values ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [state, verifier, nonce, typeof returnTo === 'string' && /^\/(?!\/)/.test(returnTo) ? returnTo : null, LOGIN_MINUTES],
    );
    const url = client.buildAuthorizationUrl(await config(), {
      redirect_uri: redirectUri(),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return reply.redirect(url.href, 303);
  });

  app.get('/inloggen/oidc/terug', { schema: { hide: true } }, async (request, reply) => {
    if (!app.config.oidc) return reply.callNotFound();
    const state = (request.query as Record<string, unknown>).state;
    if (typeof state !== 'string') throw failed('Het inloggen is niet gelukt: de link klopt niet. Probeer opnieuw in te loggen.');
    const [pending] = await app.db.query<{ codeVerifier: string; nonce: string; returnTo: string | null }>(
      `delete from oidc_login where state = $1 and expires_at > now()
       returning code_verifier as "codeVerifier", nonce, return_to as "returnTo"`,
      [state],
    );
    if (!pending) throw failed('Het inloggen duurde te lang of is al gebruikt. Probeer opnieuw in te loggen.');
    let claims: { sub: string; email?: unknown; email_verified?: unknown } | undefined;
    try {
      const configuration = await config();
      const tokens = await client.authorizationCodeGrant(configuration, new URL(request.url, app.config.baseUrl), {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
      });
      const idClaims = tokens.claims();
      claims = idClaims;
      // Many providers put the e-mail address only in the userinfo response.
      if (idClaims && typeof idClaims.email !== 'string') {
        claims = { ...idClaims, ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)) };
      }
    } catch (error) {
      app.log.warn({ err: { message: (error as Error).message } }, 'oidc code exchange failed');
      throw failed('Het inloggen bij je organisatie is niet gelukt. Probeer het opnieuw of log in met je wachtwoord.');
    }
    if (!claims) throw failed('Het inloggen bij je organisatie is niet gelukt. Probeer het opnieuw.');
    const subject = `${app.config.oidc.issuer}|${claims.sub}`;
    const email = typeof claims.email === 'string' && claims.email_verified === true ? claims.email.toLowerCase() : null;
    // Link by subject; the first time by a verified e-mail address of an existing account.
    const [account] = await app.db.query<{ id: string; role: Role }>(
      `update account set oidc_subject = $1
       where id = (select id from account where oidc_subject = $1 or (oidc_subject is null and email = $2) order by oidc_subject nulls last limit 1)
       returning id, role`,
      [subject, email],
    );
    if (!account) {
      throw new InputError('Je bent ingelogd bij je organisatie, maar je hebt nog geen account in InBeeld. Vraag je functioneel beheerder om een account.', [], 403);
    }
    setSessionCookie(app, reply, await startSession(app.db, account.id, app.config.sessionIdleMinutes));
    return reply.redirect(pending.returnTo ?? homeFor(account.role), 303);
  });
}
