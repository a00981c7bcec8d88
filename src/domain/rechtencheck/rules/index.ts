// The rule registry, in run order (see order.ts), and one function that runs
// all rules for one coded person. Both the single-person path and the batch
// path call runAll, so they cannot disagree.
import type { Person } from '../encode.ts';
import { derive, type Ctx, type Derived } from '../kernel.ts';
import type { RuleModule } from '../types.ts';
import { bijstand } from './bijstand.ts';
import { beschutWerk } from './beschut-werk.ts';
import { doelgroepregisterAutomatisch } from './doelgroepregister-automatisch.ts';
import { doelgroepregisterPraktijkroute } from './doelgroepregister-praktijkroute.ts';
import { doelgroepregisterUwv } from './doelgroepregister-uwv.ts';
import { inschrijvingWerkzoekende } from './inschrijving-werkzoekende.ts';
import { jobcoachingGemeente, jobcoachingUwv } from './jobcoaching.ts';
import { loonkostensubsidie } from './loonkostensubsidie.ts';
import { ondersteuningGemeente } from './ondersteuning-gemeente.ts';
import { IDX, RULE_COUNT } from './order.ts';
import { proefplaatsing } from './proefplaatsing.ts';
import { werkvoorzieningenGemeente, werkvoorzieningenUwv } from './werkvoorzieningen.ts';
import { banenafspraak, loonkostenvoordeel, noRiskPolis } from './werkgeversvoordelen.ts';

export const RULES: readonly RuleModule[] = [
  ondersteuningGemeente,
  inschrijvingWerkzoekende,
  doelgroepregisterUwv,
  doelgroepregisterPraktijkroute,
  doelgroepregisterAutomatisch,
  loonkostenvoordeel,
  noRiskPolis,
  banenafspraak,
  loonkostensubsidie,
  beschutWerk,
  proefplaatsing,
  jobcoachingGemeente,
  jobcoachingUwv,
  werkvoorzieningenGemeente,
  werkvoorzieningenUwv,
  bijstand,
];

if (RULES.length !== RULE_COUNT) throw new Error('RULES and order.ts disagree');

/** Where each rule writes its criterion statuses in the scratch array. */
export const OFFSETS: readonly number[] = (() => {
  const out: number[] = [];
  let at = 0;
  for (const rule of RULES) {
    out.push(at);
    at += rule.criteria.length;
  }
  return out;
})();

export const CRITERION_COUNT = RULES.reduce((sum, rule) => sum + rule.criteria.length, 0);

const O = OFFSETS as number[];
const o0 = O[0]!, o1 = O[1]!, o2 = O[2]!, o3 = O[3]!, o4 = O[4]!, o5 = O[5]!, o6 = O[6]!, o7 = O[7]!;
const o8 = O[8]!, o9 = O[9]!, o10 = O[10]!, o11 = O[11]!, o12 = O[12]!, o13 = O[13]!, o14 = O[14]!, o15 = O[15]!;

/**
 * Runs every rule for one person: derives the shared facts, then calls each
 * rule in order (written out, so each call site stays monomorphic and fast).
 * Outcome codes go to out[0..15], criterion statuses to s.
 */
export function runAll(p: Person, d: Derived, ctx: Ctx, s: Uint8Array, out: Uint8Array): void {
  derive(p, ctx, d);
  out[IDX.ondersteuningGemeente] = ondersteuningGemeente.decide(p, d, ctx, s, o0, out);
  out[IDX.inschrijvingWerkzoekende] = inschrijvingWerkzoekende.decide(p, d, ctx, s, o1, out);
  out[IDX.doelgroepregisterUwv] = doelgroepregisterUwv.decide(p, d, ctx, s, o2, out);
  out[IDX.doelgroepregisterPraktijkroute] = doelgroepregisterPraktijkroute.decide(p, d, ctx, s, o3, out);
  out[IDX.doelgroepregisterAutomatisch] = doelgroepregisterAutomatisch.decide(p, d, ctx, s, o4, out);
  out[IDX.loonkostenvoordeel] = loonkostenvoordeel.decide(p, d, ctx, s, o5, out);
  out[IDX.noRiskPolis] = noRiskPolis.decide(p, d, ctx, s, o6, out);
  out[IDX.banenafspraak] = banenafspraak.decide(p, d, ctx, s, o7, out);
  out[IDX.loonkostensubsidie] = loonkostensubsidie.decide(p, d, ctx, s, o8, out);
  out[IDX.beschutWerk] = beschutWerk.decide(p, d, ctx, s, o9, out);
  out[IDX.proefplaatsing] = proefplaatsing.decide(p, d, ctx, s, o10, out);
  out[IDX.jobcoachingGemeente] = jobcoachingGemeente.decide(p, d, ctx, s, o11, out);
  out[IDX.jobcoachingUwv] = jobcoachingUwv.decide(p, d, ctx, s, o12, out);
  out[IDX.werkvoorzieningenGemeente] = werkvoorzieningenGemeente.decide(p, d, ctx, s, o13, out);
  out[IDX.werkvoorzieningenUwv] = werkvoorzieningenUwv.decide(p, d, ctx, s, o14, out);
  out[IDX.bijstand] = bijstand.decide(p, d, ctx, s, o15, out);
}
