// Demo region Drenthe: cliëntondersteuning (Naast Je), peer groups
// (Platform Ervaringskracht), welfare (Welzijn Veenmarke) and transport to
// work (Werkrit Drenthe). Invented for the demo.

import type { ContentService } from '../types.ts';
import { FREE, GM, WEEKDAYS, WMO_CLIENTONDERSTEUNING, gemeenteArea, provinceArea } from './demo-shared.ts';

export const demoServicesWelzijn: ContentService[] = [
  {
    key: 'demo-naast-je-ondersteuning',
    organizationKey: 'demo-naast-je-clientondersteuning',
    name: 'Onafhankelijke cliëntondersteuning',
    summary:
      'Een cliëntondersteuner denkt gratis met je mee en kan meegaan naar gesprekken met de gemeente of UWV.',
    description:
      'Soms weet je niet waar je recht op hebt. Of je ziet op tegen een gesprek met de gemeente of UWV. Dan kan een cliëntondersteuner helpen. Die werkt niet voor de gemeente of UWV, maar staat naast jou.\n\n' +
      'De cliëntondersteuner luistert naar je vraag en zoekt uit welke hulp er is. Bijvoorbeeld hulp naar werk, ook als je geen uitkering hebt. Of hulp bij geld en regels. Ga je naar een gesprek? Dan bereid je dat samen voor. De cliëntondersteuner kan ook meegaan en aantekeningen maken.\n\n' +
      'De hulp is gratis. Je kunt afspreken op kantoor, bij je thuis, via de telefoon of via beeldbellen.',
    helpKinds: ['clientondersteuning', 'rechten-en-geld', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Iedereen mag gratis een cliëntondersteuner vragen. De gemeente betaalt dit. Een uitkering is niet nodig.',
    eligibility: 'Alle inwoners van de twaalf Drentse gemeenten.',
    howToApply: 'Bel of mail Naast Je. Je krijgt binnen een week een cliëntondersteuner.',
    whoDecides: 'Jij. De cliëntondersteuner helpt alleen als jij dat wilt.',
    legalBasis: [WMO_CLIENTONDERSTEUNING],
    url: 'https://example.org/demo/naast-je',
    email: 'naastje@example.org',
    phones: [{ number: '0528 000 111' }],
    area: provinceArea(),
    locationKeys: ['demo-naast-je-hoogeveen', 'demo-naast-je-online'],
    schedules: [
      { description: 'maandag tot en met vrijdag 9.00 tot 16.00 uur', byday: WEEKDAYS, opensAt: '09:00', closesAt: '16:00' },
    ],
    cost: FREE,
    waitTime: 'binnen een week',
    assuredDate: '2026-05-26',
    demo: true,
  },
  {
    key: 'demo-ervaringskracht-nah-en-werk',
    organizationKey: 'demo-ervaringskracht-drenthe',
    name: 'Lotgenotengroep NAH en werk',
    summary: 'Praat met anderen met hersenletsel over werk, energie en prikkels. Elke maand in Assen.',
    description:
      'Na een hersenletsel is werken vaak anders dan vroeger. Je raakt sneller moe, vergeet dingen of hebt last van drukte. Anderen zien dat niet altijd. In deze groep praat je met mensen die hetzelfde meemaken.\n\n' +
      'De groep komt één keer per maand bij elkaar, in een rustige zaal in Assen. Een vrijwilliger met NAH leidt de middag. Er is steeds een thema, zoals: hoe vertel ik mijn baas wat ik nodig heb? Of: hoe houd ik mijn werkdag vol? Er is genoeg tijd voor pauze. Je mag ook alleen luisteren.\n\n' +
      'Je mag een partner of familielid meenemen. Zij hebben vaak ook vragen.',
    helpKinds: ['lotgenoten', 'beperking-bespreken', 'gezondheid-en-energie'],
    limitations: ['nah'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Iedereen met NAH is welkom, met of zonder uitkering.',
    eligibility: 'Mensen met niet-aangeboren hersenletsel in Drenthe, en hun naasten.',
    howToApply: 'Stuur een mail of bel even van tevoren, zodat er genoeg koffie is. Je kunt ook gewoon komen.',
    whoDecides: 'Je hoeft niets aan te vragen. Iedereen met NAH is welkom.',
    url: 'https://example.org/demo/ervaringskracht/nah',
    email: 'ervaringskracht@example.org',
    phones: [{ number: '0592 000 121' }],
    area: provinceArea(),
    locationKeys: ['demo-ervaringskracht-assen'],
    schedules: [
      {
        description: 'Elke tweede woensdag van de maand van 14.00 tot 16.00 uur',
        byday: 'WE',
        opensAt: '14:00',
        closesAt: '16:00',
      },
    ],
    cost: FREE,
    assuredDate: '2026-07-21',
    demo: true,
  },
  {
    key: 'demo-ervaringskracht-moe-en-werken',
    organizationKey: 'demo-ervaringskracht-drenthe',
    name: 'Lotgenotengroep Moe en toch werken',
    summary:
      'Voor mensen met long covid, ME/CVS of een andere ziekte die veel moeheid geeft. Je deelt ervaringen en tips over werk.',
    description:
      'Ben je altijd moe door long covid, ME/CVS of een andere ziekte? En wil je toch werken, of blijven werken? Dan ben je welkom in deze groep. Je merkt snel dat je niet de enige bent.\n\n' +
      'De groep komt om de twee weken bij elkaar in Hoogeveen. Er is ook een online groep, voor als reizen te veel energie kost. Je praat over wat je tegenkomt. Bijvoorbeeld weinig begrip bij een werkgever, of geen recht op een uitkering. Deelnemers geven elkaar tips over regelingen, werken in deeltijd en werken als zzp’er.\n\n' +
      'De bijeenkomsten duren maar anderhalf uur. Er zijn fijne stoelen en er is een rustruimte. Je mag altijd eerder weggaan.',
    helpKinds: ['lotgenoten', 'gezondheid-en-energie'],
    limitations: ['energie-vermoeidheid', 'chronische-ziekte'],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'De groep is voor iedereen. Veel deelnemers hebben zelf geen uitkering.',
    eligibility: 'Mensen in Drenthe met een ziekte die veel vermoeidheid geeft, die willen werken of al werken.',
    howToApply: 'Meld je aan via de website. Je krijgt dan de data en de link voor de online groep.',
    whoDecides: 'Je hoeft niets aan te vragen. Aanmelden is genoeg.',
    url: 'https://example.org/demo/ervaringskracht/moe-en-werken',
    email: 'ervaringskracht@example.org',
    phones: [{ number: '0592 000 121' }],
    area: provinceArea(),
    locationKeys: ['demo-ervaringskracht-hoogeveen'],
    schedules: [
      { description: 'Om de twee weken op donderdag van 10.30 tot 12.00 uur', byday: 'TH', opensAt: '10:30', closesAt: '12:00' },
    ],
    cost: FREE,
    assuredDate: '2026-01-14',
    demo: true,
  },
  {
    key: 'demo-ervaringskracht-spreekuur',
    organizationKey: 'demo-ervaringskracht-drenthe',
    name: 'Spreekuur met een ervaringsdeskundige',
    summary:
      'Praat één op één met iemand die zelf een beperking heeft en weet hoe het is om werk te zoeken.',
    description:
      'Soms wil je eerst praten met iemand die weet hoe het is. Iemand die zelf een ziekte of beperking heeft en ook werk heeft gezocht. Bij dit spreekuur kan dat. Je praat één op één, en er wordt niets over je opgeschreven.\n\n' +
      'De ervaringsdeskundige luistert en vertelt over eigen ervaringen. Bijvoorbeeld over praten met een werkgever, over het doelgroepregister of over hulp van de gemeente. Wil je daarna verder? Dan helpt de ervaringsdeskundige je om de juiste plek te vinden. Soms gaat hij of zij mee naar een eerste gesprek.\n\n' +
      'Het spreekuur is in Assen en in Hoogeveen. Bellen kan ook.',
    helpKinds: ['informatie-en-advies', 'beperking-bespreken', 'lotgenoten'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Het spreekuur is voor iedereen met een beperking, ook zonder uitkering.',
    eligibility: 'Iedereen in Drenthe met een ziekte of beperking die vragen heeft over werk.',
    howToApply: 'Loop binnen tijdens het spreekuur of bel voor een belafspraak.',
    whoDecides: 'Je hoeft niets aan te vragen.',
    url: 'https://example.org/demo/ervaringskracht/spreekuur',
    email: 'ervaringskracht@example.org',
    phones: [{ number: '0592 000 121' }],
    area: provinceArea(),
    locationKeys: ['demo-ervaringskracht-assen', 'demo-ervaringskracht-hoogeveen'],
    schedules: [
      { description: 'Assen: dinsdag van 10.00 tot 12.00 uur', byday: 'TU', opensAt: '10:00', closesAt: '12:00' },
      { description: 'Hoogeveen: vrijdag van 10.00 tot 12.00 uur', byday: 'FR', opensAt: '10:00', closesAt: '12:00' },
    ],
    cost: FREE,
    assuredDate: '2026-06-16',
    demo: true,
  },
  {
    key: 'demo-veenmarke-vrijwilligerswerk',
    organizationKey: 'demo-welzijn-veenmarke',
    name: 'Vrijwilligerswerk vinden dat bij je past',
    summary:
      'De vrijwilligerscentrale helpt je een plek te vinden waar je kunt meedoen, ritme kunt opbouwen en ervaring kunt opdoen.',
    description:
      'Vrijwilligerswerk kan een goede stap zijn op weg naar betaald werk. Je bouwt ritme op, leert nieuwe mensen kennen en ontdekt wat je leuk vindt. En het staat goed op je cv. De vrijwilligerscentrale van Welzijn Veenmarke helpt je een plek te vinden.\n\n' +
      'Een medewerker vraagt wat je leuk vindt, wat je kunt en hoeveel tijd en energie je hebt. Daarna zoek je samen in de vacaturebank. Er zijn veel plekken, bijvoorbeeld in de sport, de natuur, de bibliotheek of in een buurthuis. Je mag eerst een keer meelopen.\n\n' +
      'Heb je hulp nodig op je plek? Dan kan de centrale een vast maatje voor je regelen.',
    helpKinds: ['vrijwilligerswerk', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Iedereen kan vrijwilligerswerk doen. Zonder uitkering hoef je ook niemand om toestemming te vragen.',
    eligibility: 'Inwoners van Emmen, Coevorden en Borger-Odoorn vanaf 16 jaar.',
    howToApply: 'Loop binnen, bel of kijk in de vacaturebank op de website. Je krijgt dan een afspraak.',
    whoDecides: 'Jij en de organisatie waar je vrijwilligerswerk gaat doen.',
    url: 'https://example.org/demo/veenmarke/vrijwilligerswerk',
    email: 'veenmarke@example.org',
    phones: [{ number: '0591 000 131' }],
    area: gemeenteArea(GM.emmen, GM.coevorden, GM.borgerOdoorn),
    locationKeys: ['demo-veenmarke-emmen', 'demo-veenmarke-coevorden'],
    schedules: [
      { description: 'maandag tot en met donderdag 9.00 tot 16.00 uur', byday: 'MO,TU,WE,TH', opensAt: '09:00', closesAt: '16:00' },
    ],
    cost: FREE,
    assuredDate: '2025-12-04',
    demo: true,
  },
  {
    key: 'demo-veenmarke-geldloket',
    organizationKey: 'demo-welzijn-veenmarke',
    name: 'Geldloket: hulp bij geldzaken en regelingen',
    summary:
      'Vragen over geld, toeslagen of regelingen? Bij het Geldloket helpt een vrijwilliger je om alles op een rij te zetten.',
    description:
      'Heb je geen werk en geen uitkering? Dan moet je vaak rondkomen van weinig, of van het inkomen van je partner. Dan is het belangrijk om goed te weten waar je recht op hebt. Bij het Geldloket helpen getrainde vrijwilligers je daarbij.\n\n' +
      'Samen kijk je naar je inkomsten en uitgaven. De vrijwilliger helpt je met formulieren, bijvoorbeeld voor toeslagen of een regeling van de gemeente. Je krijgt ook tips om geld te besparen. Zijn er schulden? Dan helpt het Geldloket je op weg naar de schuldhulp van de gemeente.\n\n' +
      'Neem je post en je bankafschriften mee naar het eerste gesprek. Wat je vertelt, blijft tussen jou en de vrijwilliger.',
    helpKinds: ['rechten-en-geld', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Het Geldloket helpt iedereen, met of zonder uitkering.',
    eligibility: 'Inwoners van Emmen en Coevorden met vragen over geld.',
    howToApply: 'Loop binnen tijdens de inloop of bel voor een afspraak.',
    whoDecides: 'Je hoeft niets aan te vragen. Over een toeslag of regeling beslist de instantie die hem geeft.',
    url: 'https://example.org/demo/veenmarke/geldloket',
    email: 'veenmarke@example.org',
    phones: [{ number: '0591 000 132', description: 'Geldloket' }],
    area: gemeenteArea(GM.emmen, GM.coevorden),
    locationKeys: ['demo-veenmarke-emmen', 'demo-veenmarke-coevorden'],
    schedules: [
      { description: 'Inloop op dinsdag en vrijdag van 9.30 tot 12.00 uur', byday: 'TU,FR', opensAt: '09:30', closesAt: '12:00' },
    ],
    cost: FREE,
    assuredDate: '2026-10-15',
    demo: true,
  },
  {
    key: 'demo-werkrit-werkvervoer',
    organizationKey: 'demo-werkrit-drenthe',
    name: 'Werkvervoer: een rit naar je werk',
    summary:
      'Kun je door je beperking niet zelf of met de bus naar je werk? Werkrit Drenthe brengt je erheen en haalt je weer op.',
    description:
      'Niet iedereen kan zelf naar het werk reizen. Bijvoorbeeld omdat je door je beperking niet kunt autorijden, of omdat de bus in jouw dorp te weinig rijdt. Werkrit Drenthe brengt je met een busje naar je werk, leerwerkplek of vrijwilligerswerk. En weer terug.\n\n' +
      'Je rijdt vaak samen met een paar andere mensen. De chauffeurs weten hoe ze mensen met een beperking goed kunnen helpen. De busjes hebben een rolstoellift. Je rit is elke dag op een vaste tijd. Zo weet je waar je aan toe bent.\n\n' +
      'Werk je met een contract? Dan kun je bij UWV of de gemeente vragen of zij je ritten betalen. Lukt dat niet? Dan betaal je zelf een eigen bijdrage per rit.',
    helpKinds: ['vervoer'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Je kunt mee zonder uitkering. Wie de ritten betaalt, hangt af van je situatie.',
    eligibility:
      'Mensen in Drenthe die door hun beperking niet zelf of niet met het openbaar vervoer naar hun werk, leerwerkplek of vrijwilligerswerk kunnen.',
    howToApply: 'Bel Werkrit Drenthe. Vertel waar je woont, waar je heen moet en op welke dagen.',
    whoDecides: 'Werkrit Drenthe plant je ritten. Over het betalen beslist UWV of de gemeente.',
    url: 'https://example.org/demo/werkrit',
    email: 'werkrit@example.org',
    phones: [{ number: '0528 000 141' }],
    area: provinceArea(),
    locationKeys: ['demo-werkrit-hoogeveen'],
    schedules: [
      { description: 'Ritten op werkdagen tussen 6.30 en 19.00 uur', byday: WEEKDAYS, opensAt: '06:30', closesAt: '19:00' },
    ],
    cost: { description: 'Eigen bijdrage van 2,50 euro per rit, als de gemeente of UWV niet betaalt', amount: 2.5 },
    waitTime: 'ongeveer 2 weken tot je eerste rit',
    assuredDate: '2026-09-01',
    demo: true,
  },
];
