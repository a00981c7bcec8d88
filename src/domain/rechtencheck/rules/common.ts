// Criteria and next steps that several rules share.
import { FIXABLE, MET, MISSING, NOT_MET, UNKNOWN, WAARSCHIJNLIJK, MISSCHIEN, MEER_INFORMATIE_NODIG, ENUM_MISSING, NUM_MISSING, NUM_UNKNOWN } from '../codes.ts';
import { C, type Person } from '../encode.ts';
import type { FactKey } from '../facts.ts';
import type { Ctx } from '../kernel.ts';
import type { CriterionDef, Message, NextStep, Text } from '../types.ts';
import { t } from '../types.ts';

type MessageSpec = readonly [status: number, nl: string, en: string];

export function criterion(spec: {
  id: string;
  label: Text;
  kind?: 'voorwaarde' | 'info';
  source: string;
  facts: readonly FactKey[];
  messages: readonly MessageSpec[];
}): CriterionDef {
  const messages: Message[] = spec.messages.map(([status, nl, en]) => ({ status, nl, en }));
  return {
    id: spec.id,
    label: spec.label,
    kind: spec.kind ?? 'voorwaarde',
    source: spec.source,
    facts: spec.facts,
    messages,
    codes: Uint8Array.from(messages, (message, index) => message.status | (index << 3)),
  };
}

/**
 * Status byte of message `index` of a criterion. Hot path: no check here;
 * evaluate() checks that every written message exists and fits its status.
 */
export function code(def: CriterionDef, index: number): number {
  return def.codes[index]!;
}

// ---------------------------------------------------------------------------
// Shared criteria. Their message order matches the constants in kernel.ts.

/** Pw art. 7 lid 1 onder a (with art. 6 lid 1 onder a and art. 10 lid 2). Messages follow G_* in kernel.ts. */
export function gemeenteDoelgroep(id = 'gemeente-doelgroep', source = 'pw-7'): CriterionDef {
  return criterion({
    id,
    label: t('Je hoort bij de mensen die de gemeente helpt', 'You belong to the people the gemeente supports'),
    source,
    facts: ['benefit', 'registeredJobseeker', 'age', 'supportedByGemeente'],
    messages: [
      [MET, 'Je hebt geen uitkering en je staat ingeschreven bij UWV als werkzoekende. Dan moet de gemeente je helpen bij werk.', 'You have no benefit and you are registered at UWV as a job seeker. Then the gemeente must help you with work.'],
      [MET, 'Je hebt een uitkering van de gemeente (bijstand), of een Anw- of IOAW-uitkering. De gemeente helpt je bij werk.', 'You get a benefit from the gemeente (bijstand), or an Anw or IOAW benefit. The gemeente helps you with work.'],
      [NOT_MET, 'Je krijgt een uitkering van UWV. Dan helpt UWV je bij werk, niet de gemeente.', 'You get a benefit from UWV. Then UWV helps you with work, not the gemeente.'],
      [NOT_MET, 'Je hebt de AOW-leeftijd bereikt. De gemeente hoeft je dan niet meer naar werk te helpen.', 'You have reached the state pension (AOW) age. The gemeente no longer has to help you into work.'],
      [FIXABLE, 'Je staat niet (meer) ingeschreven bij UWV als werkzoekende. Schrijf je in op werk.nl. Dan hoor je er wel bij.', 'You are not (or no longer) registered at UWV as a job seeker. Register on werk.nl. Then you do belong to this group.'],
      [UNKNOWN, 'Je weet niet of je bent ingeschreven bij UWV. Kijk op werk.nl of bel UWV.', 'You do not know whether you are registered at UWV. Check werk.nl or call UWV.'],
      [MISSING, 'We weten nog niet of je bent ingeschreven bij UWV als werkzoekende.', 'We do not know yet whether you are registered at UWV as a job seeker.'],
      [MET, 'De gemeente helpt je al bij werk. Dan blijft de gemeente verantwoordelijk, ook als je werkt.', 'The gemeente already helps you with work. Then the gemeente stays responsible, also once you work.'],
      [UNKNOWN, 'We weten niet welke uitkering je hebt. Dat bepaalt of de gemeente of UWV je helpt.', 'We do not know which benefit you have. That decides whether the gemeente or UWV helps you.'],
      [MISSING, 'We weten nog niet of je een uitkering hebt.', 'We do not know yet whether you have a benefit.'],
      [UNKNOWN, 'Je bent bijna of net AOW-leeftijd. Het hangt af van je geboortedatum.', 'You are close to the AOW age. It depends on your date of birth.'],
      [MISSING, 'We weten je leeftijd nog niet.', 'We do not know your age yet.'],
      [UNKNOWN, 'We weten je leeftijd niet.', 'We do not know your age.'],
    ],
  });
}

