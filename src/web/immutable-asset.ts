// Serves an asset whose URL carries its content hash (so it never changes):
// compressed once, at the highest brotli and gzip levels, the first time it is
// asked for, then sent from memory. Compressing the 139 KB stylesheet on every
// request (as the global compression does for dynamic answers) cost more CPU
// than any page; a browser asks for it once a year at most (immutable).
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyInstance } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface Encoded {
  br: Buffer;
  gzip: Buffer;
  identity: Buffer;
}

function encodeAsset(body: string): Encoded {
  const identity = Buffer.from(body, 'utf8');
  return {
    identity,
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzip: gzipSync(identity, { level: 9 }),
  };
}

/** The encoding to send for an Accept-Encoding header: br, then gzip, else none. */
function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
  if (!acceptEncoding) return 'identity';
  const chosen = negotiate(acceptEncoding, ['br', 'gzip']);
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

export function immutableAsset(app: FastifyInstance, path: string, contentType: string, body: string): void {
  let encoded: Encoded | undefined;
  app.get(path, { schema: { hide: true }, compress: false }, (request, reply) => {
    encoded ??= encodeAsset(body);
    const encoding = pickEncoding(request.headers['accept-encoding']);
    reply.type(contentType).header('cache-control', 'public, max-age=31536000, immutable').header('vary', 'accept-encoding');
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(encoded[encoding]);
  });
}
