// What a place in the doelgroepregister brings an employer:
// - loonkostenvoordeel (Wet tegemoetkomingen loondomein art. 2.1, 2.10, 2.13),
// - no-riskpolis (Ziektewet art. 29b lid 2 onder e, and onder f for beschut werk),
// - counting toward the banenafspraak (Wfsv art. 38b, 38d and further).
//
// What the law says, in our words:
// - An employer who employs someone from the banenafspraak group gets a
//   loonkostenvoordeel per paid hour (€ 1,01, at most € 2.000 a year, at most
//   three years), not for employees who reached the AOW age.
// - If such an employee falls ill, UWV pays the sickness benefit and the
//   employer can set it off against the wage it keeps paying (no-riskpolis).
//   This also holds for people working in beschut werk.
// - Jobs of people in the register count toward the banenafspraak (the agreed
//   number of extra jobs); beschut werk jobs do not.
// All three are for the employer; the person only needs to be in the
// register (or get in) and to have a job or offer.
import { MET, NOT_MET } from '../codes.ts';
import type { Person } from '../encode.ts';
import { allOf } from '../kernel.ts';
import { parameterAt } from '../parameters.ts';
import type { CriterionDef, NextStep, RuleModule, Text } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, dgrStatus, heeftWerk, inDoelgroepregister, onderAow, DGR_BESCHUT, BRING_CONTRACT } from './common.ts';
import { IDX } from './order.ts';

function dgr(def: CriterionDef, p: Person, out: Uint8Array): number {
  return dgrStatus(def, p, out[IDX.doelgroepregisterUwv]!, out[IDX.doelgroepregisterPraktijkroute]!, out[IDX.doelgroepregisterAutomatisch]!);
}

// One formatter: toLocaleString('nl-NL') builds a new one on every call (every result page).
const wholeEuros = new Intl.NumberFormat('nl-NL');

function employerStep(serviceKey: string, action: Text): NextStep {
  return {
    who: t('Je (toekomstige) werkgever', 'Your (future) employer'),
    action,
    bring: [BRING_CONTRACT],
    ask: t(
      'Vertel de werkgever dat je in het doelgroepregister staat (of komt). UWV kan dit aan de werkgever bevestigen.',
      'Tell the employer you are (or will be) in the doelgroepregister. UWV can confirm this to the employer.',
    ),
    url: 'https://www.uwv.nl/nl/voordelen-regelingen-werkgevers',
    offer: { serviceKeys: [serviceKey], helpKinds: ['werk-vinden'] },
  };
}

const dgrLkv = inDoelgroepregister('wtl-lkv');
const jobLkv = heeftWerk('wtl-lkv');
const aowLkv = onderAow('wtl-lkv');

const lkvStart = criterion({
  id: 'regeling-bestaat',
  label: t('Het loonkostenvoordeel bestaat op deze datum', 'The loonkostenvoordeel exists on this date'),
  source: 'wtl-lkv',
  facts: [],
  messages: [
    [MET, 'Het loonkostenvoordeel bestaat sinds 1 januari 2018.', 'The loonkostenvoordeel exists since 1 January 2018.'],
    [NOT_MET, 'Op deze datum bestond het loonkostenvoordeel nog niet (vanaf 2018).', 'On this date the loonkostenvoordeel did not exist yet (from 2018).'],
  ],
});

export const loonkostenvoordeel: RuleModule = {
  id: 'loonkostenvoordeel',
  version: '1.0.0',
  title: t('Loonkostenvoordeel voor je werkgever', 'Wage-cost advantage (LKV) for your employer'),
  provider: 'werkgever',
  lawInBrief: t(
    'Neemt een werkgever iemand uit het doelgroepregister aan? Dan krijgt de werkgever een bedrag per gewerkt uur, tot drie jaar lang.',
    'Does an employer hire someone from the doelgroepregister? Then the employer gets an amount per hour worked, for up to three years.',
  ),
  sources: ['wtl-lkv', 'wfsv-38b'],
  criteria: [dgrLkv, jobLkv, aowLkv, lkvStart],
  summary: {
    waarschijnlijk: t('Je werkgever krijgt waarschijnlijk loonkostenvoordeel als je bij hem werkt.', 'Your employer probably gets the wage-cost advantage when you work there.'),
    misschien: t('Misschien krijgt je werkgever loonkostenvoordeel.', 'Your employer may get the wage-cost advantage.'),
    waarschijnlijk_niet: t('Je werkgever krijgt waarschijnlijk geen loonkostenvoordeel voor jou.', 'Your employer probably gets no wage-cost advantage for you.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, ctx, s, at, out) {
    s[at] = dgr(dgrLkv, p, out);
    s[at + 1] = d.hasJob;
    s[at + 2] = d.belowAow;
    s[at + 3] = code(lkvStart, ctx.date >= '2018-01-01' ? 0 : 1);
    return allOf(s, at, 4);
  },
  nextSteps(outcome, _p, _d, ctx) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const perUur = parameterAt('lkvBanenafspraakPerUur', ctx.date).toFixed(2).replace('.', ',');
    const max = wholeEuros.format(parameterAt('lkvBanenafspraakMaxPerJaar', ctx.date));
    return [
      employerStep(
        'loonkostenvoordeel',
        t(
          `De werkgever vraagt het loonkostenvoordeel aan via de loonaangifte. Het is € ${perUur} per uur, tot € ${max} per jaar.`,
          `The employer claims the wage-cost advantage through the payroll tax return. It is € ${perUur} per hour, up to € ${max} a year.`,
        ),
      ),
    ];
  },
};

