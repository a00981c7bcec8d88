// Veranderkompas, step 3: services. Steering factors 1-4 here; factor 5
// (knowledge and skills of consulenten) is in veranderkompas-stap3-kennis.ts.
// Own wording (B1 Dutch and English).
import { direction, question, type Step } from './veranderkompas-types.ts';
import { step3Knowledge } from './veranderkompas-stap3-kennis.ts';

export const step3: Step = {
  id: 'VK-S3',
  number: 3,
  shortTitle: { nl: 'Dienstverlening', en: 'Services' },
  title: {
    nl: 'Dienstverlening: hulp die waardig, deskundig en efficiënt is',
    en: 'Services: support that is respectful, expert and efficient',
  },
  intro: {
    nl:
      'Hoe een gemeente haar wettelijke taak uitvoert, zie je aan de dienstverlening: hoe die is ingericht, welke afspraken er (soms ongemerkt) zijn, ' +
      'en hoe consulenten informatie en steun krijgen. Het gaat ook om de vraag of de hulp zichtbaar en bereikbaar is, voor de mensen zelf en voor professionals en partners, ' +
      'en om de samenwerking met die partners.',
    en:
      'How a gemeente carries out its legal task shows in its services: how they are organised, which agreements exist (sometimes without anyone noticing), ' +
      'and how consulenten are informed and supported. It is also about whether help is visible and reachable, for people themselves and for professionals and partners, ' +
      'and about cooperation with those partners.',
  },
  mainQuestion: {
    nl: 'Hoe is de dienstverlening ingericht? Krijgen mensen hulp die waardig, werkzaam en deskundig is?',
    en: 'How are services organised? Do people get help that is respectful, effective and expert?',
  },
  questions: [
    question('VK-S3-GV1', 'Kunnen mensen zonder uitkering de hulp zien en bereiken? Wat doen we om dat beter te maken?', 'Can people without a benefit see and reach the help? What do we do to improve that?'),
    question(
      'VK-S3-GV2',
      'Welk beleid gebruiken we in de uitvoering? Hoe kiezen we wie in de caseload voorrang krijgt? Zijn er werkinstructies? Hoe besluiten consulenten welke hulp ze inzetten, en welke instrumenten en voorzieningen gebruiken ze?',
      'Which policy do we use in practice? How do we decide who gets priority in the caseload? Are there work instructions? How do consulenten decide which help to offer, and which instruments and provisions do they use?',
    ),
    question(
      'VK-S3-GV3',
      'Hebben we genoeg kennis en vaardigheden om deze groep te helpen? Hoe houden we die kennis vast?',
      'Do we have enough knowledge and skills to help this group? How do we keep that knowledge?',
    ),
    question(
      'VK-S3-GV4',
      'Krijgen mensen duidelijke uitleg over de hulp die er is, en over hun rechten en plichten?',
      'Do people get clear information about the help available, and about their rights and duties?',
    ),
    question(
      'VK-S3-GV5',
      'Hoe werken we samen met andere partijen? Weet iedereen wat er is afgesproken? Hoe verwijzen we door, binnen en buiten de gemeente?',
      'How do we work with other organisations? Does everyone know what was agreed? How do we refer people, inside and outside the gemeente?',
    ),
  ],
  steeringFactors: [
    {
      id: 'VK-S3-SF1',
      title: { nl: 'Leiding en organisatie van de uitvoering', en: 'Management and organisation of delivery' },
      text: {
        nl:
          'Gemeenten richten hun dienstverlening heel verschillend in, ook door hun grootte. Sommige hebben weinig of geen aandacht voor de groep. ' +
          'Andere helpen deze mensen binnen de gewone caseload. Weer andere hebben een eigen consulent of een eigen team voor mensen zonder uitkering. ' +
          'Ook de afspraken met uitvoeringsorganisaties verschillen.',
        en:
          'Gemeenten organise their services very differently, partly because of their size. Some pay little or no attention to the group. ' +
          'Others help these people within the regular caseload. Still others have a dedicated consulent or team for people without a benefit. ' +
          'Agreements with delivery organisations also differ.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S3-OR1',
          'Een opdracht vanuit het bestuur geeft de aanpak een vaste plek en meer gewicht in de gemeente.',
          'A mandate from the college gives the approach a stable place and more weight within the gemeente.',
        ),
        direction(
          'VK-S3-OR2',
          'Een eigen consulent of team voor deze groep heeft tijd en aandacht, en kan gerichte kennis en vaardigheden opbouwen.',
          'A dedicated consulent or team for this group has time and attention, and can build specific knowledge and skills.',
        ),
        direction(
          'VK-S3-OR3',
          'Leg werkprocessen vast en maak zo duidelijk mogelijk welke hulp consulenten kunnen en moeten bieden. Geef consulenten ruimte om te kiezen, binnen een afwegingskader.',
          'Write down work processes and make as clear as possible which help consulenten can and must offer. Give consulenten room to choose, within an assessment framework.',
        ),
        direction(
          'VK-S3-OR4',
          'Onderscheid deelgroepen, zoals jongeren of expats, zodat je hulp gerichter kunt bieden.',
          'Distinguish subgroups, such as young people or expats, so you can offer more targeted help.',
        ),
      ],
    },
    {
      id: 'VK-S3-SF2',
      title: { nl: 'Hulp die zichtbaar en bereikbaar is', en: 'Help that is visible and reachable' },
      text: {
        nl: 'Veel mensen zonder uitkering weten niet dat ze recht hebben op hulp, of waar ze die kunnen vinden.',
        en: 'Many people without a benefit do not know they have a right to help, or where to find it.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S3-OR5',
          'Zet op de website duidelijk dat ook mensen zonder uitkering recht hebben op hulp, en noem die groep letterlijk.',
          'State clearly on the website that people without a benefit also have a right to help, and name that group explicitly.',
        ),
        direction('VK-S3-OR6', 'Wijs mensen in een afwijzingsbrief voor de bijstand op hun recht op hulp bij werk.', 'In a letter that refuses bijstand, point people to their right to help with work.'),
        direction(
          'VK-S3-OR7',
          'Gebruik meerdere kanalen: een algemeen telefoonnummer, een spreekuur en vooral een website die toegankelijk en makkelijk is voor mensen met een beperking.',
          'Use several channels: a general phone number, a walk-in hour and above all a website that is accessible and easy for people with a disability.',
        ),
        direction(
          'VK-S3-OR8',
          'Leg in brieven en bij het eerste contact duidelijk uit dat mensen recht hebben op hulp, en dat er geen verplichtingen aan vastzitten.',
          'Explain clearly in letters and at the first contact that people have a right to help, and that no obligations come with it.',
        ),
        direction(
          'VK-S3-OR9',
          'Maak de hulp zichtbaar, online en offline: folders, de lokale krant, sociale media, meerdere talen en aanwezig zijn in de wijk.',
          'Make the help visible online and offline: leaflets, the local paper, social media, several languages and being present in the neighbourhood.',
        ),
      ],
    },
    {
      id: 'VK-S3-SF3',
      title: { nl: 'Mensen in beeld krijgen', en: 'Bringing people into view' },
      text: {
        nl:
          'Gemeenten doen weinig om mensen zonder uitkering actief op te zoeken. Wie moeilijk om hulp vraagt, blijft zo buiten beeld. ' +
          'Als een gemeente mensen wel actief benadert, moet ze vooraf nadenken over wat ze doet als zich meer mensen melden; dat hangt ook af van de grootte van de gemeente. ' +
          'Omdat de hulp nu vooral afwacht, is er weinig zicht op wie er binnenkomt. Meer inzicht in aantallen, deelgroepen en de manier waarop mensen in beeld kwamen, ' +
          'helpt om beleid te sturen en de hulp te verbeteren.',
        en:
          'Gemeenten do little to actively reach out to people without a benefit. Those who find it hard to ask for help stay out of view. ' +
          'When a gemeente does reach out, it must think ahead about what to do if more people sign up; that also depends on its size. ' +
          'Because services mostly wait for people to come, there is little insight into who comes in. Knowing more about numbers, subgroups and how people came into view ' +
          'helps to steer policy and improve the help.',
      },
      subFactors: [],
      solutionDirections: [
        direction('VK-S3-OR10', 'Als hulp zichtbaar en bereikbaar is, melden mensen zich makkelijker zelf.', 'When help is visible and reachable, people find it easier to come forward themselves.'),
        direction('VK-S3-OR11', 'Stem het actief benaderen af op wat deelgroepen nodig hebben.', 'When reaching out, match what specific subgroups need.'),
        direction(
          'VK-S3-OR12',
          'Voor mensen die veiligheid en vertrouwen nodig hebben, is informatie verspreiden niet genoeg. Persoonlijk contact via professionals die hen al kennen werkt beter.',
          'For people who need safety and trust, spreading information is not enough. Personal contact through professionals who already know them works better.',
        ),
        direction(
          'VK-S3-OR13',
          'Wissel gegevens uit met UWV over inschrijvingen in het doelgroepregister, en informeer of bel mensen over hulp nadat hun aanvraag voor een uitkering is afgewezen.',
          'Exchange data with UWV about registrations in the doelgroepregister, and inform or contact people about help after their benefit application was refused.',
        ),
        direction(
          'VK-S3-OR14',
          'Let op doorverwijzen binnen de gemeente, bijvoorbeeld vanuit de Wmo, de schuldhulp of het wijkteam.',
          'Pay attention to referrals within the gemeente, for example from the Wmo, debt support or the neighbourhood team.',
        ),
        direction(
          'VK-S3-TP1',
          'Onderzoek kan laten zien hoe je mensen beter bereikt, welke verschillen er tussen regio’s zijn en wat goed werkt. ' +
            'Het kan ook helpen om de grootte en samenstelling van de groep te kennen, bijvoorbeeld met het oog op de wet over proactieve dienstverlening.',
          'Research can show how to reach people better, what differs between regions and what works well. ' +
            'It can also help to know the size and make-up of the group, for example with the bill on proactive services in mind.',
          'toekomst',
        ),
      ],
    },
    {
      id: 'VK-S3-SF4',
      title: { nl: 'Mensen in beeld houden', en: 'Keeping people in view' },
      text: {
        nl:
          'Mensen raken vaak uit beeld als een doorverwijzing mislukt. Soms kent een andere afdeling hen, zoals de Wmo of de schuldhulp, maar verwijst die niet door naar hulp bij werk. ' +
          'Ook het systeem om mensen te volgen schiet vaak tekort, vooral omdat er geen uitkering loopt die het dossier levend houdt. ' +
          'Valt iemand terug of begint iemand opnieuw, dan is er geen vast moment om informatie met de consulent te delen, of geeft de administratie die niet door. Zo stopt de hulp ongemerkt.',
        en:
          'People often drop out of view when a referral fails. Sometimes another department knows them, such as the Wmo or debt support, but does not refer them on to help with work. ' +
          'The system for following people also often falls short, mainly because there is no benefit payment to keep the file alive. ' +
          'When someone relapses or starts again, there is no set moment to share information with the consulent, or the administration does not pass it on. So the help stops without anyone noticing.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S3-OR15',
          'Richt het volgsysteem zo in dat je mensen actief opvolgt: zie op tijd wanneer iemand vastloopt of dreigt vast te lopen, en kom in actie.',
          'Set up the follow-up system so you follow people actively: notice in time when someone gets stuck or is about to, and act.',
        ),
        direction('VK-S3-OR16', 'Geef iedereen een vast aanspreekpunt.', 'Give everyone one fixed contact person.'),
        direction('VK-S3-OR17', 'Plan altijd een afspraak voor nazorg.', 'Always plan an aftercare appointment.'),
        direction('VK-S3-OR18', 'Verwijs binnen de gemeente gericht door.', 'Refer people within the gemeente in a targeted way.'),
        direction(
          'VK-S3-OR19',
          'Investeer in de band met de persoon: sluit aan bij wat iemand drijft en bij de hulpvraag.',
          'Invest in the relationship with the person: connect with what motivates them and with their request for help.',
        ),
        direction(
          'VK-S3-OR20',
          'Spreek samen met de persoon af wat jullie van elkaar verwachten, hoe jullie je inzetten en hoe jullie contact houden.',
          'Agree with the person what you expect of each other, how you both commit and how you keep in touch.',
        ),
        direction(
          'VK-S3-OR21',
          'Houd per deelgroep bij wie er binnenkomt, en spreek af hoe je dat volgt en wie wat oppakt.',
          'Track who comes in, per subgroup, and agree how you monitor this and who follows up.',
        ),
      ],
    },
    step3Knowledge,
  ],
};
