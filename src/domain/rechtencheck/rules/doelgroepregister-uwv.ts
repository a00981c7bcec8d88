// Wet financiering sociale verzekeringen art. 38b lid 1 onder e en lid 2
// (with art. 38d: the register itself).
//
// What the law says, in our words:
// - Someone the gemeente helps toward a job (Pw art. 7 lid 1 onder a) can ask
//   UWV to assess whether they can earn the minimum wage on their own. If UWV
//   finds they cannot, they belong to the banenafspraak group and go into
//   the doelgroepregister (lid 1 onder e).
// - Also someone whose illness or disability started before 18 or during
//   their studies, and who cannot earn the minimum wage without a provision
//   from the gemeente or UWV, belongs to it in UWV's judgment (lid 2).
// - Not someone the gemeente found can only work in beschut werk (lid 1,
//   opening words).
import { FIXABLE, MET, MISSING, NOT_MET, UNKNOWN, STATUS_MASK, WAARSCHIJNLIJK, ENUM_MISSING } from '../codes.ts';
import { C, type Person } from '../encode.ts';
import { allOf, type Derived } from '../kernel.ts';
import type { CriterionDef, RuleModule, Text } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, kanMinimumloonNiet, onderAow, stepRegister, stepUwv, BRING_ID, BRING_MEDICAL } from './common.ts';

const aow = onderAow('wfsv-38d');
const wml = kanMinimumloonNiet('wfsv-38b-1e');

const beperking = criterion({
  id: 'beperking',
  label: t('Je hebt een beperking door ziekte of handicap', 'You have a limitation from illness or disability'),
  source: 'wfsv-38b-1e',
  facts: ['structuralLimitation'],
  messages: [
    [MET, 'Je hebt een blijvende beperking. UWV kijkt wat je daardoor wel en niet kunt.', 'You have a lasting limitation. UWV looks at what you can and cannot do because of it.'],
    [
      UNKNOWN,
      'Je zegt dat je geen blijvende beperking hebt. UWV kijkt vooral naar gevolgen van ziekte of handicap. De praktijkroute via de gemeente past dan misschien beter.',
      'You say you have no lasting limitation. UWV mainly looks at the effects of illness or disability. The praktijkroute through the gemeente may fit better.',
    ],
    [UNKNOWN, 'Het is niet duidelijk of je beperking blijvend is. UWV beoordeelt dat.', 'It is not clear whether your limitation is lasting. UWV assesses that.'],
    [MISSING, 'We weten nog niet of je een blijvende beperking hebt.', 'We do not know yet whether you have a lasting limitation.'],
  ],
});

const VIA_GEMEENTE = 0;
const VIA_REGISTER_FIRST = 1;
const VIA_YOUNG = 2;
const VIA_MISSING = 3;
const VIA_UNKNOWN = 4;

const viaGemeente = criterion({
  id: 'via-gemeente-of-jong',
  label: t(
    'De gemeente helpt je naar werk, of je beperking begon voor je 18e of tijdens je studie',
    'The gemeente helps you toward work, or your limitation started before 18 or during your studies',
  ),
  source: 'wfsv-38b-1e',
  facts: ['benefit', 'registeredJobseeker', 'age', 'supportedByGemeente'],
  messages: [
    [MET, 'Je hoort bij de mensen die de gemeente naar werk helpt. Dan mag je UWV zelf vragen om de beoordeling.', 'You belong to the people the gemeente helps toward work. Then you may ask UWV yourself for the assessment.'],
    [FIXABLE, 'Schrijf je eerst in bij UWV als werkzoekende. Dan hoor je bij de mensen die de gemeente helpt.', 'First register at UWV as a job seeker. Then you belong to the people the gemeente helps.'],
    [
      UNKNOWN,
      'De gemeente is niet aan zet voor jou. Begon je beperking voor je 18e of tijdens je studie? Dan kan UWV je toch beoordelen.',
      'The gemeente is not responsible for you. Did your limitation start before 18 or during your studies? Then UWV can still assess you.',
    ],
    [MISSING, 'We weten nog niet of de gemeente je helpt of kan helpen.', 'We do not know yet whether the gemeente helps you or can help you.'],
    [UNKNOWN, 'Het is niet duidelijk of de gemeente je helpt.', 'It is not clear whether the gemeente helps you.'],
  ],
});

export const geenBeschutWerk = criterion({
  id: 'geen-beschut-werk',
  label: t('Je hebt geen indicatie beschut werk', 'You have no beschut werk indication'),
  source: 'wfsv-38b-beschut',
  facts: ['indication'],
  messages: [
    [MET, 'Je hebt geen indicatie beschut werk.', 'You have no beschut werk indication.'],
    [
      NOT_MET,
      'Je hebt een indicatie beschut werk. Dan tel je niet mee voor de banenafspraak. Beschut werk zelf regelt de gemeente.',
      'You have a beschut werk indication. Then you do not count for the banenafspraak. The gemeente arranges beschut werk itself.',
    ],
    [UNKNOWN, 'Je weet niet of je een indicatie beschut werk hebt.', 'You do not know whether you have a beschut werk indication.'],
    [
      MET,
      'Je noemde geen indicatie beschut werk. We gaan ervan uit dat je die niet hebt.',
      'You did not mention a beschut werk indication. We assume you do not have one.',
    ],
  ],
});

