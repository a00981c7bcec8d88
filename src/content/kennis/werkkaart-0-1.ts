// Werkkaart chapters WK-0 (about the card) and WK-1 (the group: who they are,
// their lived world, motivation and help questions). Facts from "Tussen wal
// en schip" (Wever e.a., 2025), bijlage 4; all text in our own words.
import type { WerkkaartChapter } from './werkkaart-types.ts';

export const wk0: WerkkaartChapter = {
  id: 'WK-0',
  slug: 'over-de-werkkaart',
  title: { nl: 'Over deze werkkaart', en: 'About this work card' },
  summary: {
    nl: 'Voor wie de werkkaart is, waar hij bij helpt en wat hij niet doet.',
    en: 'Who the work card is for, what it helps with and what it does not do.',
  },
  body: [
    {
      nl: 'Deze werkkaart helpt professionals in het sociaal domein. Bijvoorbeeld consulenten werk en inkomen, klantmanagers, jobcoaches, trajectbegeleiders en jongerencoaches. Je werkt met mensen met een arbeidsbeperking die geen uitkering hebben en wel willen werken.',
      en: 'This work card is for professionals in the social domain: for example work and income consultants, client managers, job coaches, trajectory coaches and youth coaches. You work with people with a work limitation who have no benefit but do want to work.',
    },
    {
      nl: 'De kaart helpt je om aan te sluiten bij wat deze mensen meemaken. Veel van hen zijn al vaak afgewezen of voelen zich buitengesloten. De kaart geeft ook houvast voor je gesprekken. Bijvoorbeeld over hulp die vrijwillig is, en over mensen die snel aan het werk willen.',
      en: 'The card helps you connect with what these people go through. Many of them have been turned down often or feel left out. The card also gives you a grip on your conversations, for example about support that is voluntary, and about people who want to start work quickly.',
    },
    {
      nl: 'De kaart is geen volledige lijst van alle instrumenten. Hij laat zien welke mogelijkheden er zijn. Wat je echt kunt inzetten, hangt af van de afspraken in je eigen organisatie. Voor kennis over een bepaalde beperking heb je andere bronnen nodig.',
      en: 'The card is not a complete list of all instruments. It shows which options exist. What you can actually use depends on the agreements in your own organisation. For knowledge about a specific limitation you need other sources.',
    },
    {
      nl: 'Elke gemeente regelt deze hulp op haar eigen manier. Het beleid van de gemeente bepaalt hoeveel aandacht deze groep krijgt. Dat merk je aan de kennis van collega’s, aan welke mensen voorrang krijgen in de caseload en aan het budget dat er is.',
      en: 'Every gemeente organises this support in its own way. The gemeente’s policy decides how much attention this group gets. You notice this in colleagues’ knowledge, in which people get priority in the caseload, and in the budget that is available.',
    },
    {
      nl: 'Wil je als gemeente samen werken aan betere hulp? Gebruik dan het veranderkompas. Daarmee praten beleidsmakers, managers en uitvoerders stap voor stap over verbeteringen. Dat kan binnen één gemeente of samen met andere gemeenten.',
      en: 'Does your gemeente want to work together on better support? Then use the change compass (veranderkompas). With it, policy makers, managers and frontline staff discuss improvements step by step, within one gemeente or together with other gemeenten.',
    },
  ],
  tips: [
    {
      nl: 'Lees eerst hoofdstuk 1 over de groep. Gebruik daarna de andere hoofdstukken tijdens je gesprekken.',
      en: 'Read chapter 1 about the group first. Then use the other chapters during your conversations.',
    },
    {
      nl: 'Bespreek de persona’s met je team. Het zijn vijf voorbeelden van mensen uit deze groep.',
      en: 'Discuss the personas with your team. They are five examples of people from this group.',
    },
  ],
  subsections: [],
  links: {
    helpKinds: ['informatie-en-advies'],
    rechtencheck: {
      nl: 'Wil je snel zien waar iemand misschien recht op heeft? Doe samen de Rechtencheck.',
      en: 'Want to see quickly what someone may be entitled to? Do the Rechtencheck together.',
    },
    trajecten: { href: '/caseload', label: { nl: 'Naar je caseload', en: 'Go to your caseload' } },
  },
};

