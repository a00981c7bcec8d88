// Werkkaart chapter WK-5: providing support. Exploring the help question,
// explaining rights, voluntary contact and expectations on both sides,
// deploying support yourself, referring and cooperating. Facts from "Tussen
// wal en schip" (Wever e.a., 2025), bijlage 4; text in our own words.
// The research numbers 5.3 twice; we use WK-5.4 and WK-5.5 for the last two.
import type { WerkkaartChapter } from './werkkaart-types.ts';

export const wk5: WerkkaartChapter = {
  id: 'WK-5',
  slug: 'ondersteuning-bieden',
  title: { nl: 'Ondersteuning bieden', en: 'Providing support' },
  summary: {
    nl: 'De hulpvraag verkennen, rechten uitleggen, omgaan met vrijwillig contact en verwachtingen, zelf hulp inzetten, en doorverwijzen en samenwerken.',
    en: 'Exploring the question for help, explaining rights, dealing with voluntary contact and expectations, deploying help yourself, and referring and cooperating.',
  },
  body: [
    {
      nl: 'Dit hoofdstuk volgt de begeleiding zelf: van het eerste gesprek tot doorverwijzen en samenwerken met anderen.',
      en: 'This chapter follows the guidance itself: from the first conversation to referring and working with others.',
    },
  ],
  subsections: [
    {
      id: 'WK-5.1',
      anchor: 'hulpvraag-verkennen',
      title: { nl: 'De hulpvraag verkennen', en: 'Exploring the question for help' },
      body: [
        {
          nl: 'Veel mensen in deze groep zoeken al lang. Ze hebben zelf veel geprobeerd. Misschien zijn ze al eerder afgewezen. Anderen hebben juist nog nooit hulp gevraagd bij een instantie.',
          en: 'Many people in this group have been searching for a long time. They have tried a lot themselves. They may have been turned down before. Others have never asked an agency for help at all.',
        },
      ],
      tips: [
        { nl: 'Vraag wat de persoon al heeft gedaan.', en: 'Ask what the person has already done.' },
        {
          nl: 'Vraag welke sterke kanten en welke mensen uit de omgeving daarbij hielpen.',
          en: 'Ask which strengths and which people around them helped with that.',
        },
        { nl: 'Vraag waar de persoon tegenaan loopt.', en: 'Ask where the person gets stuck.' },
      ],
      links: {
        helpKinds: ['werk-vinden', 'passend-werk-ontdekken'],
        services: ['ondersteuning-naar-werk'],
        trajecten: { href: '/personen/nieuw', label: { nl: 'Start een dossier met intake', en: 'Start a file with an intake' } },
      },
    },
    {
      id: 'WK-5.2',
      anchor: 'uitleg-over-rechten',
      title: { nl: 'Uitleggen waar iemand recht op heeft', en: 'Explaining what someone is entitled to' },
      body: [
        {
          nl: 'Mensen in deze groep weten vaak niet waar ze recht op hebben. Vooral de mogelijkheden van de Participatiewet zijn onbekend. Jij kunt dat duidelijk uitleggen. In hoofdstuk 2 van deze werkkaart staan de instrumenten.',
          en: 'People in this group often do not know what they are entitled to. Especially the options of the Participatiewet are unknown. You can explain this clearly. Chapter 2 of this work card lists the instruments.',
        },
      ],
      tips: [
        {
          nl: 'Zeg het hardop: ook zonder uitkering moet de gemeente je helpen op weg naar werk. En je hebt geen plichten zoals iemand met een uitkering.',
          en: 'Say it out loud: also without a benefit, the gemeente must help you toward work. And you do not have obligations like someone with a benefit.',
        },
        {
          nl: 'Geef de uitleg mee op papier of laat de uitslag van de Rechtencheck zien. Dan kan de persoon het thuis nog eens lezen.',
          en: 'Give the explanation on paper or show the Rechtencheck result. Then the person can read it again at home.',
        },
      ],
      links: {
        helpKinds: ['rechten-en-geld'],
        services: ['juridisch-loket-advies', 'bijstand'],
        rechtencheck: {
          nl: 'Doe samen de Rechtencheck. De uitslag legt per regeling uit waarom iemand er misschien recht op heeft, met de wet erbij.',
          en: 'Do the Rechtencheck together. The result explains for each scheme why someone may be entitled to it, with the law.',
        },
      },
    },
    {
      id: 'WK-5.3',
      anchor: 'vrijblijvendheid',
      title: { nl: 'Vrijwillig contact en verwachtingen van twee kanten', en: 'Voluntary contact and expectations on both sides' },
      body: [
        {
          nl: 'Wie geen uitkering heeft, heeft geen plichten uit de Participatiewet. De hulp begint omdat de persoon dat zelf wil. Je kunt dus niets afdwingen. Dat maakt het lastig om contact te houden. Hoe ga je om met die vrijblijvendheid? En hoe voorkom je dat iemand weer uit beeld raakt?',
          en: 'Those without a benefit have no obligations under the Participatiewet. The help starts because the person wants it. So you cannot enforce anything. That makes it hard to stay in touch. How do you deal with this voluntary nature? And how do you prevent someone from dropping out of view again?',
        },
        {
          nl: 'Jij en je team moeten zich daarvan bewust zijn. Het vraagt kennis en vakmanschap. En het vraagt moed om beslissingen te nemen als de regels niet alles zeggen.',
          en: 'You and your team need to be aware of this. It takes knowledge and skill. And it takes courage to make decisions when the rules do not say everything.',
        },
      ],
      tips: [
        {
          nl: 'Persoonlijk en vast contact. Investeer in een vaste band en geef duidelijke informatie. Sluit goed aan bij de vraag van de persoon. Dan voelt die zich gehoord, groeit het vertrouwen en komt de persoon eerder terug als dat nodig is.',
          en: 'Personal and steady contact. Invest in a steady relationship and give clear information. Connect well with the person’s question. Then they feel heard, trust grows and the person is more likely to come back when needed.',
        },
        {
          nl: 'Verwachtingen van twee kanten. Zeg bijvoorbeeld: "Dit gesprek is vrijwillig. Wij willen je helpen. Of het lukt, hangt ook af van wat jij doet. Wij hebben ook een taak vanuit de wet en ons werk. We hebben je inzet nodig. Maar we kunnen je niet dwingen, en we respecteren je keuze."',
          en: 'Expectations on both sides. Say for example: "This conversation is voluntary. We want to help you. Whether it works also depends on what you do. We also have a task under the law and in our work. We need your effort. But we cannot force you, and we respect your choice."',
        },
        {
          nl: 'Een plan van aanpak. Maak samen een plan en spreek af wat ieder doet. Tekenen is vrijwillig, maar het kan de inzet van beide kanten vergroten. Zet er ook in hoe en wanneer jullie kijken hoe het gaat.',
          en: 'A plan. Make a plan together and agree on what each of you does. Signing is voluntary, but it can increase the commitment on both sides. Also put in how and when you check how things are going.',
        },
        {
          nl: 'Volgen en evalueren. Regel één vast contactpersoon. Spreek af hoe vaak jullie de hulp bespreken. Plan altijd een afspraak voor nazorg, ook op langere termijn. En spreek af dat de persoon altijd contact mag opnemen als het vastloopt of als het op het werk misgaat.',
          en: 'Following up and evaluating. Arrange one fixed contact person. Agree how often you review the help. Always plan an aftercare appointment, also for the longer term. And agree that the person may always get in touch when things get stuck or go wrong at work.',
        },
      ],
      links: {
        helpKinds: ['werk-houden'],
        trajecten: { href: '/caseload', label: { nl: 'Plan contactpersoon, plan en nazorg in je caseload', en: 'Plan contact person, plan and aftercare in your caseload' } },
      },
      reflection: {
        id: 'WK-5.3-R',
        questions: [
          {
            id: 'WK-5.3-R1',
            text: {
              nl: 'Vind je het lastig dat de hulp vrijwillig is? Wanneer merk je dat? Wat doe je dan? En wat doen je collega’s?',
              en: 'Do you find it hard that the help is voluntary? When do you notice it? What do you do then? And what do your colleagues do?',
            },
          },
          {
            id: 'WK-5.3-R2',
            text: {
              nl: 'Wat vind jij belangrijk als je verwachtingen afstemt? En hoe blijf je daarbij dienstbaar aan de persoon?',
              en: 'What do you find important when you align expectations? And how do you stay of service to the person while doing so?',
            },
          },
        ],
      },
      extra: [
        {
          id: 'WK-5.3-D',
          kind: 'meer-doen',
          paragraphs: [
            {
              nl: 'Zorg voor duidelijke informatie op de website van de gemeente. En misschien ook in brieven of folders.',
              en: 'Make sure there is clear information on the gemeente’s website. And perhaps also in letters or leaflets.',
            },
          ],
        },
      ],
    },
    {
      id: 'WK-5.4',
      anchor: 'zelf-ondersteuning-inzetten',
      title: { nl: 'Zelf hulp inzetten', en: 'Deploying help yourself' },
      body: [
        {
          nl: 'Het uitgangspunt: alle instrumenten en voorzieningen van de Participatiewet kun je ook inzetten voor mensen zonder uitkering. De voorwaarden staan meestal in de beleidsregels van je gemeente. Praat daarover met je leidinggevende of beleidsadviseur en maak duidelijke afspraken.',
          en: 'The starting point: you can also use all instruments and provisions of the Participatiewet for people without a benefit. The conditions are usually in your gemeente’s policy rules. Talk about this with your manager or policy adviser and make clear agreements.',
        },
        {
          nl: 'Vaak is het re-integratiebudget krap. Dan blijft er weinig geld over voor deze groep. Denk daarom verder dan het gewone. Kijk bijvoorbeeld naar subsidies, of werk samen met andere organisaties. Bespreek dit ook samen, zodat mensen de hulp krijgen waar ze recht op hebben.',
          en: 'The re-integration budget is often tight. Then little money is left for this group. So think beyond the usual. Look for example at subsidies, or work together with other organisations. Discuss this together too, so people get the help they are entitled to.',
        },
      ],
      tips: [
        {
          nl: 'Vraag na welke beleidsregels jouw gemeente heeft voor mensen zonder uitkering.',
          en: 'Find out which policy rules your gemeente has for people without a benefit.',
        },
      ],
      links: {
        helpKinds: ['jobcoaching', 'werkplekaanpassing', 'proefplaats', 'scholing'],
        services: ['loonkostensubsidie', 'jobcoaching-gemeente', 'proefplaatsing', 'werkvoorzieningen-gemeente', 'doelgroepregister-praktijkroute', 'regionale-projecten'],
        rechtencheck: {
          nl: 'De Rechtencheck laat zien welke instrumenten van de gemeente misschien passen.',
          en: 'The Rechtencheck shows which instruments of the gemeente may fit.',
        },
        trajecten: { href: '/caseload', label: { nl: 'Zet afspraken in het plan van aanpak', en: 'Put agreements in the plan' } },
      },
    },
    {
      id: 'WK-5.5',
      anchor: 'doorverwijzen-en-samenwerken',
      title: { nl: 'Doorverwijzen en samenwerken', en: 'Referring and cooperating' },
      body: [
        {
          nl: 'De gemeente heeft de taak om deze groep te helpen. Maar ook in het sociaal en publiek domein en bij bedrijven is veel hulp. Niet elke vraag hoeft de gemeente zelf te beantwoorden. Ken daarom de sociale kaart: wie kan wat doen voor mensen met een beperking die willen werken?',
          en: 'The gemeente has the task of helping this group. But there is also a lot of help in the social and public domain and at companies. The gemeente does not have to answer every question itself. So know the social map: who can do what for people with a limitation who want to work?',
        },
        {
          nl: 'Bij doorverwijzen moet voor iedereen duidelijk zijn wie welke hulp geeft. Verwijs naar de juiste organisatie. En spreek met de persoon af dat die bij jou terug kan komen als de vraag daar niet goed wordt beantwoord. Zo valt niemand tussen wal en schip.',
          en: 'When you refer, it must be clear to everyone who gives which help. Refer to the right organisation. And agree with the person that they can come back to you if the question is not answered well there. That way nobody falls between two stools.',
        },
      ],
      tips: [
        {
          nl: 'Help bij het vinden van vacaturesites waar je kunt zoeken op aanpassingen die je nodig hebt.',
          en: 'Help find job sites where you can search for the adjustments you need.',
        },
        { nl: 'Wijs op uitzendbureaus die werken met mensen met een beperking.', en: 'Point to temp agencies that work with people with a limitation.' },
        { nl: 'Breng de persoon in contact met sociale ondernemers.', en: 'Put the person in touch with social entrepreneurs.' },
        { nl: 'Schakel de jobhunters van de gemeente in.', en: 'Bring in the gemeente’s job hunters.' },
      ],
      links: {
        helpKinds: ['open-werkgever', 'werk-vinden', 'clientondersteuning'],
        services: ['sociale-ondernemingen', 'werkcentrum', 're-integratiebedrijven', 'belangen-en-patientenorganisaties', 'zorg-en-welzijn'],
        trajecten: { href: '/caseload', label: { nl: 'Leg een doorverwijzing vast in het dossier', en: 'Record a referral in the file' } },
      },
    },
  ],
  links: {
    helpKinds: ['werk-vinden', 'werk-houden', 'jobcoaching'],
    services: ['ondersteuning-naar-werk', 'jobcoaching-gemeente'],
    rechtencheck: {
      nl: 'Begin het gesprek met de Rechtencheck. Dan weten jullie allebei welke hulp er misschien is.',
      en: 'Start the conversation with the Rechtencheck. Then you both know which help may be available.',
    },
    trajecten: { href: '/aanmeldingen', label: { nl: 'Pak een nieuwe aanmelding op', en: 'Pick up a new request for contact' } },
  },
};
