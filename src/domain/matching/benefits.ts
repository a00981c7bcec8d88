// What hiring someone from this group can bring an employer, per vacancy:
// loonkostenvoordeel, no-riskpolis and loonkostensubsidie. Titles, the law in
// brief, the legal sources and the amounts come from the Rechtencheck's rules
// and dated parameters, so a change there shows here too; nothing is invented.
import { parameterAt } from '../rechtencheck/parameters.ts';
import { loonkostensubsidie } from '../rechtencheck/rules/loonkostensubsidie.ts';
import { loonkostenvoordeel, noRiskPolis } from '../rechtencheck/rules/werkgeversvoordelen.ts';
import { source, type LegalSource } from '../rechtencheck/sources.ts';
import type { RuleModule } from '../rechtencheck/types.ts';

export type BenefitKey = 'loonkostenvoordeel' | 'no-riskpolis' | 'loonkostensubsidie';
export const benefitKeys: readonly BenefitKey[] = ['loonkostenvoordeel', 'no-riskpolis', 'loonkostensubsidie'];

export interface EmployerBenefit {
  key: BenefitKey;
  title: string;
  inBrief: string;
  /** Who the person must be for it to apply, in B1. */
  condition: string;
  amount: string | null;
  sources: LegalSource[];
}

const rules: Record<BenefitKey, RuleModule> = {
  loonkostenvoordeel,
  'no-riskpolis': noRiskPolis,
  loonkostensubsidie,
};

const conditions: Record<BenefitKey, string> = {
  loonkostenvoordeel: 'Als de werknemer in het doelgroepregister staat.',
  'no-riskpolis': 'Als de werknemer in het doelgroepregister staat of beschut werk doet.',
  loonkostensubsidie: 'Als de gemeente vaststelt dat de werknemer het minimumloon niet zelf kan verdienen.',
};

function euro(n: number, decimals = 0): string {
  return n.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function amountOn(key: BenefitKey, date: string): string | null {
  if (key === 'loonkostenvoordeel') {
    return `€ ${euro(parameterAt('lkvBanenafspraakPerUur', date), 2)} per verloond uur, tot € ${euro(parameterAt('lkvBanenafspraakMaxPerJaar', date))} per jaar, hoogstens ${parameterAt('lkvMaxJaren', date)} jaar.`;
  }
  if (key === 'loonkostensubsidie') {
    return `Tot ${parameterAt('lksMaxPercentage', date)}% van het minimumloon met vakantiegeld, op basis van de loonwaarde.`;
  }
  return null;
}

/** The benefits with their sources and amounts as they hold on `date` (ISO). */
export function employerBenefits(keys: readonly BenefitKey[], date: string): EmployerBenefit[] {
  return keys.map((key) => {
    const rule = rules[key];
    return {
      key,
      title: rule.title.nl.replace(' voor je werkgever', ''),
      inBrief: rule.lawInBrief.nl,
      condition: conditions[key],
      amount: amountOn(key, date),
      sources: rule.sources.map(source),
    };
  });
}
