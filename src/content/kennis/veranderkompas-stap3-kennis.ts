// Veranderkompas, step 3, steering factor 5: knowledge and skills of
// consulenten, with its four parts. Own wording (B1 Dutch and English).
import { direction, type SteeringFactor } from './veranderkompas-types.ts';

export const step3Knowledge: SteeringFactor = {
  id: 'VK-S3-SF5',
  title: { nl: 'Kennis en vaardigheden van consulenten', en: 'Knowledge and skills of consulenten' },
  text: {
    nl: 'Consulenten hebben een realistisch beeld van de groep nodig, kennis van beperkingen en van de regels, en steun bij lastige afwegingen. Deze stuurfactor heeft vier delen.',
    en: 'Consulenten need a realistic picture of the group, knowledge of disabilities and of the rules, and support with difficult judgements. This steering factor has four parts.',
  },
  subFactors: [
    {
      id: 'VK-S3-SF5a',
      title: { nl: 'Beeldvorming', en: 'How the group is seen' },
      text: {
        nl:
          'Een realistisch beeld van hoe verschillend de groep is, helpt professionals om zich verantwoordelijk te voelen en aan te sluiten bij wat iemand nodig heeft. ' +
          'Wie maar weinig mensen uit deze groep ziet, krijgt snel een smal beeld, bijvoorbeeld dat ze zichzelf wel redden. ' +
          'Er is meer bewustzijn nodig van de verschillen en de ervaringen in deze groep.',
        en:
          'A realistic picture of how varied the group is helps professionals feel responsible and meet people’s needs. ' +
          'Those who see only a few people from this group soon get a narrow picture, for example that they manage on their own. ' +
          'More awareness of the differences and experiences in this group is needed.',
      },
    },
    {
      id: 'VK-S3-SF5b',
      title: { nl: 'Beperkingen herkennen en begeleiden', en: 'Recognising and guiding disabilities' },
      text: {
        nl:
          'Een arbeidsbeperking herkennen is niet makkelijk. Het vraagt gevoel, kennis en de moed om door te vragen. Zonder die vaardigheden vallen mensen buiten beeld. ' +
          'Soms denkt men ten onrechte dat alleen mensen in het doelgroepregister een arbeidsbeperking hebben. Begeleiding bij een specifieke beperking vraagt gerichte kennis.',
        en:
          'Recognising an occupational disability is not easy. It takes sensitivity, knowledge and the courage to ask further. Without those skills people drop out of view. ' +
          'Some wrongly assume that only people in the doelgroepregister have an occupational disability. Guiding people with a specific disability requires specific expertise.',
      },
    },
    {
      id: 'VK-S3-SF5c',
      title: { nl: 'Kennis van wetten en regels', en: 'Knowledge of law and rules' },
      text: {
        nl:
          'Consulenten moeten weten welke rechten mensen zonder uitkering hebben, en welke instrumenten en voorzieningen er zijn. ' +
          'Als niet vastligt welke instrumenten je mag inzetten, is de kwaliteit van de hulp niet zeker.',
        en:
          'Consulenten must know which rights people without a benefit have, and which instruments and provisions exist. ' +
          'If it is not written down which instruments may be used, the quality of help is not assured.',
      },
    },
    {
      id: 'VK-S3-SF5d',
      title: { nl: 'Steun bij het maken van afwegingen', en: 'Support in making judgements' },
      text: {
        nl:
          'Zonder duidelijke richtlijnen is het moeilijk om goede beslissingen te nemen. Zeker als niemand zegt wie in de caseload voorrang krijgt, ' +
          'of als consulenten zelf moeten kiezen waar het geld heen gaat. Dat geeft stress en onzekerheid, en de kans dat mensen ongelijk behandeld worden of een zwakke rechtspositie hebben.',
        en:
          'Without clear guidelines it is hard to make good decisions. Especially when nobody says who in the caseload gets priority, ' +
          'or when consulenten must decide themselves where the money goes. That causes stress and uncertainty, and the risk that people are treated unequally or have a weak legal position.',
      },
    },
  ],
  solutionDirections: [
    direction(
      'VK-S3-OR22',
      "Vergroot de kennis over de groep met persona's en klantreizen, en werk aan een realistisch beeld van mensen met een arbeidsbeperking zonder uitkering.",
      "Grow knowledge of the group with persona's and customer journeys, and work on a realistic picture of people with an occupational disability and no benefit.",
    ),
    direction(
      'VK-S3-OR23',
      'Investeer in kennis: beperkingen herkennen, passende hulp bieden, de regels kennen en instrumenten goed inzetten.',
      'Invest in knowledge: recognising disabilities, offering suitable help, knowing the rules and using instruments well.',
    ),
    direction(
      'VK-S3-OR24',
      'Maak een afwegingskader en werkafspraken: hoe pas je het beleid toe, hoe betrek je professionals bij besluiten, en wanneer mag je van de gewone route afwijken? ' +
        'In een kleine gemeente kan dat bijvoorbeeld door te overleggen met een teamleider of beleidsadviseur.',
      'Create an assessment framework and working agreements: how do you apply the policy, how do you involve professionals in decisions, and when may you leave the usual route? ' +
        'In a small gemeente this can be done, for example, by consulting a team leader or policy adviser.',
    ),
    direction(
      'VK-S3-OR25',
      'Borg kennis in het team, bijvoorbeeld met een trekker of ambassadeur per onderwerp.',
      'Keep knowledge in the team, for example with a lead or ambassador per topic.',
    ),
    direction(
      'VK-S3-OR26',
      'Spreek af welke instrumenten, trajecten en voorzieningen wel en niet kunnen, en kijk hoe je trajecten toegankelijker maakt. ' +
        'Bijvoorbeeld tijdelijke loonkostensubsidie voor mensen die niet in het doelgroepregister staan.',
      'Agree which instruments, programmes and provisions can and cannot be used, and look at how to make programmes more accessible. ' +
        'For example temporary loonkostensubsidie for people who are not in the doelgroepregister.',
    ),
    direction(
      'VK-S3-OR27',
      "Organiseer intervisie en kennisdeling tussen collega's: over begeleiding van deze groep, signalen herkennen en wat je met die signalen doet.",
      'Organise peer review and knowledge sharing between colleagues: about guiding this group, recognising signals and what to do with them.',
    ),
  ],
};
