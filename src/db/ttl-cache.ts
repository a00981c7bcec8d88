// A small in-process cache with a short time to live, for reference data that
// every public request reads (gemeenten, places) and that changes only when
// reference data is loaded. Safe with several instances: each keeps its own
// copy for at most `ttlMs`, so a change shows everywhere within that time.
// Keyed per database handle, so tests with their own databases never share.

interface Entry<V> { at: number; value: Promise<V> }

export function ttlCache<V>(ttlMs: number, maxEntries = 2_000) {
  let perDb = new WeakMap<object, Map<string, Entry<V>>>();
  return {
    /** The cached value for `key` on `db`, or `load()` (once for concurrent callers; a failure is not kept). */
    get(db: object, key: string, load: () => Promise<V>, now = Date.now()): Promise<V> {
      let map = perDb.get(db);
      if (!map) perDb.set(db, (map = new Map()));
      const hit = map.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      if (map.size >= maxEntries) map.clear();
      const value = load();
      map.set(key, { at: now, value });
      value.catch(() => map.delete(key));
      return value;
    },
    /**
     * Drops what this instance holds for `db`, or for every database when none is
     * given (a write may come through a transaction handle, not the app's `db`).
     * Other instances wait out the time to live.
     */
    clear(db?: object): void {
      if (db) perDb.get(db)?.clear();
      else perDb = new WeakMap();
    },
  };
}
