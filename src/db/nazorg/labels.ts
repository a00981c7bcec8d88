// The closed lists of a placement, with their Dutch (B1) labels.

export const contractKinds = {
  tijdelijk: 'Tijdelijk contract',
  vast: 'Vast contract',
  uitzend: 'Uitzendwerk',
  proefplaatsing: 'Proefplaatsing',
  'beschut-werk': 'Beschut werk',
  detachering: 'Detachering',
} as const;

export const instruments = {
  loonkostensubsidie: 'Loonkostensubsidie',
  jobcoach: 'Jobcoach',
  'no-riskpolis': 'No-riskpolis',
  werkplekvoorziening: 'Werkplekvoorziening',
  vervoersvoorziening: 'Vervoersvoorziening',
} as const;

export const cameAbout = {
  gecreeerd: 'Baan gemaakt voor deze persoon',
  jobcarving: 'Jobcarving (taken uit andere banen samengevoegd)',
  'bestaande-vacature': 'Bestaande vacature',
  'zelf-gevonden': 'Zelf gevonden door de persoon',
} as const;

/** The durability aspects to check at the start (Inspectie SZW 2023, bijlage 2). */
export const checklistItems = {
  introductie: 'Er is een goede introductie op het werk',
  verwachtingen: 'Persoon en werkgever hebben reële verwachtingen van elkaar',
  'passend-werk': 'Het werk past bij wat de persoon kan en wil',
  ontwikkeling: 'Er is ruimte om te leren en te groeien',
  'afspraken-werkgever': 'Er zijn afspraken gemaakt met de werkgever',
  'steun-werkvloer': 'Er is steun op de werkvloer (een vaste collega of leidinggevende)',
} as const;

export const placementEndReasons = {
  'niet-verlengd': 'Contract niet verlengd',
  'ontslag-proeftijd': 'Ontslag in de proeftijd',
  'zelf-gestopt': 'Zelf ontslag genomen',
  gezondheid: 'Gezondheid',
  conflict: 'Conflict',
  'reorganisatie-of-sluiting': 'Reorganisatie of sluiting van het bedrijf',
  'andere-baan': 'Naar een andere baan',
  anders: 'Anders',
} as const;

export const withWhomOptions = {
  persoon: 'De persoon',
  werkgever: 'De werkgever',
  jobcoach: 'De jobcoach',
  driegesprek: 'Driegesprek (persoon, werkgever en jobcoach samen)',
} as const;

export const ratings = {
  '1': '1: gaat slecht',
  '2': '2: gaat moeizaam',
  '3': '3: gaat redelijk',
  '4': '4: gaat goed',
  '5': '5: gaat heel goed',
} as const;

export type ContractKind = keyof typeof contractKinds;
export type Instrument = keyof typeof instruments;
export type CameAbout = keyof typeof cameAbout;
export type ChecklistItem = keyof typeof checklistItems;
export type PlacementEndReason = keyof typeof placementEndReasons;
export type WithWhom = keyof typeof withWhomOptions;

export const options = (o: Record<string, string>) => Object.entries(o).map(([code, name]) => ({ code, name }));