/** A missing answer counts as "no indication": whoever has one, knows it. */
export function beschutStatus(def: CriterionDef, p: Person): number {
  const i = p.indication;
  return code(def, i === C.indication['beschut-werk'] ? 1 : i === ENUM_MISSING ? 3 : i === C.indication.onbekend ? 2 : 0);
}

export const AL_IN_REGISTER = t(
  'Je staat al in het doelgroepregister. Deze route is niet meer nodig.',
  'You are already in the doelgroepregister. This route is no longer needed.',
);

/** Summary when the person is already in the register. */
export function alreadyInRegister(_outcome: unknown, p: Person): Text | undefined {
  return p.inDoelgroepregister === C.inDoelgroepregister.ja ? AL_IN_REGISTER : undefined;
}

export const alInRegister = criterion({
  id: 'al-in-register',
  label: t('Je staat al in het doelgroepregister', 'You are already in the doelgroepregister'),
  kind: 'info',
  source: 'wfsv-38d',
  facts: ['inDoelgroepregister'],
  messages: [[MET, 'Je staat al in het doelgroepregister. Deze route is dus niet meer nodig.', 'You are already in the doelgroepregister, so this route is no longer needed.']],
});

function viaStatus(d: Derived): number {
  const s = d.pwGroup & STATUS_MASK;
  if (s === MET) return code(viaGemeente, VIA_GEMEENTE);
  if (s === FIXABLE) return code(viaGemeente, VIA_REGISTER_FIRST);
  if (s === NOT_MET) return code(viaGemeente, VIA_YOUNG);
  if (s === MISSING) return code(viaGemeente, VIA_MISSING);
  return code(viaGemeente, VIA_UNKNOWN);
}

export const doelgroepregisterUwv: RuleModule = {
  id: 'doelgroepregister-uwv',
  version: '1.0.0',
  title: t('Doelgroepregister via een beoordeling door UWV', 'Doelgroepregister through a UWV assessment'),
  provider: 'uwv',
  lawInBrief: t(
    'Kun je door je beperking het minimumloon niet zelf verdienen? Dan kan UWV dat beoordelen. Vindt UWV dat ook, dan kom je in het doelgroepregister van de banenafspraak.',
    'Can you not earn the minimum wage yourself because of your limitation? Then UWV can assess that. If UWV agrees, you go into the doelgroepregister of the banenafspraak.',
  ),
  sources: ['wfsv-38b-1e', 'wfsv-38b-beschut', 'wfsv-38d'],
  criteria: [aow, wml, beperking, viaGemeente, geenBeschutWerk, alInRegister],
  summary: {
    waarschijnlijk: t(
      'Je kunt UWV waarschijnlijk vragen om een beoordeling voor het doelgroepregister.',
      'You can probably ask UWV for an assessment for the doelgroepregister.',
    ),
    misschien: t('Misschien kun je via UWV in het doelgroepregister komen.', 'Maybe you can get into the doelgroepregister through UWV.'),
    waarschijnlijk_niet: t(
      'De route via UWV naar het doelgroepregister past waarschijnlijk niet bij je.',
      'The route through UWV into the doelgroepregister probably does not fit you.',
    ),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  summaryFor: alreadyInRegister,
  decide(p, d, _ctx, s, at) {
    if (p.inDoelgroepregister === C.inDoelgroepregister.ja) {
      for (let i = 0; i < 5; i++) s[at + i] = 0;
      s[at + 5] = code(alInRegister, 0);
      return WAARSCHIJNLIJK;
    }
    s[at] = d.belowAow;
    s[at + 1] = d.cannotEarnWml;
    const sb = p.structuralLimitation;
    s[at + 2] = code(beperking, sb === C.structuralLimitation.ja ? 0 : sb === C.structuralLimitation.nee ? 1 : sb === ENUM_MISSING ? 3 : 2);
    s[at + 3] = viaStatus(d);
    s[at + 4] = beschutStatus(geenBeschutWerk, p);
    s[at + 5] = 0;
    return allOf(s, at, 5);
  },
  nextSteps(outcome, p, d) {
    if (p.inDoelgroepregister === C.inDoelgroepregister.ja || outcome === 'waarschijnlijk_niet') return [];
    const steps = [];
    if ((d.pwGroup & STATUS_MASK) === FIXABLE) steps.push(stepRegister());
    steps.push(
      stepUwv(
        t(
          'Vraag bij UWV een beoordeling aan voor de banenafspraak (Indicatie banenafspraak). Je kunt dat zelf doen, of de gemeente kan het voor je vragen.',
          'Apply at UWV for an assessment for the banenafspraak. You can do that yourself, or the gemeente can ask for you.',
        ),
        t('Vraag hoe lang de beoordeling duurt en of je een gesprek met een arbeidsdeskundige krijgt.', 'Ask how long the assessment takes and whether you get a talk with a labour expert.'),
        { serviceKeys: ['doelgroepregister-uwv'], helpKinds: ['rechten-en-geld'] },
        [BRING_ID, BRING_MEDICAL],
      ),
    );
    return steps;
  },
};
