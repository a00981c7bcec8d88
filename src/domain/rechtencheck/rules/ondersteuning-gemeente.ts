// Participatiewet art. 7 lid 1 onder a (onder 7°), art. 6 lid 1 onder a,
// art. 7 lid 3, art. 7a and art. 10 lid 1 en 5.
//
// What the law says, in our words:
// - The gemeente supports niet-uitkeringsgerechtigden toward work. That is
//   someone below the AOW age, registered at UWV as an unemployed job seeker,
//   with no benefit from UWV or the gemeente (art. 6 lid 1 onder a).
// - Not for someone on a UWV benefit: UWV helps them (art. 7 lid 3 onder c).
// - Under 27: until 2026 not for someone who can still follow education
//   (art. 7 lid 3 onder a, old text); from 1 January 2026 the gemeente "can"
//   support people under 27 when school is not possible or not suitable, or
//   when the school asks (art. 7a, Wet van school naar duurzaam werk).
// - The person has a claim to support and to the provisions the gemeente
//   deems necessary, as set out in its verordening (art. 10 lid 1), and may
//   apply for it; the gemeente must then decide (art. 10 lid 5, since the Wet
//   uitvoeren breed offensief, 1 July 2023).
import { MET, NOT_MET, UNKNOWN, STATUS_MASK, st } from '../codes.ts';
import { allOf, G_NOT_REGISTERED, G_REG_MISSING, G_REG_UNKNOWN, G_UWV_BENEFIT } from '../kernel.ts';
import type { NextStep, RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { age27Status, code, criterion, gemeenteDoelgroep, leeftijd27Criterion, stepGemeente, stepRegister, stepUwv } from './common.ts';

const doelgroep = gemeenteDoelgroep('gemeente-doelgroep', 'pw-7');

const leeftijd27 = leeftijd27Criterion();

const aanvraagrecht = criterion({
  id: 'aanvraagrecht',
  label: t('Je mag zelf een aanvraag doen', 'You may apply yourself'),
  kind: 'info',
  source: 'pw-10-5',
  facts: [],
  messages: [
    [
      MET,
      'Je mag de gemeente zelf om hulp vragen met een aanvraag. De gemeente moet die onderzoeken en er een besluit over nemen. Dat besluit krijg je op papier.',
      'You may ask the gemeente for support with an application. The gemeente must look into it and decide. You get that decision in writing.',
    ],
    [
      UNKNOWN,
      'Op deze datum stond het recht om zelf een aanvraag te doen nog niet zo duidelijk in de wet (dat kwam op 1 juli 2023).',
      'On this date the right to apply yourself was not yet this clear in the law (it came on 1 July 2023).',
    ],
  ],
});

export const ondersteuningGemeente: RuleModule = {
  id: 'ondersteuning-gemeente',
  version: '1.0.0',
  title: t('Hulp van de gemeente bij werk', 'Support toward work from the gemeente'),
  provider: 'gemeente',
  lawInBrief: t(
    'De gemeente moet mensen zonder uitkering helpen om werk te vinden en te houden. Je moet dan wel ingeschreven staan bij UWV als werkzoekende. Je mag zelf een aanvraag doen.',
    'The gemeente must help people without a benefit to find and keep work. You must be registered at UWV as a job seeker. You may apply yourself.',
  ),
  sources: ['pw-7', 'pw-6a', 'pw-7-3c', 'pw-7-3a', 'pw-10', 'pw-10-5'],
  criteria: [doelgroep, leeftijd27, aanvraagrecht],
  summary: {
    waarschijnlijk: t(
      'Je hebt waarschijnlijk recht op hulp van de gemeente bij werk.',
      'You probably have a right to support toward work from the gemeente.',
    ),
    misschien: t(
      'Misschien heb je recht op hulp van de gemeente bij werk. Kijk wat er nog nodig is.',
      'You may have a right to support toward work from the gemeente. See what is still needed.',
    ),
    waarschijnlijk_niet: t(
      'Je hebt waarschijnlijk geen recht op deze hulp van de gemeente. Kijk bij de andere uitkomsten wie je wel helpt.',
      'You probably have no right to this support from the gemeente. See the other outcomes for who does help you.',
    ),
    meer_informatie_nodig: t(
      'We hebben nog wat antwoorden nodig om dit te zeggen.',
      'We need a few more answers to tell.',
    ),
  },
  decide(p, d, ctx, s, at) {
    s[at] = d.pwGroup;
    // The age rule matters only for whom the gemeente is responsible anyway.
    s[at + 1] = (d.pwGroup & STATUS_MASK) === NOT_MET ? 0 : age27Status(leeftijd27, p, ctx);
    s[at + 2] = code(aanvraagrecht, ctx.breedOffensief ? 0 : 1);
    return allOf(s, at, 2);
  },
  nextSteps(outcome, _p, d, ctx) {
    const steps: NextStep[] = [];
    const why = d.pwGroup >> 3;
    if (why === G_NOT_REGISTERED || why === G_REG_UNKNOWN || why === G_REG_MISSING) steps.push(stepRegister());
    if (d.pwGroup === st(NOT_MET, G_UWV_BENEFIT)) {
      steps.push(
        stepUwv(
          t('Vraag je werkcoach bij UWV om hulp bij werk.', 'Ask your work coach at UWV for support toward work.'),
          t('Vraag welke hulp en voorzieningen er zijn voor jouw beperking.', 'Ask which support and provisions there are for your limitation.'),
          { helpKinds: ['werk-vinden'] },
        ),
      );
      return steps;
    }
    if (outcome !== 'waarschijnlijk_niet') {
      steps.push(
        stepGemeente(
          ctx,
          t(
            'Vraag de gemeente om hulp bij werk. Doe dat liefst schriftelijk, als aanvraag. Dan moet de gemeente een besluit nemen.',
            'Ask the gemeente for support toward work. Preferably in writing, as an application. Then the gemeente must decide.',
          ),
          t(
            'Vraag welke hulp er is voor mensen zonder uitkering, wat er in de verordening staat, en wie je vaste contactpersoon wordt.',
            'Ask what support there is for people without a benefit, what the verordening says, and who will be your fixed contact person.',
          ),
          { helpKinds: ['werk-vinden'] },
        ),
      );
    }
    return steps;
  },
};

