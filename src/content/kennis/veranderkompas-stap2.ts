// Veranderkompas, step 2: the legal task and policy. Own wording (B1 Dutch and English).
import { direction, question, type Step } from './veranderkompas-types.ts';

export const step2: Step = {
  id: 'VK-S2',
  number: 2,
  shortTitle: { nl: 'Beleid', en: 'Policy' },
  title: {
    nl: 'De wettelijke taak en de opgave voor de samenleving invullen (beleid)',
    en: 'Fulfilling the legal task and the wider social task (policy)',
  },
  intro: {
    nl:
      'De gemeente is het vangnet voor inwoners die nergens anders hulp krijgen. Die hulp moet zichtbaar zijn en voor iedereen te vinden. ' +
      'Voor mensen zonder uitkering betekent dit: beleid dat laat zien hoe de gemeente haar wettelijke taak uitvoert, en dat ook echt in praktijk brengt. ' +
      'Dat roept vragen op over principes, over beleid en over de uitvoering. In deze stap kijk je kritisch naar het beleid dat er nu is.',
    en:
      'The gemeente is the safety net for residents who get help nowhere else. That help must be visible and easy to find. ' +
      'For people without a benefit this means policy that shows how the gemeente carries out its legal task, and that actually puts it into practice. ' +
      'This raises questions of principle, of policy and of delivery. In this step you take a critical look at the policy in place.',
  },
  mainQuestion: {
    nl: 'Waarom is het belangrijk dat de gemeente deze groep ondersteunt, en hoe ver gaat haar verantwoordelijkheid?',
    en: 'Why does it matter that the gemeente supports this group, and how far does its responsibility go?',
  },
  questions: [
    question('VK-S2-GV1', 'Welk beleid hebben we nu? Staat het in een verordening of in een beleidsregel?', 'What is our current policy? Is it laid down in a verordening or in a policy rule?'),
    question(
      'VK-S2-GV2',
      'Welke afwegingen en belangen spelen mee? Wat wint uiteindelijk: de korte of de lange termijn?',
      'Which trade-offs and interests play a part? What wins in the end: the short or the long term?',
    ),
    question(
      'VK-S2-GV3',
      'Vanuit welke waarden kijkt de gemeente naar deze groep, en zie je die terug in het beleid? Wat wil de gemeente met de ondersteuning bereiken?',
      'From which values does the gemeente look at this group, and can you see them in the policy? What does the gemeente want to achieve with its support?',
    ),
    question(
      'VK-S2-GV4',
      'Welke afdelingen en welke partijen buiten de gemeente zijn betrokken bij de ondersteuning?',
      'Which departments and which outside organisations are involved in the support?',
    ),
    question('VK-S2-GV5', 'Hoe betalen we de ondersteuning?', 'How is the support paid for?'),
    question(
      'VK-S2-GV6',
      'Hoe zien we de balans tussen maatwerk en willekeur? Weten consulenten welke hulp ze kunnen of moeten inzetten?',
      'How do we see the balance between tailored support and arbitrary decisions? Do consulenten know which help they can or must offer?',
    ),
  ],
  steeringFactors: [
    {
      id: 'VK-S2-SF1',
      title: { nl: 'Het gesprek over de verantwoordelijkheid van de gemeente', en: "The debate on the gemeente's responsibility" },
      text: {
        nl:
          'De gemeente is verantwoordelijk als niemand anders dat is. Volgens de wet is er dus geen grijs gebied. ' +
          'Toch voelen gemeenten dat wel: met weinig geld en mensen vragen ze zich af waar hun taak stopt en die van anderen begint. ' +
          'Gemeenten kiezen zelf op welke groepen hun beleid zich richt. Wie deze groep niet kiest, verliest haar uit het oog. ' +
          'Omdat steeds meer mensen met ingewikkelde vragen komen, zien gemeenten ook een rol voor maatschappelijke partners, en vragen ze om meer budget.',
        en:
          'The gemeente is responsible where nobody else is. So by law there is no grey area. ' +
          'Still, gemeenten feel there is one: with little money and staff, they wonder where their task ends and that of others begins. ' +
          'Gemeenten choose which groups their policy targets. If they do not choose this group, it drops out of view. ' +
          'Because more and more people come with complex needs, gemeenten also see a role for social partners, and they ask for more budget.',
      },
      subFactors: [],
      solutionDirections: [
        direction('VK-S2-OR1', 'Praat binnen de gemeente en in de regio over wie verantwoordelijk is voor deze groep.', 'Discuss within the gemeente and in the region who is responsible for this group.'),
        direction(
          'VK-S2-OR2',
          'Laat zien wat het beleid is en wat de gemeente echt doet, zodat de gemeenteraad de gemeente erop kan aanspreken.',
          'Show what the policy is and what the gemeente actually does, so the council can hold the gemeente to account.',
        ),
        direction(
          'VK-S2-OR3',
          'Breng in kaart welke partijen een rol spelen, zoals scholen, werkontwikkelbedrijven, sociale ondernemers, het werkgeversservicepunt en het werkcentrum.',
          'Map the organisations that play a part, such as schools, work-development companies, social enterprises, the employer service point and the werkcentrum.',
        ),
        direction(
          'VK-S2-TP1',
          'Gemeenten willen vanuit het Rijk een kader voor het gesprek over verantwoordelijkheid, en ook middelen en budget.',
          'Gemeenten want a national framework for the debate on responsibility, plus resources and budget from central government.',
          'toekomst',
        ),
        direction(
          'VK-S2-TP2',
          'Een landelijke campagne, bijvoorbeeld samen met grote gemeenten of de VNG, die aandacht vraagt voor de groep en uitlegt welke rechten en plichten er zijn.',
          'A national campaign, for example with large gemeenten or the VNG, that raises attention for the group and explains rights and duties.',
          'toekomst',
        ),
        direction(
          'VK-S2-TP3',
          'Deel de verantwoordelijkheid voor werk tussen het sociaal domein en economische zaken. Dan staan er meer mensen achter en is er meer draagkracht.',
          'Share responsibility for getting people into work between the social domain and economic affairs. That brings more support and more capacity.',
          'toekomst',
        ),
      ],
    },
    {
      id: 'VK-S2-SF2',
      title: { nl: 'Wat het oplevert om beleid vast te leggen', en: 'The value of writing policy down' },
      text: {
        nl:
          'Door de beleidsvrijheid is niet gegarandeerd dat iemand zonder uitkering hulp krijgt. Of er beleid komt, hangt vaak af van een paar betrokken mensen of van de lokale politiek. ' +
          'Niet iedereen is overtuigd dat vastleggen helpt; sommigen vinden bereikbare en zichtbare hulp belangrijker. ' +
          'Toch geeft vastgelegd beleid duidelijkheid, openheid en rechtszekerheid. Het liefst staat de groep in de verordening, en anders minstens in een beleidsregel. ' +
          'Regels en werkafspraken moeten helder zijn over rechten en plichten, en consulenten helpen om per persoon een eerlijke afweging te maken. Werkinstructies zijn een alternatief voor een beleidsregel.',
        en:
          'Because gemeenten have policy discretion, nobody without a benefit is guaranteed help. Whether policy is made often depends on a few committed people or on local politics. ' +
          'Not everyone is convinced that writing policy down helps; some think reachable, visible help matters more. ' +
          'Still, written policy gives clarity, openness and legal certainty. Ideally the group is named in the verordening, or at least in a policy rule. ' +
          'Rules and working agreements must be clear about rights and duties, and help consulenten make a fair judgement for each person. Work instructions are an alternative to a policy rule.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S2-OR4',
          'Beschrijf in de beleidsregels bij de re-integratieverordening niet alleen wie tot de groep hoort, maar ook de regels: hoe lang hulp duurt en wanneer die stopt, het plan van aanpak, ' +
            'wat er geldt bij eigen vermogen, of het doel gewoon werk is of werk met loonwaarde, of inschrijven als werkzoekende bij UWV nodig is, en wat het verschil is voor mensen onder en boven 27 jaar.',
          'In the policy rules under the re-integration verordening, describe not only who belongs to the group but also the rules: how long support lasts and when it ends, the plan van aanpak, ' +
            'what applies when someone has savings, whether the goal is regular work or work with loonwaarde, whether registering as a jobseeker with UWV is required, and how things differ for people under and over 27.',
        ),
        direction('VK-S2-OR5', 'Maak uitvoeringsafspraken en kijk regelmatig of ze werken.', 'Make working agreements for delivery and check regularly whether they work.'),
      ],
    },
    {
      id: 'VK-S2-SF3',
      title: { nl: 'Maatwerk of willekeur', en: 'Tailored support or arbitrary decisions' },
      text: {
        nl:
          'Als er weinig in regels of werkafspraken staat, of als consulenten niet weten wat kan, hangt de hulp af van wie je treft. ' +
          'Alleen vertrouwen op maatwerk en de vrije keuze van consulenten vergroot de kans op willekeur. Dat maakt de positie van mensen zonder uitkering nog kwetsbaarder.',
        en:
          'When little is written in rules or working agreements, or consulenten are unsure what is possible, the help you get depends on who you meet. ' +
          "Relying only on tailored support and the consulent's own choice raises the risk of arbitrary decisions. That makes people without a benefit even more vulnerable.",
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S2-TP4',
          'Gemeenten weten weinig van elkaars aanpak, maar willen graag van elkaar leren. Wissel uit, leer van goede voorbeelden en werk toe naar een modelverordening, model-beleidsregels en een plan om die in te voeren.',
          "Gemeenten know little about each other's approach but want to learn from each other. Share experiences, learn from good examples and work towards a model verordening, model policy rules and a plan to introduce them.",
          'toekomst',
        ),
      ],
    },
    {
      id: 'VK-S2-SF4',
      title: { nl: 'Belangen en afwegingen achter het beleid', en: 'Interests and trade-offs behind policy' },
      text: {
        nl:
          'Gemeenten vinden lange-termijnwaarden zoals gezondheid en bestaanszekerheid belangrijk. Toch wint op korte termijn meestal het budget. ' +
          'Het re-integratiebudget, waar ook deze hulp van betaald wordt, krijgt vaak te maken met bezuinigingen. ' +
          'Men ziet wel wat hulp oplevert: mensen die kunnen werken, minder tekorten op de arbeidsmarkt, zingeving en gezondheid. Maar vaak wil men eerst een businesscase zien. ' +
          'Als investeringen voor de lange termijn wijken voor keuzes voor de korte termijn, worden mensen zonder uitkering minder zeker van hulp. ' +
          'Een heldere visie helpt: welke waarden en doelen kiest de gemeente, en hoe weegt zij korte en lange termijn?',
        en:
          'Gemeenten value long-term goals such as health and a secure livelihood. Yet in the short term the budget usually wins. ' +
          'The re-integration budget, which also pays for this support, is often cut. ' +
          'People do see what support brings: people who can work, fewer labour shortages, meaning and health. But often a business case is wanted first. ' +
          'When long-term investment gives way to short-term choices, people without a benefit become less certain of help. ' +
          'A clear vision helps: which values and goals does the gemeente choose, and how does it weigh the short and the long term?',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S2-OR6',
          'Bespreek welke belangen en afwegingen er achter het beleid zitten, en kijk kritisch naar het huidige beleid, de waarden en de doelen.',
          'Discuss the interests and trade-offs behind policy, and take a critical look at current policy, its values and its goals.',
        ),
        direction('VK-S2-OR7', 'Maak duidelijk wat het economisch oplevert, voor de samenleving en voor de arbeidsmarkt.', 'Make clear what it brings economically, for society and for the labour market.'),
        direction(
          'VK-S2-OR8',
          'Ga ervan uit dat het zichzelf terugbetaalt als iemand aan het werk komt, en dat het helpt tegen tekorten op de arbeidsmarkt.',
          'Start from the idea that helping someone into work pays for itself and helps against labour shortages.',
        ),
        direction(
          'VK-S2-OR9',
          'Zet stevig in op preventie, bestaanszekerheid en de krappe arbeidsmarkt. Dat maakt duidelijker waarom deze hulp belangrijk is en welke rol de gemeente heeft.',
          'Invest firmly in prevention, a secure livelihood and the tight labour market. That makes clearer why this support matters and what role the gemeente has.',
        ),
      ],
    },
    {
      id: 'VK-S2-SF5',
      title: { nl: 'Geld voor de ondersteuning', en: 'Budget for support' },
      text: {
        nl:
          'Meer en betere hulp kost geld. Een hoger re-integratiebudget betekent niet vanzelf meer hulp voor deze groep. ' +
          'Daarom zijn budgetten nodig die echt voor deze groep bedoeld zijn, of subsidies, of afspraken.',
        en:
          'More and better support costs money. A higher re-integration budget does not automatically mean more help for this group. ' +
          'That is why budgets set aside for this group, subsidies or agreements are needed.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S2-OR10',
          'Gebruik subsidies voor deelgroepen, bijvoorbeeld uit Europese fondsen (ESF). Houd er rekening mee dat dit veel tijd en moeite kost.',
          'Use subsidies for subgroups, for example European funds (ESF). Keep in mind that this takes a lot of time and effort.',
        ),
        direction(
          'VK-S2-OR11',
          'Leg afspraken binnen de gemeente en in de regio vast, met taakopdrachten of prestatieafspraken.',
          'Record agreements within the gemeente and in the region, with task assignments or performance agreements.',
        ),
        direction(
          'VK-S2-OR12',
          'Gebruik wat de Participatiewet aan geld biedt, zoals de nieuwe vergoeding voor loonkostensubsidie.',
          'Use the funding the Participatiewet offers, such as the new compensation for loonkostensubsidie.',
        ),
        direction(
          'VK-S2-TP5',
          'Kijk naar budgetten van het Rijk of van koepelorganisaties, zoals een specifieke uitkering (SPUK).',
          'Look at budgets from central government or umbrella organisations, such as a specific purpose grant (SPUK).',
          'toekomst',
        ),
        direction(
          'VK-S2-TP6',
          'Maak beleid en regel de financiering samen met de afdeling economische zaken.',
          'Make policy and arrange funding together with the economic affairs department.',
          'toekomst',
        ),
      ],
    },
  ],
};
