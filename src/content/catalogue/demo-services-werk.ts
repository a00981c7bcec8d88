// Demo region Drenthe: offers of the sociaal werkbedrijf (Veenkracht), the
// jobcoach organisation (Stap Verder) and the re-integratiebureau (Koersvast).
// Invented for the demo.

import type { ContentService } from '../types.ts';
import { FREE, PW_BESCHUT_WERK, WEEKDAYS, provinceArea, regionArea } from './demo-shared.ts';

const VEENKRACHT_HOURS = {
  description: 'maandag tot en met vrijdag 8.00 tot 16.00 uur',
  byday: WEEKDAYS,
  opensAt: '08:00',
  closesAt: '16:00',
};

const OFFICE_HOURS = {
  description: 'maandag tot en met vrijdag 9.00 tot 17.00 uur',
  byday: WEEKDAYS,
  opensAt: '09:00',
  closesAt: '17:00',
};

export const demoServicesWerk: ContentService[] = [
  {
    key: 'demo-veenkracht-beschut-werk',
    organizationKey: 'demo-werkbedrijf-veenkracht',
    name: 'Beschut werk bij Werkbedrijf Veenkracht',
    summary:
      'Betaald werk met veel begeleiding, in een rustige en veilige omgeving. Voor mensen die dat nodig hebben om te kunnen werken.',
    description:
      'Sommige mensen kunnen wel werken, maar alleen met veel hulp en aanpassingen. Een gewone werkgever kan dat vaak niet bieden. Dan is beschut werk een goede plek. Je krijgt een arbeidscontract en loon, net als bij een andere baan.\n\n' +
      'Bij Veenkracht kun je werken in de montage, het groen, de inpak of de schoonmaak. Er is altijd een vaste leidinggevende in de buurt. Je werkt in je eigen tempo, met pauzes als dat nodig is. De werkdag is duidelijk en voorspelbaar.\n\n' +
      'Voor beschut werk heb je een advies van UWV nodig. De gemeente of jij kunt dat advies aanvragen. Je hebt geen uitkering nodig. Is het advies positief? Dan moet de gemeente zorgen voor een plek. Soms is er een wachtlijst.',
    helpKinds: ['beschut-werk'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Beschut werk is er ook voor mensen zonder uitkering. Je hebt wel een positief advies beschut werk van UWV nodig.',
    eligibility:
      'Mensen uit de regio die alleen met veel begeleiding en aanpassingen kunnen werken, met een positief advies beschut werk van UWV.',
    howToApply:
      'Vraag je gemeente om bij UWV een advies beschut werk aan te vragen. Je kunt het advies ook zelf bij UWV aanvragen. Daarna meldt de gemeente je aan bij Veenkracht.',
    whoDecides: 'De gemeente beslist, na advies van UWV.',
    legalBasis: [PW_BESCHUT_WERK],
    url: 'https://example.org/demo/veenkracht/beschut-werk',
    email: 'info@example.org',
    phones: [{ number: '0591 000 501' }],
    area: regionArea(),
    locationKeys: ['demo-veenkracht-emmen', 'demo-veenkracht-hoogeveen'],
    schedules: [VEENKRACHT_HOURS],
    cost: { description: 'Gratis. Je krijgt loon voor je werk.' },
    waitTime: 'ongeveer 3 maanden na een positief advies',
    assuredDate: '2026-03-30',
    demo: true,
  },
  {
    key: 'demo-veenkracht-leerwerkplek',
    organizationKey: 'demo-werkbedrijf-veenkracht',
    name: 'Leerwerkplek met praktijkverklaring',
    summary:
      'Leer een vak in de praktijk, met een begeleider naast je. Je haalt een praktijkverklaring of een certificaat.',
    description:
      'Op een leerwerkplek leer je werken door het te doen. Je kiest een richting, zoals logistiek, groen, metaal, schoonmaak of catering. Een werkbegeleider leert je de taken stap voor stap. Je werkt aan een praktijkverklaring van een mbo-school, of aan een certificaat van de branche.\n\n' +
      'Je begint met een paar dagdelen per week. Als het goed gaat, bouw je je uren op. Elke maand praat je met je begeleider over hoe het gaat. Wat gaat goed? Wat is nog lastig? Zo zie je zelf dat je groeit.\n\n' +
      'Een leerwerkplek duurt meestal zes tot twaalf maanden. Daarna helpt Veenkracht je bij de stap naar een gewone werkgever.',
    helpKinds: ['scholing', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Je kunt een leerwerkplek krijgen zonder uitkering. De gemeente waar je woont betaalt de plek.',
    eligibility: 'Mensen vanaf 18 jaar uit de regio met een beperking, die een vak willen leren.',
    howToApply:
      'Vraag je consulent bij de gemeente of bij Werkpunt Drenthe om je aan te melden bij Veenkracht.',
    whoDecides:
      'De gemeente waar je woont beslist of zij de plek betaalt. Veenkracht kijkt samen met jou welke richting past.',
    url: 'https://example.org/demo/veenkracht/leerwerkplek',
    email: 'info@example.org',
    phones: [{ number: '0591 000 501' }],
    area: regionArea(),
    locationKeys: ['demo-veenkracht-emmen', 'demo-veenkracht-hoogeveen'],
    schedules: [VEENKRACHT_HOURS],
    cost: FREE,
    waitTime: 'ongeveer 3 weken',
    assuredDate: '2025-05-27',
    demo: true,
  },
  {
    key: 'demo-veenkracht-ontdektraject',
    organizationKey: 'demo-werkbedrijf-veenkracht',
    name: 'Ontdektraject: wat kan ik en wat past bij mij?',
    summary:
      'In acht weken ontdek je welk werk bij je past. Je probeert verschillend werk uit en praat over wat je merkt.',
    description:
      'Weet je niet goed wat je nog kunt sinds je ziek werd? Of heb je lang niet gewerkt? In het ontdektraject zoek je dat rustig uit. Het traject duurt acht weken, twee ochtenden per week.\n\n' +
      'Je probeert verschillend werk uit in de werkplaatsen van Veenkracht. Bijvoorbeeld werken met je handen, met de computer of met mensen. Een coach let op wat goed gaat en wat je energie kost. Je houdt een klein dagboek bij. Zo leer je je eigen grenzen beter kennen.\n\n' +
      'Aan het eind krijg je een verslag in gewone taal. Daarin staat wat je kunt, wat je nodig hebt en welk werk bij je past. Dat verslag is van jou. Jij beslist met wie je het deelt.',
    helpKinds: ['passend-werk-ontdekken', 'gezondheid-en-energie'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Het traject is ook voor mensen zonder uitkering. De gemeente waar je woont betaalt het.',
    eligibility: 'Inwoners van de regio vanaf 18 jaar die willen ontdekken welk werk bij hen past.',
    howToApply:
      'Vraag je consulent bij de gemeente of Werkpunt Drenthe om je aan te melden. Je krijgt dan eerst een kennismakingsgesprek bij Veenkracht.',
    whoDecides:
      'De gemeente waar je woont beslist over de betaling. Veenkracht plant het traject samen met jou.',
    url: 'https://example.org/demo/veenkracht/ontdektraject',
    email: 'info@example.org',
    phones: [{ number: '0591 000 501' }],
    area: regionArea(),
    locationKeys: ['demo-veenkracht-emmen', 'demo-veenkracht-hoogeveen'],
    schedules: [
      { description: 'dinsdag- en donderdagochtend van 9.00 tot 12.30 uur', byday: 'TU,TH', opensAt: '09:00', closesAt: '12:30' },
    ],
    cost: FREE,
    waitTime: 'de volgende groep start binnen 6 weken',
    assuredDate: '2026-05-05',
    demo: true,
  },
  {
    key: 'demo-stap-verder-jobcoaching-op-je-werk',
    organizationKey: 'demo-stap-verder-jobcoaching',
    name: 'Jobcoaching op je werk',
    summary:
      'Een jobcoach helpt je om je werk te leren en vol te houden. De jobcoach praat ook met je werkgever.',
    description:
      'Een nieuwe baan is spannend. Zeker als je een beperking hebt. Een jobcoach van Stap Verder helpt je op je werkplek. De jobcoach legt taken uit, helpt je met plannen en let op je energie. Zo kun je je werk goed doen en volhouden.\n\n' +
      'De jobcoach praat ook met je werkgever en je collega’s. Bijvoorbeeld over wat je nodig hebt, of over hoe zij je het beste kunnen helpen. Ontstaat er een probleem? Dan zoekt de jobcoach samen met jou en je werkgever naar een oplossing. In het begin komt de jobcoach vaak langs. Later wordt dat minder.\n\n' +
      'Heb je geen uitkering? Dan kan de gemeente of UWV de jobcoach betalen. Stap Verder zoekt samen met jou uit wie dat doet.',
    helpKinds: ['jobcoaching', 'werk-houden', 'beperking-bespreken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Je hebt geen uitkering nodig. Zonder uitkering betaalt meestal de gemeente of UWV de jobcoach.',
    eligibility: 'Mensen met een beperking in heel Drenthe die een baan hebben of bijna gaan beginnen.',
    howToApply:
      'Bel of mail Stap Verder. Je kunt ook je consulent of je werkgever vragen om je aan te melden.',
    whoDecides:
      'De gemeente of UWV beslist over de betaling. Daarna maken de jobcoachorganisatie en jij samen afspraken.',
    url: 'https://example.org/demo/stap-verder/jobcoaching',
    email: 'jobcoach@example.org',
    phones: [{ number: '0592 000 601' }],
    area: provinceArea(),
    locationKeys: ['demo-stap-verder-assen'],
    schedules: [OFFICE_HOURS],
    cost: { description: 'Gratis voor jou. De gemeente of UWV betaalt.' },
    waitTime: 'ongeveer 2 weken',
    assuredDate: '2026-06-08',
    demo: true,
  },
  {
    key: 'demo-stap-verder-baan-houden',
    organizationKey: 'demo-stap-verder-jobcoaching',
    name: 'Je baan houden: coaching bij NAH, autisme of LVB',
    summary:
      'Loopt het steeds mis op je werk? Een coach helpt je ontdekken waarom, en wat je nodig hebt om je baan te houden.',
    description:
      'Sommige mensen vinden wel werk, maar houden het niet vast. Het begint goed, maar na een paar maanden gaat het mis. Je weet niet precies wat de baas van je verwacht. Of het wordt je te veel en je valt uit. Dat is vervelend, vooral als je het graag zelf wilt kunnen.\n\n' +
      'In deze coaching kijk je samen met een coach naar je eerdere banen. Wat ging goed? Waar liep je vast? Je oefent met dingen die lastig zijn, zoals om hulp vragen, nee zeggen of je dag plannen. De coach maakt samen met jou een kaart met jouw afspraken. Die kaart kun je aan je werkgever laten zien.\n\n' +
      'De coaching past zich aan jou aan. Je bepaalt zelf hoe vaak en waar je afspreekt. Heb je een nieuwe baan? Dan kan de coach in het begin meekijken op je werk.',
    helpKinds: ['werk-houden', 'beperking-bespreken', 'jobcoaching'],
    limitations: ['nah', 'autisme', 'licht-verstandelijk'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Je hebt geen uitkering nodig. De gemeente waar je woont betaalt de coaching.',
    eligibility:
      'Mensen vanaf 18 jaar in Drenthe met NAH, autisme of een licht verstandelijke beperking, die moeite hebben om werk te houden.',
    howToApply:
      'Bel of mail Stap Verder voor een kennismaking. Daarna vraagt Stap Verder de betaling aan bij je gemeente.',
    whoDecides: 'De jobcoachorganisatie en jij samen. De gemeente beslist over de betaling.',
    url: 'https://example.org/demo/stap-verder/baan-houden',
    email: 'jobcoach@example.org',
    phones: [{ number: '0592 000 601' }],
    area: provinceArea(),
    locationKeys: ['demo-stap-verder-assen'],
    schedules: [OFFICE_HOURS],
    cost: { description: 'Gratis voor jou. De gemeente betaalt.' },
    assuredDate: '2024-11-12',
    demo: true,
  },
  {
    key: 'demo-koersvast-traject-op-maat',
    organizationKey: 'demo-koersvast-reintegratie',
    name: 'Re-integratietraject op maat',
    summary:
      'Een loopbaancoach begeleidt je in drie tot zes maanden naar passend werk. Met een duidelijk plan en vaste afspraken.',
    description:
      'Bij een re-integratietraject werk je met een vaste loopbaancoach aan een plan naar werk. Je begint met een paar gesprekken over wat je wilt en kunt. Soms doe je een test om je talenten en interesses te ontdekken. Daarna zoek je gericht naar vacatures.\n\n' +
      'Je coach helpt je met je cv, je brief en het oefenen van gesprekken. Koersvast heeft contact met veel werkgevers in Drenthe en Regio Zwolle. Ook met bedrijven die deeltijdbanen hebben, bijvoorbeeld in de ICT. Je coach kan je voorstellen aan een werkgever.\n\n' +
      'Koersvast werkt meestal in opdracht van de gemeente of UWV. Heb je geen uitkering? Vraag dan eerst aan je gemeente of zij het traject willen betalen. Dat verschilt per gemeente. Zelf betalen kan ook.',
    helpKinds: ['re-integratie-traject', 'werk-vinden', 'solliciteren'],
    limitations: [],
    openWithoutBenefit: 'onbekend',
    openWithoutBenefitExplanation:
      'Het hangt van je gemeente af of zij het traject betalen als je geen uitkering hebt. Vraag het na bij je gemeente.',
    eligibility: 'Werkzoekenden met een beperking of chronische ziekte uit Drenthe.',
    howToApply:
      'Vraag je consulent bij de gemeente of UWV om je aan te melden. Wil je het zelf betalen? Bel dan Koersvast voor een gratis kennismaking.',
    whoDecides:
      'De gemeente of UWV beslist of zij het traject betalen. Wat je in het traject doet, bepaal je samen met je coach.',
    url: 'https://example.org/demo/koersvast/traject',
    email: 'koersvast@example.org',
    phones: [{ number: '0528 000 701' }],
    area: provinceArea(),
    locationKeys: ['demo-koersvast-hoogeveen', 'demo-koersvast-meppel'],
    schedules: [OFFICE_HOURS],
    cost: { description: 'Gratis als de gemeente of UWV betaalt. Zelf betalen kan ook; vraag naar de prijs.' },
    waitTime: 'ongeveer 3 weken',
    assuredDate: '2026-01-09',
    demo: true,
  },
  {
    key: 'demo-koersvast-zzp-met-beperking',
    organizationKey: 'demo-koersvast-reintegratie',
    name: 'Werken als zelfstandige met een beperking',
    summary:
      'Een korte training voor zzp’ers met een beperking of chronische ziekte. Over energie, opdrachten, geld en praten over je situatie.',
    description:
      'Werk je voor jezelf, of wil je dat gaan doen? En heb je een ziekte of beperking? Dan loop je tegen eigen vragen aan. Hoeveel opdrachten kun je aan? Wat doe je als je een tijd niet kunt werken? En vertel je je klanten over je ziekte?\n\n' +
      'In deze training van vijf avonden praat je daarover met andere zzp’ers in dezelfde situatie. Een coach die zelf ondernemer is, geeft tips over plannen, prijzen en het verdelen van je energie. Je hoort ook welke regelingen er zijn, bijvoorbeeld bij de gemeente of bij UWV.\n\n' +
      'Na de training kun je nog twee keer een gesprek hebben met de coach over je eigen bedrijf.',
    helpKinds: ['zelfstandig-ondernemen', 'gezondheid-en-energie', 'lotgenoten'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'De training is open voor iedereen. De gemeenten in Drenthe betalen mee, dus een uitkering is niet nodig.',
    eligibility: 'Zelfstandigen en startende zelfstandigen met een beperking of chronische ziekte in Drenthe.',
    howToApply: 'Meld je aan via de website of bel Koersvast. Er zijn twaalf plekken per groep.',
    whoDecides: 'Je hoeft niets aan te vragen. Aanmelden is genoeg.',
    url: 'https://example.org/demo/koersvast/zzp',
    email: 'koersvast@example.org',
    phones: [{ number: '0528 000 701' }],
    area: provinceArea(),
    locationKeys: ['demo-koersvast-hoogeveen', 'demo-koersvast-meppel'],
    schedules: [
      {
        description: 'Vijf donderdagavonden van 19.00 tot 21.30 uur, twee keer per jaar',
        byday: 'TH',
        opensAt: '19:00',
        closesAt: '21:30',
      },
    ],
    cost: { description: 'Eigen bijdrage van 25 euro voor de hele training', amount: 25 },
    assuredDate: '2026-09-22',
    demo: true,
  },
  {
    key: 'demo-koersvast-beperking-bespreken',
    organizationKey: 'demo-koersvast-reintegratie',
    name: 'Training: praten over je beperking met een werkgever',
    summary:
      'Leer in drie bijeenkomsten hoe en wanneer je over je beperking vertelt. Je oefent met echte werkgevers.',
    description:
      'Vertel je in je brief dat je een beperking hebt? Of pas in het gesprek? En wat zeg je dan precies? Veel mensen vinden dit lastig. In deze training krijg je daar antwoord op.\n\n' +
      'Je werkt in een kleine groep van zes mensen. Samen met de trainer bedenk je wat jij wilt vertellen. Je legt uit wat je goed kunt en wat je nodig hebt, zonder dat je beperking de hoofdrol krijgt. In de derde bijeenkomst oefen je met echte werkgevers uit de regio. Die geven je eerlijke tips.\n\n' +
      'Je kunt de training ook alleen met de trainer volgen. Dat is fijn als een groep je te veel prikkels geeft.',
    helpKinds: ['beperking-bespreken', 'solliciteren'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Iedereen met een beperking uit Drenthe kan meedoen, ook zonder uitkering.',
    eligibility: 'Werkzoekenden met een beperking of chronische ziekte in Drenthe.',
    howToApply: 'Meld je aan via de website of bel Koersvast. Je krijgt eerst een kort kennismakingsgesprek.',
    whoDecides: 'Je hoeft niets aan te vragen. Aanmelden is genoeg.',
    url: 'https://example.org/demo/koersvast/beperking-bespreken',
    email: 'koersvast@example.org',
    phones: [{ number: '0528 000 701' }],
    area: provinceArea(),
    locationKeys: ['demo-koersvast-hoogeveen', 'demo-koersvast-meppel'],
    cost: FREE,
    assuredDate: '2025-07-08',
    demo: true,
  },
];
