// Veranderkompas, step 1: attention for the group. Own wording (B1 Dutch and English).
import { direction, question, type Step } from './veranderkompas-types.ts';

export const step1: Step = {
  id: 'VK-S1',
  number: 1,
  shortTitle: { nl: 'Aandacht', en: 'Attention' },
  title: {
    nl: 'Aandacht voor mensen met een arbeidsbeperking zonder uitkering',
    en: 'Attention for people with an occupational disability and no benefit',
  },
  intro: {
    nl:
      'Mensen met een arbeidsbeperking zonder uitkering krijgen weinig aandacht: in landelijk en regionaal beleid, in het werk van de gemeente en in het publieke gesprek. ' +
      'Veel mensen weten niet dat er hulp is, of vinden de weg er niet naartoe. Dan ziet de gemeente hen niet. ' +
      'Zo blijft ook onbekend hoe verschillend deze mensen zijn en wat ze nodig hebben. Dat houdt zichzelf in stand.',
    en:
      'People with an occupational disability and no benefit get little attention: in national and regional policy, in the daily work of the gemeente and in public debate. ' +
      'Many do not know that help exists, or cannot find their way to it, so the gemeente does not see them. ' +
      'That also keeps hidden how varied these people are and what they need. It is a circle that keeps itself going.',
  },
  mainQuestion: {
    nl: 'Is er aandacht voor deze groep en voor wat zij nodig hebben?',
    en: 'Is there attention for this group and for what they need?',
  },
  questions: [
    question(
      'VK-S1-GV1',
      'Waar in de gemeente is er aandacht voor mensen zonder uitkering: bij de gemeenteraad, het management, de uitvoering of de consulenten?',
      'Where in the gemeente is there attention for people without a benefit: the council, management, delivery staff or consulenten?',
    ),
    question(
      'VK-S1-GV2',
      'Hoe kijken we naar deze groep, en welke waarden en belangen spelen daarbij mee? Welke omschrijving van de groep gebruiken we, en sluit die mensen buiten?',
      'How do we see this group, and which values and interests shape that view? Which description of the group do we use, and does it leave people out?',
    ),
    question(
      'VK-S1-GV3',
      'Waar in de gemeente is er aandacht voor mensen met een arbeidsbeperking? Wat verstaan we onder een beperking, en vallen er daardoor mensen buiten de boot?',
      'Where in the gemeente is there attention for people with an occupational disability? What do we mean by a disability, and does that leave people out?',
    ),
    question(
      'VK-S1-GV4',
      'Weten we hoe verschillend de groep is en wat mensen nodig hebben? Waar baseren we dat op: signalen uit ons eigen werk, uit de samenleving, of onderzoek?',
      'Do we know how varied the group is and what people need? What is that based on: signals from our own work, from society, or research?',
    ),
  ],
  steeringFactors: [
    {
      id: 'VK-S1-SF1',
      title: { nl: 'Bewust worden van verwachtingen en vooroordelen', en: 'Becoming aware of expectations and assumptions' },
      text: {
        nl:
          'Als beleid en uitvoering weinig aandacht hebben voor de groep, blijven verkeerde ideeën bestaan. Mensen melden zich minder snel en het beeld van de groep wordt smal. ' +
          'Wie wacht tot mensen zelf komen, legt de verantwoordelijkheid bij hen. Dan lijkt het alsof ze weinig hulp nodig hebben, terwijl ze die vaak juist moeilijk vinden en krijgen. ' +
          'Weinig politieke aandacht, en een uitvoering die vooral let op de bijstand of op inburgering, houden dit beeld in stand.',
        en:
          'When policy and delivery pay little attention to the group, wrong ideas persist. People come forward less and the picture of the group narrows. ' +
          'Waiting until people come by themselves puts the responsibility on them. It then looks as if they need little help, while they often struggle to find and get it. ' +
          'Little political attention, and delivery that focuses on bijstand or civic integration, keep this picture in place.',
      },
      subFactors: [],
      solutionDirections: [
        direction('VK-S1-OR1', 'Praat erover met andere gemeenten en met maatschappelijke organisaties.', 'Talk about it with other gemeenten and with civil-society organisations.'),
        direction('VK-S1-OR2', 'Kijk kritisch naar de aannames die in het huidige beleid zitten.', 'Look critically at the assumptions behind current policy.'),
        direction('VK-S1-OR3', 'Maak een businesscase: wat levert het op om deze groep te ondersteunen?', 'Make a business case: what does supporting this group bring?'),
      ],
    },
    {
      id: 'VK-S1-SF2',
      title: { nl: 'Zicht op de groep en wat mensen nodig hebben', en: 'Insight into the group and its needs' },
      text: {
        nl: 'Als de groep een gezicht krijgt, zie je beter hoe verschillend mensen zijn, waarom ze willen werken en welke hulp ze zoeken.',
        en: 'When the group gets a face, you see better how different people are, why they want to work and what help they look for.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S1-OR4',
          "Leer meer over hoe verschillend de groep is en hoe hun leven eruitziet, bijvoorbeeld met persona's.",
          "Learn more about how varied the group is and what their lives look like, for example with persona's.",
        ),
        direction('VK-S1-OR5', 'Laat ervaringsdeskundigen meedenken.', 'Involve experts by experience.'),
      ],
    },
    {
      id: 'VK-S1-SF3',
      title: { nl: 'De groep in cijfers', en: 'The group in numbers' },
      text: {
        nl:
          'In de regio zijn weinig cijfers over hoe groot de groep is. Als je de groep, en wat zij kan bijdragen aan werk, in cijfers laat zien, ' +
          'krijgt de groep meer aandacht en voelen politiek en beleid meer urgentie.',
        en:
          'Regions have few figures on how big the group is. Showing the group, and what it can add to the labour market, in numbers ' +
          'helps politicians and policy makers pay attention and feel urgency.',
      },
      subFactors: [],
      solutionDirections: [
        direction(
          'VK-S1-OR6',
          'Spreek af welke woorden je gebruikt voor de groep en voor een arbeidsbeperking, en gebruik ze overal op dezelfde manier.',
          'Agree on the words you use for the group and for an occupational disability, and use them the same way everywhere.',
        ),
        direction(
          'VK-S1-OR7',
          'Houd bij wie er instromen en uitstromen, en kijk naar deelgroepen. Zo weet je hoe de groep is samengesteld.',
          'Track who comes in and who leaves, and look at subgroups, so you know what the group looks like.',
        ),
      ],
    },
  ],
};
