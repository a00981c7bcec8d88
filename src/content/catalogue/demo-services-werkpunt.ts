// Demo region Drenthe: offers of Werkpunt Drenthe (regional werkcentrum) and
// of the Netwerk Inclusief Werkgeven Drenthe. Invented for the demo.

import type { ContentService } from '../types.ts';
import { FREE, PW_ART_7_1, WEEKDAYS, provinceArea, regionArea } from './demo-shared.ts';

const OFFICE_HOURS = {
  description: 'maandag tot en met vrijdag 9.00 tot 17.00 uur',
  byday: WEEKDAYS,
  opensAt: '09:00',
  closesAt: '17:00',
};

export const demoServicesWerkpunt: ContentService[] = [
  {
    key: 'demo-werkpunt-werk-zoeken',
    organizationKey: 'demo-werkpunt-drenthe',
    name: 'Hulp bij werk zoeken via Werkpunt Drenthe',
    summary:
      'Een werkconsulent helpt je een baan te vinden die past bij wat je kunt. Ook als je geen uitkering hebt.',
    description:
      'Zoek je werk en heb je een ziekte of beperking? Dan kun je bij Werkpunt Drenthe terecht. Je krijgt een vaste werkconsulent. Samen kijken jullie wat je kunt, wat je leuk vindt en hoeveel uur je wilt werken.\n\n' +
      'Werkpunt Drenthe kent veel werkgevers in de regio. Je consulent zoekt met je mee naar een werkgever die openstaat voor jou. Soms legt de consulent het eerste contact voor je. Je krijgt ook hulp bij je cv en bij het sollicitatiegesprek.\n\n' +
      'Je hebt geen uitkering nodig. Werkpunt Drenthe werkt voor de gemeenten in de regio, en die moeten ook mensen zonder uitkering helpen. Twijfel je of dit iets voor je is? Bel dan eerst voor een kort gesprek. Daar zit niets aan vast.',
    helpKinds: ['werk-vinden', 'open-werkgever', 'solliciteren'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Werkpunt Drenthe helpt iedereen uit de regio die werk zoekt en een beperking heeft. Een uitkering is niet nodig.',
    eligibility:
      'Inwoners van Borger-Odoorn, Coevorden, De Wolden, Emmen, Hoogeveen en Midden-Drenthe vanaf 18 jaar, die door ziekte of een beperking moeite hebben om werk te vinden.',
    howToApply:
      'Bel of mail Werkpunt Drenthe. Je kunt ook langskomen op het inloopspreekuur op dinsdagochtend. Je maakt dan een afspraak voor een eerste gesprek.',
    whoDecides: 'Jij en je werkconsulent samen.',
    legalBasis: [PW_ART_7_1],
    url: 'https://example.org/demo/werkpunt-drenthe/werk-zoeken',
    email: 'werkpunt@example.org',
    phones: [{ number: '0591 000 101' }],
    area: regionArea(),
    locationKeys: ['demo-werkpunt-drenthe-emmen', 'demo-werkpunt-drenthe-hoogeveen'],
    schedules: [
      OFFICE_HOURS,
      { description: 'Inloopspreekuur op dinsdag van 9.30 tot 11.30 uur', byday: 'TU', opensAt: '09:30', closesAt: '11:30' },
    ],
    cost: FREE,
    assuredDate: '2026-02-10',
    demo: true,
  },
  {
    key: 'demo-werkpunt-praktijkroute',
    organizationKey: 'demo-werkpunt-drenthe',
    name: 'In het doelgroepregister via de praktijkroute',
    summary:
      'Kun je door je beperking niet het minimumloon verdienen? Dan helpt Werkpunt Drenthe je om via je werkplek in het doelgroepregister te komen.',
    description:
      'Het doelgroepregister is een lijst die UWV bijhoudt. Sta je erin, dan tel je mee voor de banenafspraak. Een werkgever krijgt dan extra steun als hij jou aanneemt. Bijvoorbeeld geld, of zekerheid als je ziek wordt.\n\n' +
      'Bij de praktijkroute kijkt een deskundige op je werkplek wat je kunt. Dat heet een loonwaardemeting. Blijkt dat je minder kunt verdienen dan het minimumloon? Dan vraagt de gemeente bij UWV aan dat je in het register komt. Je hebt dus eerst een werkplek nodig, bijvoorbeeld een proefplaats.\n\n' +
      'Werkpunt Drenthe legt je uit wat het register voor jou betekent. Jij beslist zelf of je dit wilt. In het register staan zegt niets over je opleiding of je talent. Het is alleen een manier om makkelijker een baan te vinden.',
    helpKinds: ['inschrijven-registreren', 'werkgever-regelingen', 'open-werkgever'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Je hebt geen uitkering nodig om via de praktijkroute in het doelgroepregister te komen.',
    eligibility:
      'Mensen uit de regio die werk of een proefplaats hebben, en die door hun beperking waarschijnlijk niet het minimumloon kunnen verdienen.',
    howToApply:
      'Vraag je consulent bij Werkpunt Drenthe naar de praktijkroute. Heb je nog geen werkplek? Dan zoekt Werkpunt Drenthe eerst samen met jou een werkplek.',
    whoDecides: 'UWV beslist of je in het doelgroepregister komt. De gemeente vraagt dit aan na de loonwaardemeting.',
    url: 'https://example.org/demo/werkpunt-drenthe/praktijkroute',
    email: 'werkpunt@example.org',
    phones: [{ number: '0591 000 101' }],
    area: regionArea(),
    locationKeys: ['demo-werkpunt-drenthe-emmen', 'demo-werkpunt-drenthe-hoogeveen'],
    schedules: [OFFICE_HOURS],
    cost: FREE,
    waitTime: 'ongeveer 6 weken na de loonwaardemeting',
    assuredDate: '2025-06-12',
    demo: true,
  },
  {
    key: 'demo-werkpunt-proefplaats',
    organizationKey: 'demo-werkpunt-drenthe',
    name: 'Proefplaats bij een werkgever',
    summary:
      'Werk een paar weken mee bij een werkgever, nog zonder loon. Zo zien jullie allebei of het werk bij je past.',
    description:
      'Een proefplaats is een korte periode waarin je meewerkt bij een werkgever. Je krijgt dan nog geen loon. Jij ontdekt of het werk bij je past. De werkgever ziet wat je kunt. Het doel is dat je daarna een contract krijgt.\n\n' +
      'Werkpunt Drenthe zoekt de werkgever en maakt afspraken over je taken, je uren en de begeleiding. Een proefplaats duurt meestal twee maanden. Tijdens de proefplaats ben je verzekerd. Je consulent komt langs om te vragen hoe het gaat.\n\n' +
      'Heb je geen uitkering? Dan hangt het van je gemeente af of een proefplaats kan. Sommige gemeenten in de regio doen dit wel, andere nog niet. Vraag het daarom altijd na.',
    helpKinds: ['proefplaats', 'open-werkgever'],
    limitations: [],
    openWithoutBenefit: 'onbekend',
    openWithoutBenefitExplanation:
      'Zonder uitkering verschilt het per gemeente of je een proefplaats kunt krijgen. Werkpunt Drenthe zoekt dit voor je uit.',
    eligibility:
      'Werkzoekenden uit de regio met een beperking, die al een eerste gesprek bij Werkpunt Drenthe hebben gehad.',
    howToApply:
      'Vraag je consulent bij Werkpunt Drenthe naar een proefplaats. Samen kijken jullie welke werkgever bij je past.',
    whoDecides: 'De gemeente waar je woont beslist. De werkgever moet ook akkoord zijn.',
    url: 'https://example.org/demo/werkpunt-drenthe/proefplaats',
    email: 'werkpunt@example.org',
    phones: [{ number: '0591 000 101' }],
    area: regionArea(),
    locationKeys: ['demo-werkpunt-drenthe-emmen', 'demo-werkpunt-drenthe-hoogeveen'],
    schedules: [OFFICE_HOURS],
    cost: FREE,
    assuredDate: '2024-09-30',
    demo: true,
  },
  {
    key: 'demo-werkpunt-regelingen-werkgever',
    organizationKey: 'demo-werkpunt-drenthe',
    name: 'Uitleg over regelingen voor je werkgever',
    summary:
      'Hoor welke regelingen er zijn voor een werkgever die jou aanneemt. Zo sta je sterker in een gesprek.',
    description:
      'Een werkgever twijfelt soms om iemand met een beperking aan te nemen. Vaak weet hij niet dat er regelingen zijn die hem helpen. Bijvoorbeeld loonkostensubsidie, de no-riskpolis of een jobcoach. Bij Werkpunt Drenthe krijg je uitleg over die regelingen.\n\n' +
      'Je krijgt een kort overzicht op papier, in gewone woorden. Daarmee kun je zelf met een werkgever praten. Wil je dat liever niet alleen doen? Dan kan een adviseur van Werkpunt Drenthe meegaan, of de werkgever voor je bellen.\n\n' +
      'Je leert ook hoe je over je beperking kunt vertellen. Wat vertel je wel, en wat niet? En wanneer doe je dat? Jij bepaalt zelf wat je deelt.',
    helpKinds: ['werkgever-regelingen', 'beperking-bespreken', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'De uitleg is voor iedereen met een beperking uit de regio. Ook als je geen uitkering hebt.',
    eligibility: 'Werkzoekenden en werkenden met een beperking uit de regio, en hun werkgevers.',
    howToApply: 'Bel of mail Werkpunt Drenthe en vraag naar een adviseur werkgeversregelingen.',
    whoDecides: 'Je hoeft niets aan te vragen. Over een regeling zelf beslist de gemeente of UWV.',
    url: 'https://example.org/demo/werkpunt-drenthe/regelingen',
    email: 'werkpunt@example.org',
    phones: [{ number: '0591 000 101' }],
    area: regionArea(),
    locationKeys: ['demo-werkpunt-drenthe-emmen', 'demo-werkpunt-drenthe-hoogeveen'],
    schedules: [OFFICE_HOURS],
    cost: FREE,
    assuredDate: '2026-05-19',
    demo: true,
  },
  {
    key: 'demo-netwerk-meeloopdag',
    organizationKey: 'demo-netwerk-inclusief-werkgeven',
    name: 'Meeloopdag bij een open werkgever',
    summary:
      'Loop een dag mee bij een werkgever die mensen met een beperking een kans geeft. Zo ontdek je wat bij je past.',
    description:
      'Weet je nog niet goed welk werk bij je past? Dan kan een meeloopdag helpen. Je loopt een dag of een dagdeel mee bij een bedrijf uit het netwerk. Er doen bedrijven mee uit de zorg, de techniek, de logistiek, de ICT en de horeca.\n\n' +
      'Alle bedrijven in het netwerk staan open voor mensen met een beperking. Je mag vooraf zeggen wat je nodig hebt. Bijvoorbeeld een rustige plek, een korte dag of een vaste begeleider. Na afloop praat je na met iemand van het bedrijf.\n\n' +
      'Een meeloopdag is vrijblijvend. Je hoeft daarna niets. Soms volgt er een stage, een proefplaats of zelfs een baan.',
    helpKinds: ['open-werkgever', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Iedereen met een beperking die in Drenthe woont, kan zich aanmelden. Een uitkering is niet nodig.',
    eligibility: 'Mensen vanaf 16 jaar met een beperking of chronische ziekte, die in Drenthe wonen.',
    howToApply:
      'Meld je aan via de website of stuur een mail. Schrijf erbij welk soort werk je wilt zien. Het netwerk belt je binnen twee weken terug.',
    whoDecides: 'Het netwerk en het bedrijf kijken samen met jou of er een passende plek is.',
    url: 'https://example.org/demo/inclusief-werkgeven/meeloopdag',
    email: 'netwerk@example.org',
    phones: [{ number: '0528 000 401' }],
    area: provinceArea(),
    locationKeys: ['demo-netwerk-inclusief-werkgeven-hoogeveen'],
    cost: FREE,
    waitTime: 'ongeveer 4 weken',
    assuredDate: '2026-08-03',
    demo: true,
  },
  {
    key: 'demo-netwerk-banenmarkt',
    organizationKey: 'demo-netwerk-inclusief-werkgeven',
    name: 'Banenmarkt Iedereen Telt',
    summary:
      'Twee keer per jaar een banenmarkt met werkgevers die openstaan voor mensen met een beperking.',
    description:
      'Op de banenmarkt Iedereen Telt praat je direct met werkgevers. Alle werkgevers op de markt willen mensen met een beperking aannemen. Je kunt vragen stellen over vacatures, stages en werkplekken.\n\n' +
      'De banenmarkt is in het voorjaar en in het najaar, in Hoogeveen. Er is een rustige ruimte voor als het je te druk wordt. Je kunt je vooraf opgeven voor een rustig tijdslot, met minder mensen in de zaal. Vrijwilligers helpen je de weg te vinden.\n\n' +
      'Heb je een cv? Neem dan een paar kopieën mee. Heb je nog geen cv? Dan helpen vrijwilligers je ter plekke met een kort profiel van jezelf.',
    helpKinds: ['open-werkgever', 'solliciteren', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'De banenmarkt is open voor iedereen. Je hoeft geen uitkering te hebben.',
    eligibility: 'Iedereen met een beperking of chronische ziekte die werk zoekt.',
    howToApply: 'Je kunt gewoon binnenlopen. Wil je een rustig tijdslot? Meld je dan vooraf aan via de website.',
    whoDecides: 'Je hoeft niets aan te vragen. Een werkgever beslist zelf over een vacature.',
    url: 'https://example.org/demo/inclusief-werkgeven/banenmarkt',
    email: 'netwerk@example.org',
    phones: [{ number: '0528 000 401' }],
    area: provinceArea(),
    locationKeys: ['demo-netwerk-inclusief-werkgeven-hoogeveen'],
    schedules: [
      {
        description: 'Twee keer per jaar, op een zaterdag in april en in oktober, van 10.00 tot 15.00 uur',
        byday: 'SA',
        opensAt: '10:00',
        closesAt: '15:00',
      },
    ],
    cost: FREE,
    assuredDate: '2025-04-08',
    demo: true,
  },
];
