// Runs the Rechtencheck for one person and links every next step to real
// Wegwijzer offers: the named offers (service keys) and, per kind of help, a
// few offers that hold where the person lives, local first.
import type { AreaScope } from '../../content/types.ts';
import type { Queryable } from '../../db/client.ts';
import { getService, searchServices, type ServiceRecord } from '../../db/catalogue.ts';
import type { GemeenteRecord } from '../../db/reference.ts';
import { isPossiblyOutdated } from '../../domain/freshness.ts';
import {
  evaluate,
  type EvaluateOptions,
  type InstrumentResult,
  type NextStep,
  type Outcome,
  type RechtencheckFacts,
  type RechtencheckResult,
} from '../../domain/rechtencheck/index.ts';

/** Offers per kind of help shown with a next step. */
export const OFFERS_PER_KIND = 3;

export interface OfferRef {
  key: string;
  name: string;
  organizationName: string;
  scope: AreaScope;
  demo: boolean;
  openWithoutBenefit: 'ja' | 'nee' | 'onbekend';
  /** Not checked for a long time ("mogelijk verouderd"): marked, and a fresh offer of the same kind goes first. */
  outdated: boolean;
}

/** When an offer counts as possibly outdated (the Wegwijzer's own rule). */
export interface Freshness {
  today: Date;
  outdatedAfterMonths: number;
}

export type ExplainedStep = NextStep & { offers: OfferRef[] };
export type ExplainedInstrument = Omit<InstrumentResult, 'nextSteps'> & { nextSteps: ExplainedStep[] };
export interface ExplainedResult extends Omit<RechtencheckResult, 'results'> {
  results: ExplainedInstrument[];
  gemeenteRecord: GemeenteRecord | null;
}

const scopeOrder: Record<AreaScope, number> = { gemeente: 0, arbeidsmarktregio: 1, national: 2 };

/** The person's kind of limitation as Wegwijzer limitation codes (offers without limitations fit everyone). */
const LIMITATION_CODES: Partial<Record<NonNullable<RechtencheckFacts['limitationKind']>, string[]>> = {
  lichamelijk: ['lichamelijk'],
  visueel: ['zintuiglijk-zien'],
  auditief: ['zintuiglijk-horen'],
  psychisch: ['psychisch'],
  verstandelijk: ['licht-verstandelijk'],
  nah: ['nah'],
  chronisch: ['chronische-ziekte', 'energie-vermoeidheid'],
};

function ref(s: ServiceRecord, fresh: Freshness): OfferRef {
  return {
    outdated: isPossiblyOutdated(s.assuredDate, fresh.today, fresh.outdatedAfterMonths),
    key: s.key,
    name: s.name,
    organizationName: s.organizationName,
    scope: s.areaScope,
    demo: s.demo,
    openWithoutBenefit: s.openWithoutBenefit,
  };
}

/** Resolves offer links, with a cache per request (the same keys come back often). */
export function offerResolver(db: Queryable, gemeente: GemeenteRecord | null, facts: RechtencheckFacts = {}, fresh: Freshness = { today: new Date(), outdatedAfterMonths: 12 }) {
  const limitations = facts.limitationKind ? (LIMITATION_CODES[facts.limitationKind] ?? []) : [];
  const byKey = new Map<string, Promise<OfferRef | null>>();
  const byKinds = new Map<string, Promise<OfferRef[]>>();
  const named = (key: string) => {
    let hit = byKey.get(key);
    if (!hit) {
      hit = getService(db, { key }).then((s) => (s && s.status === 'active' ? ref(s, fresh) : null));
      byKey.set(key, hit);
    }
    return hit;
  };
  const forKinds = (kinds: string[]) => {
    const cacheKey = [...kinds].sort().join(',');
    let hit = byKinds.get(cacheKey);
    if (!hit) {
      hit = searchServices(db, {
        helpKinds: kinds,
        limitations,
        ...(gemeente ? { gemeenteCode: gemeente.code, arbeidsmarktregioCode: gemeente.arbeidsmarktregioCode } : {}),
        page: 1,
        perPage: 100,
      }).then((result) =>
        result.items
          // Without a gemeente, only what holds everywhere.
          .filter((s) => gemeente !== null || s.areaScope === 'national')
          .map((x) => ({ s: x, r: ref(x, fresh) }))
          // Local first; within the same reach, fresh before possibly outdated.
          .sort((a, b) => scopeOrder[a.s.areaScope] - scopeOrder[b.s.areaScope] || Number(a.r.outdated) - Number(b.r.outdated) || a.s.name.localeCompare(b.s.name, 'nl'))
          .map((x) => x.r),
      );
      byKinds.set(cacheKey, hit);
    }
    return hit;
  };
  return async (step: NextStep): Promise<OfferRef[]> => {
    const offers: OfferRef[] = [];
    for (const key of step.offer.serviceKeys ?? []) {
      const found = await named(key);
      if (found && !offers.some((o) => o.key === found.key)) offers.push(found);
    }
    if (step.offer.helpKinds?.length) {
      const extra = (await forKinds(step.offer.helpKinds)).filter((o) => !offers.some((x) => x.key === o.key));
      offers.push(...extra.slice(0, OFFERS_PER_KIND));
    }
    return offers;
  };
}

/** Adds Wegwijzer offers to every next step of a result. */
export async function withOffers(db: Queryable, result: RechtencheckResult, gemeente: GemeenteRecord | null, fresh?: Freshness): Promise<ExplainedResult> {
  const resolve = offerResolver(db, gemeente, result.receipt.facts, fresh);
  const results: ExplainedInstrument[] = [];
  for (const instrument of result.results) {
    const nextSteps: ExplainedStep[] = [];
    for (const step of instrument.nextSteps) nextSteps.push({ ...step, offers: await resolve(step) });
    results.push({ ...instrument, nextSteps });
  }
  return { ...result, results, gemeenteRecord: gemeente };
}

/** Evaluates and links offers in one go. */
export async function explain(
  db: Queryable,
  facts: RechtencheckFacts,
  gemeente: GemeenteRecord | null,
  options: EvaluateOptions = {},
): Promise<ExplainedResult> {
  return withOffers(db, evaluate(facts, options), gemeente);
}

/** Instruments grouped by outcome, in the order a person reads them. */
export const OUTCOME_ORDER: readonly Outcome[] = ['waarschijnlijk', 'misschien', 'meer_informatie_nodig', 'waarschijnlijk_niet'];

export function byOutcome<T extends { outcome: Outcome }>(results: readonly T[]): Array<{ outcome: Outcome; items: T[] }> {
  return OUTCOME_ORDER.map((outcome) => ({ outcome, items: results.filter((r) => r.outcome === outcome) })).filter(
    (group) => group.items.length > 0,
  );
}
