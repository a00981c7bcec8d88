// Search in the werkkaart: in memory, over the typed content. Case, accents
// and hyphens do not matter ("cooperatie" finds "coöperatie", "reintegratie"
// finds "re-integratie"). Every word of the query must occur in a part (a
// chapter's own text, or one subsection); parts whose title matches come
// first. The index is built once, at first use.
import { werkkaart, type Paragraph, type Text, type WerkkaartChapter, type WerkkaartSubsection } from '../../content/kennis/werkkaart.ts';
import type { Lang } from './texts.ts';

/** A piece of a snippet; `mark` pieces matched the query. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  chapter: WerkkaartChapter;
  subsection: WerkkaartSubsection | null;
  /** The part's own id, e.g. 'WK-5.3' or 'WK-2'. */
  id: string;
  title: Text;
  anchor: string | null;
  snippet: SnippetPart[];
}

interface Piece {
  original: string;
  normalized: string;
  /** For each normalized character, the index of its original character. */
  map: number[];
}

interface Entry {
  chapter: WerkkaartChapter;
  subsection: WerkkaartSubsection | null;
  title: Record<Lang, Piece>;
  pieces: Record<Lang, Piece[]>;
}

const MAX_TERMS = 12;
const SNIPPET_CONTEXT = 80;

/** Lower case, without accents and hyphens, with a map back to the original. */
export function normalizeWithMap(text: string): Piece {
  let normalized = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/[-\u00ad\u2010\u2011]/g, '').toLowerCase();
    for (let k = 0; k < n.length; k++) map.push(i);
    normalized += n;
    i += ch.length;
  }
  return { original: text, normalized, map };
}

export function normalize(text: string): string {
  return normalizeWithMap(text).normalized;
}

/** The words of a query, normalized, without doubles. */
export function queryTerms(query: string): string[] {
  const words = normalize(query.replace(/[-\u00ad\u2010\u2011]/g, '')).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

function paragraphTexts(body: Paragraph[]): Text[] {
  return body.flatMap((p) => [{ nl: p.nl, en: p.en }, ...(p.list ?? [])]);
}

function entryTexts(part: WerkkaartChapter | WerkkaartSubsection, withSummary: boolean): Text[] {
  const texts: Text[] = [];
  if (withSummary && 'summary' in part) texts.push(part.summary);
  texts.push(...paragraphTexts(part.body), ...(part.tips ?? []));
  for (const q of part.reflection?.questions ?? []) texts.push(q.text);
  for (const e of part.extra ?? []) texts.push(...e.paragraphs);
  if (part.links?.rechtencheck) texts.push(part.links.rechtencheck);
  return texts;
}

function makeEntry(chapter: WerkkaartChapter, subsection: WerkkaartSubsection | null): Entry {
  const part = subsection ?? chapter;
  const texts = entryTexts(part, subsection === null);
  return {
    chapter,
    subsection,
    title: { nl: normalizeWithMap(part.title.nl), en: normalizeWithMap(part.title.en) },
    pieces: { nl: texts.map((t) => normalizeWithMap(t.nl)), en: texts.map((t) => normalizeWithMap(t.en)) },
  };
}

let index: Entry[] | undefined;

function buildIndex(): Entry[] {
  return werkkaart.flatMap((c) => [makeEntry(c, null), ...c.subsections.map((s) => makeEntry(c, s))]);
}

/** Splits a text into marked and unmarked parts, for every occurrence of the terms. */
function highlight(piece: Piece, terms: string[], from: number, to: number): SnippetPart[] {
  const marks: Array<[number, number]> = [];
  for (const term of terms) {
    let at = piece.normalized.indexOf(term);
    while (at >= 0) {
      const start = piece.map[at]!;
      const lastOriginal = piece.map[at + term.length - 1]!;
      const end = lastOriginal + (piece.original.codePointAt(lastOriginal)! > 0xffff ? 2 : 1);
      if (end > from && start < to) marks.push([Math.max(start, from), Math.min(end, to)]);
      at = piece.normalized.indexOf(term, at + Math.max(1, term.length));
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let pos = from;
  for (const [start, end] of marks) {
    if (end <= pos) continue;
    const s = Math.max(start, pos);
    if (s > pos) parts.push({ text: piece.original.slice(pos, s), mark: false });
    parts.push({ text: piece.original.slice(s, end), mark: true });
    pos = end;
  }
  if (pos < to) parts.push({ text: piece.original.slice(pos, to), mark: false });
  return parts;
}

function snippetOf(pieces: Piece[], terms: string[]): SnippetPart[] {
  const first = terms[0]!;
  const piece = pieces.find((p) => p.normalized.includes(first)) ?? pieces.find((p) => terms.some((t) => p.normalized.includes(t))) ?? pieces[0];
  if (!piece) return [];
  const hit = piece.normalized.indexOf(first);
  const centre = hit >= 0 ? piece.map[hit]! : 0;
  let from = Math.max(0, centre - SNIPPET_CONTEXT);
  let to = Math.min(piece.original.length, centre + SNIPPET_CONTEXT * 2);
  // Start and end at a word boundary.
  if (from > 0) from = piece.original.indexOf(' ', from) + 1 || from;
  if (to < piece.original.length) to = piece.original.lastIndexOf(' ', to) > from ? piece.original.lastIndexOf(' ', to) : to;
  const parts = highlight(piece, terms, from, to);
  if (from > 0) parts.unshift({ text: '… ', mark: false });
  if (to < piece.original.length) parts.push({ text: ' …', mark: false });
  return parts;
}

function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/** Searches the werkkaart in one language; an empty query finds nothing. */
export function searchWerkkaart(query: string, lang: Lang): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  index ??= buildIndex();
  const scored: Array<{ hit: SearchHit; score: number; order: number }> = [];
  index.forEach((entry, order) => {
    const title = entry.title[lang].normalized;
    const pieces = entry.pieces[lang];
    const all = `${title}\n${pieces.map((p) => p.normalized).join('\n')}`;
    if (!terms.every((t) => all.includes(t))) return;
    let score = 0;
    for (const t of terms) score += occurrences(all, t) + (title.includes(t) ? 10 : 0);
    const part = entry.subsection ?? entry.chapter;
    scored.push({
      hit: {
        chapter: entry.chapter,
        subsection: entry.subsection,
        id: part.id,
        title: part.title,
        anchor: entry.subsection?.anchor ?? null,
        snippet: snippetOf(pieces, terms),
      },
      score,
      order,
    });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.hit);
}