// No-riskpolis: the doelgroepregister (lid 2 onder e) or beschut werk (onder f).
const noRiskDoelgroep = criterion({
  id: 'doelgroepregister-of-beschut-werk',
  label: t('Je staat in het doelgroepregister of werkt in beschut werk', 'You are in the doelgroepregister or work in beschut werk'),
  source: 'zw-29b',
  facts: ['inDoelgroepregister', 'indication'],
  messages: [
    ...dgrLkv.messages.map((m) => [m.status, m.nl, m.en] as const),
    [MET, 'Je hebt een indicatie beschut werk. Ook dan geldt de no-riskpolis voor je werkgever.', 'You have a beschut werk indication. Then the no-riskpolis also applies for your employer.'],
  ],
});
const NO_RISK_BESCHUT = dgrLkv.messages.length;

function noRiskStatus(def: CriterionDef, p: Person, out: Uint8Array): number {
  const base = dgr(def, p, out);
  return base === code(def, DGR_BESCHUT) ? code(def, NO_RISK_BESCHUT) : base;
}

const jobNoRisk = heeftWerk('zw-29b');
const aowNoRisk = onderAow('zw-29b');

export const noRiskPolis: RuleModule = {
  id: 'no-riskpolis',
  version: '1.0.0',
  title: t('No-riskpolis voor je werkgever', 'No-risk policy for your employer'),
  provider: 'werkgever',
  lawInBrief: t(
    'Word je ziek? Dan betaalt UWV je werkgever een ziektewetuitkering. Zo loopt je werkgever minder risico. Dit geldt voor mensen in het doelgroepregister en in beschut werk.',
    'Do you fall ill? Then UWV pays your employer a sickness benefit. So your employer takes less risk. This holds for people in the doelgroepregister and in beschut werk.',
  ),
  sources: ['zw-29b', 'wfsv-38b'],
  criteria: [noRiskDoelgroep, jobNoRisk, aowNoRisk],
  summary: {
    waarschijnlijk: t('Voor jou geldt waarschijnlijk de no-riskpolis. Dat is fijn voor je werkgever.', 'The no-risk policy probably applies to you. That helps your employer.'),
    misschien: t('Misschien geldt de no-riskpolis voor jou.', 'The no-risk policy may apply to you.'),
    waarschijnlijk_niet: t('De no-riskpolis geldt waarschijnlijk niet voor jou.', 'The no-risk policy probably does not apply to you.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, _ctx, s, at, out) {
    s[at] = noRiskStatus(noRiskDoelgroep, p, out);
    s[at + 1] = d.hasJob;
    s[at + 2] = d.belowAow;
    return allOf(s, at, 3);
  },
  nextSteps(outcome) {
    if (outcome === 'waarschijnlijk_niet') return [];
    return [
      employerStep(
        'no-riskpolis',
        t(
          'Word je ziek, dan vraagt je werkgever bij UWV de ziektewetuitkering aan (no-riskpolis).',
          'If you fall ill, your employer applies to UWV for the sickness benefit (no-risk policy).',
        ),
      ),
    ];
  },
};

const dgrBanen = inDoelgroepregister('wfsv-38b');
const jobBanen = heeftWerk('wfsv-38b');
const aowBanen = onderAow('wfsv-38d');

export const banenafspraak: RuleModule = {
  id: 'banenafspraak',
  version: '1.0.0',
  title: t('Je baan telt mee voor de banenafspraak', 'Your job counts toward the banenafspraak'),
  provider: 'werkgever',
  lawInBrief: t(
    'Werkgevers en overheid hebben afgesproken extra banen te maken voor mensen met een arbeidsbeperking. Een baan van iemand uit het doelgroepregister telt mee. Beschut werk telt niet mee.',
    'Employers and government agreed to create extra jobs for people with a work limitation. A job of someone in the doelgroepregister counts. Beschut werk does not count.',
  ),
  sources: ['wfsv-38b', 'wfsv-38b-beschut', 'wfsv-38d'],
  criteria: [dgrBanen, jobBanen, aowBanen],
  summary: {
    waarschijnlijk: t('Je baan telt waarschijnlijk mee voor de banenafspraak.', 'Your job probably counts toward the banenafspraak.'),
    misschien: t('Misschien telt je baan mee voor de banenafspraak.', 'Your job may count toward the banenafspraak.'),
    waarschijnlijk_niet: t('Je baan telt waarschijnlijk niet mee voor de banenafspraak.', 'Your job probably does not count toward the banenafspraak.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, _ctx, s, at, out) {
    s[at] = dgr(dgrBanen, p, out);
    s[at + 1] = d.hasJob;
    s[at + 2] = d.belowAow;
    return allOf(s, at, 3);
  },
  nextSteps(outcome) {
    if (outcome === 'waarschijnlijk_niet') return [];
    return [
      employerStep(
        'banenafspraak',
        t(
          'Zoek vacatures voor de banenafspraak, bijvoorbeeld via werk.nl of het werkgeversservicepunt in je regio.',
          'Look for banenafspraak vacancies, for example via werk.nl or the employer service point in your region.',
        ),
      ),
    ];
  },
};

