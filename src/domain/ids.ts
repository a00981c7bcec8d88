// Deterministic UUIDs (RFC 9562 version 5) from content keys, so the same
// offer keeps the same HSDS id across seeds, exports and imports.
import { createHash } from 'node:crypto';

// Fixed namespace for InBeeld catalogue keys.
const NAMESPACE = Buffer.from('5b0c0e4e9d1f4a5e8f3a2c7d6b1e0f42', 'hex');

export function uuidFromKey(kind: string, key: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${kind}:${key}`).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
