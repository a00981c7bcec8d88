// Realistic Wegwijzer searches and the offers each must show in its top 5.
// Kinds: typos, compounds and spelling variants, plain sentences, postcodes,
// English words. `waar` is what the person types as place (gemeente, woonplaats
// or postcode). Keys are offer keys from src/content/catalogue.
export interface SearchCase {
  kind: 'typo' | 'compound' | 'sentence' | 'postcode' | 'english' | 'plain';
  q: string;
  waar?: string;
  expect: string[];
}

export const searchCases: SearchCase[] = [
  // Plain words
  { kind: 'plain', q: 'jobcoach', expect: ['jobcoaching-gemeente', 'jobcoaching-uwv'] },
  { kind: 'plain', q: 'loonkostensubsidie', expect: ['loonkostensubsidie'] },
  { kind: 'plain', q: 'beschut werk', expect: ['beschut-werk'] },
  { kind: 'plain', q: 'bijstand', expect: ['bijstand'] },
  { kind: 'plain', q: 'doelgroepregister', expect: ['doelgroepregister-uwv'] },
  { kind: 'plain', q: 'no-riskpolis', expect: ['no-riskpolis'] },
  { kind: 'plain', q: 'werkvervoer', waar: 'Emmen', expect: ['demo-werkrit-werkvervoer'] },
  { kind: 'plain', q: 'vrijwilligerswerk', waar: 'Emmen', expect: ['demo-veenmarke-vrijwilligerswerk'] },
  { kind: 'plain', q: 'schulden', waar: 'Emmen', expect: ['demo-emmen-schuldhulp'] },
  { kind: 'plain', q: 'autisme', expect: ['autisme-nva'] },
  // Typos
  { kind: 'typo', q: 'jobcoch', expect: ['jobcoaching-gemeente'] },
  { kind: 'typo', q: 'jobcaoch', expect: ['jobcoaching-gemeente'] },
  { kind: 'typo', q: 'loonkostensubsidei', expect: ['loonkostensubsidie'] },
  { kind: 'typo', q: 'loonkosten subsidie', expect: ['loonkostensubsidie'] },
  { kind: 'typo', q: 'beschut wrek', expect: ['beschut-werk'] },
  { kind: 'typo', q: 'bijstnad', expect: ['bijstand'] },
  { kind: 'typo', q: 'vrijwiligerswerk', expect: ['vrijwilligerswerk'] },
  { kind: 'typo', q: 'doelgroepregiser', expect: ['doelgroepregister-uwv'] },
  { kind: 'typo', q: 'proefplaatsnig', expect: ['proefplaatsing'] },
  { kind: 'typo', q: 'autsime', expect: ['autisme-nva'] },
  { kind: 'typo', q: 'hersenletsl', expect: ['hersenletsel-lotgenoten'] },
  { kind: 'typo', q: 'clientondersteuning', expect: ['clientondersteuning'] },
  { kind: 'typo', q: 'werkvervoar', waar: 'Assen', expect: ['demo-werkrit-werkvervoer'] },
  { kind: 'typo', q: 'ergotherapie', waar: 'Meppel', expect: ['demo-balans-in-werk-energie'] },
  // Compounds and spelling variants
  { kind: 'compound', q: 'job coach', expect: ['jobcoaching-gemeente', 'jobcoaching-uwv'] },
  { kind: 'compound', q: 'job-coach', expect: ['jobcoaching-gemeente', 'jobcoaching-uwv'] },
  { kind: 'compound', q: 'vervoer naar werk', waar: 'Emmen', expect: ['demo-werkrit-werkvervoer'] },
  { kind: 'compound', q: 'vervoer naar je werk', waar: 'Hoogeveen', expect: ['demo-werkrit-werkvervoer'] },
  { kind: 'compound', q: 'werkplek aanpassen', expect: ['werkvoorzieningen-gemeente'] },
  { kind: 'compound', q: 'reintegratie', expect: ['re-integratiebedrijven'] },
  { kind: 'compound', q: 'no risk polis', expect: ['no-riskpolis'] },
  { kind: 'compound', q: 'zzp', waar: 'Assen', expect: ['demo-koersvast-zzp-met-beperking'] },
  { kind: 'compound', q: 'long covid', expect: ['c-support-long-covid'] },
  { kind: 'compound', q: 'niet aangeboren hersenletsel', expect: ['hersenletsel-lotgenoten'] },
  { kind: 'compound', q: 'schuldhulpverlening', waar: 'Emmen', expect: ['demo-emmen-schuldhulp'] },
  { kind: 'compound', q: 'werkervaringsplek', waar: 'Coevorden', expect: ['demo-coevorden-werkervaringsplaats'] },
  // Plain sentences
  { kind: 'sentence', q: 'ik wil graag werken maar ben snel moe', waar: 'Assen', expect: ['demo-ervaringskracht-moe-en-werken'] },
  { kind: 'sentence', q: 'ik zoek iemand die met me meegaat naar de gemeente', expect: ['clientondersteuning'] },
  { kind: 'sentence', q: 'mijn werkgever wil weten wat hij krijgt als hij mij aanneemt', expect: ['loonkostenvoordeel'] },
  { kind: 'sentence', q: 'hoe kom ik naar mijn werk als ik niet kan autorijden', waar: 'Emmen', expect: ['demo-werkrit-werkvervoer'] },
  { kind: 'sentence', q: 'ik heb autisme en zoek werk', expect: ['autisme-nva'] },
  { kind: 'sentence', q: 'ik wil vrijwilligerswerk doen', waar: 'Emmen', expect: ['demo-veenmarke-vrijwilligerswerk'] },
  { kind: 'sentence', q: 'ik heb schulden en wil werken', waar: 'Emmen', expect: ['demo-emmen-schuldhulp'] },
  { kind: 'sentence', q: 'ik heb hulp nodig bij solliciteren', waar: 'Assen', expect: ['demo-werkpunt-werk-zoeken'] },
  { kind: 'sentence', q: 'ik ben blind en wil werken', expect: ['oogvereniging-advies'] },
  { kind: 'sentence', q: 'wat kan ik doen tegen een besluit van de gemeente', expect: ['juridisch-loket-advies'] },
  // Postcodes (as the place, or typed with the question)
  { kind: 'postcode', q: 'jobcoach', waar: '7811', expect: ['demo-stap-verder-jobcoaching-op-je-werk'] },
  { kind: 'postcode', q: 'ondersteuning naar werk', waar: '9401 AB', expect: ['demo-assen-ondersteuning-naar-werk'] },
  { kind: 'postcode', q: 'ondersteuning naar werk', waar: '7812ab', expect: ['demo-emmen-ondersteuning-naar-werk'] },
  { kind: 'postcode', q: 'werkloket', waar: '7741', expect: ['demo-coevorden-werkloket'] },
  { kind: 'postcode', q: 'inloopspreekuur', waar: '7901', expect: ['demo-hoogeveen-inloopspreekuur-werk'] },
  { kind: 'postcode', q: 'jongerencoach 7941', expect: ['demo-meppel-jongerencoach'] },
  { kind: 'postcode', q: 'schulden 7811 AB', expect: ['demo-emmen-schuldhulp'] },
  // English
  { kind: 'english', q: 'job coach', expect: ['jobcoaching-gemeente'] },
  { kind: 'english', q: 'wage subsidy', expect: ['loonkostensubsidie'] },
  { kind: 'english', q: 'sheltered work', expect: ['beschut-werk'] },
  { kind: 'english', q: 'volunteer', waar: 'Emmen', expect: ['demo-veenmarke-vrijwilligerswerk'] },
  { kind: 'english', q: 'transport to work', waar: 'Assen', expect: ['demo-werkrit-werkvervoer'] },
  { kind: 'english', q: 'debt', waar: 'Emmen', expect: ['demo-emmen-schuldhulp'] },
  { kind: 'english', q: 'brain injury', expect: ['hersenletsel-lotgenoten'] },
  { kind: 'english', q: 'legal advice', expect: ['juridisch-loket-advies'] },
  { kind: 'english', q: 'self-employed', waar: 'Assen', expect: ['demo-koersvast-zzp-met-beperking'] },
  { kind: 'english', q: 'I am tired and want to work', waar: 'Assen', expect: ['demo-ervaringskracht-moe-en-werken'] },
  { kind: 'english', q: 'autism', expect: ['autisme-nva'] },
];
