// One answer body kept in memory and compressed at most once per encoding, for
// answers that are sent many times: hashed assets, cached public pages and
// Rechtencheck answers. The global compression (src/web/compression.ts) skips
// an answer that already has a content-encoding.
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to send for an Accept-Encoding header: br, then gzip, else none. */
export function encodingFor(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const chosen = negotiate(acceptEncoding, ['br', 'gzip']);
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

export class EncodedBody {
  private br: Buffer | undefined;
  private gzip: Buffer | undefined;
  constructor(
    readonly identity: Buffer,
    private readonly brotliQuality: number,
    private readonly gzipLevel: number,
  ) {}

  in(encoding: Encoding): Buffer {
    if (encoding === 'br') {
      return (this.br ??= brotliCompressSync(this.identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: this.brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: this.identity.length },
      }));
    }
    if (encoding === 'gzip') return (this.gzip ??= gzipSync(this.identity, { level: this.gzipLevel }));
    return this.identity;
  }

  /** Sends the body in the encoding the request accepts. */
  send(request: FastifyRequest, reply: FastifyReply, contentType: string): FastifyReply {
    const encoding = encodingFor(request.headers['accept-encoding']);
    reply.type(contentType).header('vary', 'accept-encoding');
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(this.in(encoding));
  }
}
