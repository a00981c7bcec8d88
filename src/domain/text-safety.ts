// Checks for text that no route can use: a NUL character (PostgreSQL text
// cannot hold it) or bytes that are not valid UTF-8. Used once, at the edge
// of the web server, for the URL, form bodies and JSON bodies.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** True when the bytes are valid UTF-8 without a NUL byte. */
export function isCleanUtf8(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hex(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * The bytes a percent-encoded string (a URL or an urlencoded form body)
 * stands for. A "%" that does not start an escape stays itself, as the
 * query-string parsers treat it.
 */
export function percentDecodedBytes(value: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 37 && i + 2 < value.length && hex(value.charCodeAt(i + 1)) >= 0 && hex(value.charCodeAt(i + 2)) >= 0) {
      out.push(hex(value.charCodeAt(i + 1)) * 16 + hex(value.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 128) {
      out.push(c);
    } else {
      // Raw non-ASCII (a browser would have encoded it): its UTF-8 bytes; a lone surrogate is never valid.
      const end = c >= 0xd800 && c <= 0xdbff && i + 1 < value.length ? i + 2 : i + 1;
      const part = value.slice(i, end);
      if (hasLoneSurrogate(part)) return Uint8Array.of(0xff);
      out.push(...encoder.encode(part));
      i = end - 1;
    }
  }
  return Uint8Array.from(out);
}

/** True when a percent-encoded string decodes to clean UTF-8. */
export function isCleanEncoded(value: string): boolean {
  return isCleanUtf8(percentDecodedBytes(value));
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(value: string): boolean {
  return loneSurrogate.test(value);
}

/** True when any string in a parsed value (object keys included) holds a NUL or a lone surrogate. */
export function hasBadText(value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (typeof value === 'string') return value.includes('\u0000') || hasLoneSurrogate(value);
  if (Array.isArray(value)) return value.some((v) => hasBadText(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (hasBadText(k, depth + 1) || hasBadText(v, depth + 1)) return true;
  }
  return false;
}
