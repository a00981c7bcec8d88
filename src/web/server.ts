// Builds the Fastify application: security, assets, error pages and the
// feature plugins. Started by `inbeeld serve`; tests call buildApp directly.
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import swagger from '@fastify/swagger';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Config } from '../config.ts';
import { workStarted, type Db } from '../db/client.ts';
import { apiPlugin } from '../features/api/routes.ts';
import { beheerPlugin } from '../features/beheer/routes.tsx';
import { kennisPlugin } from '../features/kennis/routes.tsx';
import { veranderkompasPlugin } from '../features/kennis/veranderkompas-routes.tsx';
import { mkbaPlugin } from '../features/monitor/mkba.tsx';
import { monitorPlugin } from '../features/monitor/routes.tsx';
import { overdrachtPlugin } from '../features/overdracht/routes.tsx';
import { nazorgApiPlugin } from '../features/nazorg/api.ts';
import { nazorgPlugin } from '../features/nazorg/routes.tsx';
import { personenPlugin } from '../features/personen/routes.tsx';
import { rechtencheckApiPlugin } from '../features/rechtencheck/api.ts';
import { rechtencheckPlugin } from '../features/rechtencheck/routes.tsx';
import { policyPlugin } from '../features/rechtencheck/policy-routes.tsx';
import { transitiesApiPlugin } from '../features/transities/api.ts';
import { wegwijzerPlugin } from '../features/wegwijzer/routes.tsx';
import { mailPlugin } from '../features/mail/routes.tsx';
import { siteFilesPlugin } from '../features/wegwijzer/site-files.ts';
import { werkruimtePlugin } from '../features/werkruimte/routes.tsx';
import { ensureThemesFresh } from './themes/themes.ts';
import { werkgeversPlugin } from '../features/werkgevers/routes.tsx';
import { employersPagePlugin } from '../features/wegwijzer/werkgevers.tsx';
import { scrubbingStream } from './log.ts';
import { script, stylesheet } from './assets.ts';
import { immutableAsset } from './immutable-asset.ts';
import { PAGE_COMPRESSION } from './compression.ts';
import { authPlugin, type SessionUser } from './auth.tsx';
import { oidcPlugin } from './oidc.ts';
import { healthPlugin } from './health.ts';
import { edgePlugin } from './edge.ts';
import { DB_RETRY_SECONDS, describeError } from './errors.ts';
import { renderPage } from './html.ts';
import { pageCachePlugin, type PageCache } from './page-cache.ts';
import { securityHeadersPlugin } from './security-headers.ts';
import { ErrorPage } from './pages.tsx';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** Public pages as anonymous visitors see them, kept for a few seconds (src/web/page-cache.ts). */
    pageCache: PageCache;
    /** Every registered route as "METHOD /path", for the permission-matrix test. */
    routeTable: string[];
  }
  interface FastifyRequest {
    user: SessionUser | null;
    /** Per request, in the processing log and the x-trace-id header. */
    traceId: string;
  }
  interface FastifyReply {
    page(vnode: VNode, status?: number): FastifyReply;
  }
}

