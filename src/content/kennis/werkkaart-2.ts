// Werkkaart chapter WK-2: the law, the instruments and provisions, the
// responsibilities on both sides and the gemeente's discretion. Facts from
// "Tussen wal en schip" (Wever e.a., 2025), bijlage 4; text in our own words.
// The research has no numbers for the parts of this chapter; WK-2.1 to
// WK-2.6 are ours, in the order of the research.
import type { WerkkaartChapter } from './werkkaart-types.ts';

export const wk2: WerkkaartChapter = {
  id: 'WK-2',
  slug: 'wetten-en-instrumenten',
  title: { nl: 'Wetten, regels en instrumenten', en: 'Laws, rules and instruments' },
  summary: {
    nl: 'Welke hulp de wet mogelijk maakt, ook zonder uitkering. Wie waarvoor verantwoordelijk is. En hoeveel ruimte de gemeente heeft.',
    en: 'Which help the law makes possible, also without a benefit. Who is responsible for what. And how much room the gemeente has.',
  },
  body: [
    {
      nl: 'Mensen zonder uitkering vallen onder de Participatiewet (artikel 7 lid 1). Daarom is de gemeente verantwoordelijk voor hun ondersteuning naar werk. De meeste instrumenten van de Participatiewet zijn in principe voor iedereen die onder die wet valt. Dus ook voor mensen zonder uitkering.',
      en: 'People without a benefit fall under the Participatiewet (article 7 paragraph 1). That is why the gemeente is responsible for their support toward work. Most instruments of the Participatiewet are in principle for everyone who falls under that law. So also for people without a benefit.',
    },
    {
      nl: 'Hieronder staan de mogelijkheden in vier groepen: instrumenten van de gemeente, het doelgroepregister, hulp van UWV en andere hulp. Daarna lees je over verantwoordelijkheden en over de vrijheid van de gemeente.',
      en: 'Below are the options in four groups: instruments of the gemeente, the target group register, help from UWV, and other help. After that you read about responsibilities and about the gemeente’s freedom.',
    },
  ],
  subsections: [
    {
      id: 'WK-2.1',
      anchor: 'instrumenten-gemeente',
      title: { nl: 'Instrumenten van de gemeente', en: 'Instruments of the gemeente' },
      body: [
        {
          nl: 'Deze instrumenten van de Participatiewet zijn in principe voor iedereen die onder de wet valt:',
          en: 'These instruments of the Participatiewet are in principle for everyone who falls under the law:',
          list: [
            { nl: 'loonkostensubsidie voor de werkgever;', en: 'wage cost subsidy (loonkostensubsidie) for the employer;' },
            { nl: 'jobcoaching op de werkplek;', en: 'job coaching at the workplace;' },
            {
              nl: 'gewone re-integratie: trajecten naar werk, scholing, sollicitatietraining, premies, tijdelijke loonkostensubsidie en persoonlijke begeleiding;',
              en: 'regular re-integration: trajectories toward work, training, job application training, bonuses, temporary wage cost subsidy and personal guidance;',
            },
            { nl: 'een proefplaatsing bij een werkgever;', en: 'a trial placement (proefplaatsing) with an employer;' },
            { nl: 'voorzieningen en aanpassingen op de werkplek;', en: 'provisions and adaptations at the workplace;' },
            { nl: 'premiekorting en mobiliteitsbonus voor de werkgever.', en: 'premium discount and mobility bonus for the employer.' },
          ],
        },
        {
          nl: 'Veel mensen denken dat deze hulp alleen is voor wie in het doelgroepregister staat. De wet zegt dat niet. Een gemeente kan wel zelf extra regels maken.',
          en: 'Many people think this help is only for those in the target group register. The law does not say so. A gemeente can make extra rules of its own, though.',
        },
      ],
      tips: [
        {
          nl: 'Zeg nooit "dat kan niet zonder uitkering" zonder het na te kijken. Zoek op wat jouw gemeente in haar regels heeft staan.',
          en: 'Never say "that is not possible without a benefit" without checking. Look up what your gemeente’s rules say.',
        },
      ],
      links: {
        helpKinds: ['re-integratie-traject', 'jobcoaching', 'proefplaats', 'werkplekaanpassing', 'scholing'],
        services: ['loonkostensubsidie', 'jobcoaching-gemeente', 're-integratie-gemeente', 'proefplaatsing', 'werkvoorzieningen-gemeente', 'premiekorting-mobiliteitsbonus'],
        rechtencheck: {
          nl: 'De Rechtencheck laat per instrument zien of iemand er misschien recht op heeft, en waarom.',
          en: 'The Rechtencheck shows for each instrument whether someone may be entitled to it, and why.',
        },
      },
    },
    {
      id: 'WK-2.2',
      anchor: 'doelgroepregister',
      title: { nl: 'Het doelgroepregister', en: 'The target group register' },
      body: [
        {
          nl: 'Sommige mensen met een arbeidsbeperking en zonder uitkering kunnen in het doelgroepregister van de banenafspraak komen. Dat gaat via UWV, of via de praktijkroute van de gemeente.',
          en: 'Some people with a work limitation and no benefit can be included in the target group register (doelgroepregister) of the jobs agreement. This goes through UWV, or through the gemeente’s practical route (praktijkroute).',
        },
        {
          nl: 'Staat iemand in het register? Dan wordt het voor een werkgever aantrekkelijker om die persoon aan te nemen. De werkgever kan dan gebruikmaken van:',
          en: 'Is someone in the register? Then it becomes more attractive for an employer to hire that person. The employer can then use:',
          list: [
            { nl: 'het loonkostenvoordeel;', en: 'the wage cost advantage (loonkostenvoordeel);' },
            { nl: 'loonkostensubsidie;', en: 'wage cost subsidy;' },
            { nl: 'de no-riskpolis van UWV;', en: 'UWV’s no-risk policy (no-riskpolis);' },
            { nl: 'het meetellen voor de banenafspraak.', en: 'counting toward the jobs agreement (banenafspraak).' },
          ],
        },
      ],
      tips: [
        {
          nl: 'Niet iedereen wil in het register. Sommige mensen zijn bang voor een stempel. Leg uit wat het oplevert en laat de keuze bij de persoon.',
          en: 'Not everyone wants to be in the register. Some people fear a label. Explain what it brings and leave the choice to the person.',
        },
      ],
      links: {
        helpKinds: ['inschrijven-registreren', 'werkgever-regelingen'],
        services: ['doelgroepregister-uwv', 'doelgroepregister-praktijkroute', 'loonkostenvoordeel', 'no-riskpolis', 'banenafspraak'],
      },
    },
    {
      id: 'WK-2.3',
      anchor: 'uwv',
      title: { nl: 'Hulp van UWV', en: 'Help from UWV' },
      body: [
        {
          nl: 'UWV heeft geen formele taak bij de ondersteuning van deze groep. Toch kan UWV soms iets doen:',
          en: 'UWV has no formal task in supporting this group. Still, UWV can sometimes do something:',
          list: [
            { nl: 'de gewone online dienstverlening voor werkzoekenden op werk.nl;', en: 'the regular online services for jobseekers on werk.nl;' },
            {
              nl: 'voor mensen met een structurele functionele beperking, ook zonder doelgroepregister: voorzieningen op de werkplek, vervoer naar het werk en jobcoaching.',
              en: 'for people with a structural functional limitation, also without the target group register: workplace provisions, transport to work and job coaching.',
            },
          ],
        },
      ],
      links: {
        helpKinds: ['inschrijven-registreren', 'vervoer'],
        services: ['inschrijven-werkzoekende', 'werk-nl', 'werkvoorzieningen-uwv', 'jobcoaching-uwv'],
      },
    },
    {
      id: 'WK-2.4',
      anchor: 'andere-hulp',
      title: { nl: 'Andere hulp', en: 'Other help' },
      body: [
        {
          nl: 'Er is meer hulp. Of je die kunt inzetten, hangt af van het beleid van je organisatie en van samenwerking met anderen:',
          en: 'There is more help. Whether you can use it depends on your organisation’s policy and on working together with others:',
          list: [
            { nl: 'jobcoaching via andere partijen;', en: 'job coaching through other parties;' },
            { nl: 'groeibanen;', en: 'growth jobs (groeibanen);' },
            { nl: 'projecten in de regio;', en: 'projects in the region;' },
            { nl: 'het werkcentrum in de regio;', en: 'the regional work centre (werkcentrum);' },
            { nl: 'vrijwilligerswerk;', en: 'volunteering;' },
            {
              nl: 'organisaties voor mensen met een beperking: belangenorganisaties, patiëntenorganisaties en gespecialiseerde uitzendbureaus;',
              en: 'organisations for people with a limitation: interest groups, patient organisations and specialised temp agencies;',
            },
            { nl: 'sociale ondernemers en sociale coöperaties;', en: 'social enterprises and social cooperatives;' },
            {
              nl: 'zorg en welzijn, zoals de POH-GGZ bij de huisarts, een psycholoog of een ergotherapeut;',
              en: 'care and welfare, such as the mental health nurse at the GP (POH-GGZ), a psychologist or an occupational therapist;',
            },
            { nl: 're-integratiebedrijven en zelfstandige jobcoaches.', en: 're-integration companies and self-employed job coaches.' },
          ],
        },
      ],
      links: {
        helpKinds: ['vrijwilligerswerk', 'lotgenoten', 'gezondheid-en-energie'],
        services: [
          'jobcoaching-overig',
          'groeibanen',
          'regionale-projecten',
          'werkcentrum',
          'vrijwilligerswerk',
          'belangen-en-patientenorganisaties',
          'sociale-ondernemingen',
          'zorg-en-welzijn',
          're-integratiebedrijven',
        ],
      },
    },
    {
      id: 'WK-2.5',
      anchor: 'verantwoordelijkheden',
      title: { nl: 'Wie is waarvoor verantwoordelijk?', en: 'Who is responsible for what?' },
      body: [
        {
          nl: 'Iemand met een uitkering heeft plichten. Die persoon moet bijvoorbeeld solliciteren of een traject volgen. Iemand zonder uitkering die hulp vraagt, heeft die plichten niet. De gemeente kan deze persoon dus geen straf of maatregel geven als afspraken niet lukken. Wel mag de gemeente stoppen met de hulp als de persoon zich niet aan afspraken houdt.',
          en: 'Someone with a benefit has obligations. That person must, for example, apply for jobs or follow a trajectory. Someone without a benefit who asks for help does not have those obligations. So the gemeente cannot give this person a penalty or sanction when agreements fail. The gemeente may stop the help if the person does not keep to agreements.',
        },
        {
          nl: 'De gemeente moet deze hulp wel aanbieden. Dat staat onder meer in de wet Breed offensief. Als professional zorg je voor goede hulp binnen het beleid van je gemeente. Je moet dus weten welke instrumenten er zijn en hoe je ze inzet.',
          en: 'The gemeente must offer this help. This follows among other things from the Breed offensief law. As a professional you make sure there is good help within your gemeente’s policy. So you need to know which instruments exist and how to use them.',
        },
        {
          nl: 'Vaak weten professionals en de mensen zelf niet welke hulp er is. En vaak wacht de gemeente af: alleen wie zich meldt, krijgt hulp. Daarom moeten gemeenten en professionals investeren in kennis en in een goede organisatie van deze hulp.',
          en: 'Often professionals and the people themselves do not know what help there is. And often the gemeente waits: only those who come forward get help. That is why gemeenten and professionals must invest in knowledge and in organising this help well.',
        },
      ],
      tips: [
        {
          nl: 'Wacht niet tot iemand zich meldt. Kijk wie er al in beeld is, bijvoorbeeld na een afwijzing voor bijstand, en neem zelf contact op.',
          en: 'Do not wait until someone comes forward. Look at who is already in view, for example after a bijstand refusal, and make contact yourself.',
        },
      ],
      links: {
        services: ['ondersteuning-naar-werk'],
        trajecten: { href: '/aanmeldingen', label: { nl: 'Bekijk nieuwe aanmeldingen', en: 'View new requests for contact' } },
      },
    },
    {
      id: 'WK-2.6',
      anchor: 'beleidsvrijheid',
      title: { nl: 'De vrijheid van de gemeente', en: 'The gemeente’s freedom' },
      body: [
        {
          nl: 'Elke gemeente bepaalt zelf hoe ze haar taak uitvoert. Ze kiest hoe ze het budget voor de Participatiewet besteedt en wie voorrang krijgt in de caseload. Zo kan ze het geld laten passen bij de vragen van mensen.',
          en: 'Every gemeente decides for itself how it carries out its task. It chooses how to spend the budget for the Participatiewet and who gets priority in the caseload. That way it can match the money to people’s questions.',
        },
        {
          nl: 'In de praktijk spelen ook geld en praktische zaken mee. Wat er echt wordt ingezet, hangt af van het budget, van wie voorrang krijgt en van kennis over de groep. Een gemeente mag een voorziening niet zonder goede reden weigeren. Maar ze mag in haar verordening wel voorwaarden stellen. Een opleiding kan bijvoorbeeld worden geweigerd als die te duur is. De professional beoordeelt of een voorziening past. Kennis en vakmanschap zijn daarom heel belangrijk.',
          en: 'In practice, money and practical matters also play a role. What is actually used depends on the budget, on who gets priority and on knowledge about the group. A gemeente may not refuse a provision without good reason. But it may set conditions in its by-law (verordening). A training course can, for example, be refused if it is too expensive. The professional judges whether a provision fits. Knowledge and skill are therefore very important.',
        },
        {
          nl: 'Deze vrijheid geeft ruimte voor maatwerk. Maar er is ook een risico. Weet een professional niet welke hulp en ruimte er is? Dan krijgt iemand misschien niet de hulp waar die recht op heeft.',
          en: 'This freedom gives room for tailor-made support. But there is also a risk. If a professional does not know what help and room there is, someone may not get the help they are entitled to.',
        },
      ],
      tips: [
        {
          nl: 'Vraag je leidinggevende of beleidsadviseur welke regels jullie gemeente heeft voor mensen zonder uitkering. Zorg dat die regels op papier staan.',
          en: 'Ask your manager or policy adviser which rules your gemeente has for people without a benefit. Make sure these rules are written down.',
        },
      ],
      links: {
        trajecten: { href: '/caseload', label: { nl: 'Bekijk je caseload', en: 'View your caseload' } },
      },
    },
  ],
  links: {
    helpKinds: ['rechten-en-geld', 'werkgever-regelingen'],
    services: ['ondersteuning-naar-werk', 'loonkostensubsidie', 'doelgroepregister-praktijkroute'],
    rechtencheck: {
      nl: 'Twijfel je waar iemand recht op heeft? Vul samen de Rechtencheck in. Je ziet per regeling de uitleg en de wet.',
      en: 'Not sure what someone is entitled to? Fill in the Rechtencheck together. For each scheme you see the explanation and the law.',
    },
    trajecten: { href: '/caseload', label: { nl: 'Naar je caseload', en: 'Go to your caseload' } },
  },
  reflection: {
    id: 'WK-2-R',
    questions: [
      {
        id: 'WK-2-R1',
        text: {
          nl: 'Loop jij tegen dilemma’s aan als je mensen met een beperking en zonder uitkering helpt? Welke?',
          en: 'Do you run into dilemmas when you help people with a limitation and no benefit? Which ones?',
        },
      },
      {
        id: 'WK-2-R2',
        text: {
          nl: 'Zijn er afspraken, uitgesproken of niet, over wie voorrang krijgt in je caseload? En over wat iets mag kosten?',
          en: 'Are there agreements, spoken or not, about who gets priority in your caseload? And about what something may cost?',
        },
      },
    ],
  },
};
