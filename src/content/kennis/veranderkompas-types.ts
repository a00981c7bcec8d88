// Types of the veranderkompas content: five steps, each with conversation
// questions, steering factors and solution directions. Every item keeps the
// identifier it has in the research inventory (VK-S1, VK-S1-SF1, VK-S1-OR1,
// VK-S1-GV1, VK-S2-TP1 ...), so a test can check that nothing is lost.
// All text is written for InBeeld in plain Dutch (B1) and English.

export interface Bilingual {
  nl: string;
  en: string;
}

export type Language = keyof Bilingual;

export type StepNumber = 1 | 2 | 3 | 4 | 5;

export interface ConversationQuestion {
  /** VK-S<n>-GV<m>, or VK-ALG-GV<m> for the questions every step shares. */
  id: string;
  text: Bilingual;
}

export interface SolutionDirection {
  /** VK-S<n>-OR<m>; VK-S<n>-TP<m> for a future perspective. */
  id: string;
  text: Bilingual;
  /** 'nu': can be used now; 'toekomst': a future perspective that needs others (Rijk, region). */
  horizon: 'nu' | 'toekomst';
}

export interface SubFactor {
  id: string;
  title: Bilingual;
  text: Bilingual;
}

export interface SteeringFactor {
  /** VK-S<n>-SF<m> */
  id: string;
  title: Bilingual;
  text: Bilingual;
  /** Parts of a steering factor (only VK-S3-SF5 has them). */
  subFactors: SubFactor[];
  solutionDirections: SolutionDirection[];
}

export interface Step {
  /** VK-S<n> */
  id: string;
  number: StepNumber;
  shortTitle: Bilingual;
  title: Bilingual;
  intro: Bilingual;
  mainQuestion: Bilingual;
  questions: ConversationQuestion[];
  steeringFactors: SteeringFactor[];
}

/** Small builders that keep the content files readable. */
export function direction(id: string, nl: string, en: string, horizon: 'nu' | 'toekomst' = 'nu'): SolutionDirection {
  return { id, text: { nl, en }, horizon };
}

export function question(id: string, nl: string, en: string): ConversationQuestion {
  return { id, text: { nl, en } };
}
