// Small helpers the Rechtencheck routes share.
import type { FastifyReply } from 'fastify';
import type { Lang } from './texts.ts';

export const PATH = '/rechtencheck';

/** Code guessing: lookups per IP address per minute. 31^8 codes make guessing hopeless at this rate. */
export const CODE_RATE_LIMIT = { max: 10, timeWindow: '1 minute' } as const;

export const hide = { schema: { hide: true } };

/**
 * A share code in a path must not reach the request log (it opens a result).
 * Same fields as the app's request serializer, with the code masked.
 */
export const maskCode = {
  logSerializers: {
    req: (req: { method: string; url: string; id: string }) => ({
      method: req.method,
      path: (req.url.split('?')[0] ?? '').replace(/\/gedeeld\/[^/]+/, '/gedeeld/(code)'),
      id: req.id,
    }),
  },
};

export function field(body: unknown, name: string, max = 200): string {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.slice(0, max) : '';
}

export function noStore(reply: FastifyReply): FastifyReply {
  // Pages with answers or secrets stay out of shared caches and the back-forward cache.
  return reply.header('cache-control', 'no-store');
}

/** `&taal=en` for English pages, nothing for Dutch. */
export function langParam(lang: Lang): string {
  return lang === 'en' ? '&taal=en' : '';
}
