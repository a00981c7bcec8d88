import type { Outcome } from './codes.ts';
import type { Derived, Ctx } from './kernel.ts';
import type { Person } from './encode.ts';
import type { FactKey, RechtencheckFacts } from './facts.ts';
import type { LegalSource } from './sources.ts';
import type { GemeentePolicy } from './policy.ts';

/** A text in plain Dutch (B1) and English. */
export interface Text {
  nl: string;
  en: string;
}

export function t(nl: string, en: string): Text {
  return { nl, en };
}

export type InstrumentId =
  | 'ondersteuning-gemeente'
  | 'inschrijving-werkzoekende'
  | 'doelgroepregister-uwv'
  | 'doelgroepregister-praktijkroute'
  | 'doelgroepregister-automatisch'
  | 'loonkostenvoordeel'
  | 'no-riskpolis'
  | 'banenafspraak'
  | 'loonkostensubsidie'
  | 'beschut-werk'
  | 'proefplaatsing'
  | 'jobcoaching-gemeente'
  | 'jobcoaching-uwv'
  | 'werkvoorzieningen-gemeente'
  | 'werkvoorzieningen-uwv'
  | 'bijstand';

/** Who decides or provides. */
export type Provider = 'gemeente' | 'uwv' | 'werkgever' | 'gemeente-of-svb';

/** A link from a next step to Wegwijzer offers. */
export interface OfferLink {
  serviceKeys?: string[];
  helpKinds?: string[];
}

export interface NextStep {
  /** Who to contact. */
  who: Text;
  /** What to do. */
  action: Text;
  /** What to bring. */
  bring?: Text[];
  /** What to ask. */
  ask?: Text;
  url?: string;
  offer: OfferLink;
}

/** A message that explains one status of a criterion. `status` is a code from codes.ts. */
export interface Message extends Text {
  status: number;
}

export interface CriterionDef {
  id: string;
  label: Text;
  /** 'voorwaarde' counts for the outcome; 'info' is shown but does not count. */
  kind: 'voorwaarde' | 'info';
  source: string;
  /** Facts this criterion reads (for "what is still missing"). */
  facts: readonly FactKey[];
  /** Messages by index; the status byte carries the index. */
  messages: readonly Message[];
  /** Status byte per message: status | index << 3 (what decide() writes). */
  codes: Uint8Array;
}

/** One rule module per right or instrument. */
export interface RuleModule {
  id: InstrumentId;
  /** Version of this rule; bump on every change in what it decides. */
  version: string;
  title: Text;
  provider: Provider;
  /** What the law says, in our own plain words. */
  lawInBrief: Text;
  sources: readonly string[];
  criteria: readonly CriterionDef[];
  /** One sentence per outcome. */
  summary: Readonly<Record<Outcome, Text>>;
  /**
   * Decides, writing one status byte per criterion into s[at..] and
   * returning the outcome code. `out` holds the outcomes of the rules that ran
   * before this one (rules may build on earlier ones).
   */
  decide(p: Person, d: Derived, ctx: Ctx, s: Uint8Array, at: number, out: Uint8Array): number;
  /** Next steps for this outcome (single-person path only). */
  nextSteps(outcome: Outcome, p: Person, d: Derived, ctx: Ctx): NextStep[];
  /** Whether this rule says which route (gemeente or UWV) applies. */
  showsRoute?: boolean;
  /** A summary that replaces the standard one in a special situation (single-person path only). */
  summaryFor?(outcome: Outcome, p: Person): Text | undefined;
}

export type CriterionStatusName = 'voldaan' | 'niet_voldaan' | 'onbekend';

export interface CriterionResult {
  id: string;
  label: Text;
  status: CriterionStatusName;
  /** True when the person can change this themselves (register, find a job, apply). */
  canChange: boolean;
  /** True when a question can still be answered to settle this. */
  canAsk: boolean;
  /** True when this criterion is shown for information and does not count. */
  informative: boolean;
  explanation: Text;
  source: LegalSource;
}

export interface RouteInfo {
  provider: 'gemeente' | 'uwv' | 'onbekend';
  reason: Text;
}

export interface InstrumentResult {
  id: InstrumentId;
  title: Text;
  provider: Provider;
  outcome: Outcome;
  criteria: CriterionResult[];
  explanation: Text;
  sources: LegalSource[];
  nextSteps: NextStep[];
  route?: RouteInfo;
  /** Facts that, when answered, can make this outcome clearer. */
  missingFacts: FactKey[];
  /** Always: the gemeente or UWV decides, not this check. */
  decidedBy: Text;
}

export interface Receipt {
  engineVersion: string;
  rules: { id: InstrumentId; version: string }[];
  policy: GemeentePolicy;
  facts: RechtencheckFacts;
  date: string;
  /** sha256 of the canonical JSON of everything above. */
  hash: string;
}

export interface RechtencheckResult {
  engineVersion: string;
  date: string;
  gemeente: string | null;
  results: InstrumentResult[];
  /** General note: this is no decision; the gemeente or UWV decides. */
  disclaimer: Text;
  receipt: Receipt;
}