/** Below the AOW age. Messages follow AOW_* in kernel.ts. */
export function onderAow(source: string, id = 'onder-aow-leeftijd'): CriterionDef {
  return criterion({
    id,
    label: t('Je bent jonger dan de AOW-leeftijd', 'You are below the state pension (AOW) age'),
    source,
    facts: ['age'],
    messages: [
      [MET, 'Je bent jonger dan de AOW-leeftijd.', 'You are below the AOW age.'],
      [NOT_MET, 'Je hebt de AOW-leeftijd bereikt. Deze regeling stopt dan.', 'You have reached the AOW age. This scheme then stops.'],
      [UNKNOWN, 'Je bent bijna of net AOW-leeftijd. Het hangt af van je geboortedatum.', 'You are close to the AOW age. It depends on your date of birth.'],
      [MISSING, 'We weten je leeftijd nog niet.', 'We do not know your age yet.'],
      [UNKNOWN, 'We weten je leeftijd niet.', 'We do not know your age.'],
    ],
  });
}

/** Pw art. 6 lid 1 onder e: cannot earn the minimum wage. Messages follow W_* in kernel.ts. */
export function kanMinimumloonNiet(source = 'pw-6e', id = 'kan-minimumloon-niet-verdienen'): CriterionDef {
  return criterion({
    id,
    label: t('Je kunt met een volle baan niet zelf het minimumloon verdienen', 'You cannot earn the minimum wage yourself in a full-time job'),
    source,
    facts: ['canEarnMinimumWage', 'loonwaarde'],
    messages: [
      [MET, 'Je zegt dat je het minimumloon niet zelf kunt verdienen. De gemeente of UWV stelt dit vast.', 'You say you cannot earn the minimum wage yourself. The gemeente or UWV establishes this.'],
      [NOT_MET, 'Je zegt dat je het minimumloon zelf kunt verdienen.', 'You say you can earn the minimum wage yourself.'],
      [MET, 'Je loonwaarde is lager dan 100%. Je verdient dus minder dan het minimumloon waard is.', 'Your loonwaarde is below 100%. So your work is worth less than the minimum wage.'],
      [NOT_MET, 'Je loonwaarde is 100% of meer. Je kunt dan het minimumloon verdienen.', 'Your loonwaarde is 100% or more. So you can earn the minimum wage.'],
      [UNKNOWN, 'Het is niet bekend of je het minimumloon zelf kunt verdienen. Een loonwaardemeting of een beoordeling door UWV kan dat laten zien.', 'It is not known whether you can earn the minimum wage yourself. A loonwaarde measurement or a UWV assessment can show this.'],
      [MISSING, 'We weten nog niet of je zelf het minimumloon kunt verdienen.', 'We do not know yet whether you can earn the minimum wage yourself.'],
    ],
  });
}

/** Has a job or a job offer. Messages follow J_* in kernel.ts. */
export function heeftWerk(source: string, id = 'baan-of-aanbod'): CriterionDef {
  return criterion({
    id,
    label: t('Je hebt een baan of een aanbod van een werkgever', 'You have a job or a job offer'),
    source,
    facts: ['jobStatus'],
    messages: [
      [MET, 'Je hebt een baan of een aanbod.', 'You have a job or an offer.'],
      [FIXABLE, 'Je hebt nog geen baan. Dit geldt zodra een werkgever je een contract wil geven.', 'You have no job yet. This applies as soon as an employer wants to give you a contract.'],
      [UNKNOWN, 'Het is niet duidelijk of er al een baan of aanbod is.', 'It is not clear whether there is a job or an offer.'],
      [MISSING, 'We weten nog niet of je een baan of aanbod hebt.', 'We do not know yet whether you have a job or an offer.'],
    ],
  });
}

export const L27_OLD = 0;
export const L27_NEW = 1;
export const L27_YOUNG_OLD = 2;
export const L27_MISSING = 3;
export const L27_UNKNOWN = 4;

