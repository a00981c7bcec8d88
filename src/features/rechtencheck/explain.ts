// Runs the Rechtencheck for one person and links every next step to real
// Wegwijzer offers: the named offers (service keys) and, per kind of help, a
// few offers that hold where the person lives, local first.
import type { AreaScope } from '../../content/types.ts';
import type { Queryable } from '../../db/client.ts';
import { offerCache } from '../../db/catalogue/offer-cache.ts';
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

/** An offer row as the one query below returns it; setNo -1 = named by key, else the index of a kinds set. */
interface OfferRow {
  setNo: number;
  key: string;
  name: string;
  organizationName: string;
  areaScope: AreaScope;
  demo: boolean;
  openWithoutBenefit: 'ja' | 'nee' | 'onbekend';
  assuredDate: string;
}

/** Matches read per kinds set before the local-first, fresh-first order picks a few. */
const MATCHES_PER_KIND_SET = 100;

/**
 * Every offer a result can link to, in ONE query: the offers named by key and,
 * per distinct set of help kinds, the active offers that hold where the person
 * lives and fit their limitation (indexes on service_search: migration 105).
 * It used to be one query per named offer and per kinds set, one after another.
 */
async function offersForResult(db: Queryable, keys: string[], kindSets: string[][], gemeente: GemeenteRecord | null, limitations: string[]): Promise<OfferRow[]> {
  const codes = gemeente ? [gemeente.code, ...(gemeente.arbeidsmarktregioCode ? [gemeente.arbeidsmarktregioCode] : [])] : [];
  return db.query<OfferRow>(
    `with sets as (
       select (t.ord - 1)::int as set_no, array(select jsonb_array_elements_text(t.value)) as kinds
       from jsonb_array_elements($2::jsonb) with ordinality as t(value, ord)
     ),
     found as (
       select -1 as set_no, s.id from service s where s.key = any($1::text[]) and s.status = 'active'
       union all
       select sets.set_no, hit.id from sets cross join lateral (
         select ss.id from service_search ss
         where ss.status = 'active' and ss.help_kinds && sets.kinds
           and (ss.area_scope = 'national' or (cardinality($3::text[]) > 0 and ss.area_codes && $3::text[]))
           and (ss.limitations = '{}' or ss.limitations && $4::text[])
         order by case ss.area_scope when 'gemeente' then 0 when 'arbeidsmarktregio' then 1 else 2 end, ss.name
         limit ${MATCHES_PER_KIND_SET}
       ) hit
     )
     select found.set_no as "setNo", s.key, s.name, o.name as "organizationName", s.area_scope as "areaScope", s.demo,
       s.open_without_benefit as "openWithoutBenefit", to_char(s.assured_date, 'YYYY-MM-DD') as "assuredDate"
     from found join service s on s.id = found.id join organization o on o.id = s.organization_id`,
    [keys, JSON.stringify(kindSets), codes, limitations],
  );
}

function refOf(row: OfferRow, fresh: Freshness): OfferRef {
  return {
    outdated: isPossiblyOutdated(row.assuredDate, fresh.today, fresh.outdatedAfterMonths),
    key: row.key,
    name: row.name,
    organizationName: row.organizationName,
    scope: row.areaScope,
    demo: row.demo,
    openWithoutBenefit: row.openWithoutBenefit,
  };
}

// One collator for every sort: localeCompare(b, 'nl') builds a new one per comparison (a top cost of the result page).
const byName = new Intl.Collator('nl').compare;

const kindsKey = (kinds: readonly string[]) => [...kinds].sort().join(',');

/** Offers kept per kinds set, in the order shown; a step shows the first few not named already. */
const KEPT_PER_SET = 20;

const sortRefs = (list: OfferRef[]) =>
  list.sort((a, b) => scopeOrder[a.scope] - scopeOrder[b.scope] || Number(a.outdated) - Number(b.outdated) || byName(a.name, b.name));

/** A look-up that missed the cache, answered by the one query for all misses of this result. */
interface Miss {
  key?: string;
  kinds?: string[];
  resolve(refs: OfferRef[]): void;
  reject(error: unknown): void;
}

