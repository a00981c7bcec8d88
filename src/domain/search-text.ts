// Turns what a person typed into search terms: postcode out, compounds and
// spelling variants widened through the vocabulary, filler words of a plain
// sentence dropped. Pure: no I/O, so it is unit-tested on its own.
import { fillerWords, termGroups } from '../content/search/vocabulary.ts';

export interface QueryTerm {
  /** The words as typed (after corrections), for messages. */
  text: string;
  /** Alternatives; each is a list of words that must all match. */
  forms: string[][];
  /** True when the term came from the vocabulary (so it needs no correction). */
  fromVocabulary: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Four digits of a postcode found in the text, if any. */
  postcode: string | null;
  /** The words after corrections, joined, to show in "bedoelde je …?". */
  display: string;
}

export function tokenize(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0 && t.length <= 60);
}

interface FormEntry {
  tokens: string[];
  group: number;
}

// Forms by their first word, longest first, so "vervoer naar werk" wins over "vervoer".
const formsByFirst = new Map<string, FormEntry[]>();
const groupTokens: string[][][] = termGroups.map((g) => g.forms.map(tokenize).filter((t) => t.length > 0));
groupTokens.forEach((forms, group) => {
  for (const tokens of forms) {
    const list = formsByFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, group });
    formsByFirst.set(tokens[0]!, list);
  }
});
for (const list of formsByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

/** Every one-word form in the vocabulary: known words for suggestions. */
export const vocabularyWords: string[] = [...new Set(groupTokens.flat().filter((t) => t.length === 1).map((t) => t[0]!))];

const POSTCODE = /(?:^|[^\p{L}\p{N}])([1-9]\d{3})\s?([a-z]{2})?(?=$|[^\p{L}\p{N}])/iu;

/** A Dutch postcode (4 digits, optionally 2 letters) in the text, or null. */
export function findPostcode(text: string): string | null {
  const m = text.match(POSTCODE);
  if (!m) return null;
  // "SS", "SA" and "SD" are never used as postcode letters; still, four digits are enough for the gemeente.
  return m[1]!;
}

function matchForm(tokens: string[], at: number): FormEntry | null {
  for (const entry of formsByFirst.get(tokens[at]!) ?? []) {
    if (entry.tokens.every((t, i) => tokens[at + i] === t)) return entry;
  }
  return null;
}

/**
 * Parses a query. `corrections` replaces single words first (from the
 * suggestion step). Filler words are dropped unless nothing else is left.
 */
export function parseQuery(text: string, corrections: ReadonlyMap<string, string> = new Map()): ParsedQuery {
  const postcode = findPostcode(text);
  const withoutPostcode = postcode ? text.replace(POSTCODE, ' ') : text;
  const tokens = tokenize(withoutPostcode).map((t) => corrections.get(t) ?? t);
  const terms: QueryTerm[] = [];
  const plain: QueryTerm[] = [];
  for (let i = 0; i < tokens.length; ) {
    const entry = matchForm(tokens, i);
    if (entry) {
      const words = tokens.slice(i, i + entry.tokens.length);
      const term = { text: words.join(' '), forms: groupTokens[entry.group]!, fromVocabulary: true };
      terms.push(term);
      plain.push(term);
      i += entry.tokens.length;
      continue;
    }
    const word = tokens[i]!;
    const term = { text: word, forms: [[word]], fromVocabulary: false };
    plain.push(term);
    if (!fillerWords.has(word)) terms.push(term);
    i += 1;
  }
  const chosen = dedupe(terms.length > 0 ? terms : plain);
  return { terms: chosen, postcode, display: tokens.join(' ') };
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.forms.map((f) => f.join(' ')).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A PostgreSQL to_tsquery expression: the forms of a term joined by OR, the
 * terms by AND (all must match) or OR (any, for plain sentences). Words hold
 * only letters and digits, so they cannot carry tsquery operators.
 */
export function toTsquery(terms: QueryTerm[], mode: 'all' | 'any'): string {
  const groups = terms.map((t) => `(${t.forms.map((f) => formQuery(f, !t.fromVocabulary)).join(' | ')})`);
  return groups.join(mode === 'all' ? ' & ' : ' | ');
}

/**
 * Dutch writes compounds as one word, so a typed word may be the start of a
 * longer one ("integratie" in "re-integratiebedrijven"). A prefix match is
 * used for the last word of a split form ("re integratie") and for long typed
 * words; not for short ones or the vocabulary's own words, whose prefixes
 * ("werk:*") would match hundreds of words and make a search slow.
 */
export const PREFIX_FROM = 8;

function formQuery(words: string[], typed: boolean): string {
  return words
    .map((w, i) => {
      const last = i === words.length - 1;
      const prefix = !/^\d+$/.test(w) && ((last && words.length > 1 && w.length >= 5) || (typed && w.length >= PREFIX_FROM));
      return prefix ? `${w}:*` : w;
    })
    .join(' & ');
}

/** Single words that may be typos: not from the vocabulary and long enough to correct. */
export function correctableWords(parsed: ParsedQuery): string[] {
  return parsed.terms.filter((t) => !t.fromVocabulary && t.text.length >= 4 && !/^\d+$/.test(t.text)).map((t) => t.text);
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), for short typos that trigrams miss ("wrek"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The edit distance a typo of this length may have: 1 for short words, 2 from 7 letters. */
export function allowedEdits(word: string): number {
  return word.length >= 7 ? 2 : 1;
}
