// Offers of national interest and patient organisations, part 1: Ieder(in),
// MIND, NVA, Hersenletsel.nl and MS Vereniging Nederland (werkkaart D6).
// Each names the limitations it is for; Ieder(in) is for every limitation.

import type { ContentService } from '../types.ts';
import { ASSURED, FREE, paragraphs } from './national-shared.ts';

const NATIONAL = { scope: 'national' } as const;

export const patientServicesA: ContentService[] = [
  {
    key: 'iederin-informatie',
    organizationKey: 'iederin',
    name: 'Informatie over je rechten bij een beperking of chronische ziekte',
    summary:
      'Ieder(in) legt uit welke rechten je hebt als je een beperking of chronische ziekte hebt, ook op het gebied van werk en inkomen.',
    description: paragraphs(
      `Ieder(in) is een netwerk van organisaties voor mensen met een beperking of chronische ziekte.
       Samen komen ze op voor betere regels, bijvoorbeeld over werk, inkomen, zorg en toegankelijkheid. Daarover praten ze met de politiek en de overheid.`,
      `Op de website van Ieder(in) vind je uitleg over regelingen en over je rechten. Bijvoorbeeld over het VN-verdrag Handicap.
       Dat is een afspraak tussen landen: mensen met een beperking moeten gewoon mee kunnen doen, ook op het werk.`,
      `Ieder(in) kan niet elke persoonlijke vraag oplossen. Wel helpt de informatie je om te weten wat je kunt vragen.
       Ook vind je via Ieder(in) de organisatie die bij jouw beperking past.`,
    ),
    helpKinds: ['rechten-en-geld', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. De informatie is voor iedereen, met of zonder uitkering.',
    eligibility: 'Iedereen met een beperking of chronische ziekte, en hun naasten.',
    howToApply: 'Kijk op de website van Ieder(in). Daar vind je de informatie en de aangesloten organisaties.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://iederin.nl',
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'mind-informatie',
    organizationKey: 'mind',
    name: 'Informatie en steun bij psychische problemen',
    summary:
      'MIND geeft informatie over psychische problemen en wijst je de weg naar hulp en naar lotgenoten.',
    description: paragraphs(
      `MIND is de landelijke organisatie voor mensen met psychische problemen en hun naasten. Veel cliënten- en familieorganisaties werken onder MIND samen.
       MIND komt op voor hun belangen, bijvoorbeeld voor betere zorg en meer begrip in de samenleving.`,
      `Bij MIND vind je informatie over psychische klachten en over waar je hulp kunt krijgen.
       Via MIND vind je ook hulplijnen, waar je anoniem je verhaal kwijt kunt.`,
      `Psychische klachten kunnen werken lastig maken. Van lotgenoten hoor je hoe anderen het aanpakken, bijvoorbeeld wat ze aan een werkgever vertellen.
       MIND wijst je de weg naar organisaties voor lotgenotencontact.`,
    ),
    helpKinds: ['informatie-en-advies', 'lotgenoten', 'beperking-bespreken'],
    limitations: ['psychisch'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. MIND is er voor iedereen met psychische problemen, met of zonder uitkering.',
    eligibility: 'Mensen met psychische problemen en hun naasten.',
    howToApply: 'Kijk op de website van MIND voor informatie en voor hulplijnen.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://wijzijnmind.nl',
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'autisme-nva',
    organizationKey: 'nva',
    name: 'Informatie, advies en lotgenoten bij autisme',
    summary:
      'De NVA geeft informatie en advies over autisme en brengt je in contact met anderen met autisme. Ook over werk.',
    description: paragraphs(
      `De Nederlandse Vereniging voor Autisme (NVA) is er voor mensen met autisme en hun naasten.
       De vereniging geeft informatie over autisme in alle fasen van het leven, ook over werk.
       Je kunt er terecht met vragen, bijvoorbeeld over een rustige werkplek of over vertellen dat je autisme hebt.`,
      `De NVA organiseert contact met lotgenoten, bijvoorbeeld op bijeenkomsten in de regio of online.
       Zo hoor je hoe anderen met autisme werk vinden en houden.`,
      `Kijk op de website wat de NVA in jouw regio organiseert. Daar lees je ook hoe je lid wordt.`,
    ),
    helpKinds: ['informatie-en-advies', 'lotgenoten', 'beperking-bespreken'],
    limitations: ['autisme'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. De NVA is er voor iedereen met autisme, met of zonder uitkering.',
    eligibility: 'Mensen met autisme en hun naasten.',
    howToApply: 'Kijk op de website van de NVA, of neem contact op via de website.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://www.autisme.nl',
    area: NATIONAL,
    cost: { description: 'Veel informatie is gratis; voor een lidmaatschap betaal je een bijdrage' },
    assuredDate: ASSURED,
  },
  {
    key: 'hersenletsel-lotgenoten',
    organizationKey: 'hersenletsel-nl',
    name: 'Lotgenotencontact en informatie bij hersenletsel (NAH)',
    summary:
      'Hersenletsel.nl brengt mensen met niet-aangeboren hersenletsel en hun naasten met elkaar in contact en geeft informatie.',
    description: paragraphs(
      `Niet-aangeboren hersenletsel (NAH) is schade aan je hersenen, bijvoorbeeld door een ongeluk, een beroerte of een ziekte.
       Vaak zie je het niet aan de buitenkant. Toch kan het veel invloed hebben op werk: je bent sneller moe, kunt minder prikkels aan of vergeet dingen.`,
      `Hersenletsel.nl is een vereniging voor mensen met NAH en hun naasten. In het hele land zijn er bijeenkomsten waar je lotgenoten ontmoet.
       Je deelt er ervaringen en tips, bijvoorbeeld over weer aan het werk gaan.`,
      `Op de website vind je ook informatie over hersenletsel en de gevolgen voor je dagelijks leven.
       Zo kun je beter uitleggen aan een werkgever of aan de gemeente wat je nodig hebt.`,
    ),
    helpKinds: ['lotgenoten', 'informatie-en-advies', 'beperking-bespreken'],
    limitations: ['nah'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. De vereniging is er voor iedereen met hersenletsel, met of zonder uitkering.',
    eligibility: 'Mensen met niet-aangeboren hersenletsel en hun naasten.',
    howToApply: 'Kijk op de website welke bijeenkomsten er bij jou in de buurt zijn, of neem contact op met de vereniging.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://hersenletsel.nl',
    area: NATIONAL,
    cost: { description: 'Veel informatie is gratis; voor een lidmaatschap betaal je een bijdrage' },
    assuredDate: ASSURED,
  },
  {
    key: 'ms-vereniging-werk',
    organizationKey: 'ms-vereniging',
    name: 'Informatie en lotgenoten bij MS',
    summary:
      'MS Vereniging Nederland geeft informatie over leven en werken met MS en brengt mensen met MS met elkaar in contact.',
    description: paragraphs(
      `MS (multiple sclerose) is een ziekte van het zenuwstelsel. De klachten kunnen per dag verschillen, zoals vermoeidheid of moeite met lopen of zien.
       Dat maakt werken soms onvoorspelbaar.`,
      `MS Vereniging Nederland geeft informatie over MS. Ook over wat je kunt doen om aan het werk te blijven of weer te gaan werken.
       De vereniging komt daarnaast op voor de belangen van mensen met MS.`,
      `Via de vereniging kun je in contact komen met andere mensen met MS.
       Zij weten uit ervaring hoe het is om met MS te werken of werk te zoeken.`,
    ),
    helpKinds: ['informatie-en-advies', 'lotgenoten', 'werk-houden'],
    limitations: ['chronische-ziekte', 'energie-vermoeidheid', 'lichamelijk'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. De vereniging is er voor iedereen met MS, met of zonder uitkering.',
    eligibility: 'Mensen met MS en hun naasten.',
    howToApply: 'Kijk op de website van MS Vereniging Nederland, of neem contact op met de vereniging.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://msvereniging.nl',
    area: NATIONAL,
    cost: { description: 'Veel informatie is gratis; voor een lidmaatschap betaal je een bijdrage' },
    assuredDate: ASSURED,
  },
];
