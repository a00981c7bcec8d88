// Veranderkompas, step 4: the experience of the people themselves. Own wording (B1 Dutch and English).
import { direction, question, type Step } from './veranderkompas-types.ts';

export const step4: Step = {
  id: 'VK-S4',
  number: 4,
  shortTitle: { nl: 'Leefwereld', en: 'Lived experience' },
  title: {
    nl: 'De ervaring van de mensen zelf: hulp die aansluit bij wat zij nodig hebben',
    en: 'The experience of the people themselves: help that fits their needs',
  },
  intro: {
    nl:
      'Goede hulp sluit aan bij wat mensen nodig hebben. Consulenten moeten zich kunnen inleven in hun leven: lang zoeken naar hulp, steeds weer een afwijzing, ' +
      'het gevoel afhankelijk te zijn, oneerlijk behandeld te worden of buitenspel te staan. ' +
      'Het vraagt ook om na te gaan hoe mensen de hulp ervaren, of de hulp echt antwoord geeft op hun vraag, en of de samenwerking met andere partijen goed loopt.',
    en:
      'Good help fits what people need. Consulenten must be able to imagine their lives: searching for help for a long time, being turned down again and again, ' +
      'feeling dependent, treated unfairly or left on the sidelines. ' +
      'It also means checking how people experience the help, whether it really answers their question, and whether cooperation with other organisations works well.',
  },
  mainQuestion: {
    nl: 'Hoe ervaren mensen de hulp? Past die bij wat ze nodig hebben, en werkt die?',
    en: 'How do people experience the help? Does it fit what they need, and does it work?',
  },
  questions: [
    question(
      'VK-S4-GV1',
      'Hoe ervaren mensen zonder uitkering de hulp? Kunnen ze die zien en bereiken? Krijgen ze antwoord op hun vraag, en worden ze gericht doorverwezen?',
      'How do people without a benefit experience the help? Can they see and reach it? Do they get an answer to their question, and are they referred in a targeted way?',
    ),
    question(
      'VK-S4-GV2',
      'Welke signalen geven professionals over wat goed gaat en wat vastloopt in de hulp aan deze groep?',
      'What signals do professionals give about what goes well and what gets stuck in helping this group?',
    ),
  ],
  steeringFactors: [
    {
      id: 'VK-S4-SF1',
      title: { nl: 'De dienstverlening samen evalueren', en: 'Evaluating services together' },
      text: {
        nl:
          'Vooral in gemeenten waar de groep weinig aandacht krijgt en consulenten weinig uitwisselen, is vaak onduidelijk hoe de hulp loopt. ' +
          'Dan is het zinvol om de dienstverlening samen te evalueren. Kijk daarbij ook of de rechten van mensen worden nageleefd en of de regels voor voorzieningen goed worden toegepast.',
        en:
          'Especially in gemeenten where the group gets little attention and consulenten rarely share experiences, it is often unclear how the help works. ' +
          'Then it is worth evaluating the services together. Also check whether people’s rights are respected and whether the rules for provisions are applied correctly.',
      },
      subFactors: [],
      solutionDirections: [
        direction('VK-S4-OR1', 'Maak kwaliteits- en werkafspraken over hoe vaak en hoe intensief je mensen begeleidt.', 'Make quality and working agreements on how often and how intensively you guide people.'),
        direction(
          'VK-S4-OR2',
          'Kijk kritisch naar verschillen in hulp tussen mensen met en zonder een plek in het doelgroepregister.',
          'Look critically at differences in help between people with and without a place in the doelgroepregister.',
        ),
        direction('VK-S4-OR3', 'Evalueer jobcoaching, zowel door de gemeente zelf als door ingehuurde jobcoaches.', 'Evaluate jobcoaching, both by the gemeente itself and by hired jobcoaches.'),
      ],
    },
    {
      id: 'VK-S4-SF2',
      title: { nl: 'Uitwisseling tussen beleid en uitvoering', en: 'Exchange between policy and practice' },
      text: {
        nl:
          'Beleidsmedewerkers weten niet altijd hoeveel mensen zonder uitkering zich melden, of waar consulenten tegenaan lopen. ' +
          'Als die signalen gedeeld worden, kun je kennis en werkafspraken bijstellen en de signalen gebruiken voor nieuw beleid.',
        en:
          'Policy staff do not always know how many people without a benefit come forward, or what problems consulenten run into. ' +
          'Sharing those signals lets you adjust knowledge and working agreements, and use the signals for new policy.',
      },
      subFactors: [],
      solutionDirections: [
        direction('VK-S4-OR4', 'Deel signalen tussen professionals in de uitvoering en beleidsmakers.', 'Share signals between frontline professionals and policy makers.'),
        direction('VK-S4-OR5', 'Vraag ervaringsdeskundigen om te helpen de signalen te duiden.', 'Ask experts by experience to help interpret the signals.'),
      ],
    },
    {
      id: 'VK-S4-SF3',
      title: { nl: 'Kennis van het leven van de mensen zelf', en: 'Knowledge of people’s lives' },
      text: {
        nl:
          'Mensen met een arbeidsbeperking zonder uitkering zijn heel verschillend: in waarom ze willen werken, wat ze nodig hebben en wat ze met hulp hebben meegemaakt. ' +
          'Om daarop aan te sluiten, moet je nagaan hoe de hulp die je geeft uitpakt.',
        en:
          'People with an occupational disability and no benefit differ a lot: in why they want to work, what they need and what they have experienced with help. ' +
          'To meet them where they are, you need to check how the help you give works out.',
      },
      subFactors: [],
      solutionDirections: [
        direction('VK-S4-OR6', 'Train consulenten om aan te sluiten bij het leven van deze mensen.', 'Train consulenten to connect with the lives of these people.'),
        direction(
          'VK-S4-OR7',
          'Vraag in gesprekken met de persoon na wat hij of zij nodig heeft en hoe de hulp bevalt.',
          'In conversations with the person, check what they need and how they find the help.',
        ),
      ],
    },
  ],
};
