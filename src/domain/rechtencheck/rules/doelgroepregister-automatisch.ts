// Wet financiering sociale verzekeringen art. 38b lid 1 onder b, c en d: the
// routes into the doelgroepregister without a new assessment.
//
// What the law says, in our words:
// - Someone with a Wsw-indicatie (or an old one that still holds) belongs to
//   the banenafspraak group (onder b).
// - Someone with a right to Wajong (arbeidsondersteuning or benefit) belongs
//   to it; someone with no ability to work at all only while working (onder c).
// - Someone who meets an indication set by AMvB belongs to it (onder d). That
//   AMvB points to pupils from voortgezet speciaal onderwijs (vso) and
//   praktijkonderwijs (pro). They report to UWV (often through school).
//   Mbo entree is not such a route.
// - Nobody with a beschut werk indication counts (lid 1, opening words).
// The research calls these routes "automatic"; in practice the person or the
// school often still has to report to UWV.
import { MET, MISSING, NOT_MET, UNKNOWN, WAARSCHIJNLIJK, WAARSCHIJNLIJK_NIET, MEER_INFORMATIE_NODIG, MISSCHIEN, STATUS_MASK, ENUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import { anyOf, worst } from '../kernel.ts';
import type { RuleModule } from '../types.ts';
import { t } from '../types.ts';
import { code, criterion, onderAow, stepUwv, BRING_ID } from './common.ts';
import { alInRegister, alreadyInRegister, beschutStatus, geenBeschutWerk } from './doelgroepregister-uwv.ts';

const wsw = criterion({
  id: 'route-wsw-indicatie',
  label: t('Je hebt een Wsw-indicatie', 'You have a Wsw indication'),
  source: 'wfsv-38b-auto',
  facts: ['indication'],
  messages: [
    [MET, 'Je hebt een Wsw-indicatie. Daarmee hoor je bij de banenafspraak.', 'You have a Wsw indication. With it you belong to the banenafspraak.'],
    [NOT_MET, 'Je hebt geen Wsw-indicatie.', 'You have no Wsw indication.'],
    [UNKNOWN, 'Je weet niet of je een Wsw-indicatie hebt.', 'You do not know whether you have a Wsw indication.'],
    [NOT_MET, 'Je noemde geen Wsw-indicatie. We gaan ervan uit dat je die niet hebt.', 'You did not mention a Wsw indication. We assume you do not have one.'],
  ],
});

const wajong = criterion({
  id: 'route-wajong',
  label: t('Je hebt recht op Wajong', 'You have a right to Wajong'),
  source: 'wfsv-38b-auto',
  facts: ['benefit'],
  messages: [
    [MET, 'Je hebt Wajong. Daarmee hoor je bij de banenafspraak (als je kunt werken, of zodra je werkt).', 'You have Wajong. With it you belong to the banenafspraak (if you can work, or once you work).'],
    [NOT_MET, 'Je hebt geen Wajong.', 'You have no Wajong.'],
    [UNKNOWN, 'Het is niet duidelijk of je Wajong hebt.', 'It is not clear whether you have Wajong.'],
    [MISSING, 'We weten nog niet of je een uitkering hebt.', 'We do not know yet whether you have a benefit.'],
  ],
});

const school = criterion({
  id: 'route-vso-pro',
  label: t('Je ging naar het voortgezet speciaal onderwijs of praktijkonderwijs', 'You went to special secondary education (vso) or practical education (pro)'),
  source: 'wfsv-38b-auto',
  facts: ['school'],
  messages: [
    [
      MET,
      'Je ging naar vso of pro. Dan kun je in het register komen zonder keuring. Meestal meldt school dit bij UWV; je kunt het ook zelf vragen.',
      'You went to vso or pro. Then you can get into the register without an assessment. Usually the school reports it to UWV; you can also ask yourself.',
    ],
    [
      NOT_MET,
      'Mbo entree is geen route naar het register. Wel kan de gemeente na entree loonkostensubsidie geven.',
      'Mbo entree is not a route into the register. After entree the gemeente can give wage subsidy, though.',
    ],
    [NOT_MET, 'Je ging niet naar vso of pro.', 'You did not go to vso or pro.'],
    [UNKNOWN, 'Je weet niet welke school je had. Vraag het je oude school of ouders.', 'You do not know which school you had. Ask your old school or parents.'],
    [MISSING, 'We weten nog niet welke school je had.', 'We do not know yet which school you had.'],
  ],
});

const aow = onderAow('wfsv-38d');

export const doelgroepregisterAutomatisch: RuleModule = {
  id: 'doelgroepregister-automatisch',
  version: '1.0.0',
  title: t('Doelgroepregister zonder nieuwe keuring (vso, pro, Wajong, Wsw)', 'Doelgroepregister without a new assessment (vso, pro, Wajong, Wsw)'),
  provider: 'uwv',
  lawInBrief: t(
    'Sommige mensen komen in het doelgroepregister zonder nieuwe keuring: met een Wsw-indicatie, met Wajong, of na vso of praktijkonderwijs. Met beschut werk tel je niet mee.',
    'Some people get into the doelgroepregister without a new assessment: with a Wsw indication, with Wajong, or after vso or practical education. In beschut werk you do not count.',
  ),
  sources: ['wfsv-38b-auto', 'wfsv-38b-beschut', 'wfsv-38d'],
  criteria: [wsw, wajong, school, geenBeschutWerk, aow, alInRegister],
  summary: {
    waarschijnlijk: t('Je kunt waarschijnlijk zonder nieuwe keuring in het doelgroepregister.', 'You can probably get into the doelgroepregister without a new assessment.'),
    misschien: t('Misschien kun je zonder nieuwe keuring in het doelgroepregister.', 'Maybe you can get into the doelgroepregister without a new assessment.'),
    waarschijnlijk_niet: t('Geen van deze routes past bij je. Kijk naar de route via UWV of de praktijkroute.', 'None of these routes fits you. Look at the route through UWV or the praktijkroute.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  summaryFor: alreadyInRegister,
  decide(p, d, _ctx, s, at) {
    if (p.inDoelgroepregister === C.inDoelgroepregister.ja) {
      for (let i = 0; i < 5; i++) s[at + i] = 0;
      s[at + 5] = code(alInRegister, 0);
      return WAARSCHIJNLIJK;
    }
    const i = p.indication;
    s[at] = code(wsw, i === C.indication.wsw ? 0 : i === ENUM_MISSING ? 3 : i === C.indication.onbekend ? 2 : 1);
    const b = p.benefit;
    s[at + 1] = code(wajong, b === C.benefit.wajong ? 0 : b === ENUM_MISSING ? 3 : b === C.benefit.onbekend || b === C.benefit.anders ? 2 : 1);
    const sc = p.school;
    s[at + 2] = code(
      school,
      sc === C.school.vso || sc === C.school.pro ? 0 : sc === C.school.entree ? 1 : sc === C.school.anders ? 2 : sc === ENUM_MISSING ? 4 : 3,
    );
    s[at + 3] = beschutStatus(geenBeschutWerk, p);
    s[at + 4] = d.belowAow;
    s[at + 5] = 0;
    // The routes are alternatives; the beschut werk exclusion and the AOW
    // age hold for all of them.
    const routes = anyOf(s, at, 3);
    const gate = worst(s[at + 3]!, s[at + 4]!) & STATUS_MASK;
    if (gate === NOT_MET) return WAARSCHIJNLIJK_NIET;
    if (routes === WAARSCHIJNLIJK_NIET) return WAARSCHIJNLIJK_NIET;
    if (gate === MISSING || routes === MEER_INFORMATIE_NODIG) return MEER_INFORMATIE_NODIG;
    if (gate === UNKNOWN || routes === MISSCHIEN) return MISSCHIEN;
    return WAARSCHIJNLIJK;
  },
  nextSteps(outcome, p) {
    if (p.inDoelgroepregister === C.inDoelgroepregister.ja || outcome === 'waarschijnlijk_niet') return [];
    return [
      stepUwv(
        t(
          'Vraag UWV of je in het doelgroepregister staat of kunt komen. Ging je naar vso of pro? Vraag ook je oude school of zij je hebben aangemeld.',
          'Ask UWV whether you are in, or can get into, the doelgroepregister. Did you go to vso or pro? Also ask your old school whether they reported you.',
        ),
        t('Vraag of je een brief krijgt waarin staat dat je in het register staat.', 'Ask whether you get a letter saying you are in the register.'),
        { serviceKeys: ['doelgroepregister-uwv'], helpKinds: ['rechten-en-geld'] },
        [BRING_ID, t('Je diploma of een bewijs van je school (vso of pro)', 'Your diploma or proof from your school (vso or pro)')],
      ),
    ];
  },
};

