// Veranderkompas, step 5: cooperation. Own wording (B1 Dutch and English).
import { direction, question, type Step } from './veranderkompas-types.ts';

export const step5: Step = {
  id: 'VK-S5',
  number: 5,
  shortTitle: { nl: 'Samenwerking', en: 'Cooperation' },
  title: {
    nl: 'Samenwerking: goede hulp als gezamenlijke opgave van het sociaal en het publiek domein',
    en: 'Cooperation: good support as a shared task of the social and the public domain',
  },
  intro: {
    nl:
      'De wettelijke taak ligt bij de gemeente, maar andere partijen spelen ook een grote rol. Veel mensen zijn al bekend bij bijvoorbeeld patiëntenorganisaties, zorgverleners of uitzendbureaus. ' +
      'Het is belangrijk te weten wie wat doet. Daarvoor zijn goede samenwerking en bekendheid van de hulp nodig, in het publieke gesprek en binnen organisaties. ' +
      'Nieuwe ontwikkelingen tellen mee: de nieuwe inrichting van de arbeidsmarkt, de werkcentra, en wetsvoorstellen over proactieve dienstverlening, ' +
      'over de stap van school naar duurzaam werk, het Breed offensief en Participatiewet in balans. De gemeente heeft hierin een belangrijke rol.',
    en:
      'The legal task lies with the gemeente, but other organisations also play a big part. Many people are already known to, for example, patient organisations, care providers or temp agencies. ' +
      'It is important to know who does what. That requires good cooperation and awareness of the help, in public debate and within organisations. ' +
      'New developments matter: the new set-up of the labour market, the werkcentra, and bills on proactive services, ' +
      'on the move from school to lasting work, the Broad Offensive and the Participatiewet in balance. The gemeente has an important role here.',
  },
  mainQuestion: {
    nl: 'Hoe werken we in de regio samen aan hulp voor deze groep? Hoe kan dat beter, en wat is de rol van de gemeente?',
    en: "How do we work together in the region on help for this group? How can it improve, and what is the gemeente's role?",
  },
  questions: [
    question(
      'VK-S5-GV1',
      'Hebben de arbeidsmarktregio en het werkcentrum aandacht voor mensen met een arbeidsbeperking zonder uitkering?',
      'Do the arbeidsmarktregio and the werkcentrum pay attention to people with an occupational disability and no benefit?',
    ),
    question(
      'VK-S5-GV2',
      'Wisselen we uit en werken we samen met andere gemeenten, bijvoorbeeld over verschillen in beleid of over afspraken met uitvoeringsorganisaties?',
      'Do we share and cooperate with other gemeenten, for example on differences in policy or on agreements with delivery organisations?',
    ),
    question(
      'VK-S5-GV3',
      'Hoe werken we samen met scholen, patiëntenorganisaties, werkgevers en anderen? Welke rol heeft en neemt de gemeente om de sociale kaart bekend te maken?',
      'How do we work with schools, patient organisations, employers and others? What role does the gemeente have, and take, in making the local support directory known?',
    ),
    question('VK-S5-GV4', 'Hoe werken we samen met UWV?', 'How do we work with UWV?'),
    question('VK-S5-GV5', 'Werken we aan een ketenaanpak waarin deze groep een plek heeft?', 'Are we working on a chain approach in which this group has a place?'),
  ],
  steeringFactors: [
    {
      id: 'VK-S5-SF1',
      title: { nl: 'Het economisch belang', en: 'The economic case' },
      text: {
        nl:
          'Omdat deze mensen onder de Participatiewet vallen, kijkt men vooral sociaal naar hen: als iemand met eigen behoeften en mogelijkheden, met recht op passende hulp. ' +
          'Economische redenen om hen aan het werk te helpen krijgen daardoor minder aandacht.',
        en:
          'Because these people fall under the Participatiewet, they are mainly seen from a social angle: as individuals with their own needs and abilities and a right to suitable help. ' +
          'Economic reasons to help them into work therefore get less attention.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S5-OR1',
          'Maak de economische redenen zichtbaar: wat het oplevert voor de arbeidsmarkt of voor bepaalde sectoren, dat het financiële afhankelijkheid en onzekerheid voorkomt, ' +
            'en dat inwoners en gemeenten er financieel sterker van worden. Werk daarvoor ook samen buiten het sociaal domein, met werkgevers en met economische zaken in de gemeente.',
          'Make the economic reasons visible: what it brings to the labour market or to certain sectors, that it prevents financial dependence and insecurity, ' +
            'and that residents and gemeenten become financially stronger. To do so, also work beyond the social domain, with employers and with economic affairs in the gemeente.',
        ),
      ],
    },
    {
      id: 'VK-S5-SF2',
      title: { nl: 'Uitwisselen en samenwerken tussen gemeenten', en: 'Sharing and cooperating between gemeenten' },
      text: {
        nl:
          'Verschillen in beleid en hulp zorgen voor verwarring en frustratie. Tegelijk willen veel gemeenten van elkaar leren. ' +
          'Ook als het beleid in de regio op elkaar is afgestemd, blijken gemeenten in de praktijk niet altijd hetzelfde te bedoelen.',
        en:
          'Differences in policy and help cause confusion and frustration. At the same time many gemeenten want to learn from each other. ' +
          'Even when policy is aligned in the region, gemeenten turn out not always to mean the same thing in practice.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S5-OR2',
          'Stem als gemeenten af, bijvoorbeeld in de arbeidsmarktregio, zodat het beleid niet te veel verschilt.',
          'Align between gemeenten, for example in the arbeidsmarktregio, so policies do not differ too much.',
        ),
        direction('VK-S5-OR3', 'Maak in de regio duidelijke doelen of opdrachten.', 'Set clear goals or tasks in the region.'),
        direction(
          'VK-S5-OR4',
          'Neem de groep op in de inclusie-opgaven van de SUWI-keten, en zet haar op de agenda voor meerdere jaren van de regio.',
          "Include the group in the inclusion tasks of the SUWI chain, and put it on the region's multi-year agenda.",
        ),
        direction(
          'VK-S5-OR5',
          'Zoek samen naar de punten waar inwoners vastlopen, zoals erbij horen of je veilig voelen, en werk daar samen aan.',
          'Look together for the points where residents get stuck, such as belonging or feeling safe, and work on those together.',
        ),
      ],
    },
    {
      id: 'VK-S5-SF3',
      title: { nl: 'De rol van de gemeente in voorlichting', en: "The gemeente's role in providing information" },
      text: {
        nl: 'Voorlichting zorgt dat meer mensen de hulp kennen, en maakt de samenwerking met maatschappelijke partners sterker.',
        en: 'Providing information makes more people aware of the help, and strengthens cooperation with social partners.',
      },
      subFactors: [],
      solutionDirections: [
        direction('VK-S5-OR6', 'Vertel maatschappelijke partners welke hulp de gemeente biedt.', 'Tell social partners what help the gemeente offers.'),
        direction('VK-S5-OR7', 'Informeer bedrijven over de mogelijkheden voor mensen met een arbeidsbeperking.', 'Inform companies about the options for people with an occupational disability.'),
        direction('VK-S5-OR8', 'Wees aanwezig op scholen, bijvoorbeeld met informatiebijeenkomsten.', 'Be present at schools, for example with information sessions.'),
        direction('VK-S5-OR9', 'Wees aanwezig bij activiteiten zoals banenmarkten.', 'Be present at events such as job fairs.'),
      ],
    },
    {
      id: 'VK-S5-SF4',
      title: { nl: 'Samenwerken met werkgevers', en: 'Cooperating with employers' },
      text: {
        nl:
          'Help werkgevers om open te staan voor medewerkers met een arbeidsbeperking, ook als er geen voordelen van het doelgroepregister gelden. Dat kan via de dienstverlening aan werkgevers. ' +
          'Het helpt ook om te laten zien wat inclusie oplevert voor het bedrijf en voor de samenleving. Met meer steun uit politiek en samenleving wordt de verantwoordelijkheid meer gedeeld.',
        en:
          'Help employers to be open to workers with an occupational disability, also when no doelgroepregister benefits apply. This can be done through employer services. ' +
          'It also helps to show what inclusion brings to the business and to society. With more political and public support, the responsibility becomes more shared.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S5-OR10',
          'Spreek werkgevers aan en help hen, samen met het werkgeversservicepunt, om mensen met een arbeidsbeperking zonder uitkering aan te nemen en te begeleiden.',
          'Approach employers and help them, together with the employer service point, to hire and support people with an occupational disability and no benefit.',
        ),
        direction('VK-S5-OR11', 'Voer onder werkgevers een campagne over loonkostensubsidie.', 'Run a campaign among employers about loonkostensubsidie.'),
      ],
    },
    {
      id: 'VK-S5-SF5',
      title: { nl: 'Samenwerken met UWV', en: 'Cooperating with UWV' },
      text: {
        nl:
          'UWV heeft formeel geen taak voor deze groep, maar weet veel van arbeidsbeperkingen en doet vaak mee in regionale samenwerking. Samenwerken met UWV is daarom waardevol. ' +
          'UWV speelt ook een rol bij het delen van gegevens en bij doorverwijzen, bijvoorbeeld na een afgewezen aanvraag voor een uitkering of voor het doelgroepregister. Duidelijke afspraken helpen.',
        en:
          'UWV has no formal task for this group, but knows a lot about occupational disabilities and often takes part in regional cooperation. Working with UWV is therefore valuable. ' +
          'UWV also plays a part in sharing data and referring people, for example after a refused application for a benefit or for the doelgroepregister. Clear agreements help.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S5-OR12',
          'Zorg voor een warme overdracht of duidelijke informatie als iemand niet meer bij UWV in beeld is.',
          'Arrange a warm handover or clear information when someone leaves UWV’s services.',
        ),
        direction(
          'VK-S5-OR13',
          'Wissel gegevens uit over inschrijvingen in het doelgroepregister en over afgewezen aanvragen voor een uitkering.',
          'Exchange data on registrations in the doelgroepregister and on refused benefit applications.',
        ),
      ],
    },
    {
      id: 'VK-S5-SF6',
      title: { nl: 'De werkcentra en hun rol', en: 'The werkcentra and their role' },
      text: {
        nl:
          'De werkcentra bieden kansen voor deze groep. Ze versterken de samenwerking in de regio, geven mensen met een vraag over werk één duidelijke plek om aan te kloppen, en helpen kennis te delen. ' +
          'Werkcentra willen ook mensen actief benaderen en zien waar in de regio hulp ontbreekt.',
        en:
          'The werkcentra offer opportunities for this group. They strengthen regional cooperation, give people with a question about work one clear place to go, and help share knowledge. ' +
          'Werkcentra also aim to reach out actively and to spot where help is missing in the region.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S5-OR14',
          'Wijs mensen met een arbeidsbeperking zonder uitkering aan als doelgroep in de arbeidsmarktregio, en koppel er een opdracht aan.',
          'Name people with an occupational disability and no benefit as a target group in the arbeidsmarktregio, and attach a task to it.',
        ),
      ],
    },
  ],
};
