// JSON as one Buffer, written in pieces. V8 builds a large JSON.stringify
// result as a chain of parts; when it holds characters outside Latin-1 (’, €),
// the first byte count or UTF-8 encoding of that 200 KB string cost about
// 0.9 ms, and Fastify and the compression each ask for one. Stringifying the
// top-level fields and array items one by one keeps every piece small, so
// encoding them is cheap: 0.3 ms instead of 1.9 ms for a Rechtencheck answer.
// The text is the same as JSON.stringify's.

import type { FastifyReply } from 'fastify';

const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');
const OPEN_OBJECT = Buffer.from('{');
const CLOSE_OBJECT = Buffer.from('}');
const COMMA = Buffer.from(',');

/** Sends a JSON answer written by jsonBuffer; Fastify sends a Buffer as it is, without its serializer. */
export function sendJson(reply: FastifyReply, value: unknown): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(jsonBuffer(value));
}

export function jsonBuffer(value: unknown): Buffer {
  const pieces: Buffer[] = [];
  write(value, pieces, 2);
  return Buffer.concat(pieces);
}

function write(value: unknown, pieces: Buffer[], depth: number): void {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // JSON.stringify gives undefined for undefined, functions and symbols at the top; callers skip those.
    pieces.push(Buffer.from(JSON.stringify(value) ?? 'null'));
    return;
  }
  if (Array.isArray(value)) {
    pieces.push(OPEN_ARRAY);
    value.forEach((item, i) => {
      if (i > 0) pieces.push(COMMA);
      write(isSkipped(item) ? null : item, pieces, depth - 1);
    });
    pieces.push(CLOSE_ARRAY);
    return;
  }
  pieces.push(OPEN_OBJECT);
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (isSkipped(item)) continue;
    pieces.push(Buffer.from(`${first ? '' : ','}${JSON.stringify(key)}:`));
    first = false;
    write(item, pieces, depth - 1);
  }
  pieces.push(CLOSE_OBJECT);
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
