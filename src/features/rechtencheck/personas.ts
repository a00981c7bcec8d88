// The five persona's of the research "Tussen wal en schip" (Wever e.a., 2025)
// as Rechtencheck facts, so a page can link to their result:
// /rechtencheck/uitslag?persona=milan. The facts are the same as in the case
// corpus (test/cases/rechtencheck/personas.json); a test keeps them equal.
import type { RechtencheckFacts } from '../../domain/rechtencheck/index.ts';

export interface Persona {
  id: string;
  name: string;
  /** One or two sentences in B1 Dutch, in our own words. */
  intro: string;
  facts: RechtencheckFacts;
}

export const personas: readonly Persona[] = [
  {
    id: 'elian',
    name: 'Elian',
    intro: 'Elian is 26 en heeft autisme. Hij staat ingeschreven bij UWV. Zijn partner verdient genoeg, dus hij krijgt geen bijstand.',
    facts: {
      gemeente: 'GM0363', age: 26, benefit: 'geen', noBenefitReason: 'partner-inkomen', registeredJobseeker: 'ja',
      inDoelgroepregister: 'nee', school: 'anders', indication: 'geen', canEarnMinimumWage: 'onbekend',
      supportedByGemeente: 'nee', jobStatus: 'geen', structuralLimitation: 'ja', limitationKind: 'anders',
      householdIncome: 'boven-bijstandsnorm', householdAssets: 'onbekend',
    },
  },
  {
    id: 'naila',
    name: 'Naila',
    intro: 'Naila is 49 en heeft MS. Ze had geen werk toen ze ziek werd. Ze leeft nu van een kleine erfenis en staat niet ingeschreven bij UWV.',
    facts: {
      gemeente: 'GM0344', age: 49, benefit: 'geen', noBenefitReason: 'vermogen', registeredJobseeker: 'nee',
      inDoelgroepregister: 'nee', school: 'anders', indication: 'geen', canEarnMinimumWage: 'onbekend',
      supportedByGemeente: 'nee', jobStatus: 'geen', structuralLimitation: 'ja', limitationKind: 'chronisch',
      householdIncome: 'onder-bijstandsnorm', householdAssets: 'boven-vermogensgrens',
    },
  },
  {
    id: 'hannah',
    name: 'Hannah',
    intro: 'Hannah is 39 en ziet slecht. Ze staat in het doelgroepregister. Haar partner heeft inkomen en ze hebben samen spaargeld.',
    facts: {
      gemeente: 'GM0599', age: 39, benefit: 'geen', noBenefitReason: 'partner-inkomen', registeredJobseeker: 'ja',
      inDoelgroepregister: 'ja', school: 'anders', indication: 'geen', canEarnMinimumWage: 'nee',
      supportedByGemeente: 'ja', jobStatus: 'geen', structuralLimitation: 'ja', limitationKind: 'visueel',
      householdIncome: 'boven-bijstandsnorm', householdAssets: 'boven-vermogensgrens',
    },
  },
  {
    id: 'marco',
    name: 'Marco',
    intro: 'Marco is 44 en heeft long covid. Hij was zzp’er. Hij weet niet of hij bij UWV staat ingeschreven. Zijn huishouden heeft inkomen en spaargeld.',
    facts: {
      gemeente: 'GM0518', age: 44, benefit: 'geen', noBenefitReason: 'zzp', registeredJobseeker: 'onbekend',
      inDoelgroepregister: 'nee', school: 'anders', indication: 'geen', canEarnMinimumWage: 'onbekend',
      supportedByGemeente: 'nee', jobStatus: 'geen', structuralLimitation: 'ja', limitationKind: 'chronisch',
      householdIncome: 'boven-bijstandsnorm', householdAssets: 'boven-vermogensgrens',
    },
  },
  {
    id: 'milan',
    name: 'Milan',
    intro: 'Milan is 27 en heeft hersenletsel (NAH). Hij ging naar het speciaal onderwijs en woont bij zijn ouders. Hij denkt dat hij geen recht heeft op bijstand.',
    facts: {
      gemeente: 'GM0796', age: 27, benefit: 'geen', noBenefitReason: 'denkt-geen-recht', registeredJobseeker: 'nee',
      inDoelgroepregister: 'onbekend', school: 'vso', indication: 'geen', canEarnMinimumWage: 'onbekend',
      supportedByGemeente: 'nee', jobStatus: 'geen', structuralLimitation: 'ja', limitationKind: 'nah',
      householdIncome: 'onder-bijstandsnorm', householdAssets: 'onder-vermogensgrens',
    },
  },
];

export function personaById(id: unknown): Persona | undefined {
  return typeof id === 'string' ? personas.find((p) => p.id === id.toLowerCase()) : undefined;
}
