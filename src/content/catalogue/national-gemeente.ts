// Gemeente instruments under the Participatiewet (werkkaart A1-A5), part 1.
// They hold in every gemeente, so the area is national and the organisation
// is the generic 'je-gemeente'. How much is offered differs per gemeente:
// the descriptions say so where it matters.

import type { ContentService } from '../types.ts';
import {
  ASSURED,
  FREE,
  PW_ART_10,
  PW_ART_10D_LKS,
  PW_ART_7_1,
  PW_ART_8A_BREED_OFFENSIEF,
  paragraphs,
} from './national-shared.ts';

const NATIONAL = { scope: 'national' } as const;

export const gemeenteWorkServices: ContentService[] = [
  {
    key: 'ondersteuning-naar-werk',
    organizationKey: 'je-gemeente',
    name: 'Hulp naar werk van je gemeente, ook zonder uitkering',
    summary:
      'Heb je een arbeidsbeperking en geen uitkering? Dan heb je toch recht op hulp naar werk van je gemeente. Je mag die hulp zelf aanvragen.',
    description: paragraphs(
      `Veel mensen denken dat de gemeente alleen helpt als je een uitkering hebt. Dat klopt niet.
       Volgens de Participatiewet moet je gemeente ook mensen zonder uitkering helpen om werk te vinden.
       Het gaat om mensen die willen werken, maar geen recht hebben op een uitkering.`,
      `Sinds 1 juli 2023 geldt de Wet breed offensief. Daardoor moet elke gemeente in een regeling opschrijven welke hulp er is en hoe je die aanvraagt.
       Die regeling heet de re-integratieverordening. Je hebt het recht om zelf een aanvraag te doen.
       De gemeente mag hulp niet zonder goede reden weigeren. Wel mag de gemeente voorwaarden stellen, bijvoorbeeld over de kosten.`,
      `Heb je geen uitkering, dan heb je ook geen plichten. Je hoeft niet te solliciteren en je krijgt geen straf (sanctie).
       Maak je afspraken en kom je die niet na? Dan kan de gemeente wel stoppen met de hulp.
       Je hoeft niet in het doelgroepregister te staan om hulp te krijgen.`,
    ),
    helpKinds: ['rechten-en-geld', 're-integratie-traject', 'werk-vinden', 'informatie-en-advies'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. De wet noemt mensen zonder uitkering met zoveel woorden. De gemeente moet ook hen helpen bij het vinden van werk.',
    eligibility:
      'Iedereen die in de gemeente woont, wil werken en hulp nodig heeft om werk te vinden of te houden. Ook zonder uitkering en ook zonder plek in het doelgroepregister.',
    howToApply:
      'Neem contact op met je gemeente en zeg dat je hulp naar werk wilt aanvragen. Doe dat het liefst per brief of e-mail en vraag om een bevestiging. ' +
      'Vraag ook naar de re-integratieverordening: daarin staat welke hulp er is. Je mag iemand meenemen naar het gesprek, bijvoorbeeld een cliëntondersteuner.',
    whoDecides:
      'Het college van burgemeester en wethouders van je gemeente. Op je aanvraag krijg je een besluit. Ben je het daar niet mee eens? Dan kun je bezwaar maken.',
    legalBasis: [PW_ART_7_1, PW_ART_8A_BREED_OFFENSIEF],
    url: 'https://www.rijksoverheid.nl/onderwerpen/participatiewet',
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'loonkostensubsidie',
    organizationKey: 'je-gemeente',
    name: 'Loonkostensubsidie',
    summary:
      'Kun je door je beperking niet het volle minimumloon verdienen? Dan kan je werkgever geld van de gemeente krijgen. Jij krijgt gewoon loon.',
    description: paragraphs(
      `Loonkostensubsidie (LKS) is geld dat je werkgever van de gemeente krijgt. Het is voor mensen die door hun beperking minder kunnen doen in dezelfde tijd.
       Je werkgever betaalt jou gewoon loon, minstens het minimumloon. De gemeente betaalt je werkgever het verschil tussen wat jouw werk waard is en je loon.`,
      `Wat je werk waard is, meet een deskundige op je werkplek. Dat heet een loonwaardemeting. Je loonwaarde is een percentage van het minimumloon.
       Is je loonwaarde bijvoorbeeld 60 procent? Dan krijgt je werkgever subsidie voor de andere 40 procent.
       Zo wordt het voor een werkgever makkelijker om je aan te nemen.`,
      `Loonkostensubsidie is niet alleen voor mensen met een uitkering. Het is ook niet alleen voor mensen in het doelgroepregister: de wet legt die grens niet.
       Wel mag je gemeente eigen regels maken. Let op: in sommige cao’s geldt voor werk met loonkostensubsidie een aparte, lagere loonschaal.`,
    ),
    helpKinds: ['werkgever-regelingen', 'werk-vinden', 'open-werkgever'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. De wet koppelt loonkostensubsidie niet aan een uitkering. Wie onder de Participatiewet valt en niet het volle minimumloon kan verdienen, kan ervoor in aanmerking komen.',
    eligibility:
      'Je valt onder de Participatiewet (ook zonder uitkering) en je kunt door je beperking met een volledige baan niet het wettelijk minimumloon verdienen. Er is een werkgever die je in dienst wil nemen.',
    howToApply:
      'Vraag loonkostensubsidie aan bij je gemeente, samen met de werkgever die je wil aannemen. Doe dat op tijd, het liefst voordat je begint. ' +
      'De gemeente laat dan je loonwaarde meten op de werkplek.',
    whoDecides:
      'Je gemeente beslist of je tot de doelgroep hoort en hoe hoog de subsidie is. Een deskundige meet je loonwaarde volgens een vaste methode.',
    legalBasis: [PW_ART_7_1, PW_ART_10D_LKS],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'jobcoaching-gemeente',
    organizationKey: 'je-gemeente',
    name: 'Jobcoach via je gemeente',
    summary:
      'Een jobcoach helpt je op je werk om het werk te leren en vol te houden. Je gemeente kan een jobcoach regelen, ook als je geen uitkering hebt.',
    description: paragraphs(
      `Een jobcoach begeleidt je op je werkplek. De jobcoach helpt je het werk te leren en denkt mee als iets lastig is.
       De jobcoach praat ook met je werkgever en je collega’s, bijvoorbeeld over wat je nodig hebt. Zo wordt de kans groter dat je je baan houdt.`,
      `Je gemeente kan een jobcoach inzetten als je werk hebt gevonden. Soms werkt die jobcoach bij de gemeente, soms bij een bureau.
       Sinds de Wet breed offensief (1 juli 2023) moet je gemeente in een regeling vastleggen hoe je jobcoaching aanvraagt.
       Die hulp is er voor iedereen die onder de Participatiewet valt, dus ook voor mensen zonder uitkering.`,
      `Hoeveel uur je krijgt en hoe lang, verschilt per gemeente. Vaak gaat het om een paar uur per maand, meestal hoogstens twee jaar.
       Vraag het daarom altijd na bij je eigen gemeente.`,
    ),
    helpKinds: ['jobcoaching', 'werk-houden', 'beperking-bespreken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Jobcoaching is een voorziening van de Participatiewet. Gemeenten moeten die ook beschikbaar maken voor mensen zonder uitkering.',
    eligibility:
      'Je hebt een arbeidsbeperking, je hebt werk of een baan in het vooruitzicht en je valt onder de Participatiewet. Een uitkering is niet nodig.',
    howToApply:
      'Vraag een jobcoach aan bij je gemeente, het liefst samen met je werkgever. Doe dat zo vroeg mogelijk, bijvoorbeeld zodra je een baan aangeboden krijgt.',
    whoDecides:
      'Je gemeente, volgens de regels in de re-integratieverordening. Je krijgt een besluit. Daartegen kun je bezwaar maken.',
    legalBasis: [PW_ART_10, PW_ART_8A_BREED_OFFENSIEF],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 're-integratie-gemeente',
    organizationKey: 'je-gemeente',
    name: 'Trainingen en trajecten naar werk via je gemeente',
    summary:
      'Je gemeente kan je helpen met een training, een cursus, hulp bij solliciteren of een traject naar werk. Dat kan ook zonder uitkering.',
    description: paragraphs(
      `Je gemeente heeft veel manieren om je op weg te helpen naar werk. Denk aan een sollicitatietraining, een cursus of een opleiding.
       Of een traject met een vaste begeleider, die stap voor stap met je naar werk toe werkt.
       Soms hoort er een werkervaringsplek bij, waar je ritme opbouwt en het werk leert kennen. Ook een premie als steuntje in de rug kan erbij horen.`,
      `Deze hulp is in principe voor iedereen die onder de Participatiewet valt. Een uitkering is dus niet nodig.
       De gemeente kijkt samen met jou wat je nodig hebt. Dat schrijven jullie op in een plan van aanpak: een plan met afspraken over de stappen naar werk.`,
      `Gemeenten mogen zelf kiezen hoe ze hun geld voor deze hulp verdelen. Ze mogen een aanvraag niet zomaar weigeren, maar wel voorwaarden stellen.
       Een dure opleiding kan bijvoorbeeld worden afgewezen als de kosten te hoog zijn. Vraag dan altijd om uitleg en om een besluit op papier.`,
    ),
    helpKinds: ['re-integratie-traject', 'scholing', 'solliciteren', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. De gewone instrumenten van de Participatiewet zijn in principe voor iedereen die eronder valt, met of zonder uitkering.',
    eligibility:
      'Je woont in de gemeente, je wilt werken en je hebt hulp nodig om werk te vinden. Wat je precies kunt krijgen, staat in de re-integratieverordening van je gemeente.',
    howToApply:
      'Vraag bij je gemeente om een gesprek over hulp naar werk. Vertel wat je wilt en wat je nodig hebt. Vraag daarna om een plan van aanpak met duidelijke afspraken.',
    whoDecides:
      'Je gemeente beslist welke hulp je krijgt. Dat gebeurt volgens de re-integratieverordening. Op een aanvraag krijg je een besluit waartegen je bezwaar kunt maken.',
    legalBasis: [PW_ART_7_1, PW_ART_10, PW_ART_8A_BREED_OFFENSIEF],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'proefplaatsing',
    organizationKey: 'je-gemeente',
    name: 'Proefplaatsing bij een werkgever',
    summary:
      'Je werkt een korte tijd zonder loon bij een werkgever, om te kijken of het werk past. Het doel is dat je daarna een contract krijgt.',
    description: paragraphs(
      `Bij een proefplaatsing werk je een tijdje bij een werkgever, zonder dat je in dienst bent. Je krijgt in die tijd geen loon.
       Zo kunnen jij en de werkgever zien of het werk bij je past. De werkgever moet van plan zijn om je daarna aan te nemen.
       Een proefplaatsing duurt meestal kort, vaak ongeveer twee maanden. Soms mag het langer.`,
      `Je gemeente regelt de proefplaatsing. Vaak meet een deskundige in die tijd ook je loonwaarde.
       Die meting is nodig voor loonkostensubsidie, of voor de praktijkroute naar het doelgroepregister.`,
      `Let op: heb je geen uitkering, dan heb je tijdens de proefplaatsing geen inkomen. Bespreek vooraf met je gemeente wat dat voor jou betekent.
       Vraag ook of je reiskosten vergoed krijgt en of er al een jobcoach kan meehelpen. Dat verschilt per gemeente.`,
    ),
    helpKinds: ['proefplaats', 'open-werkgever', 'passend-werk-ontdekken'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. De proefplaatsing is een instrument van de Participatiewet en staat in principe open voor iedereen die eronder valt. Zonder uitkering heb je in die tijd wel geen inkomen.',
    eligibility:
      'Je valt onder de Participatiewet en er is een werkgever die je na de proefplaatsing wil aannemen. Je gemeente bepaalt de verdere voorwaarden.',
    howToApply:
      'Vraag bij je gemeente of een proefplaatsing mogelijk is. Heb je zelf al een werkgever gevonden? Neem die dan mee in het gesprek.',
    whoDecides:
      'Je gemeente beslist of de proefplaatsing doorgaat en hoe lang die duurt. De werkgever moet er ook mee instemmen.',
    legalBasis: [PW_ART_7_1, PW_ART_8A_BREED_OFFENSIEF],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
  {
    key: 'werkvoorzieningen-gemeente',
    organizationKey: 'je-gemeente',
    name: 'Aanpassingen en hulpmiddelen voor je werk via je gemeente',
    summary:
      'Heb je door je beperking iets nodig om je werk te kunnen doen, zoals een aangepaste werkplek of een hulpmiddel? Je gemeente kan dat regelen.',
    description: paragraphs(
      `Een werkvoorziening is een aanpassing of hulpmiddel waardoor je je werk goed kunt doen.
       Denk aan een aangepaste stoel of bureau, voorleessoftware, een vergrotingsprogramma of een brailleleesregel.
       Ook vervoer naar je werk kan een voorziening zijn, als je door je beperking niet zelf kunt reizen.`,
      `Val je onder de Participatiewet? Dan kan je gemeente zo’n voorziening geven.
       Sinds de Wet breed offensief (1 juli 2023) moet je gemeente in een regeling beschrijven hoe je een werkvoorziening aanvraagt.
       Dat geldt ook voor mensen zonder uitkering. Je hoeft niet in het doelgroepregister te staan.`,
      `Het gaat om dingen die je voor je werk nodig hebt en die niet op elke werkplek gewoon zijn. Soms moet eerst je werkgever zelf iets regelen.
       Werk je al, zonder hulp van de gemeente? Dan kan UWV je misschien helpen.`,
    ),
    helpKinds: ['werkplekaanpassing', 'vervoer', 'werk-houden'],
    limitations: [],
    openWithoutBenefit: 'ja',
    openWithoutBenefitExplanation:
      'Ja. Werkvoorzieningen horen bij de Participatiewet. Sinds de Wet breed offensief moet elke gemeente beschrijven hoe ook mensen zonder uitkering ze aanvragen.',
    eligibility:
      'Je valt onder de Participatiewet, je hebt werk of gaat aan het werk, en je hebt door je beperking een aanpassing of hulpmiddel nodig.',
    howToApply:
      'Vraag de voorziening aan bij je gemeente. Vertel wat je nodig hebt en waarom. Een offerte of een advies van bijvoorbeeld een ergotherapeut kan helpen.',
    whoDecides:
      'Je gemeente beslist, volgens de re-integratieverordening. Je krijgt een besluit waartegen je bezwaar kunt maken.',
    legalBasis: [PW_ART_10, PW_ART_8A_BREED_OFFENSIEF],
    area: NATIONAL,
    cost: FREE,
    assuredDate: ASSURED,
  },
];