export function leeftijd27Criterion(source = 'pw-7-3a'): CriterionDef {
  return criterion({
    id: 'leeftijd-27',
    label: t('Je bent 27 jaar of ouder (anders geldt een aparte regel)', 'You are 27 or older (otherwise a separate rule applies)'),
    source,
    facts: ['age'],
    messages: [
      [MET, 'Je bent 27 jaar of ouder. De gemeente moet je dan helpen.', 'You are 27 or older. The gemeente must then help you.'],
      [
        UNKNOWN,
        'Je bent jonger dan 27. Sinds 2026 kan de gemeente je helpen als school niet (meer) mogelijk is of niet bij je past. Het is een kan-regel: vraag erom.',
        'You are under 27. Since 2026 the gemeente can help you if school is not (or no longer) possible or does not suit you. It is a may-rule: ask for it.',
      ],
      [
        UNKNOWN,
        'Je bent jonger dan 27. Kun je nog onderwijs volgen, dan helpt de gemeente je (nog) niet bij werk. Past school niet meer, dan wel.',
        'You are under 27. If you can still follow education, the gemeente does not help you with work (yet). If school no longer fits, it does.',
      ],
      [MISSING, 'We weten je leeftijd nog niet.', 'We do not know your age yet.'],
      [UNKNOWN, 'We weten je leeftijd niet. Onder 27 geldt een aparte regel.', 'We do not know your age. Under 27 a separate rule applies.'],
    ],
  });
}

/**
 * Pw art. 7 lid 3 onder a and art. 7a: under 27 the gemeente's duty becomes
 * a power ("kan"). Before 2026: not for someone who can still follow
 * education. Messages follow L27_*.
 */
export function age27Status(def: CriterionDef, p: Person, ctx: Ctx): number {
  if (p.age === NUM_MISSING) return code(def, L27_MISSING);
  if (p.age === NUM_UNKNOWN) return code(def, L27_UNKNOWN);
  if (p.age >= ctx.jongerenLeeftijd) return code(def, L27_OLD);
  return code(def, ctx.schoolNaarDuurzaamWerk ? L27_NEW : L27_YOUNG_OLD);
}

export const SB_YES = 0;
export const SB_NO = 1;
export const SB_UNKNOWN = 2;
export const SB_MISSING = 3;

/** A structurele functionele beperking. */
export function structureleBeperking(source: string, id = 'structurele-beperking'): CriterionDef {
  return criterion({
    id,
    label: t('Je hebt een blijvende beperking door ziekte of handicap', 'You have a lasting limitation from illness or disability'),
    source,
    facts: ['structuralLimitation'],
    messages: [
      [MET, 'Je hebt een blijvende (structurele) beperking. UWV of de gemeente kan dit laten vaststellen door een arts.', 'You have a lasting (structural) limitation. UWV or the gemeente can have a doctor confirm this.'],
      [NOT_MET, 'Je zegt dat je geen blijvende beperking hebt.', 'You say you have no lasting limitation.'],
      [UNKNOWN, 'Het is niet duidelijk of je beperking blijvend is. Een arts van UWV kan dat beoordelen.', 'It is not clear whether your limitation is lasting. A UWV doctor can assess this.'],
      [MISSING, 'We weten nog niet of je een blijvende beperking hebt.', 'We do not know yet whether you have a lasting limitation.'],
    ],
  });
}

export function structural(p: Person): number {
  const v = p.structuralLimitation;
  return v === C.structuralLimitation.ja ? SB_YES : v === C.structuralLimitation.nee ? SB_NO : v === ENUM_MISSING ? SB_MISSING : SB_UNKNOWN;
}

export const DGR_IN = 0;
export const DGR_CAN = 1;
export const DGR_MAYBE = 2;
export const DGR_MISSING = 3;
export const DGR_NOT = 4;
export const DGR_BESCHUT = 5;
export const DGR_UNKNOWN = 6;

/** In the doelgroepregister, or can get in through one of the routes. */
export function inDoelgroepregister(source = 'wfsv-38b'): CriterionDef {
  return criterion({
    id: 'in-doelgroepregister',
    label: t('Je staat in het doelgroepregister (of kunt erin komen)', 'You are in the doelgroepregister (or can get in)'),
    source,
    facts: ['inDoelgroepregister', 'indication'],
    messages: [
      [MET, 'Je staat in het doelgroepregister.', 'You are in the doelgroepregister.'],
      [FIXABLE, 'Je staat nog niet in het doelgroepregister, maar je kunt er waarschijnlijk in komen. Zie de routes naar het register.', 'You are not in the doelgroepregister yet, but you can probably get in. See the routes into the register.'],
      [UNKNOWN, 'Je staat niet in het doelgroepregister. Misschien kun je erin komen. Zie de routes naar het register.', 'You are not in the doelgroepregister. Maybe you can get in. See the routes into the register.'],
      [MISSING, 'We weten nog niet of je in het doelgroepregister staat of kunt komen.', 'We do not know yet whether you are in, or can get into, the doelgroepregister.'],
      [NOT_MET, 'Je staat niet in het doelgroepregister, en geen van de routes lijkt te passen.', 'You are not in the doelgroepregister, and none of the routes seems to fit.'],
      [NOT_MET, 'Wie beschut werk heeft, telt niet mee voor de banenafspraak.', 'People in beschut werk do not count for the banenafspraak.'],
      [UNKNOWN, 'Het is niet bekend of je in het doelgroepregister staat. UWV kan dat zeggen.', 'It is not known whether you are in the doelgroepregister. UWV can tell you.'],
    ],
  });
}

