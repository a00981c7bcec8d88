// Werkplekvoorzieningen and vervoersvoorzieningen (and a tolk).
//
// What the law says, in our words:
// Gemeente (Participatiewet art. 10 lid 1, art. 8a lid 2 onder f)
// - The people the gemeente supports have a claim to the provisions toward
//   work the gemeente deems necessary. The verordening must say how the
//   gemeente provides transport to the workplace, trial placement or
//   training (not for a visual limitation: UWV does that), an intermediary
//   for a motor limitation, and portable aids for the workplace.
// UWV for the gemeente's group (Participatiewet art. 10g en 10h)
// - UWV pays an interpreter (tolk) for someone with a hearing limitation,
//   and workplace and transport provisions for someone with a visual
//   limitation, also when the gemeente supports that person.
// UWV for workers (Wet WIA art. 35, Reïntegratiebesluit)
// - UWV can give a worker with a structurele functionele beperking outside
//   the gemeente's group provisions at work: transport, an intermediary,
//   portable aids, adaptations. Always the cheapest adequate provision
//   (Reïntegratiebesluit art. 2); transport stops above an income limit
//   (art. 5).
import { FIXABLE, MET, MISSING, NOT_MET, UNKNOWN, STATUS_MASK, ENUM_MISSING } from '../codes.ts';
import { C } from '../encode.ts';
import { allOf, R_NO_JOB, R_UWV_BENEFIT, ROUTE_GEMEENTE, ROUTE_MISSING, ROUTE_UWV } from '../kernel.ts';
import type { RuleModule } from '../types.ts';
import { t } from '../types.ts';
import {
  age27Status,
  code,
  criterion,
  gemeenteDoelgroep,
  leeftijd27Criterion,
  onderAow,
  stepGemeente,
  stepRegister,
  stepUwv,
  structural,
  structureleBeperking,
  BRING_ID,
  BRING_MEDICAL,
} from './common.ts';

// --- Gemeente ---------------------------------------------------------------

const gDoelgroep = gemeenteDoelgroep('gemeente-doelgroep', 'pw-10');
const gLeeftijd = leeftijd27Criterion();
const gBeperking = structureleBeperking('pw-8a-2f');

const G_ROUTE = 0;
const G_ROUTE_OTHER = 1;
const G_VISUAL = 2;
const G_ROUTE_MISSING = 3;
const G_ROUTE_UNKNOWN = 4;
const G_KIND_MISSING = 5;

const gRoute = criterion({
  id: 'route-gemeente',
  label: t('De gemeente is aan zet voor deze voorzieningen', 'The gemeente is responsible for these provisions'),
  source: 'pw-8a-2f',
  facts: ['benefit', 'supportedByGemeente', 'canEarnMinimumWage', 'loonwaarde', 'jobStatus', 'limitationKind'],
  messages: [
    [MET, 'In jouw situatie regelt de gemeente deze voorzieningen. Zie de uitleg over de route.', 'In your situation the gemeente arranges these provisions. See the route explanation.'],
    [NOT_MET, 'In jouw situatie regelt UWV deze voorzieningen, niet de gemeente. Zie de uitleg over de route.', 'In your situation UWV arranges these provisions, not the gemeente. See the route explanation.'],
    [NOT_MET, 'Bij een visuele beperking regelt UWV werkvoorzieningen en vervoer, ook als de gemeente je helpt.', 'For a visual limitation UWV arranges workplace provisions and transport, also when the gemeente helps you.'],
    [MISSING, 'We weten nog niet of de gemeente of UWV aan zet is.', 'We do not know yet whether the gemeente or UWV is responsible.'],
    [UNKNOWN, 'Het is niet duidelijk of de gemeente of UWV aan zet is.', 'It is not clear whether the gemeente or UWV is responsible.'],
    [MISSING, 'We weten nog niet wat voor beperking je hebt. Bij een visuele beperking regelt UWV dit.', 'We do not know yet what kind of limitation you have. For a visual limitation UWV arranges this.'],
  ],
});

