// Taxonomies for the Wegwijzer catalogue: the kinds of help people ask for,
// and the kinds of limitation (arbeidsbeperking) they live with.
//
// The help kinds follow the help questions from the research "Tussen wal en
// schip" (2025): finding a suitable job, finding an open employer, talking
// about the limitation, learning what suitable work is, and keeping the job,
// plus the support needs (overview of rights, applying for jobs, the
// self-employed, peer contact) and the instruments of the werkkaart.
// The limitation types cover at least the five persona's: autism (Elian),
// MS (Naila), a visual impairment (Hannah), long COVID / fatigue (Marco)
// and NAH (Milan).
//
// Codes are stable: content and stored data refer to them. Add new codes;
// do not rename existing ones.

import type { TaxonomyTerm } from './types.ts';

export const helpKinds: TaxonomyTerm[] = [
  {
    code: 'werk-vinden',
    name: 'Werk vinden dat bij je past',
    nameEn: 'Finding a job that fits',
    description:
      'Hulp bij het zoeken naar een baan die past bij wat je kunt, wat je leuk vindt en hoeveel uur je aankunt.',
  },
  {
    code: 'passend-werk-ontdekken',
    name: 'Ontdekken welk werk bij je past',
    nameEn: 'Finding out what work suits you',
    description:
      'Uitzoeken wat je wel en niet aankunt, en welk soort werk daarbij hoort. Bijvoorbeeld na een nieuwe diagnose of als je lang niet hebt gewerkt.',
  },
  {
    code: 'open-werkgever',
    name: 'Een werkgever die openstaat voor jou',
    nameEn: 'An employer who is open to you',
    description:
      'Contact met werkgevers die verder kijken dan je beperking. Soms legt iemand dat eerste contact voor je.',
  },
  {
    code: 'beperking-bespreken',
    name: 'Praten over je beperking',
    nameEn: 'Talking about your limitation',
    description:
      'Leren wanneer en hoe je over je beperking vertelt aan een werkgever. Of iemand die dat gesprek samen met jou voert.',
  },
  {
    code: 'solliciteren',
    name: 'Hulp bij solliciteren',
    nameEn: 'Help with applying for jobs',
    description:
      'Hulp bij je cv, je brief, een sollicitatiegesprek en het opbouwen van een netwerk.',
  },
  {
    code: 'werk-houden',
    name: 'Je werk houden',
    nameEn: 'Keeping your job',
    description:
      'Steun als je al werkt, zodat je niet uitvalt. Bijvoorbeeld iemand die contact houdt en helpt als het lastig wordt.',
  },
  {
    code: 'jobcoaching',
    name: 'Een jobcoach',
    nameEn: 'Job coaching',
    description:
      'Een jobcoach begeleidt je op je werk. Die helpt je het werk te leren en vol te houden, en praat ook met je werkgever.',
  },
  {
    code: 'scholing',
    name: 'Leren en scholing',
    nameEn: 'Training and education',
    description:
      'Een cursus, training of opleiding die je helpt om werk te vinden of te houden.',
  },
  {
    code: 'werkplekaanpassing',
    name: 'Aanpassingen op je werkplek',
    nameEn: 'Workplace adaptations',
    description:
      'Hulpmiddelen of aanpassingen zodat je je werk goed kunt doen. Bijvoorbeeld een aangepaste stoel, software of een rustige plek.',
  },
  {
    code: 'vervoer',
    name: 'Vervoer naar je werk',
    nameEn: 'Transport to work',
    description:
      'Hulp als je door je beperking niet zelf of niet met het openbaar vervoer naar je werk kunt reizen.',
  },
  {
    code: 'rechten-en-geld',
    name: 'Je rechten en geld',
    nameEn: 'Your rights and money',
    description:
      'Uitleg over waar je recht op hebt, ook zonder uitkering. En hulp bij geldzorgen of schulden.',
  },
  {
    code: 'informatie-en-advies',
    name: 'Informatie en uitleg',
    nameEn: 'Information and advice',
    description:
      'Een plek waar je rustig uitleg krijgt over de mogelijkheden, en hoort waar je met je vraag terecht kunt.',
  },
  {
    code: 'clientondersteuning',
    name: 'Iemand die met je meegaat',
    nameEn: 'Independent client support',
    description:
      'Een cliëntondersteuner is een onafhankelijke helper. Die denkt met je mee en kan meegaan naar gesprekken met de gemeente of UWV.',
  },
  {
    code: 'lotgenoten',
    name: 'Contact met lotgenoten',
    nameEn: 'Peer contact',
    description:
      'Praten met mensen die hetzelfde meemaken. Je deelt ervaringen en tips, en je staat er niet alleen voor.',
  },
  {
    code: 're-integratie-traject',
    name: 'Een traject naar werk',
    nameEn: 'A re-integration programme',
    description:
      'Een plan met begeleiding, stap voor stap naar werk. Bijvoorbeeld via de gemeente of een re-integratiebureau.',
  },
  {
    code: 'proefplaats',
    name: 'Proefplaats bij een werkgever',
    nameEn: 'Trial placement',
    description:
      'Een korte tijd onbetaald werken bij een werkgever, om te kijken of het werk past. Het doel is dat je daarna in dienst komt.',
  },
  {
    code: 'beschut-werk',
    name: 'Beschut werk',
    nameEn: 'Sheltered employment',
    description:
      'Betaald werk in een beschermde omgeving, met veel begeleiding en aanpassingen. Voor mensen die dat nodig hebben om te kunnen werken.',
  },
  {
    code: 'vrijwilligerswerk',
    name: 'Vrijwilligerswerk',
    nameEn: 'Volunteering',
    description:
      'Onbetaald werk dat je helpt om mee te doen, ritme op te bouwen en ervaring op te doen.',
  },
  {
    code: 'zelfstandig-ondernemen',
    name: 'Werken als zelfstandige (zzp)',
    nameEn: 'Self-employment',
    description:
      'Hulp en informatie als je voor jezelf werkt of wilt gaan werken, en je een beperking hebt.',
  },
  {
    code: 'gezondheid-en-energie',
    name: 'Gezondheid en energie',
    nameEn: 'Health and energy',
    description:
      'Hulp om je energie te verdelen en met je klachten om te gaan, zodat werken beter lukt.',
  },
  {
    code: 'inschrijven-registreren',
    name: 'Inschrijven en registreren',
    nameEn: 'Registering',
    description:
      'Je inschrijven als werkzoekende of in een register. Dat is soms nodig om hulp te kunnen krijgen.',
  },
  {
    code: 'werkgever-regelingen',
    name: 'Regelingen voor je werkgever',
    nameEn: 'Schemes for your employer',
    description:
      'Geld of zekerheid die een werkgever krijgt als hij jou aanneemt. Goed om te weten als je met een werkgever praat.',
  },
  {
    code: 'school-naar-werk',
    name: 'Van school naar werk',
    nameEn: 'From school to work',
    description:
      'Hulp bij de stap van school naar werk. Bijvoorbeeld na het praktijkonderwijs (pro) of het voortgezet speciaal onderwijs (vso).',
  },
];

