// Werkkaart chapters WK-3 (connecting with the person's lived world) and WK-4
// (attention to the limitation: recognise, discuss, deploy support). Facts
// from "Tussen wal en schip" (Wever e.a., 2025), bijlage 4; text in our own
// words. WK-3.1 and WK-3.2 are our numbers for the two lists of the research.
import type { WerkkaartChapter } from './werkkaart-types.ts';

export const wk3: WerkkaartChapter = {
  id: 'WK-3',
  slug: 'leefwereld',
  title: { nl: 'Aansluiten bij iemands leefwereld', en: 'Connecting with someone’s lived world' },
  summary: {
    nl: 'Tien aandachtspunten, zodat iemand zich gehoord en gezien voelt: vijf over de inhoud, vijf over de relatie.',
    en: 'Ten points of attention, so that someone feels heard and seen: five about content, five about the relationship.',
  },
  body: [
    {
      nl: 'In gesprek met iemand met een arbeidsbeperking en zonder uitkering gebruik je je gewone vakkennis en houding. Maar op een paar punten moet je extra goed aansluiten bij de situatie van de persoon.',
      en: 'In a conversation with someone with a work limitation and no benefit, you use your usual professional knowledge and attitude. But on a few points you need to connect extra well with the person’s situation.',
    },
    {
      nl: 'Voelt iemand zich gehoord en gezien? Dan wordt jullie band sterker. Je begrijpt beter wat de echte hulpvraag is. Je kunt duidelijke informatie geven en gerichter begeleiden.',
      en: 'Does someone feel heard and seen? Then your relationship gets stronger. You understand better what the real question for help is. You can give clear information and guide in a more targeted way.',
    },
  ],
  subsections: [
    {
      id: 'WK-3.1',
      anchor: 'inhoud',
      title: { nl: 'Vijf punten over de inhoud', en: 'Five points about content' },
      body: [],
      tips: [
        {
          nl: 'Wees duidelijk over het recht op hulp. Geef een overzicht van de hulp die er is.',
          en: 'Be clear about the right to help. Give an overview of the help that exists.',
        },
        {
          nl: 'Informatie kan stress geven. Dan blijft er minder van hangen. Leg het rustig uit en help de persoon de weg te vinden.',
          en: 'Information can cause stress. Then less of it sticks. Explain it calmly and help the person find their way.',
        },
        {
          nl: 'Kijk naar de beperking van deze persoon. Wat betekent die voor het werk? Welke hulp en voorzieningen passen daarbij?',
          en: 'Look at this person’s limitation. What does it mean for work? Which help and provisions fit?',
        },
        {
          nl: 'Help gericht bij solliciteren met een beperking. Let op eerdere ervaringen en op het zelfvertrouwen van de persoon.',
          en: 'Give targeted help with applying for jobs with a limitation. Pay attention to earlier experiences and to the person’s self-confidence.',
        },
        {
          nl: 'De een wil een paar snelle tips, de ander heeft lange begeleiding nodig. Pas je hulp daarop aan.',
          en: 'One person wants a few quick tips, another needs long-term guidance. Adjust your help to that.',
        },
      ],
      links: {
        helpKinds: ['solliciteren', 'informatie-en-advies'],
        rechtencheck: {
          nl: 'Met de Rechtencheck geef je samen een overzicht van waar iemand misschien recht op heeft.',
          en: 'With the Rechtencheck you give an overview together of what someone may be entitled to.',
        },
      },
    },
    {
      id: 'WK-3.2',
      anchor: 'relatie',
      title: { nl: 'Vijf punten over de relatie', en: 'Five points about the relationship' },
      body: [],
      tips: [
        { nl: 'Erken de beperking en laat merken dat je het begrijpt.', en: 'Acknowledge the limitation and show that you understand.' },
        {
          nl: 'Om hulp vragen is voor sommige mensen moeilijk. Neem die zorgen serieus en behandel de persoon met respect.',
          en: 'Asking for help is hard for some people. Take those worries seriously and treat the person with respect.',
        },
        { nl: 'Blijf betrokken en zorg dat de hulp niet stopt of steeds wisselt.', en: 'Stay involved and make sure the help does not stop or keep changing.' },
        {
          nl: 'Zeg duidelijk wat jij kunt doen en wat de persoon zelf kan doen.',
          en: 'Say clearly what you can do and what the person can do themselves.',
        },
        {
          nl: 'Zoek samen hoe de persoon zelf de regie kan houden en verantwoordelijkheid kan nemen.',
          en: 'Find out together how the person can stay in charge and take responsibility.',
        },
      ],
      links: {
        trajecten: { href: '/caseload', label: { nl: 'Plan een vast contactmoment in je caseload', en: 'Plan a regular contact in your caseload' } },
      },
    },
  ],
  links: {
    helpKinds: ['informatie-en-advies', 'clientondersteuning'],
    services: ['clientondersteuning'],
    rechtencheck: {
      nl: 'Laat iemand zelf of samen met jou de Rechtencheck doen. Dat geeft overzicht en rust.',
      en: 'Let someone do the Rechtencheck alone or together with you. That gives overview and calm.',
    },
    trajecten: { href: '/caseload', label: { nl: 'Naar je caseload', en: 'Go to your caseload' } },
  },
  reflection: {
    id: 'WK-3-R',
    questions: [
      {
        id: 'WK-3-R1',
        text: {
          nl: 'Wat betekenen betrokkenheid, continuïteit en begrip voor jou? En voor je team?',
          en: 'What do involvement, continuity and understanding mean to you? And to your team?',
        },
      },
      {
        id: 'WK-3-R2',
        text: {
          nl: 'Hoe kijken jullie aan tegen eigen regie en eigen verantwoordelijkheid van de mensen die jullie helpen?',
          en: 'How do you look at the self-direction and own responsibility of the people you help?',
        },
      },
    ],
  },
  extra: [
    {
      id: 'WK-3-M',
      kind: 'meer-weten',
      paragraphs: [
        {
          nl: 'Lees het eindrapport van het onderzoek "Tussen wal en schip. Mensen met een beperking en zonder uitkering die willen werken" (Wever e.a., 2025).',
          en: 'Read the final report of the research "Tussen wal en schip. Mensen met een beperking en zonder uitkering die willen werken" (Wever et al., 2025).',
        },
      ],
    },
  ],
};