const gBeleid = criterion({
  id: 'beleid-gemeente',
  label: t('Wat deze gemeente doet', 'What this gemeente does'),
  kind: 'info',
  source: 'pw-8a',
  facts: ['gemeente'],
  messages: [
    [MET, 'Deze gemeente biedt werkvoorzieningen ook aan mensen zonder uitkering.', 'This gemeente also offers workplace provisions to people without a benefit.'],
    [
      NOT_MET,
      'Volgens onze gegevens biedt deze gemeente dit niet aan mensen zonder uitkering. De wet geeft je toch een aanspraak. Vraag het schriftelijk aan.',
      'According to our data this gemeente does not offer this to people without a benefit. The law still gives you a claim. Apply in writing.',
    ],
    [UNKNOWN, 'We weten niet wat deze gemeente hierover heeft vastgelegd.', 'We do not know what this gemeente has set on this.'],
    [
      MET,
      'De wet geeft je deze aanspraak ook zonder uitkering. Je gemeente heeft bij ons niet vastgelegd hoe zij werkvoorzieningen regelt. Vraag het de gemeente, en vraag het schriftelijk aan.',
      'The law gives you this claim also without a benefit. Your gemeente has not recorded with us how it arranges workplace provisions. Ask the gemeente, and apply in writing.',
    ],
  ],
});

export const werkvoorzieningenGemeente: RuleModule = {
  id: 'werkvoorzieningen-gemeente',
  version: '1.0.0',
  title: t('Werkplekaanpassing en vervoer via de gemeente', 'Workplace adaptations and transport through the gemeente'),
  provider: 'gemeente',
  lawInBrief: t(
    'Helpt de gemeente je naar werk? Dan kun je hulpmiddelen, een aangepaste werkplek of vervoer naar je werk krijgen, als dat nodig is.',
    'Does the gemeente help you toward work? Then you can get aids, an adapted workplace or transport to work, if needed.',
  ),
  sources: ['pw-10', 'pw-8a-2f', 'pw-10h'],
  criteria: [gDoelgroep, gLeeftijd, gRoute, gBeperking, gBeleid],
  showsRoute: true,
  summary: {
    waarschijnlijk: t('Je kunt waarschijnlijk voorzieningen krijgen via de gemeente.', 'You can probably get provisions through the gemeente.'),
    misschien: t('Misschien kun je voorzieningen krijgen via de gemeente.', 'You may be able to get provisions through the gemeente.'),
    waarschijnlijk_niet: t('De gemeente is waarschijnlijk niet aan zet. Kijk bij de voorzieningen via UWV.', 'The gemeente is probably not responsible. See the provisions through UWV.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, ctx, s, at) {
    s[at] = d.pwGroup;
    s[at + 1] = (d.pwGroup & STATUS_MASK) === NOT_MET || (d.cannotEarnWml & STATUS_MASK) === MET ? 0 : age27Status(gLeeftijd, p, ctx);
    const kind = p.limitationKind;
    let r: number;
    if (kind === C.limitationKind.visueel) r = G_VISUAL;
    else if (d.route === ROUTE_GEMEENTE) r = kind === ENUM_MISSING ? G_KIND_MISSING : G_ROUTE;
    else if (d.route === ROUTE_UWV) r = G_ROUTE_OTHER;
    else r = d.route === ROUTE_MISSING ? G_ROUTE_MISSING : G_ROUTE_UNKNOWN;
    s[at + 2] = code(gRoute, r);
    s[at + 3] = code(gBeperking, structural(p));
    s[at + 4] = code(gBeleid, !ctx.polRecorded && ctx.polWerkvoorzieningen === 1 ? 3 : ctx.polWerkvoorzieningen - 1);
    return allOf(s, at, 4);
  },
  nextSteps(outcome, _p, d, ctx) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const steps = [];
    if ((d.pwGroup & STATUS_MASK) === FIXABLE) steps.push(stepRegister());
    steps.push(
      stepGemeente(
        ctx,
        t(
          'Vraag de gemeente om de voorziening die je nodig hebt, zoals vervoer, een hulpmiddel of een aanpassing van je werkplek.',
          'Ask the gemeente for the provision you need, such as transport, an aid or an adaptation of your workplace.',
        ),
        t('Vraag wie het regelt, hoe lang het duurt, en of je het mag houden als je van baan wisselt.', 'Ask who arranges it, how long it takes, and whether you may keep it if you change jobs.'),
        { serviceKeys: ['werkvoorzieningen-gemeente'], helpKinds: ['werkplekaanpassing', 'vervoer'] },
        [BRING_ID, BRING_MEDICAL],
      ),
    );
    return steps;
  },
};

