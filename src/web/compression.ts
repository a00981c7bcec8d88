// Compression settings for @fastify/compress, global and per route.
// Brotli at quality 4: nearly the size of the maximum, at a fraction of the CPU time per page.
// Answers up to 256 KB are compressed in one call: the plugin's default on 2 cores (8 KB) sent
// them through a zlib stream, whose set-up cost more than the compression (an API search
// answer: 1.3 ms more server time instead of 0.6; the 106 KB Rechtencheck answer 3.2 ms
// instead of 0.6). One call blocks the event loop for at most about 1.5 ms at quality 4.
import zlib from 'node:zlib';

const brotliAt = (quality: number) => ({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } });

export const PAGE_COMPRESSION = {
  threshold: 1024,
  syncThreshold: 256 * 1024,
  encodings: ['br', 'gzip', 'deflate'] as Array<'br' | 'gzip' | 'deflate'>,
  brotliOptions: brotliAt(4),
};

/**
 * For API answers of 100 KB and more, read by programs: quality 2 costs a
 * quarter of quality 4 (0.26 instead of 0.55 ms for the 106 KB Rechtencheck
 * answer) for 9% more bytes (13.3 instead of 12.2 KB). A route's options replace
 * the global ones, so this repeats them.
 */
export const LARGE_JSON_COMPRESSION = { ...PAGE_COMPRESSION, brotliOptions: brotliAt(2) };
