// Loads the Rechtencheck case corpus (the JSON files in this folder).
// Each file has a subject, optional standard facts, and cases; a case lists
// only the facts that differ from the standard person, and may name facts to
// leave out ("zonderFeiten").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GemeentePolicy, Outcome, RechtencheckFacts } from '../../../src/domain/rechtencheck/index.ts';

export interface CorpusCase {
  naam: string;
  datum: string;
  feiten: RechtencheckFacts;
  zonderFeiten?: string[];
  beleid?: Partial<GemeentePolicy>;
  verwacht: Record<string, Outcome>;
  /** Optional: text the explanation (summary or a criterion) must contain, per instrument. */
  uitlegBevat?: Record<string, string>;
  bron: string;
}

export interface CorpusFile {
  onderwerp: string;
  toelichting?: string;
  standaardFeiten?: RechtencheckFacts;
  cases: CorpusCase[];
}

export interface LoadedCase {
  file: string;
  facts: RechtencheckFacts;
  c: CorpusCase;
}

export const CASE_DIR = import.meta.dirname;

export function loadCorpus(): LoadedCase[] {
  const out: LoadedCase[] = [];
  for (const file of readdirSync(CASE_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(CASE_DIR, file), 'utf8')) as CorpusFile;
    for (const c of doc.cases) {
      const facts: Record<string, unknown> = { ...(doc.standaardFeiten ?? {}), ...c.feiten };
      for (const key of c.zonderFeiten ?? []) delete facts[key];
      out.push({ file, facts: facts as RechtencheckFacts, c });
    }
  }
  return out;
}
