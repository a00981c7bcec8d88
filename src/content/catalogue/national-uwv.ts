// UWV offers that people without a benefit can use (werkkaart B0, C1, C2).
// UWV has no formal role in supporting people without a benefit toward work;
// that task lies with the gemeente. The descriptions say so plainly.

import type { ContentPhone, ContentService } from '../types.ts';
import {
  ASSURED,
  FREE,
  SUWI_ART_30B_REGISTRATIE,
  WIA_ART_35_VOORZIENINGEN,
  paragraphs,
} from './national-shared.ts';

const NATIONAL = { scope: 'national' } as const;
const UWV_PHONE: ContentPhone[] = [{ number: '088 - 898 92 94', description: 'UWV Telefoon Werknemers' }];

export const uwvServices: ContentService[] = [
  {
    key: 'inschrijven-werkzoekende',
    organizationKey: 'uwv',
    name: 'Inschrijven als werkzoekende bij UWV',
    summary:
      'Je kunt je bij UWV inschrijven als werkzoekende, ook zonder uitkering. Dat doe je op werk.nl. Zonder uitkering moet je je inschrijving zelf op tijd verlengen.',
    description: paragraphs(
      `Je kunt je bij UWV inschrijven als werkzoekende. Dat kan ook als je geen uitkering hebt. Je doet het online op werk.nl, met DigiD.
       Je maakt dan een cv aan dat werkgevers kunnen vinden. Ook kun je de diensten van werk.nl gebruiken.`,
      `Inschrijven is niet nodig om hulp van je gemeente te krijgen. Toch kan het handig zijn.
       Sommige organisaties en regelingen vragen erom. En UWV weet dan dat je werk zoekt.`,
      `Let op: heb je geen uitkering, dan blijft je inschrijving niet vanzelf staan. Je moet haar zelf regelmatig verlengen.
       Kijk op werk.nl wanneer dat moet en zet een herinnering in je agenda. Verleng je niet op tijd, dan vervalt je inschrijving.`,
    ),
    helpKinds: ['inschrijven-registreren', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Iedereen die werk zoekt kan zich inschrijven. Zonder uitkering moet je de inschrijving wel zelf verlengen.',
    eligibility: 'Iedereen die in Nederland woont en werk zoekt. Je hebt DigiD nodig.',
    howToApply:
      'Ga naar werk.nl en kies voor inschrijven als werkzoekende. Log in met DigiD en vul je gegevens en je cv in. Lukt het niet online? Bel dan UWV.',
    whoDecides: 'Je schrijft je zelf in. UWV legt je inschrijving vast.',
    legalBasis: [SUWI_ART_30B_REGISTRATIE],
    url: 'https://www.werk.nl/werkzoekenden/',
    phones: UWV_PHONE,
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'werk-nl',
    organizationKey: 'uwv',
    name: 'werk.nl: vacatures, tips en online trainingen',
    summary:
      'Op werk.nl vind je vacatures, tips voor solliciteren en gratis online trainingen. Iedereen die werk zoekt kan de website gebruiken.',
    description: paragraphs(
      `werk.nl is de website van UWV voor iedereen die werk zoekt. Je vindt er vacatures uit het hele land.
       Ook staan er tips over je cv, je sollicitatiebrief en het sollicitatiegesprek.`,
      `Op werk.nl kun je gratis meedoen aan online trainingen en webinars. Die gaan bijvoorbeeld over solliciteren of over je kansen op werk.
       Je kiest zelf wat je wilt volgen en wanneer.`,
      `UWV heeft geen taak om je persoonlijk naar werk te begeleiden als je geen uitkering hebt. Die taak ligt bij je gemeente.
       werk.nl is dus vooral iets wat je zelf gebruikt. Wil je persoonlijke hulp? Ga dan naar je gemeente.`,
    ),
    helpKinds: ['werk-vinden', 'solliciteren', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. De diensten van werk.nl zijn er voor alle werkzoekenden, met of zonder uitkering.',
    eligibility: 'Iedereen die werk zoekt.',
    howToApply:
      'Ga naar werk.nl. Vacatures en tips kun je zo bekijken. Voor sommige onderdelen log je in met DigiD.',
    whoDecides: 'Je hoeft niets aan te vragen. Je gebruikt de website zelf.',
    url: 'https://www.werk.nl/werkzoekenden/',
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'doelgroepregister-uwv',
    organizationKey: 'uwv',
    name: 'Doelgroepregister: beoordeling door UWV',
    summary:
      'UWV kan beoordelen of je in het doelgroepregister hoort. Dan heeft een werkgever voordelen als hij je aanneemt. Je kunt dit zelf aanvragen.',
    description: paragraphs(
      `In het doelgroepregister staan mensen die onder de banenafspraak vallen. Sta je in het register?
       Dan krijgt een werkgever voordelen als hij je aanneemt, zoals het loonkostenvoordeel en de no-riskpolis. Ook tel je mee voor de banenafspraak.`,
      `UWV kan beoordelen of je in het register hoort. UWV kijkt dan of je door je beperking niet zelf het minimumloon kunt verdienen.
       Begon je beperking voor je 18e verjaardag of tijdens je studie? Dan kun je soms ook in het register komen als je alleen met een voorziening het minimumloon verdient.
       Zat je op het voortgezet speciaal onderwijs (vso) of het praktijkonderwijs (pro)? Dan kun je je met een schriftelijk verzoek laten registreren, zonder beoordeling.`,
      `Niet iedereen met een arbeidsbeperking komt in het register. Je hebt het register ook niet nodig om hulp van je gemeente te krijgen.
       Wordt je aanvraag afgewezen? Dan kun je bezwaar maken. En je kunt altijd nog bij je gemeente terecht.`,
    ),
    helpKinds: ['inschrijven-registreren', 'werkgever-regelingen'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Voor een beoordeling heb je geen uitkering nodig. Wel moet je aan de voorwaarden van het register voldoen.',
    eligibility:
      'Je valt onder de Participatiewet en kunt door je beperking niet zelf het minimumloon verdienen. ' +
      'Of je beperking begon voor je 18e of tijdens je studie en je verdient alleen met een voorziening het minimumloon. Of je bent oud-leerling van het vso of pro.',
    howToApply:
      'Vraag bij UWV een beoordeling aan. Het formulier vind je op uwv.nl. Je gemeente kan je helpen bij de aanvraag. ' +
      'Oud-leerlingen van het vso of pro sturen een schriftelijk verzoek, met een bewijs dat ze op die school zaten.',
    whoDecides: 'UWV. Je krijgt een besluit. Ben je het daar niet mee eens? Dan kun je bezwaar maken.',
    url: 'https://www.uwv.nl',
    phones: UWV_PHONE,
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'jobcoaching-uwv',
    organizationKey: 'uwv',
    name: 'Jobcoach via UWV',
    summary:
      'Heb je werk en een blijvende beperking, en hoor je voor deze hulp niet bij de gemeente? Dan kan UWV soms een jobcoach betalen.',
    description: paragraphs(
      `UWV kan een jobcoach betalen voor mensen met een structurele functionele beperking.
       Dat betekent: je hebt door ziekte of handicap blijvend moeite met bepaalde dingen in je werk.
       De jobcoach helpt je het werk te leren en te houden, en praat ook met je werkgever.`,
      `Heb je geen uitkering, dan helpt UWV je niet bij het zoeken naar werk. Die taak ligt bij je gemeente.
       Maar heb je werk gevonden en hoor je voor deze hulp niet bij de gemeente? Dan kun je bij UWV terecht.
       Dat geldt vooral als je niet in het doelgroepregister staat en zonder loonkostensubsidie werkt.`,
      `Bij UWV gelden vaste regels. Je werkt minstens 12 uur per week. De jobcoach wordt meestal voor hoogstens drie jaar ingezet; in bijzondere gevallen kan het langer.
       UWV bepaalt hoeveel begeleiding je krijgt.`,
    ),
    helpKinds: ['jobcoaching', 'werk-houden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja, als je werk hebt. Zonder uitkering helpt UWV niet bij het zoeken naar werk, maar deze voorziening kan wel als je een baan hebt.',
    eligibility:
      'Je hebt een structurele functionele beperking, je werkt minstens 12 uur per week en je hoort voor deze hulp niet bij je gemeente.',
    howToApply:
      'Vraag de jobcoach samen met je werkgever aan bij UWV. Doe dat op tijd, het liefst als je begint met werken. Op uwv.nl staat welk formulier je nodig hebt.',
    whoDecides:
      'UWV. Een arbeidsdeskundige van UWV beoordeelt hoeveel begeleiding je nodig hebt. Je krijgt een besluit waartegen je bezwaar kunt maken.',
    legalBasis: [WIA_ART_35_VOORZIENINGEN],
    url: 'https://www.uwv.nl',
    phones: UWV_PHONE,
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'werkvoorzieningen-uwv',
    organizationKey: 'uwv',
    name: 'Werkplek- en vervoersvoorzieningen via UWV',
    summary:
      'Heb je werk en een blijvende beperking? Dan kan UWV soms een aangepaste werkplek, een hulpmiddel of vervoer naar je werk vergoeden.',
    description: paragraphs(
      `UWV kan voorzieningen geven aan mensen met een structurele functionele beperking: een blijvende beperking door ziekte of handicap.
       Denk aan een aangepaste werkplek, hulpmiddelen zoals speciale software, of vervoer naar je werk als je niet zelf of met het openbaar vervoer kunt reizen.
       Ook een tolk op het werk, bijvoorbeeld een gebarentolk, kan een voorziening zijn.`,
      `Deze hulp is vooral voor mensen die werk hebben en voor voorzieningen niet bij de gemeente horen.
       Hoor je wel bij de gemeente, bijvoorbeeld omdat je met loonkostensubsidie werkt? Dan vraag je de voorziening bij je gemeente aan.`,
      `UWV kiest de goedkoopste oplossing die goed werkt. Het moet gaan om iets wat je echt voor je werk nodig hebt en wat niet op elke werkplek gewoon is.
       Soms moet je werkgever eerst zelf iets regelen.`,
    ),
    helpKinds: ['werkplekaanpassing', 'vervoer', 'werk-houden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja, als je werk hebt. Je hebt geen uitkering nodig, maar UWV geeft deze voorzieningen niet aan werkzoekenden zonder uitkering die nog geen baan hebben.',
    eligibility:
      'Je hebt een structurele functionele beperking, je hebt werk (of gaat beginnen) en je hoort voor voorzieningen niet bij je gemeente.',
    howToApply:
      'Vraag de voorziening aan bij UWV, het liefst samen met je werkgever. Op uwv.nl staat welk formulier je nodig hebt. Een offerte of advies helpt bij je aanvraag.',
    whoDecides: 'UWV beslist. Je krijgt een besluit waartegen je bezwaar kunt maken.',
    legalBasis: [WIA_ART_35_VOORZIENINGEN],
    url: 'https://www.uwv.nl',
    phones: UWV_PHONE,
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
];