export const wk4: WerkkaartChapter = {
  id: 'WK-4',
  slug: 'beperking',
  title: { nl: 'Aandacht voor de beperking', en: 'Attention to the limitation' },
  summary: {
    nl: 'Een arbeidsbeperking herkennen, er open over praten en de juiste hulp inzetten.',
    en: 'Recognising a work limitation, talking about it openly and using the right help.',
  },
  body: [
    {
      nl: 'Een beperking is niet altijd te zien. En niet iedereen vertelt er meteen over. Dit hoofdstuk helpt je een beperking op te merken, te bespreken en er iets mee te doen.',
      en: 'A limitation is not always visible. And not everyone talks about it straight away. This chapter helps you notice a limitation, discuss it and act on it.',
    },
  ],
  subsections: [
    {
      id: 'WK-4.1',
      anchor: 'herkennen',
      title: { nl: 'Een beperking herkennen', en: 'Recognising a limitation' },
      body: [
        {
          nl: 'Een arbeidsbeperking herkennen is niet makkelijk, zeker als je weinig weet van beperkingen. Toch is het belangrijk. Alleen dan kun je passende hulp bieden. Je hebt er vakkennis voor nodig, en een goed contact met de persoon.',
          en: 'Recognising a work limitation is not easy, especially if you know little about limitations. Still it matters. Only then can you offer fitting help. You need professional knowledge for it, and good contact with the person.',
        },
      ],
      tips: [
        {
          nl: 'Vraag naar ervaringen. Vroeg iemand vaak om aanpassingen? Liep iemand steeds vast bij dezelfde taken? Dat kan wijzen op een arbeidsbeperking. Stel open vragen over eerder werk en geef ruimte om te praten.',
          en: 'Ask about experiences. Did someone often ask for adjustments? Did someone keep getting stuck on the same tasks? That can point to a work limitation. Ask open questions about earlier work and give room to talk.',
        },
        {
          nl: 'Twijfel je? Bespreek wat je ziet met een collega of een specialist, bijvoorbeeld een jobcoach.',
          en: 'In doubt? Discuss what you see with a colleague or a specialist, for example a job coach.',
        },
      ],
      links: { helpKinds: ['passend-werk-ontdekken', 'gezondheid-en-energie'] },
    },
    {
      id: 'WK-4.2',
      anchor: 'bespreken',
      title: { nl: 'Over de beperking praten', en: 'Talking about the limitation' },
      body: [
        {
          nl: 'Praten over een arbeidsbeperking kan gevoelig zijn, voor jou en voor de ander. Veel professionals kiezen uit voorzichtigheid voor vage of positieve woorden. Of ze noemen de beperking helemaal niet. Maar veel mensen met een beperking willen juist dat je die gewoon benoemt. Dan voelen ze zich gehoord.',
          en: 'Talking about a work limitation can be sensitive, for you and for the other person. Out of caution, many professionals choose vague or positive words. Or they do not mention the limitation at all. But many people with a limitation want you to simply name it. Then they feel heard.',
        },
      ],
      tips: [
        {
          nl: 'Gebruik duidelijke en respectvolle woorden. Vermijd vage omschrijvingen zoals "bijzondere uitdagingen".',
          en: 'Use clear and respectful words. Avoid vague descriptions such as "special challenges".',
        },
        {
          nl: 'Vraag welk woord de persoon zelf prettig vindt. Bijvoorbeeld beperking, handicap of functiebeperking.',
          en: 'Ask which word the person prefers. For example limitation (beperking), disability (handicap) or functional limitation (functiebeperking).',
        },
      ],
      links: { helpKinds: ['beperking-bespreken'] },
    },
    {
      id: 'WK-4.3',
      anchor: 'ondersteuning-inzetten',
      title: { nl: 'De juiste hulp inzetten', en: 'Using the right help' },
      body: [
        {
          nl: 'Om de juiste hulp in te zetten heb je vakkennis nodig. Je moet weten wat een beperking kan betekenen voor het werk. Je moet weten welke instrumenten er zijn en welke organisaties kunnen helpen, zoals patiëntenorganisaties. En je moet weten hoe werkgevers omgaan met het aannemen en houden van mensen met een beperking. Zo komen vooroordelen bij sollicitaties vaak voor.',
          en: 'To use the right help you need professional knowledge. You need to know what a limitation can mean for work. You need to know which instruments exist and which organisations can help, such as patient organisations. And you need to know how employers deal with hiring and keeping people with a limitation. Prejudice in job applications, for example, is common.',
        },
      ],
      tips: [
        {
          nl: 'Neem contact op met een patiënten- of belangenorganisatie die deze beperking kent. Zij geven informatie en advies, en helpen passende hulp te vinden.',
          en: 'Contact a patient or interest organisation that knows this limitation. They give information and advice, and help find fitting help.',
        },
      ],
      links: {
        helpKinds: ['lotgenoten', 'jobcoaching', 'werkplekaanpassing'],
        services: ['belangen-en-patientenorganisaties', 'jobcoaching-gemeente', 'werkvoorzieningen-gemeente', 'werkvoorzieningen-uwv'],
      },
    },
  ],
  links: {
    helpKinds: ['beperking-bespreken', 'jobcoaching', 'werkplekaanpassing'],
    services: ['jobcoaching-gemeente', 'werkvoorzieningen-gemeente'],
    rechtencheck: {
      nl: 'Heeft iemand een blijvende beperking? De Rechtencheck laat zien welke voorzieningen en jobcoaching misschien passen.',
      en: 'Does someone have a lasting limitation? The Rechtencheck shows which provisions and job coaching may fit.',
    },
    trajecten: { href: '/personen', label: { nl: 'Leg afspraken vast in het dossier', en: 'Record agreements in the file' } },
  },
  reflection: {
    id: 'WK-4-R',
    questions: [
      {
        id: 'WK-4-R1',
        text: {
          nl: 'Wat weet en kun jij als het gaat om het begeleiden van mensen met een arbeidsbeperking?',
          en: 'What do you know and what can you do when it comes to guiding people with a work limitation?',
        },
      },
      {
        id: 'WK-4-R2',
        text: { nl: 'Wat wil je nog leren?', en: 'What would you still like to learn?' },
      },
      {
        id: 'WK-4-R3',
        text: { nl: 'Hoe kan je team dat gebruiken?', en: 'How could your team use that?' },
      },
      {
        id: 'WK-4-R4',
        text: {
          nl: 'Weet je naar wie je iemand kunt doorsturen voor extra hulp?',
          en: 'Do you know who you can refer someone to for extra help?',
        },
      },
    ],
  },
  extra: [
    {
      id: 'WK-4-D',
      kind: 'meer-doen',
      paragraphs: [
        {
          nl: 'Maak kennis over beperkingen een vast onderwerp in je team. Sommige mensen raken sneller uit beeld. Bijvoorbeeld mensen die niet in het doelgroepregister staan, en mensen met een beperking die je niet ziet. Om hen te begeleiden heb je kennis nodig. En je moet een beperking veilig bespreekbaar kunnen maken.',
          en: 'Pay attention to knowledge about limitations in your team. Some people drop out of view faster. For example people who are not in the target group register, and people with a limitation you cannot see. To guide them you need knowledge. And you need to be able to make a limitation safe to talk about.',
        },
        {
          nl: 'Je hebt ook vakkennis nodig: welke instrumenten en voorzieningen passen bij welke beperking, en wie in het sociaal en publiek domein helpt? Bespreek in je team welke kennis nodig is. En hoe je die kennis vasthoudt, voor jezelf en voor het hele team.',
          en: 'You also need expert knowledge: which instruments and provisions fit which limitation, and who in the social and public domain helps? Discuss in your team which knowledge is needed. And how you keep that knowledge, for yourself and for the whole team.',
        },
      ],
    },
  ],
};
