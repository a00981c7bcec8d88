// The result in layers: first what the person can do now (at most three
// steps, each with one offer), then every instrument as one line grouped by
// who decides, with the details behind a disclosure. Pure functions on an
// explained result.
import type { Outcome } from '../../domain/rechtencheck/index.ts';
import type { ExplainedInstrument, ExplainedResult, ExplainedStep, OfferRef } from './explain.ts';

export const MAX_NOW_STEPS = 3;

export interface NowStep {
  instrumentId: string;
  step: ExplainedStep;
  /** The one offer to go to, fresh before outdated; null when none fits. */
  offer: OfferRef | null;
}

const OUTCOME_RANK: Record<Outcome, number> = { waarschijnlijk: 0, misschien: 1, meer_informatie_nodig: 2, waarschijnlijk_niet: 3 };

/**
 * At most three concrete steps: from the instruments that probably or maybe
 * apply, in rule order, one step each, no two with the same action, and no
 * offer twice. Registering at UWV comes first when it is needed (it opens the
 * gemeente's help).
 */
export function nowSteps(result: ExplainedResult, max = MAX_NOW_STEPS): NowStep[] {
  const candidates = result.results
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => (item.outcome === 'waarschijnlijk' || item.outcome === 'misschien') && item.nextSteps.length > 0)
    .sort((a, b) => OUTCOME_RANK[a.item.outcome] - OUTCOME_RANK[b.item.outcome] || a.order - b.order);
  const out: NowStep[] = [];
  const actions = new Set<string>();
  const offers = new Set<string>();
  for (const { item } of candidates) {
    for (const step of item.nextSteps) {
      if (actions.has(step.action.nl)) continue;
      const fresh = step.offers.filter((o) => !offers.has(o.key));
      const offer = fresh.find((o) => !o.outdated) ?? fresh[0] ?? null;
      actions.add(step.action.nl);
      if (offer) offers.add(offer.key);
      out.push({ instrumentId: item.id, step, offer });
      break;
    }
    if (out.length >= max) break;
  }
  return out;
}

export type Decider = 'jezelf' | 'gemeente' | 'uwv' | 'werkgever';
export const DECIDER_ORDER: readonly Decider[] = ['jezelf', 'gemeente', 'uwv', 'werkgever'];

/** Who decides (or acts): registering is something you do yourself. */
export function deciderOf(item: ExplainedInstrument): Decider {
  if (item.id === 'inschrijving-werkzoekende') return 'jezelf';
  if (item.provider === 'uwv') return 'uwv';
  if (item.provider === 'werkgever') return 'werkgever';
  return 'gemeente';
}

export function byDecider(result: ExplainedResult): Array<{ decider: Decider; items: ExplainedInstrument[] }> {
  return DECIDER_ORDER.map((decider) => ({
    decider,
    items: result.results
      .filter((r) => deciderOf(r) === decider)
      .sort((a, b) => OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome]),
  })).filter((g) => g.items.length > 0);
}

/** The first sentence of an explanation: the one line a person reads first. */
export function firstSentence(text: string): string {
  const m = text.match(/^.*?[.!?](?=\s|$)/);
  return (m ? m[0] : text).trim();
}

/** Most answers were "weet ik niet": the page then says which answers matter most. */
export function mostlyUnknown(result: ExplainedResult): boolean {
  const answered = Object.entries(result.receipt.facts).filter(([key, value]) => key !== 'gemeente' && value !== undefined);
  const unknown = answered.filter(([, value]) => value === 'onbekend' || value === null).length;
  return answered.length > 0 && unknown * 2 >= answered.length;
}

/** A title without its explanation in brackets, for the one-line view. */
export function shortTitle(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/**
 * One short reason for the outcome: the first condition that is not met (for
 * "waarschijnlijk niet") or still open (for "misschien"), as its label
 * without brackets; for "waarschijnlijk" that every condition holds.
 */
export function whyLine(item: ExplainedInstrument, lang: 'nl' | 'en'): string {
  // "Waarschijnlijk" and "misschien" say enough on one line (the open points
  // are the first thing behind the disclosure); this keeps the first screen
  // within 400 words.
  if (item.outcome === 'waarschijnlijk' || item.outcome === 'misschien') return '';
  const wanted = item.outcome === 'waarschijnlijk_niet' ? 'niet_voldaan' : 'onbekend';
  const c = item.criteria.find((x) => !x.informative && x.status === wanted) ?? item.criteria.find((x) => !x.informative && x.status !== 'voldaan');
  if (!c) return '';
  const label = shortTitle(c.label[lang]);
  const prefix = wanted === 'niet_voldaan' ? (lang === 'en' ? 'Not met' : 'Klopt niet') : lang === 'en' ? 'Still open' : 'Nog open';
  return `${prefix}: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;
}