export const wk1: WerkkaartChapter = {
  id: 'WK-1',
  slug: 'de-groep',
  title: { nl: 'Wie zijn deze mensen?', en: 'Who are these people?' },
  summary: {
    nl: 'Over de groep: waarom ze geen uitkering hebben, wat ze meemaken, waarom ze willen werken en bij welke vragen ze hulp zoeken. En over je eigen beeld van hen.',
    en: 'About the group: why they have no benefit, what they go through, why they want to work and what they ask help with. And about your own image of them.',
  },
  body: [
    {
      nl: 'Sommige mensen krijgen geen uitkering van UWV of de gemeente. Bijvoorbeeld omdat hun partner genoeg verdient, omdat ze bij hun ouders wonen of omdat ze te veel spaargeld hebben voor bijstand. Ze heten ook wel niet-uitkeringsgerechtigden.',
      en: 'Some people get no benefit from UWV or the gemeente. For example because their partner earns enough, because they live with their parents, or because they have too much savings for bijstand. They are also called non-benefit claimants (niet-uitkeringsgerechtigden).',
    },
    {
      nl: 'Een deel van hen heeft een arbeidsbeperking. Dat betekent: een lichamelijke, psychische, verstandelijke of zintuiglijke beperking maakt werken moeilijker, omdat werk bepaalde eisen stelt (Van Os, 2024). Die groep is groter dan de mensen in het doelgroepregister van de banenafspraak.',
      en: 'Some of them have a work limitation (arbeidsbeperking). This means: a physical, mental, intellectual or sensory impairment makes working harder, because work makes certain demands (Van Os, 2024). This group is larger than the people in the target group register (doelgroepregister) of the jobs agreement.',
    },
    {
      nl: 'Ongeveer 50.000 mensen met een arbeidsbeperking en zonder uitkering willen werken (CBS, 2024). Ze krijgen moeilijk de hulp die ze nodig hebben. Vaak worden ze doorgestuurd zonder resultaat. Niemand weet precies wie verantwoordelijk is en welke hulp er is. Toch hebben ze op grond van de Participatiewet recht op instrumenten en voorzieningen.',
      en: 'About 50,000 people with a work limitation and no benefit want to work (CBS, 2024). They find it hard to get the help they need. They are often referred on without result, because nobody knows exactly who is responsible and what help exists. Yet under the Participatiewet they do have a right to instruments and provisions.',
    },
    {
      nl: 'Deze mensen raken ook makkelijk uit beeld, of komen nooit in beeld. En er zijn vaak vooroordelen over hen (Wever e.a., 2025). Het onderzoeksrapport beschrijft dit uitgebreid.',
      en: 'These people also easily drop out of view, or never come into view. And there are often prejudices about them (Wever et al., 2025). The research report describes this in detail.',
    },
  ],
  subsections: [
    {
      id: 'WK-1.1',
      anchor: 'wie-zijn-het',
      title: { nl: 'Een gemengde groep', en: 'A mixed group' },
      body: [
        {
          nl: 'Geen twee mensen in deze groep zijn hetzelfde. Ze verschillen op vijf punten:',
          en: 'No two people in this group are the same. They differ on five points:',
          list: [
            { nl: 'de reden waarom ze geen recht hebben op een uitkering;', en: 'the reason why they have no right to a benefit;' },
            { nl: 'wat voor arbeidsbeperking ze hebben;', en: 'what kind of work limitation they have;' },
            { nl: 'persoonlijke en sociale kenmerken, zoals leeftijd en gezin;', en: 'personal and social characteristics, such as age and household;' },
            { nl: 'opleiding en werkervaring;', en: 'education and work experience;' },
            { nl: 'andere dingen die bij hun situatie horen.', en: 'other things that belong to their situation.' },
          ],
        },
      ],
      tips: [
        {
          nl: 'Vraag in het eerste gesprek naar elk van deze punten. Zo zie je de persoon en niet alleen de groep.',
          en: 'Ask about each of these points in the first conversation. That way you see the person and not only the group.',
        },
      ],
      links: { helpKinds: ['informatie-en-advies'] },
    },
    {
      id: 'WK-1.2',
      anchor: 'bijzondere-groep',
      title: { nl: 'Waarom deze groep extra aandacht vraagt', en: 'Why this group needs extra attention' },
      body: [
        {
          nl: 'Weinig mensen kennen deze groep. Ook is vaak niet bekend dat de gemeente hen moet helpen. En er is verwarring over wie erbij hoort. UWV telt alleen mensen die als werkzoekende zijn ingeschreven. Gemeenten kijken naar wie onder de Participatiewet valt.',
          en: 'Few people know this group. It is also often not known that the gemeente must help them. And there is confusion about who belongs to it. UWV only counts people who are registered as jobseekers. Gemeenten look at who falls under the Participatiewet.',
        },
        {
          nl: 'Zo ontstaat een vicieuze cirkel. Het beleid geeft deze groep weinig voorrang. De hulp die er is, is slecht te zien en moeilijk te bereiken. En er bestaan hardnekkige beelden, zoals "die redden het zelf wel" en "die hebben toch een partner met geld".',
          en: 'This creates a vicious circle. Policy gives this group little priority. The help that exists is hard to see and hard to reach. And there are stubborn images, such as "they manage on their own" and "they have a partner with money anyway".',
        },
        {
          nl: 'Er is in het sociaal en publiek domein veel hulp. Maar mensen, hun omgeving en professionals zien die hulp vaak niet. Daardoor gaat doorverwijzen vaak mis. Dat geeft ruis, frustratie en blinde vlekken.',
          en: 'There is a lot of help in the social and public domain. But people, those around them and professionals often do not see it. So referrals often go wrong. That leads to noise, frustration and blind spots.',
        },
      ],
      links: { services: ['ondersteuning-naar-werk'] },
    },
    {
      id: 'WK-1.3',
      anchor: 'leefwereld',
      title: { nl: 'Wat mensen meemaken', en: 'What people go through' },
      body: [
        {
          nl: 'Iedereen is anders, maar veel mensen in deze groep herkennen dezelfde ervaringen. Het belangrijkste gevoel: ze vallen tussen wal en schip. Ze passen niet in de regels. Ze weten niet dat ze recht hebben op hulp, of wie die hulp moet geven. Ze zijn direct afgewezen of vonden geen hulp. Ze vertrouwen UWV en de gemeente weinig. Stichtingen en patiëntenorganisaties willen wel helpen, maar kunnen vaak weinig doen. Ze voelen zich buiten de maatschappij staan, en machteloos.',
          en: 'Everyone is different, but many people in this group share the same experiences. The main feeling: they fall between two stools. They do not fit the rules. They do not know they have a right to help, or who should give it. They were turned down straight away or found no help. They have little trust in UWV and the gemeente. Foundations and patient organisations want to help but often can do little. They feel outside society, and powerless.',
        },
        {
          nl: 'Andere ervaringen die vaak terugkomen:',
          en: 'Other experiences that often come back:',
          list: [
            { nl: 'Ze horen dat ze niet aantrekkelijk zijn voor werkgevers.', en: 'They are told they are not attractive to employers.' },
            { nl: 'Ze voelen dat ze het alleen moeten doen.', en: 'They feel they have to do it on their own.' },
            { nl: 'Ze hebben stress, kunnen minder aan, en zoeken naar werk geeft nog meer stress.', en: 'They have stress, can handle less, and looking for work adds more stress.' },
            { nl: 'Ze maken zich zorgen over geld of hebben onzekerheid over hun inkomen.', en: 'They worry about money or are uncertain about their income.' },
          ],
        },
      ],
      links: { helpKinds: ['lotgenoten', 'rechten-en-geld'], services: ['belangen-en-patientenorganisaties'] },
    },
    {
      id: 'WK-1.4',
      anchor: 'motivatie-en-hulpvragen',
      title: { nl: 'Waarom ze willen werken, en hun hulpvragen', en: 'Why they want to work, and what they ask help with' },
      body: [
        {
          nl: 'Mensen in deze groep willen vaak snel aan het werk. Geld speelt mee, maar bijna altijd samen met andere redenen:',
          en: 'People in this group often want to start work quickly. Money plays a part, but almost always together with other reasons:',
          list: [
            {
              nl: 'Geld en zekerheid. Bij de een zijn de geldzorgen acuut, bij de ander gaat het om later. Soms botst geldnood met gezondheid en herstel.',
              en: 'Money and security. For some the money worries are urgent, for others it is about later. Sometimes the need for money clashes with health and recovery.',
            },
            { nl: 'Waardering. Een salaris laat zien dat je meetelt. Werken moet lonen.', en: 'Recognition. A salary shows that you count. Work has to pay.' },
            { nl: 'Bezig zijn. Werk geeft voldoening, contact met anderen en een vast ritme.', en: 'Being busy. Work gives satisfaction, contact with others and a fixed rhythm.' },
            { nl: 'Meedoen. Iets bijdragen, je nuttig voelen en erbij horen.', en: 'Taking part. Contributing, feeling useful and belonging.' },
            { nl: 'Zelfstandig zijn. Op eigen benen staan, ook met geld.', en: 'Being independent. Standing on your own feet, also financially.' },
            { nl: 'Jezelf ontwikkelen.', en: 'Developing yourself.' },
          ],
        },
        {
          nl: 'Wie hulp zoekt bij werk, vraagt meestal hulp bij een van deze vijf dingen:',
          en: 'Those who seek help with work usually ask for help with one of these five things:',
          list: [
            { nl: 'een baan vinden die past;', en: 'finding a job that fits;' },
            { nl: 'werkgevers vinden die openstaan voor mensen met een arbeidsbeperking;', en: 'finding employers who are open to people with a work limitation;' },
            { nl: 'leren hoe je met een werkgever praat over je beperking;', en: 'learning how to talk to an employer about your limitation;' },
            { nl: 'ontdekken welk werk bij je past;', en: 'finding out which work suits you;' },
            { nl: 'je werk houden.', en: 'keeping your job.' },
          ],
        },
      ],
      tips: [
        {
          nl: 'Vraag wat de persoon drijft. Geld is vaak niet de enige reden. Als je de andere redenen kent, vind je beter passend werk.',
          en: 'Ask what drives the person. Money is often not the only reason. If you know the other reasons, you find better-fitting work.',
        },
        {
          nl: 'Let op als iemand uit geldnood te snel te veel wil. Bespreek samen wat de gezondheid aankan.',
          en: 'Watch out when someone wants too much too quickly because of money worries. Discuss together what their health can handle.',
        },
      ],
      links: { helpKinds: ['werk-vinden', 'open-werkgever', 'beperking-bespreken', 'passend-werk-ontdekken', 'werk-houden'] },
    },
  ],
  links: {
    helpKinds: ['werk-vinden', 'passend-werk-ontdekken'],
    rechtencheck: {
      nl: 'Veel mensen denken dat ze zonder uitkering nergens recht op hebben. De Rechtencheck laat zien wat wel kan.',
      en: 'Many people think that without a benefit they are entitled to nothing. The Rechtencheck shows what is possible.',
    },
    trajecten: { href: '/signalen', label: { nl: 'Bekijk wie uit beeld dreigt te raken', en: 'See who may drop out of view' } },
  },
  reflection: {
    id: 'WK-1-R',
    questions: [
      {
        id: 'WK-1-R1',
        text: {
          nl: 'Welk beeld heb jij van iemand zonder uitkering? En van iemand met een arbeidsbeperking? Welk beeld hebben je collega’s? Welke ervaringen uit dit hoofdstuk herken je?',
          en: 'What image do you have of someone without a benefit? And of someone with a work limitation? What image do your colleagues have? Which experiences from this chapter do you recognise?',
        },
      },
      {
        id: 'WK-1-R2',
        text: {
          nl: 'Hoe omschrijven jullie deze groepen in je organisatie? Welke mensen vallen daardoor misschien buiten beeld?',
          en: 'How does your organisation define these groups? Which people may fall out of view because of that?',
        },
      },
    ],
  },
  extra: [
    {
      id: 'WK-1-M',
      kind: 'meer-weten',
      paragraphs: [
        {
          nl: 'Het onderzoeksrapport "Tussen wal en schip" (Wever e.a., 2025) vertelt meer over deze mensen. Wie zijn ze, wat maken ze mee, wat drijft hen en welke hulp vragen ze? Het rapport beschrijft ook ervaringen met organisaties en kansen om de hulp te verbeteren.',
          en: 'The research report "Tussen wal en schip" (Wever et al., 2025) goes deeper into who these people are, what they go through, what drives them and what help they ask for. It also describes experiences with organisations and chances to improve support.',
        },
        {
          nl: 'De vijf persona’s zijn verhalen van mensen uit deze groep. Bespreek ze met je collega’s. Het veranderkompas helpt gemeenten om hun beleid en dienstverlening kritisch te bekijken.',
          en: 'The five personas are stories of people from this group. Discuss them with your colleagues. The change compass helps gemeenten take a critical look at their policy and services.',
        },
      ],
    },
  ],
};