export interface BuildOptions {
  db: Db;
  config: Config;
  /** Fastify logger; off in tests. */
  logger?: boolean;
  /** Where log lines go (default stdout); tests pass a stream to read them. */
  logStream?: NodeJS.WritableStream;
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** Trust the nearest `hops` proxies (what Fastify does for a number; its types only take a function). */
function hopCount(hops: number) {
  return (_address: string, index: number) => index < hops;
}

export async function buildApp({ db, config, logger = false, logStream }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger || logStream
      ? {
          // Last line of defence: every line passes the scrubber, so BSNs,
          // e-mail addresses and phone numbers never reach the log.
          stream: scrubbingStream(logStream ?? process.stdout),
          level: config.logLevel,
          // Only method and path: query strings can hold what a person typed.
          serializers: {
            req: (req) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    bodyLimit: 1024 * 1024,
    // Off by default: X-Forwarded-For is believed only from the proxies TRUST_PROXY names.
    trustProxy: typeof config.trustProxy === 'number' ? hopCount(config.trustProxy) : config.trustProxy,
  });
  // Query strings are text, so they are coerced; JSON bodies are not: a wrong
  // type in JSON gets a 400 that names the field.
  const coercing = addFormats.default(new Ajv.default({ allErrors: true, coerceTypes: 'array', useDefaults: true, strict: false }));
  const strict = addFormats.default(new Ajv.default({ allErrors: true, coerceTypes: false, useDefaults: true, strict: false }));
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));
  app.decorate('db', db);
  // On PGlite (one statement at a time) the statements of the oldest request go first (src/db/client.ts).
  if (db.kind === 'pglite') app.addHook('onRequest', (_request, _reply, done) => workStarted.run(performance.now(), done));
  app.decorate('config', config);
  app.decorate('routeTable', [] as string[]);
  app.decorateRequest('user', null);
  app.decorateRequest('traceId', '');
  app.decorateReply('page', function (this: FastifyReply, vnode: VNode, status = 200) {
    return this.code(status).type('text/html; charset=utf-8').send(renderPage(vnode));
  });

  securityHeadersPlugin(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(compress, { global: true, ...PAGE_COMPRESSION });
  // Form and JSON parsing with the bad-text checks (NUL, invalid UTF-8), before any route.
  await app.register(edgePlugin, { formBodyLimit: 256 * 1024 });
  await app.register(cookie);
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: config.secureCookies, signed: false },
    getToken: (req) => (req.body as Record<string, string> | undefined)?._csrf ?? (req.headers['x-csrf-token'] as string),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'InBeeld API',
        version: '1.0.0',
        description:
          'Open API van InBeeld: de Wegwijzer (ondersteuning bij werk, als Open Referral HSDS 3.0) en de Rechtencheck.',
      },
      servers: [{ url: config.baseUrl }],
      components: {
        securitySchemes: {
          apiToken: { type: 'http', scheme: 'bearer', description: 'API-token van een organisatie: npx inbeeld api-token --organisatie <sleutel> --naam <naam>' },
        },
      },
    },
  });

  app.setErrorHandler((error: Error, request, reply) => {
    const { status, message, fields } = describeError(error);
    // The database is away: a calm answer, and when to try again.
    if (status === 503) reply.header('retry-after', String(DB_RETRY_SECONDS));
    if (status >= 500) request.log.error({ err: { message: error.message, stack: error.stack } }, 'request failed');
    if (isApiRequest(request)) {
      return reply.code(status).send({ error: { status, message, fields } });
    }
    return reply.page(ErrorPage({ status, message, fields, user: request.user }), status);
  });
  app.setNotFoundHandler((request, reply) => {
    const message = 'Deze pagina bestaat niet (meer). Controleer het adres, of zoek hulp vanaf de startpagina.';
    if (isApiRequest(request)) return reply.code(404).send({ error: { status: 404, message, fields: [] } });
    return reply.page(ErrorPage({ status: 404, message, fields: [], user: request.user }), 404);
  });

  // Theme choices are data (organization.theme, gemeente.public_theme) that another
  // instance may change: reload them when older than 30 s, before any page renders.
  // A failed reload keeps the themes we have (the page itself reports a database fault).
  app.addHook('onRequest', async () => {
    await ensureThemesFresh(app.db).catch(() => undefined);
  });

  // Auth first: it checks that every later route has a rule in the permission table.
  await app.register(authPlugin);

  const css = stylesheet();
  const js = script();
  immutableAsset(app, css.path, 'text/css; charset=utf-8', css.css);
  immutableAsset(app, js.path, 'text/javascript; charset=utf-8', js.js);
  await app.register(healthPlugin);
  app.decorate('pageCache', pageCachePlugin(app, { seconds: config.pageCacheSeconds }));

  await app.register(wegwijzerPlugin);
  await app.register(siteFilesPlugin);
  await app.register(beheerPlugin);
  await app.register(personenPlugin);
  await app.register(rechtencheckPlugin);
  await app.register(policyPlugin);
  await app.register(kennisPlugin);
  await app.register(veranderkompasPlugin);
  await app.register(overdrachtPlugin);
  await app.register(nazorgPlugin);
  await app.register(monitorPlugin);
  await app.register(mkbaPlugin);
  await app.register(werkruimtePlugin);
  await app.register(oidcPlugin);
  await app.register(apiPlugin, { prefix: '/api/v1' });
  await app.register(rechtencheckApiPlugin, { prefix: '/api/v1' });
  await app.register(transitiesApiPlugin, { prefix: '/api/v1' });
  await app.register(mailPlugin);
  await app.register(nazorgApiPlugin, { prefix: '/api/v1' });
  await app.register(werkgeversPlugin);
  await app.register(employersPagePlugin);
  return app;
}
