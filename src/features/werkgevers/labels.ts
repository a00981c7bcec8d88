// The closed lists of employers, vacancies and work profiles with their Dutch (B1) labels.
import { contactLabels, paceLabels, physicalLabels, stimuliLabels, structureLabels, type HardKey, type Level } from '../../domain/matching/criteria.ts';
import type { BenefitKey } from '../../domain/matching/benefits.ts';
import type { MatchState } from '../../db/werkgevers/matches.ts';

export const sizeClasses = { '1-9': '1 tot 10 mensen', '10-49': '10 tot 50 mensen', '50-249': '50 tot 250 mensen', '250+': '250 mensen of meer' } as const;

export const openToLabels = {
  deeltijd: 'Deeltijd (minder uren)',
  'flexibele-uren': 'Flexibele werktijden',
  jobcarving: 'Jobcarving (taken uit andere banen samenvoegen)',
  jobcoach: 'Een jobcoach op de werkvloer',
  'aangepaste-werkplek': 'Een aangepaste werkplek',
} as const;

export const originLabels = {
  'bestaande-vacature': 'Bestaande vacature',
  jobcarving: 'Jobcarving: taken uit andere banen samengevoegd',
  gecreeerd: 'Baan gemaakt voor deze doelgroep',
} as const;

export const spreadLabels = { ochtenden: 'Ochtenden', middagen: 'Middagen', verspreid: 'Verspreid over de week', 'in-overleg': 'In overleg' } as const;
export const rosterLabels = { vast: 'Vast rooster', flexibel: 'Wisselend rooster' } as const;
export const benefitLabels: Record<BenefitKey, string> = {
  loonkostenvoordeel: 'Loonkostenvoordeel',
  'no-riskpolis': 'No-riskpolis',
  loonkostensubsidie: 'Loonkostensubsidie',
};

export const vacancyLevels = {
  pace: { label: 'Tempo en deadlines', levels: { 1: 'Rustig, weinig deadlines', 2: 'Gemiddeld', 3: 'Hoog tempo, vaste deadlines' } },
  structure: { label: 'Structuur en begeleiding', levels: { 1: 'Weinig: zelfstandig werken', 2: 'Gemiddeld', 3: 'Veel: vaste taken en een vast aanspreekpunt' } },
  clientContact: { label: 'Contact met klanten', levels: { 1: 'Geen', 2: 'Soms', 3: 'Veel' } },
  physical: { label: 'Lichamelijk werk', levels: { 1: 'Licht', 2: 'Gemiddeld', 3: 'Zwaar' } },
  stimuli: { label: 'Geluid en drukte', levels: { 1: 'Rustig', 2: 'Gemiddeld', 3: 'Druk' } },
} as const;

export const profileLevels = {
  paceMax: { label: 'Hoogste tempo dat past', levels: paceLabels },
  structureNeed: { label: 'Hoeveel structuur en begeleiding nodig is (minstens)', levels: structureLabels },
  clientContactMax: { label: 'Hoeveel contact met klanten kan (hoogstens)', levels: contactLabels },
  physicalMax: { label: 'Hoe zwaar lichamelijk werk mag zijn (hoogstens)', levels: physicalLabels },
  stimuliMax: { label: 'Hoeveel geluid en drukte kan (hoogstens)', levels: stimuliLabels },
} as const;

export const hardLabels: Record<HardKey, string> = {
  rooster: 'Rooster',
  tempo: 'Tempo',
  structuur: 'Structuur en begeleiding',
  klantcontact: 'Contact met klanten',
  fysiek: 'Lichamelijk werk',
  prikkels: 'Geluid en drukte',
  reizen: 'Reizen',
  aanpassingen: 'Aanpassingen',
};

export const stateLabels: Record<MatchState, string> = {
  voorgesteld: 'Voorgesteld, wacht op de persoon',
  'persoon-akkoord': 'Persoon wil kennismaken, wacht op de werkgever',
  'persoon-nee': 'Persoon wil niet',
  'werkgever-akkoord': 'Werkgever en persoon zijn akkoord',
  'werkgever-nee': 'Werkgever wil niet',
  geplaatst: 'Geplaatst',
  ingetrokken: 'Ingetrokken',
};

export const levelOptions = (levels: Record<Level, string>) => ([1, 2, 3] as const).map((l) => ({ code: String(l), name: levels[l] }));