/**
 * Adds Wegwijzer offers to every next step of a result. The offers are kept
 * (offerCache, 30 s) per named offer and per kinds set where the person lives,
 * not per combination: the combinations were nearly as many as the people, so
 * most results went to the database, while the sets (about 15) times places
 * and limitations are few. What is not kept yet comes in one query for the
 * whole result, as before.
 */
export async function withOffers(db: Queryable, result: RechtencheckResult, gemeente: GemeenteRecord | null, fresh: Freshness = { today: new Date(), outdatedAfterMonths: 12 }): Promise<ExplainedResult> {
  const facts = result.receipt.facts;
  const limitations = facts.limitationKind ? (LIMITATION_CODES[facts.limitationKind] ?? []) : [];
  const keys = new Set<string>();
  const sets = new Map<string, string[]>();
  for (const instrument of result.results) {
    for (const step of instrument.nextSteps) {
      for (const key of step.offer.serviceKeys ?? []) keys.add(key);
      if (step.offer.helpKinds?.length) sets.set(kindsKey(step.offer.helpKinds), [...step.offer.helpKinds].sort());
    }
  }
  // "Possibly outdated" depends on the day and the setting, so they are part of every key.
  const day = `${fresh.today.toISOString().slice(0, 10)}/${fresh.outdatedAfterMonths}`;
  const place = JSON.stringify([gemeente?.code ?? null, gemeente?.arbeidsmarktregioCode ?? null, limitations, day]);
  const misses: Miss[] = [];
  const missed = (miss: Omit<Miss, 'resolve' | 'reject'>) => () => new Promise<OfferRef[]>((resolve, reject) => misses.push({ ...miss, resolve, reject }));
  const namedLists = [...keys].map((key) => offerCache.get(db, `key:${key}:${day}`, missed({ key })) as Promise<OfferRef[]>);
  const setLists = [...sets].map(([setKey, kinds]) => offerCache.get(db, `set:${setKey}:${place}`, missed({ kinds })) as Promise<OfferRef[]>);
  if (misses.length) {
    const missedKeys = misses.flatMap((m) => (m.key ? [m.key] : []));
    const missedSets = misses.flatMap((m) => (m.kinds ? [m.kinds] : []));
    offersForResult(db, missedKeys, missedSets, gemeente, limitations).then(
      (rows) => {
        for (const miss of misses) {
          if (miss.key) miss.resolve(rows.filter((r) => r.setNo < 0 && r.key === miss.key).map((r) => refOf(r, fresh)));
          else {
            const setNo = missedSets.indexOf(miss.kinds!);
            miss.resolve(sortRefs(rows.filter((r) => r.setNo === setNo).map((r) => refOf(r, fresh))).slice(0, KEPT_PER_SET));
          }
        }
      },
      (error: unknown) => {
        for (const miss of misses) miss.reject(error);
      },
    );
  }
  const named = new Map<string, OfferRef>();
  for (const list of await Promise.all(namedLists)) for (const ref of list) named.set(ref.key, ref);
  const setKeys = [...sets.keys()];
  const byKinds = new Map<string, OfferRef[]>((await Promise.all(setLists)).map((list, i) => [setKeys[i]!, list]));
  const resolve = (step: NextStep): OfferRef[] => {
    const offers: OfferRef[] = [];
    for (const key of step.offer.serviceKeys ?? []) {
      const found = named.get(key);
      if (found && !offers.some((o) => o.key === found.key)) offers.push(found);
    }
    if (step.offer.helpKinds?.length) {
      // The first few of the sorted list that are not named already (the list holds KEPT_PER_SET).
      let added = 0;
      for (const o of byKinds.get(kindsKey(step.offer.helpKinds)) ?? []) {
        if (added === OFFERS_PER_KIND) break;
        if (offers.some((x) => x.key === o.key)) continue;
        offers.push(o);
        added++;
      }
    }
    return offers;
  };
  const results: ExplainedInstrument[] = result.results.map((instrument) => ({
    ...instrument,
    nextSteps: instrument.nextSteps.map((step) => ({ ...step, offers: resolve(step) })),
  }));
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
