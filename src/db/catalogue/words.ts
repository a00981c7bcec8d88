// The catalogue's own words, for "bedoelde je …?": built from the names and
// summaries of active offers and the search vocabulary, rebuilt when the
// catalogue changed (a statement trigger marks the list stale), matched with
// pg_trgm trigram similarity.
import type { Db, Queryable } from '../client.ts';
import { allowedEdits, editDistance, vocabularyWords } from '../../domain/search-text.ts';

/** Rebuilds the word list when the catalogue changed since the last build. */
export async function refreshSearchWords(db: Queryable & { transaction?: Db['transaction'] }, force = false): Promise<boolean> {
  if (!force) {
    const [state] = await db.query<{ stale: boolean }>('select stale from search_word_state');
    if (state && !state.stale) return false;
  }
  const rebuild = async (tx: Queryable) => {
    // Marked fresh first: a change during the rebuild marks it stale again.
    await tx.query('update search_word_state set stale = false');
    await tx.query('delete from search_word');
    await tx.query(
      `insert into search_word (word, docs)
       select word, ndoc from ts_stat($$select to_tsvector('simple', name || ' ' || summary) from service where status = 'active'$$)
       where length(word) between 3 and 40 and word !~ '^[0-9]+$'
       on conflict (word) do update set docs = excluded.docs`,
    );
    await tx.query(`insert into search_word (word, docs) select unnest($1::text[]), 1 on conflict (word) do nothing`, [
      vocabularyWords.filter((w) => w.length >= 3),
    ]);
  };
  if (db.transaction) await db.transaction(rebuild);
  else await rebuild(db);
  return true;
}

/**
 * For each word that no active offer contains (after Dutch stemming), the
 * most similar catalogue word, if one is similar enough (pg_trgm's default
 * threshold, 0.3). Stop words count as known.
 */
export async function correctWords(db: Queryable & { transaction?: Db['transaction'] }, words: string[]): Promise<Map<string, string>> {
  const corrections = new Map<string, string>();
  if (words.length === 0) return corrections;
  await refreshSearchWords(db);
  const rows = await db.query<{ word: string; known: boolean; best: string | null }>(
    `select w.word,
       numnode(to_tsquery('dutch', w.word)) = 0
         or exists (select 1 from service_search s where s.status = 'active' and s.search @@ to_tsquery('dutch', w.word)) as known,
       (select sw.word from search_word sw where sw.word % w.word and sw.word <> w.word
         order by similarity(sw.word, w.word) desc, sw.docs desc, sw.word limit 1) as best
     from unnest($1::text[]) as w(word)`,
    [words],
  );
  for (const row of rows) {
    if (row.known) continue;
    const best = row.best ?? (await nearestByEdits(db, row.word));
    if (best) corrections.set(row.word, best);
  }
  return corrections;
}

/**
 * Trigrams miss swapped or changed letters in short words ("wrek" shares one
 * trigram with "werk"); then the nearest word of about the same length by edit
 * distance, the most used one first.
 */
async function nearestByEdits(db: Queryable, word: string): Promise<string | null> {
  const edits = allowedEdits(word);
  const candidates = await db.query<{ word: string; docs: number }>(
    'select word, docs from search_word where length(word) between $1 and $2',
    [word.length - edits, word.length + edits],
  );
  let best: { word: string; distance: number; docs: number } | null = null;
  for (const c of candidates) {
    const distance = editDistance(word, c.word);
    if (distance > edits) continue;
    if (!best || distance < best.distance || (distance === best.distance && c.docs > best.docs)) best = { word: c.word, distance, docs: c.docs };
  }
  return best?.word ?? null;
}
