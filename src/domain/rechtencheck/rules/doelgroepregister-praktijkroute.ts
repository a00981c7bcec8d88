// Wet financiering sociale verzekeringen art. 38b lid 1 onder a, second part
// (the praktijkroute, open since 1 January 2017).
//
// What the law says, in our words:
// - Someone the gemeente helps toward a job (Pw art. 7 lid 1 onder a) also
//   belongs to the banenafspraak group when the gemeente measured, at the
//   workplace and by the standards for a loonwaardemeting (Pw art. 10d), a
//   loonwaarde below the minimum wage for full-time work. No UWV assessment
//   is needed then.
// - The measurement needs a workplace: a job, an offer or a trial placement.
// - Not someone with a beschut werk indication (lid 1, opening words).
import { FIXABLE, MET, MISSING, NOT_MET, UNKNOWN, STATUS_MASK, WAARSCHIJNLIJK, ENUM_MISSING, NUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import { allOf } from '../kernel.ts';
import type { RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, gemeenteDoelgroep, onderAow, stepGemeente, stepRegister, BRING_ID, BRING_UWV, BRING_CONTRACT } from './common.ts';
import { alInRegister, alreadyInRegister, beschutStatus, geenBeschutWerk } from './doelgroepregister-uwv.ts';

const routeBestaat = criterion({
  id: 'route-bestaat',
  label: t('De praktijkroute bestaat op deze datum', 'The praktijkroute exists on this date'),
  source: 'wfsv-38b-1a',
  facts: [],
  messages: [
    [MET, 'De praktijkroute bestaat sinds 1 januari 2017.', 'The praktijkroute exists since 1 January 2017.'],
    [NOT_MET, 'Op deze datum bestond de praktijkroute nog niet (dat kwam op 1 januari 2017).', 'On this date the praktijkroute did not exist yet (it came on 1 January 2017).'],
  ],
});

const aow = onderAow('wfsv-38d');
const doelgroep = gemeenteDoelgroep('gemeente-doelgroep', 'pw-7');

const werkplek = criterion({
  id: 'werkplek',
  label: t('Er is een werkplek waar de meting kan', 'There is a workplace where the measurement can take place'),
  source: 'wfsv-38b-1a',
  facts: ['jobStatus'],
  messages: [
    [MET, 'Je hebt een baan of aanbod. Daar kan de gemeente je loonwaarde meten.', 'You have a job or an offer. The gemeente can measure your loonwaarde there.'],
    [
      FIXABLE,
      'De meting gebeurt op een werkplek. Je hebt nog geen baan. De gemeente kan helpen een werkplek of proefplaats te vinden.',
      'The measurement happens at a workplace. You have no job yet. The gemeente can help find a workplace or trial placement.',
    ],
    [UNKNOWN, 'Het is niet duidelijk of er een werkplek is.', 'It is not clear whether there is a workplace.'],
    [MISSING, 'We weten nog niet of je een baan of aanbod hebt.', 'We do not know yet whether you have a job or an offer.'],
  ],
});

const LW_BELOW = 0;
const LW_ABOVE = 1;
const LW_SAYS_CAN = 2;
const LW_TO_MEASURE = 3;
const LW_MISSING = 4;

const loonwaarde = criterion({
  id: 'loonwaarde-onder-minimumloon',
  label: t('Je loonwaarde is lager dan het minimumloon', 'Your loonwaarde is below the minimum wage'),
  source: 'wfsv-38b-1a',
  facts: ['loonwaarde', 'canEarnMinimumWage'],
  messages: [
    [MET, 'Je loonwaarde is lager dan 100% van het minimumloon.', 'Your loonwaarde is below 100% of the minimum wage.'],
    [NOT_MET, 'Je loonwaarde is 100% of meer. Dan past deze route niet.', 'Your loonwaarde is 100% or more. Then this route does not fit.'],
    [
      NOT_MET,
      'Je zegt dat je het minimumloon zelf kunt verdienen. Dan komt de meting waarschijnlijk niet onder 100% uit.',
      'You say you can earn the minimum wage yourself. Then the measurement will probably not come out below 100%.',
    ],
    [UNKNOWN, 'Je loonwaarde is nog niet gemeten. De meting op de werkplek laat het zien.', 'Your loonwaarde has not been measured yet. The measurement at the workplace will show it.'],
    [MISSING, 'We weten nog niet of je het minimumloon zelf kunt verdienen.', 'We do not know yet whether you can earn the minimum wage yourself.'],
  ],
});

const beleid = criterion({
  id: 'gemeente-doet-praktijkroute',
  label: t('De gemeente doet loonwaardemetingen voor de praktijkroute', 'The gemeente does loonwaarde measurements for the praktijkroute'),
  source: 'wfsv-38b-1a',
  facts: ['gemeente'],
  messages: [
    [MET, 'Deze gemeente doet de praktijkroute.', 'This gemeente does the praktijkroute.'],
    [NOT_MET, 'Deze gemeente doet de praktijkroute niet. Vraag dan naar de route via UWV.', 'This gemeente does not do the praktijkroute. Then ask about the route through UWV.'],
    [UNKNOWN, 'We weten niet of deze gemeente de praktijkroute doet. Vraag ernaar.', 'We do not know whether this gemeente does the praktijkroute. Ask about it.'],
    [
      MET,
      'Elke gemeente mag de loonwaarde op de werkplek meten. Je gemeente heeft bij ons niets vastgelegd. Vraag of zij de praktijkroute doet.',
      'Every gemeente may measure the loonwaarde at the workplace. Your gemeente has recorded nothing with us. Ask whether it does the praktijkroute.',
    ],
  ],
});

export const doelgroepregisterPraktijkroute: RuleModule = {
  id: 'doelgroepregister-praktijkroute',
  version: '1.0.0',
  title: t('Doelgroepregister via de praktijkroute (meting door de gemeente)', 'Doelgroepregister through the praktijkroute (measurement by the gemeente)'),
  provider: 'gemeente',
  lawInBrief: t(
    'De gemeente meet op je werkplek wat je werk waard is: je loonwaarde. Is dat minder dan het minimumloon? Dan kom je in het doelgroepregister, zonder keuring door UWV.',
    'The gemeente measures at your workplace what your work is worth: your loonwaarde. Is it below the minimum wage? Then you go into the doelgroepregister, without a UWV assessment.',
  ),
  sources: ['wfsv-38b-1a', 'wfsv-38b-beschut', 'pw-7'],
  criteria: [routeBestaat, aow, doelgroep, werkplek, loonwaarde, beleid, geenBeschutWerk, alInRegister],
  summary: {
    waarschijnlijk: t('De praktijkroute naar het doelgroepregister past waarschijnlijk bij je.', 'The praktijkroute into the doelgroepregister probably fits you.'),
    misschien: t('Misschien past de praktijkroute bij je.', 'The praktijkroute may fit you.'),
    waarschijnlijk_niet: t('De praktijkroute past waarschijnlijk niet bij je.', 'The praktijkroute probably does not fit you.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  summaryFor: alreadyInRegister,
  decide(p, d, ctx, s, at) {
    if (p.inDoelgroepregister === C.inDoelgroepregister.ja) {
      for (let i = 0; i < 7; i++) s[at + i] = 0;
      s[at + 7] = code(alInRegister, 0);
      return WAARSCHIJNLIJK;
    }
    s[at] = code(routeBestaat, ctx.praktijkroute ? 0 : 1);
    s[at + 1] = d.belowAow;
    s[at + 2] = d.pwGroup;
    const job = d.hasJob & STATUS_MASK;
    s[at + 3] = code(werkplek, job === MET ? 0 : job === FIXABLE ? 1 : job === MISSING ? 3 : 2);
    let lw: number;
    if (p.loonwaarde >= 0) lw = p.loonwaarde < 100 ? LW_BELOW : LW_ABOVE;
    else if (p.canEarnMinimumWage === C.canEarnMinimumWage.ja) lw = LW_SAYS_CAN;
    else if (p.canEarnMinimumWage === ENUM_MISSING && p.loonwaarde === NUM_MISSING) lw = LW_MISSING;
    else lw = LW_TO_MEASURE;
    s[at + 4] = code(loonwaarde, lw);
    s[at + 5] = code(beleid, !ctx.polRecorded && ctx.polPraktijkroute === 1 ? 3 : ctx.polPraktijkroute - 1);
    s[at + 6] = beschutStatus(geenBeschutWerk, p);
    s[at + 7] = 0;
    return allOf(s, at, 7);
  },
  nextSteps(outcome, p, d, ctx) {
    if (p.inDoelgroepregister === C.inDoelgroepregister.ja || outcome === 'waarschijnlijk_niet') return [];
    const steps = [];
    if ((d.pwGroup & STATUS_MASK) === FIXABLE) steps.push(stepRegister());
    steps.push(
      stepGemeente(
        ctx,
        t(
          'Vraag de gemeente om een loonwaardemeting op je werkplek (praktijkroute). Heb je nog geen werkplek? Vraag of de gemeente helpt er een te vinden.',
          'Ask the gemeente for a loonwaarde measurement at your workplace (praktijkroute). No workplace yet? Ask whether the gemeente helps find one.',
        ),
        t(
          'Vraag hoe lang de meting duurt, of je in die tijd loon krijgt, en wat er gebeurt als de uitkomst net boven 100% is.',
          'Ask how long the measurement takes, whether you are paid during that time, and what happens if the result is just above 100%.',
        ),
        { serviceKeys: ['doelgroepregister-praktijkroute'], helpKinds: ['werk-vinden'] },
        [BRING_ID, BRING_UWV, BRING_CONTRACT],
      ),
    );
    return steps;
  },
};