/**
 * Status byte for "in the doelgroepregister", from the answer and from the
 * outcomes a, b, c of the three route rules (which run first).
 */
export function dgrStatus(def: CriterionDef, p: Person, a: number, b: number, c: number): number {
  if (p.indication === C.indication['beschut-werk']) return code(def, DGR_BESCHUT);
  const answer = p.inDoelgroepregister;
  if (answer === C.inDoelgroepregister.ja) return code(def, DGR_IN);
  if (a === WAARSCHIJNLIJK || b === WAARSCHIJNLIJK || c === WAARSCHIJNLIJK) return code(def, DGR_CAN);
  if (a === MEER_INFORMATIE_NODIG || b === MEER_INFORMATIE_NODIG || c === MEER_INFORMATIE_NODIG) return code(def, DGR_MISSING);
  if (a === MISSCHIEN || b === MISSCHIEN || c === MISSCHIEN) return code(def, DGR_MAYBE);
  if (answer === C.inDoelgroepregister.nee) return code(def, DGR_NOT);
  if (answer === ENUM_MISSING) return code(def, DGR_MISSING);
  return code(def, DGR_UNKNOWN);
}

// ---------------------------------------------------------------------------
// Next steps that come back in several rules.

export const DECIDED_BY_GEMEENTE = t(
  'De gemeente beslist. Deze uitkomst is geen besluit. Je kunt altijd een aanvraag doen.',
  'The gemeente decides. This outcome is not a decision. You can always apply.',
);
export const DECIDED_BY_UWV = t(
  'UWV beslist. Deze uitkomst is geen besluit. Je kunt altijd een aanvraag doen.',
  'UWV decides. This outcome is not a decision. You can always apply.',
);

export function gemeenteUrl(ctx: Ctx): string | undefined {
  return ctx.policy.contactUrl ?? ctx.policy.policyUrl ?? undefined;
}

export const BRING_ID = t('Je identiteitsbewijs', 'Your ID');
export const BRING_UWV = t('Het bewijs van je inschrijving bij UWV (van werk.nl)', 'Proof of your UWV registration (from werk.nl)');
export const BRING_MEDICAL = t(
  'Iets op papier over je beperking, zoals een brief van je arts of specialist',
  'Something on paper about your limitation, such as a letter from your doctor or specialist',
);
export const BRING_CONTRACT = t('Je arbeidscontract of het aanbod van de werkgever', 'Your employment contract or the employer’s offer');

export function stepRegister(): NextStep {
  return {
    who: t('UWV (werk.nl)', 'UWV (werk.nl)'),
    action: t(
      'Schrijf je in als werkzoekende op werk.nl. Je hebt DigiD nodig. Zonder uitkering moet je de inschrijving zelf op tijd verlengen.',
      'Register as a job seeker on werk.nl. You need DigiD. Without a benefit you must renew the registration yourself, in time.',
    ),
    ask: t('Vraag wanneer je inschrijving afloopt en hoe je haar verlengt.', 'Ask when your registration ends and how to renew it.'),
    url: 'https://www.werk.nl/werkzoekenden/',
    offer: { serviceKeys: ['inschrijven-werkzoekende'], helpKinds: ['werk-vinden'] },
  };
}

export function stepGemeente(ctx: Ctx, action: Text, ask: Text, offer: NextStep['offer'], bring: Text[] = [BRING_ID, BRING_UWV, BRING_MEDICAL]): NextStep {
  const url = gemeenteUrl(ctx);
  return {
    who: t('De gemeente (team werk)', 'The gemeente (work team)'),
    action,
    bring,
    ask,
    ...(url ? { url } : {}),
    offer,
  };
}

export function stepUwv(action: Text, ask: Text, offer: NextStep['offer'], bring: Text[] = [BRING_ID, BRING_MEDICAL]): NextStep {
  return {
    who: t('UWV', 'UWV'),
    action,
    bring,
    ask,
    url: 'https://www.uwv.nl',
    offer,
  };
}
