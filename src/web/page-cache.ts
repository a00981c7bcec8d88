// A short-lived cache of public pages as anonymous visitors see them (home,
// search, offer and organisation pages): the same URL gives the same page to
// everyone without a session, so under load one rendering and one compression
// serve every visitor for a few seconds. Without it, rendering and brotli were
// a quarter of the server's time on the public mix of bench/load (issue 17).
//
// Correctness rules, in the order they are checked:
// - only routes that opt in (route config `pageCache: true`), only GET, only
//   without a session cookie (a logged-in page carries a name and a logout form);
// - only a 200 HTML answer that sets no cookie is kept;
// - an entry lives PAGE_CACHE_SECONDS (default 10): a change made on another
//   instance shows within that time, as theme choices already do (30 s);
// - a successful change by a logged-in user or an API token (POST, PUT, PATCH,
//   DELETE) on this process empties the cache at once, so whoever changes the
//   catalogue here sees it; anonymous posts (a Rechtencheck, a request to be
//   called) change no public page and leave the cache as it is;
// - at most MAX_ENTRIES URLs (least recently used go first), so a stream of
//   different searches cannot fill the memory.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './auth/session.ts';
import { EncodedBody, encodingFor } from './encoded.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Anonymous GETs of this route may be answered from the page cache (src/web/page-cache.ts). */
    pageCache?: boolean;
  }
  interface FastifyRequest {
    pageCacheKey: string | null;
  }
}

interface Entry {
  expiresAt: number;
  contentType: string;
  body: EncodedBody;
}

const MAX_ENTRIES = 500;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_COOKIE_PREFIX = `${SESSION_COOKIE}=`;

/** Brotli quality 4 as for every page (src/web/compression.ts), gzip 6: one page is compressed once per entry. */
const encode = (html: string) => new EncodedBody(Buffer.from(html, 'utf8'), 4, 6);

function hasSessionCookie(request: FastifyRequest): boolean {
  const cookie = request.headers.cookie;
  return cookie !== undefined && cookie.split(/;\s*/).some((part) => part.startsWith(SESSION_COOKIE_PREFIX));
}

export interface PageCache {
  /** How many URLs are held now (for tests and health). */
  size(): number;
  clear(): void;
}

/**
 * Registers the cache's hooks. Call after the auth plugin, so a request's
 * trace id is set and the session has been read. `now` is for tests.
 */
export function pageCachePlugin(app: FastifyInstance, options: { seconds: number; now?: () => number }): PageCache {
  const entries = new Map<string, Entry>();
  const now = options.now ?? Date.now;
  const cache: PageCache = { size: () => entries.size, clear: () => entries.clear() };
  app.decorateRequest('pageCacheKey', null);
  if (options.seconds <= 0) return cache;

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || request.routeOptions.config.pageCache !== true) return;
    if (request.user || hasSessionCookie(request)) return;
    const key = request.url;
    const entry = entries.get(key);
    if (entry && entry.expiresAt > now()) {
      // Most recently used last: the Map's order is the eviction order.
      entries.delete(key);
      entries.set(key, entry);
      return entry.body.send(request, reply, entry.contentType);
    }
    if (entry) entries.delete(key);
    request.pageCacheKey = key;
  });

  // Runs before the compression's own hook (route hooks come after these), and
  // sends the page compressed itself, so it is compressed once per entry.
  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.pageCacheKey;
    if (key === null || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('set-cookie')) return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (!contentType.startsWith('text/html')) return payload;
    const entry: Entry = { expiresAt: now() + options.seconds * 1000, contentType, body: encode(payload) };
    entries.set(key, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    const encoding = encodingFor(request.headers['accept-encoding']);
    reply.header('vary', 'accept-encoding');
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return entry.body.in(encoding);
  });

  app.addHook('onResponse', async (request, reply) => {
    if (request.user && !SAFE_METHODS.has(request.method) && reply.statusCode < 400) entries.clear();
  });
  return cache;
}