// --- UWV --------------------------------------------------------------------

const uBeperking = structureleBeperking('wia-35');

const U_VISUAL = 0;
const U_HEARING = 1;
const U_ROUTE = 2;
const U_ROUTE_OTHER = 3;
const U_ROUTE_MISSING = 4;
const U_ROUTE_UNKNOWN = 5;
const U_KIND_MISSING = 6;
const U_NO_JOB = 7;

const uRoute = criterion({
  id: 'route-uwv',
  label: t('UWV is aan zet voor deze voorzieningen', 'UWV is responsible for these provisions'),
  source: 'wia-35',
  facts: ['limitationKind', 'benefit', 'supportedByGemeente', 'canEarnMinimumWage', 'loonwaarde', 'jobStatus'],
  messages: [
    [
      MET,
      'Je hebt een visuele beperking. Dan regelt UWV werkvoorzieningen en vervoer, ook als de gemeente je helpt (art. 10h Participatiewet).',
      'You have a visual limitation. Then UWV arranges workplace provisions and transport, also when the gemeente helps you (art. 10h Participatiewet).',
    ],
    [
      MET,
      'Je hebt een auditieve beperking. Een tolk regelt UWV, ook als de gemeente je helpt (art. 10g Participatiewet).',
      'You have a hearing limitation. UWV arranges an interpreter, also when the gemeente helps you (art. 10g Participatiewet).',
    ],
    [MET, 'In jouw situatie is UWV aan zet. Zie de uitleg over de route.', 'In your situation UWV is responsible. See the route explanation.'],
    [NOT_MET, 'In jouw situatie is de gemeente aan zet, niet UWV. Zie de uitleg over de route.', 'In your situation the gemeente is responsible, not UWV. See the route explanation.'],
    [MISSING, 'We weten nog niet of de gemeente of UWV aan zet is.', 'We do not know yet whether the gemeente or UWV is responsible.'],
    [UNKNOWN, 'Het is niet duidelijk of de gemeente of UWV aan zet is.', 'It is not clear whether the gemeente or UWV is responsible.'],
    [MISSING, 'We weten nog niet wat voor beperking je hebt. Bij een visuele of auditieve beperking is UWV aan zet.', 'We do not know yet what kind of limitation you have. For a visual or hearing limitation UWV is responsible.'],
    [
      UNKNOWN,
      'Je hebt nog geen baan. Op weg naar werk regelt de gemeente voorzieningen. Vind je zelf werk als werknemer en kun je het minimumloon verdienen, dan kan UWV aan zet zijn.',
      'You have no job yet. On the way to work the gemeente arranges provisions. If you find work yourself as an employee and can earn the minimum wage, UWV may be responsible.',
    ],
  ],
});

const uBaan = criterion({
  id: 'werknemer',
  label: t('Je werkt of gaat werken als werknemer', 'You work or are about to work as an employee'),
  source: 'wia-35',
  facts: ['jobStatus'],
  messages: [
    [MET, 'Je hebt een baan of aanbod.', 'You have a job or offer.'],
    [FIXABLE, 'UWV geeft deze voorzieningen aan werknemers. Dat geldt zodra je een baan hebt.', 'UWV gives these provisions to employees. It applies once you have a job.'],
    [UNKNOWN, 'Het is niet duidelijk of je een baan of aanbod hebt.', 'It is not clear whether you have a job or offer.'],
    [MISSING, 'We weten nog niet of je een baan of aanbod hebt.', 'We do not know yet whether you have a job or offer.'],
  ],
});

const uAow = onderAow('wia-35');

const goedkoopst = criterion({
  id: 'goedkoopste-voorziening',
  label: t('Hoe UWV de voorziening kiest', 'How UWV chooses the provision'),
  kind: 'info',
  source: 'rib-voorzieningen',
  facts: [],
  messages: [
    [
      MET,
      'UWV kiest de goedkoopste voorziening die goed genoeg is. Voor vervoer geldt een grens voor je inkomen.',
      'UWV chooses the cheapest provision that is good enough. For transport there is an income limit.',
    ],
  ],
});

