// Serves an asset whose URL carries its content hash (so it never changes):
// compressed once, at the highest brotli and gzip levels, the first time it is
// asked for, then sent from memory. Compressing the 139 KB stylesheet on every
// request (as the global compression does for dynamic answers) cost more CPU
// than any page; a browser asks for it once a year at most (immutable).
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';
import { EncodedBody } from './encoded.ts';

export function immutableAsset(app: FastifyInstance, path: string, contentType: string, body: string): void {
  const encoded = new EncodedBody(Buffer.from(body, 'utf8'), constants.BROTLI_MAX_QUALITY, 9);
  app.get(path, { schema: { hide: true }, compress: false }, (request, reply) => {
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return encoded.send(request, reply, contentType);
  });
}
