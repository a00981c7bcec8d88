// The Wegwijzer offers a Rechtencheck result links to, kept 30 s per instance
// (src/features/rechtencheck/explain.ts): every result page asked the database
// for the same few offers. A change to a service here clears it at once; other
// instances show it within 30 s, as with the reference data (ttl-cache.ts).
import { ttlCache } from '../ttl-cache.ts';

export const offerCache = ttlCache<unknown[]>(30_000, 500);

const alsoForget = new Set<() => void>();

/** `clear` runs with every forgetOffers: for caches of whole answers that contain offers. */
export function onForgetOffers(clear: () => void): void {
  alsoForget.add(clear);
}

/** Call after any write to `service` (through any handle: clears for every database of this instance). */
export function forgetOffers(): void {
  offerCache.clear();
  for (const clear of alsoForget) clear();
}
