// Gemeente offers, part 2: beschut werk, bijstand (a pointer only), the
// praktijkroute into the doelgroepregister, cliëntondersteuning (Wmo), and
// two offers that depend on local policy (groeibanen, vrijwilligerswerk).

import type { ContentService } from '../types.ts';
import {
  ASSURED,
  ASSURED_OLD,
  FREE,
  PW_ART_10B_BESCHUT_WERK,
  PW_ART_11_BIJSTAND,
  PW_ART_7_1,
  WMO_ART_2_2_4_CLIENTONDERSTEUNING,
  paragraphs,
} from './national-shared.ts';

const NATIONAL = { scope: 'national' } as const;

export const gemeenteOtherServices: ContentService[] = [
  {
    key: 'beschut-werk',
    organizationKey: 'je-gemeente',
    name: 'Beschut werk',
    summary:
      'Betaald werk in een beschermde omgeving, met veel begeleiding en aanpassingen. Voor wie dat nodig heeft om te kunnen werken.',
    description: paragraphs(
      `Beschut werk is betaald werk met veel begeleiding en aangepaste omstandigheden.
       Het is voor mensen die zoveel hulp nodig hebben, dat je dat niet van een gewone werkgever kunt vragen.
       Je hebt een arbeidscontract en je krijgt loon. Vaak werk je bij een sociaal werkbedrijf, maar het kan ook bij een andere werkgever.`,
      `Voor beschut werk heb je een advies van UWV nodig: het advies beschut werk. Je gemeente kan dat advies aanvragen, maar je kunt het ook zelf doen.
       Is het advies positief? Dan moet je gemeente zorgen voor een beschutte werkplek.`,
      `In de praktijk zijn er soms wachtlijsten. Ook denken gemeenten er niet altijd zelf aan.
       Denk je dat beschut werk bij je past? Vraag er dan zelf naar. Je hebt er geen uitkering voor nodig.`,
    ),
    helpKinds: ['beschut-werk', 'werk-vinden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Beschut werk is voor mensen die onder de Participatiewet vallen. Een uitkering is geen voorwaarde.',
    eligibility:
      'Je valt onder de Participatiewet en je hebt zoveel begeleiding of aanpassing nodig dat een gewone werkgever dat niet kan bieden. UWV stelt dat vast in een advies.',
    howToApply:
      'Vraag je gemeente om bij UWV een advies beschut werk aan te vragen. Je kunt het advies ook zelf bij UWV aanvragen. ' +
      'Is het advies positief? Vraag je gemeente dan wanneer en waar je kunt beginnen.',
    whoDecides:
      'UWV geeft het advies. Daarna beslist je gemeente. Na een positief advies moet de gemeente je een beschutte werkplek bieden.',
    legalBasis: [PW_ART_10B_BESCHUT_WERK],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'bijstand',
    organizationKey: 'je-gemeente',
    name: 'Bijstand: geld om van te leven',
    summary:
      'Heb je te weinig geld om van te leven? Dan kun je bij je gemeente bijstand aanvragen. De gemeente kijkt naar je inkomen en je bezit.',
    description: paragraphs(
      `Bijstand is een uitkering van de gemeente voor mensen die niet genoeg geld hebben om van te leven. Het is een vangnet.
       De gemeente kijkt naar je inkomen, je spaargeld en ander bezit. Ook het inkomen van je partner telt mee.
       Woon je met anderen samen, bijvoorbeeld met je ouders? Dan kan dat gevolgen hebben voor de hoogte.`,
      `Krijg je bijstand, dan heb je ook plichten. Je moet bijvoorbeeld meewerken aan hulp naar werk.
       Heb je geen recht op bijstand, bijvoorbeeld omdat je partner werkt of omdat je spaargeld hebt? Dan kun je toch hulp naar werk krijgen van je gemeente.`,
      `Dit is een verwijzing. InBeeld rekent niet voor je uit of je recht hebt op bijstand. Dat beslist alleen je gemeente, na je aanvraag.`,
    ),
    helpKinds: ['rechten-en-geld'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Je kunt bijstand aanvragen als je nog geen uitkering hebt. Of je het krijgt, hangt af van je inkomen, je bezit en je woonsituatie.',
    eligibility:
      'Je woont in Nederland, je bent 18 jaar of ouder en je hebt niet genoeg inkomen of bezit om van te leven. ' +
      'Ben je jonger dan 27? Dan moet je meestal eerst vier weken zelf zoeken naar werk of een opleiding.',
    howToApply:
      'Vraag bijstand aan bij je gemeente. Vaak kan dat online met DigiD, maar het kan ook bij het gemeentehuis. Houd je bankafschriften en andere papieren bij de hand.',
    whoDecides:
      'Je gemeente beslist. Je krijgt een besluit. Ben je het daar niet mee eens? Dan kun je bezwaar maken.',
    legalBasis: [PW_ART_11_BIJSTAND],
    area: NATIONAL,
    assuredDate: ASSURED,
  },
  {
    key: 'doelgroepregister-praktijkroute',
    organizationKey: 'je-gemeente',
    name: 'Doelgroepregister via de praktijkroute van je gemeente',
    summary:
      'Via je gemeente kun je in het doelgroepregister komen. Een deskundige meet dan op je werkplek wat je kunt. Een aanvraag bij UWV is niet nodig.',
    description: paragraphs(
      `Het doelgroepregister is een lijst die UWV bijhoudt van mensen die onder de banenafspraak vallen.
       De banenafspraak is een afspraak tussen overheid en werkgevers over extra banen voor mensen met een arbeidsbeperking.
       Sta je in het register? Dan krijgt een werkgever voordelen als hij je aanneemt.`,
      `De praktijkroute is een manier om via je gemeente in het register te komen. Je werkt dan bij een werkgever, vaak tijdens een proefplaatsing.
       Een deskundige meet op je werkplek je loonwaarde, met een vaste methode. Blijkt dat je niet het minimumloon per uur kunt verdienen?
       Dan vraagt je gemeente UWV om je in het register te zetten.`,
      `Sommige mensen vinden de praktijkroute zwaar. Je werkt soms een tijd zonder loon. En kun je net iets te veel, dan kom je er niet in.
       Bespreek dit vooraf met je gemeente. Vraag ook naar de andere route: een beoordeling door UWV.`,
    ),
    helpKinds: ['inschrijven-registreren', 'werkgever-regelingen', 'open-werkgever'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. De praktijkroute is voor mensen die onder de Participatiewet vallen, ook als ze geen uitkering hebben.',
    eligibility:
      'Je valt onder de Participatiewet, je hebt een werkplek bij een werkgever en je kunt door je beperking niet het wettelijk minimumloon per uur verdienen.',
    howToApply:
      'Vraag je gemeente of de praktijkroute voor jou mogelijk is. De gemeente regelt de loonwaardemeting en vraagt UWV om je in het register te zetten.',
    whoDecides:
      'Een deskundige meet je loonwaarde op de werkplek. Daarna vraagt je gemeente UWV om je te registreren, en UWV zet je in het doelgroepregister.',
    legalBasis: [PW_ART_7_1],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'clientondersteuning',
    organizationKey: 'je-gemeente',
    name: 'Gratis cliëntondersteuning',
    summary:
      'Een cliëntondersteuner is een onafhankelijke helper. Die denkt met je mee en kan meegaan naar gesprekken met de gemeente of UWV.',
    description: paragraphs(
      `Gesprekken met de gemeente of UWV kunnen spannend zijn. Er komt veel informatie op je af.
       Een cliëntondersteuner helpt je daarbij. Die werkt niet voor de afdeling die over jouw aanvraag beslist, maar staat naast jou.`,
      `Een cliëntondersteuner helpt je om je vraag op een rij te zetten. Hij of zij kan mee naar een gesprek en helpt je de uitkomst te begrijpen.
       Dat kan gaan over werk en inkomen, maar ook over wonen, zorg of welzijn.`,
      `Elke gemeente moet zorgen dat er gratis cliëntondersteuning is. Dat staat in de Wet maatschappelijke ondersteuning (Wmo).
       Soms doet een welzijnsorganisatie dit, soms een getrainde vrijwilliger. Vraag bij je gemeente wie dat bij jou in de buurt is.`,
    ),
    helpKinds: ['clientondersteuning', 'informatie-en-advies', 'rechten-en-geld'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Cliëntondersteuning is er voor alle inwoners van de gemeente. Je hebt geen uitkering nodig.',
    eligibility: 'Iedereen die in de gemeente woont en hulp wil bij een vraag over werk, inkomen, zorg of wonen.',
    howToApply:
      'Vraag bij je gemeente of het wijkteam naar cliëntondersteuning. Je kunt ook zelf contact opnemen met de organisatie die het in jouw gemeente doet.',
    whoDecides: 'Je hoeft niets aan te vragen. Cliëntondersteuning is vrij toegankelijk.',
    legalBasis: [WMO_ART_2_2_4_CLIENTONDERSTEUNING],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'groeibanen',
    organizationKey: 'je-gemeente',
    name: 'Groeibanen',
    summary:
      'Bij een groeibaan begin je klein en met begeleiding. Je werk groeit mee met wat je kunt. Niet elke gemeente of regio heeft groeibanen.',
    description: paragraphs(
      `Een groeibaan is een baan waarin je rustig kunt groeien. Je begint bijvoorbeeld met een paar uur per week en met eenvoudige taken.
       Gaat het goed, dan krijg je meer uren of meer verantwoordelijkheid. Je krijgt begeleiding, zodat je niet alles alleen hoeft uit te zoeken.`,
      `Groeibanen zijn geen wettelijk recht. Ze bestaan alleen als je gemeente, je regio of werkgevers ze samen aanbieden.
       Soms heten ze anders, bijvoorbeeld leerwerkbaan of opstapbaan. De voorwaarden verschillen per plek.`,
      `Vraag bij je gemeente of bij het werkcentrum in je regio of er groeibanen zijn.
       Vraag ook of je zo’n baan kunt combineren met andere hulp, zoals een jobcoach of loonkostensubsidie.`,
    ),
    helpKinds: ['werk-vinden', 'open-werkgever', 'werk-houden'],
    limitations: [],
    openWithoutBenefit: 'onbekend',
    openWithoutBenefitExplanation:
      'Dat verschilt per plek. Het hangt af van de afspraken die je gemeente of regio heeft gemaakt.',
    eligibility: 'Dat verschilt per gemeente en per regio. Vaak zijn groeibanen bedoeld voor mensen die langere tijd niet hebben gewerkt.',
    howToApply: 'Vraag bij je gemeente of bij het werkcentrum in je regio of er groeibanen zijn, en hoe je je aanmeldt.',
    whoDecides: 'De organisatie die de groeibaan aanbiedt, vaak samen met je gemeente en de werkgever.',
    area: NATIONAL,
    assuredDate: ASSURED_OLD,
  },
  {
    key: 'vrijwilligerswerk',
    organizationKey: 'je-gemeente',
    name: 'Vrijwilligerswerk',
    summary:
      'Met vrijwilligerswerk doe je mee, bouw je ritme op en doe je ervaring op. In veel gemeenten helpt een vrijwilligerscentrale je een plek te vinden.',
    description: paragraphs(
      `Vrijwilligerswerk is onbetaald werk. Je kunt het in je eigen tempo doen, vaak een paar uur per week.
       Het helpt om ritme op te bouwen, mensen te ontmoeten en te ontdekken wat je leuk vindt en wat je aankunt. Het staat ook goed op je cv.`,
      `In veel gemeenten is er een vrijwilligerscentrale of een welzijnsorganisatie. Die helpt je een plek te vinden die bij je past.
       Soms kan je gemeente vrijwilligerswerk ook een plek geven in je plan naar werk.`,
      `Let op: met vrijwilligerswerk verdien je geen loon. Soms krijg je een kleine vergoeding.
       Heb je een uitkering of toeslagen? Vraag dan eerst na of een vergoeding gevolgen voor je heeft.`,
    ),
    helpKinds: ['vrijwilligerswerk', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation: 'Ja. Iedereen kan vrijwilligerswerk doen. Je hebt er geen uitkering voor nodig.',
    eligibility: 'Iedereen die onbetaald wil meedoen. De eisen verschillen per plek.',
    howToApply:
      'Zoek op internet naar de vrijwilligerscentrale in je gemeente, of vraag ernaar bij je gemeente of het wijkteam.',
    whoDecides: 'De organisatie waar je vrijwilligerswerk wilt doen.',
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
];