export const werkvoorzieningenUwv: RuleModule = {
  id: 'werkvoorzieningen-uwv',
  version: '1.0.0',
  title: t('Werkplekaanpassing, vervoer en tolk via UWV', 'Workplace adaptations, transport and interpreter through UWV'),
  provider: 'uwv',
  lawInBrief: t(
    'Werk je en heb je een blijvende beperking, en is de gemeente niet aan zet? Dan regelt UWV hulpmiddelen, aanpassingen en vervoer. Bij een visuele beperking of voor een tolk is UWV altijd aan zet.',
    'Do you work with a lasting limitation, and is the gemeente not responsible? Then UWV arranges aids, adaptations and transport. For a visual limitation or an interpreter UWV is always responsible.',
  ),
  sources: ['wia-35', 'pw-10g', 'pw-10h', 'rib-voorzieningen'],
  criteria: [uBeperking, uRoute, uBaan, uAow, goedkoopst],
  showsRoute: true,
  summary: {
    waarschijnlijk: t('Je kunt waarschijnlijk voorzieningen krijgen via UWV.', 'You can probably get provisions through UWV.'),
    misschien: t('Misschien kun je voorzieningen krijgen via UWV.', 'You may be able to get provisions through UWV.'),
    waarschijnlijk_niet: t('UWV is waarschijnlijk niet aan zet. Kijk bij de voorzieningen via de gemeente.', 'UWV is probably not responsible. See the provisions through the gemeente.'),
    meer_informatie_nodig: t('We hebben nog wat antwoorden nodig.', 'We need a few more answers.'),
  },
  decide(p, d, _ctx, s, at) {
    s[at] = code(uBeperking, structural(p));
    const kind = p.limitationKind;
    let r: number;
    let viaPw = false;
    if (kind === C.limitationKind.visueel) {
      r = U_VISUAL;
      viaPw = true;
    } else if (kind === C.limitationKind.auditief) {
      r = U_HEARING;
      viaPw = true;
    } else if (d.route === ROUTE_UWV) r = U_ROUTE;
    else if (d.route === ROUTE_GEMEENTE && d.routeReason === R_NO_JOB) r = kind === ENUM_MISSING ? U_KIND_MISSING : U_NO_JOB;
    else if (d.route === ROUTE_GEMEENTE) r = kind === ENUM_MISSING ? U_KIND_MISSING : U_ROUTE_OTHER;
    else r = d.route === ROUTE_MISSING ? U_ROUTE_MISSING : U_ROUTE_UNKNOWN;
    s[at + 1] = code(uRoute, r);
    // Through Pw art. 10g/10h no job is needed (also for a trial placement
    // or training); through Wet WIA art. 35 the person is an employee.
    const job = d.hasJob & STATUS_MASK;
    s[at + 2] = viaPw || (d.route === ROUTE_UWV && d.routeReason === R_UWV_BENEFIT) ? 0 : code(uBaan, job === MET ? 0 : job === FIXABLE ? 1 : job === MISSING ? 3 : 2);
    s[at + 3] = d.belowAow;
    s[at + 4] = code(goedkoopst, 0);
    return allOf(s, at, 4);
  },
  nextSteps(outcome, p) {
    if (outcome === 'waarschijnlijk_niet') return [];
    const tolk = p.limitationKind === C.limitationKind.auditief;
    return [
      stepUwv(
        tolk
          ? t('Vraag bij UWV een tolkvoorziening aan voor je werk, proefplaats of opleiding.', 'Apply at UWV for an interpreter for your work, trial placement or training.')
          : t(
              'Vraag bij UWV de voorziening aan die je nodig hebt, zoals een hulpmiddel, een aanpassing van je werkplek of vervoer naar je werk.',
              'Apply at UWV for the provision you need, such as an aid, an adaptation of your workplace or transport to work.',
            ),
        t('Vraag hoe lang het duurt en of je het mag houden als je van baan wisselt.', 'Ask how long it takes and whether you may keep it if you change jobs.'),
        { serviceKeys: ['werkvoorzieningen-uwv'], helpKinds: tolk ? ['werkplekaanpassing'] : ['werkplekaanpassing', 'vervoer'] },
        [BRING_ID, BRING_MEDICAL],
      ),
    ];
  },
};

