// Types for the five persona's of the research "Tussen wal en schip"
// (Wever e.a., 2025): examples of people with an arbeidsbeperking and no
// benefit, for training and team discussion. All text in our own words, in
// Dutch (B1) and English. Ids P1 to P5 follow the research notes; question
// ids are P<n>-GV<m>.
import type { Paragraph, Text } from './werkkaart-types.ts';

export type { Paragraph, Text };

export interface ConversationQuestion {
  /** e.g. 'P2-GV3' */
  id: string;
  text: Text;
}

/** Parts of a persona sheet that the research does not give (the OCR of the report lacks them). */
export type PersonaGap = 'currentSituation' | 'needs';

export interface PersonaContent {
  /** 'P1' … 'P5' */
  id: string;
  /** The address: /kennis/personas/<slug>; also the persona id in the Rechtencheck (src/features/rechtencheck/personas.ts). */
  slug: string;
  name: string;
  age: number;
  /** One sentence for the overview. */
  summary: Text;
  /** The persona's core message, in the first person, in our own words. */
  headline: Text;
  /** Who this person is: background, work, wishes. */
  situation: Paragraph[];
  /** The limitation, in a few words. */
  limitation: Text;
  /** Why there is no benefit. */
  noBenefitReason: Paragraph[];
  /** What the person runs into. */
  obstacles: Text[];
  /** Where the person stands now (empty only when listed in `gaps`). */
  currentSituation: Paragraph[];
  /** What the person needs (empty only when listed in `gaps`). */
  needs: Text[];
  /** Questions for a team or training about this example. */
  conversationQuestions: ConversationQuestion[];
  /** Limitation codes (src/content/taxonomy.ts) for a Wegwijzer search. */
  limitationCodes: string[];
  /** Help kind codes (src/content/taxonomy.ts) that match the needs. */
  helpKinds: string[];
  gaps?: PersonaGap[];
}