export const limitationTypes: TaxonomyTerm[] = [
  {
    code: 'lichamelijk',
    name: 'Lichamelijke beperking',
    nameEn: 'Physical disability',
    description:
      'Je lichaam werkt niet zoals je wilt. Bijvoorbeeld moeite met lopen, staan, tillen of met je handen.',
  },
  {
    code: 'chronische-ziekte',
    name: 'Chronische ziekte',
    nameEn: 'Chronic illness',
    description:
      'Een ziekte die niet overgaat, zoals MS, reuma, diabetes of een darmziekte. Je klachten kunnen per dag verschillen.',
  },
  {
    code: 'energie-vermoeidheid',
    name: 'Weinig energie of snel moe',
    nameEn: 'Low energy or fatigue',
    description:
      'Je bent snel moe of hebt weinig energie, bijvoorbeeld door long covid, ME/CVS of een andere ziekte. Je moet je energie goed verdelen.',
  },
  {
    code: 'psychisch',
    name: 'Psychische klachten',
    nameEn: 'Mental health condition',
    description:
      'Klachten zoals depressie, angst, een burn-out of een psychische aandoening die het werken lastig maken.',
  },
  {
    code: 'autisme',
    name: 'Autisme',
    nameEn: 'Autism',
    description:
      'Je verwerkt informatie en prikkels op een andere manier. Een rustige werkplek en duidelijke afspraken helpen vaak.',
  },
  {
    code: 'adhd',
    name: 'ADHD',
    nameEn: 'ADHD',
    description:
      'Je hebt moeite met concentratie, plannen of rustig blijven. Structuur en afwisseling in je werk kunnen helpen.',
  },
  {
    code: 'licht-verstandelijk',
    name: 'Licht verstandelijke beperking (LVB)',
    nameEn: 'Mild intellectual disability',
    description:
      'Leren en begrijpen kost je meer tijd. Duidelijke uitleg en vaste taken maken werken makkelijker.',
  },
  {
    code: 'nah',
    name: 'Niet-aangeboren hersenletsel (NAH)',
    nameEn: 'Acquired brain injury',
    description:
      'Schade aan je hersenen na je geboorte, bijvoorbeeld door een ongeluk, beroerte of ziekte. Je kunt moeite hebben met onthouden, plannen of prikkels.',
  },
  {
    code: 'zintuiglijk-zien',
    name: 'Slechtziend of blind',
    nameEn: 'Visually impaired or blind',
    description:
      'Je ziet weinig of niets. Met hulpmiddelen, zoals voorleessoftware of een vergroting, kun je veel werk goed doen.',
  },
  {
    code: 'zintuiglijk-horen',
    name: 'Slechthorend of doof',
    nameEn: 'Hard of hearing or deaf',
    description:
      'Je hoort weinig of niets, of je hebt last van oorsuizen. Een tolk of hoorhulpmiddelen kunnen helpen op je werk.',
  },
  {
    code: 'leerproblemen',
    name: 'Leerproblemen',
    nameEn: 'Learning difficulties',
    description:
      'Bijvoorbeeld dyslexie of dyscalculie. Lezen, schrijven of rekenen kost je meer moeite.',
  },
  {
    code: 'geen-diagnose',
    name: 'Nog geen diagnose',
    nameEn: 'No diagnosis (yet)',
    description:
      'Je merkt dat je beperkt bent in je werk, maar je weet nog niet precies waardoor. Ook dan kun je hulp vragen.',
  },
];

export const helpKindByCode: ReadonlyMap<string, TaxonomyTerm> = new Map(
  helpKinds.map((term) => [term.code, term]),
);

export const limitationByCode: ReadonlyMap<string, TaxonomyTerm> = new Map(
  limitationTypes.map((term) => [term.code, term]),
);
