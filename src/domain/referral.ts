// Warme overdracht: the referral state machine. Pure: no I/O, no clock.
//
// A referral (doorverwijzing) goes from the organisation that owns the
// person's record (the sender) to another organisation (the receiver), which
// works with InBeeld or answers through an e-mailed link (external). The
// states follow the FHIR / Gravity SDOH Task lifecycle for referral
// management, so every state maps to a FHIR Task.status:
//
//   concept → verstuurd → geaccepteerd | afgewezen
//   geaccepteerd → in_behandeling ⇄ gepauzeerd
//   geaccepteerd | in_behandeling | gepauzeerd → afgerond | niet_gelukt
//   every open state → ingetrokken (by the sender)
//
// Afgewezen, gepauzeerd, niet_gelukt and ingetrokken need a reason from a
// closed list ("anders" needs a note); afgerond needs an outcome from a closed
// list, and the outcome "elders-verwezen" needs the follow-on referral. The
// one function that changes state is `transition`; the database stores what
// it returns and nothing else.

export const referralStates = [
  'concept',
  'verstuurd',
  'geaccepteerd',
  'afgewezen',
  'in_behandeling',
  'gepauzeerd',
  'afgerond',
  'niet_gelukt',
  'ingetrokken',
] as const;
export type ReferralState = (typeof referralStates)[number];

/** States after which nothing can change any more. */
export const finalStates: readonly ReferralState[] = ['afgewezen', 'afgerond', 'niet_gelukt', 'ingetrokken'];

/** Open and sent: the receiver has work to do, or the sender is waiting. */
export function isOpen(state: ReferralState): boolean {
  return state !== 'concept' && !finalStates.includes(state);
}

export const referralActions = ['versturen', 'accepteren', 'afwijzen', 'starten', 'pauzeren', 'hervatten', 'afronden', 'niet-gelukt', 'intrekken'] as const;
export type ReferralAction = (typeof referralActions)[number];

/** Who acts: the sending organisation, the receiving organisation in InBeeld, or the receiver through the e-mailed link. */
export const referralRoles = ['sender', 'receiver', 'external'] as const;
export type ReferralRole = (typeof referralRoles)[number];

/** FHIR R4 Task.status for each state (HL7 SDOH Clinical Care, Task for referral management). */
export const fhirTaskStatus: Record<ReferralState, string> = {
  concept: 'draft',
  verstuurd: 'requested',
  geaccepteerd: 'accepted',
  afgewezen: 'rejected',
  in_behandeling: 'in-progress',
  gepauzeerd: 'on-hold',
  afgerond: 'completed',
  niet_gelukt: 'failed',
  ingetrokken: 'cancelled',
};

// ---------------------------------------------------------------- reasons and outcomes

export const reasons = {
  'niet-in-aanmerking': 'Past niet bij de voorwaarden van het aanbod',
  'geen-plek': 'Geen plek of geen capaciteit',
  'geen-financiering': 'Geen financiering of beschikking',
  'te-weinig-informatie': 'Te weinig informatie om te beoordelen',
  'verkeerde-organisatie': 'Wij zijn niet de goede organisatie hiervoor',
  wachtlijst: 'Wachtlijst',
  gezondheid: 'Gezondheid van de persoon',
  'op-verzoek-persoon': 'De persoon vroeg om een pauze',
  'wacht-op-besluit': 'Wacht op een besluit (bijvoorbeeld van UWV of gemeente)',
  'niet-bereikt': 'De persoon is niet bereikt',
  'persoon-gestopt': 'De persoon is gestopt',
  'past-niet': 'De hulp paste toch niet',
  'verkeerd-verstuurd': 'Per vergissing verstuurd',
  'persoon-wil-niet': 'De persoon wil het niet meer',
  'andere-oplossing': 'Er is een andere oplossing gevonden',
  'toestemming-ingetrokken': 'De persoon trok de toestemming in',
  anders: 'Anders (schrijf de reden op)',
} as const;
export type Reason = keyof typeof reasons;

export const outcomes = {
  geholpen: 'Geholpen',
  'aan-het-werk': 'Aan het werk gegaan',
  'opleiding-gestart': 'Begonnen met een opleiding',
  'plaatsing-gestart': 'Begonnen op een werkplek (plaatsing)',
  'niet-in-aanmerking': 'Kwam niet in aanmerking',
  'geen-capaciteit': 'Geen plek (geen capaciteit)',
  'niet-bereikt': 'De persoon was niet te bereiken',
  'geen-interesse': 'De persoon wilde het niet meer',
  'elders-verwezen': 'Doorverwezen naar een andere organisatie',
} as const;
export type Outcome = keyof typeof outcomes;

/** Outcomes where the person got what they came for. */
export const successfulOutcomes: readonly Outcome[] = ['geholpen', 'aan-het-werk', 'opleiding-gestart', 'plaatsing-gestart'];

// ---------------------------------------------------------------- the rules

interface Rule {
  from: readonly ReferralState[];
  to: ReferralState;
  roles: readonly ReferralRole[];
  /** Reason codes this action accepts; present means a reason is required. */
  reasons?: readonly Reason[];
  /** An outcome is required. */
  outcome?: true;
}

const openStates: readonly ReferralState[] = ['concept', 'verstuurd', 'geaccepteerd', 'in_behandeling', 'gepauzeerd'];
const active: readonly ReferralState[] = ['geaccepteerd', 'in_behandeling', 'gepauzeerd'];

export const rules: Record<ReferralAction, Rule> = {
  versturen: { from: ['concept'], to: 'verstuurd', roles: ['sender'] },
  accepteren: { from: ['verstuurd'], to: 'geaccepteerd', roles: ['receiver', 'external'] },
  afwijzen: {
    from: ['verstuurd'],
    to: 'afgewezen',
    roles: ['receiver', 'external'],
    reasons: ['niet-in-aanmerking', 'geen-plek', 'geen-financiering', 'te-weinig-informatie', 'verkeerde-organisatie', 'anders'],
  },
  starten: { from: ['geaccepteerd'], to: 'in_behandeling', roles: ['receiver'] },
  pauzeren: {
    from: ['in_behandeling'],
    to: 'gepauzeerd',
    roles: ['receiver'],
    reasons: ['wachtlijst', 'gezondheid', 'op-verzoek-persoon', 'wacht-op-besluit', 'anders'],
  },
  hervatten: { from: ['gepauzeerd'], to: 'in_behandeling', roles: ['receiver'] },
  afronden: { from: active, to: 'afgerond', roles: ['receiver', 'external'], outcome: true },
  'niet-gelukt': {
    from: active,
    to: 'niet_gelukt',
    roles: ['receiver', 'external'],
    reasons: ['niet-bereikt', 'persoon-gestopt', 'past-niet', 'gezondheid', 'geen-plek', 'geen-financiering', 'anders'],
  },
  intrekken: {
    from: openStates,
    to: 'ingetrokken',
    roles: ['sender'],
    reasons: ['verkeerd-verstuurd', 'persoon-wil-niet', 'andere-oplossing', 'toestemming-ingetrokken', 'anders'],
  },
};

/** Dutch names of the states, for professionals. */
export const stateLabels: Record<ReferralState, string> = {
  concept: 'Concept',
  verstuurd: 'Verstuurd, wacht op antwoord',
  geaccepteerd: 'Geaccepteerd',
  afgewezen: 'Afgewezen',
  in_behandeling: 'In behandeling',
  gepauzeerd: 'Gepauzeerd',
  afgerond: 'Afgerond',
  niet_gelukt: 'Niet gelukt',
  ingetrokken: 'Ingetrokken',
};

/** Button texts of the actions. */
export const actionLabels: Record<ReferralAction, string> = {
  versturen: 'Versturen',
  accepteren: 'Accepteren',
  afwijzen: 'Afwijzen',
  starten: 'Begonnen met de hulp',
  pauzeren: 'Pauzeren',
  hervatten: 'Weer verder',
  afronden: 'Afronden met uitkomst',
  'niet-gelukt': 'Niet gelukt',
  intrekken: 'Intrekken',
};

/** The state in plain words for the person (B1), with the receiving organisation's name. */
export function stateForPerson(state: ReferralState, organization: string, outcome: Outcome | null): string {
  switch (state) {
    case 'concept':
      return `Je contactpersoon bereidt je aanmelding bij ${organization} voor.`;
    case 'verstuurd':
      return `Je bent aangemeld bij ${organization}. We wachten op hun antwoord.`;
    case 'geaccepteerd':
      return `${organization} heeft je aanmelding aangenomen. Zij nemen contact met je op.`;
    case 'afgewezen':
      return `${organization} kan je niet helpen. Je contactpersoon zoekt samen met jou naar iets anders.`;
    case 'in_behandeling':
      return `Je krijgt hulp van ${organization}.`;
    case 'gepauzeerd':
      return `De hulp van ${organization} staat even stil.`;
    case 'afgerond':
      return outcome && outcome !== 'elders-verwezen' && successfulOutcomes.includes(outcome)
        ? `De hulp van ${organization} is klaar. ${outcomeForPerson[outcome]}`
        : `De hulp van ${organization} is gestopt. ${outcome ? outcomeForPerson[outcome] : ''}`.trim();
    case 'niet_gelukt':
      return `Het is niet gelukt met ${organization}. Je contactpersoon bespreekt met je wat nu.`;
    case 'ingetrokken':
      return `Je aanmelding bij ${organization} is gestopt.`;
  }
}

const outcomeForPerson: Record<Outcome, string> = {
  geholpen: 'Je bent geholpen.',
  'aan-het-werk': 'Je bent aan het werk gegaan.',
  'opleiding-gestart': 'Je bent begonnen met een opleiding.',
  'plaatsing-gestart': 'Je bent begonnen op een werkplek.',
  'niet-in-aanmerking': 'Je kwam niet in aanmerking.',
  'geen-capaciteit': 'Er was geen plek.',
  'niet-bereikt': 'Ze konden je niet bereiken.',
  'geen-interesse': 'Je wilde het niet meer.',
  'elders-verwezen': 'Je bent doorverwezen naar een andere organisatie.',
};

// ---------------------------------------------------------------- transition

export interface TransitionInput {
  reason?: string | null;
  /** Free text with the reason; required when the reason is "anders". */
  note?: string | null;
  outcome?: string | null;
  /** The follow-on referral, required for the outcome "elders-verwezen". */
  followUpReferralId?: string | null;
}

/** What the database stores for one change: only the fields that belong to the action. */
export interface ReferralChange {
  from: ReferralState;
  to: ReferralState;
  action: ReferralAction;
  role: ReferralRole;
  reason: Reason | null;
  note: string | null;
  outcome: Outcome | null;
  followUpReferralId: string | null;
}

export type TransitionResult =
  | { ok: true; state: ReferralState; change: ReferralChange }
  | { ok: false; error: string; field: 'actie' | 'reason' | 'note' | 'outcome' | 'followUp' };

export const NOTE_MAX = 500;

function isState(value: unknown): value is ReferralState {
  return typeof value === 'string' && (referralStates as readonly string[]).includes(value);
}

export function isAction(value: unknown): value is ReferralAction {
  return typeof value === 'string' && (referralActions as readonly string[]).includes(value);
}

/** The actions `role` may take in `state`, in the order of referralActions. */
export function availableActions(state: ReferralState, role: ReferralRole): ReferralAction[] {
  return referralActions.filter((a) => rules[a].from.includes(state) && rules[a].roles.includes(role));
}

const roleNames: Record<ReferralRole, string> = {
  sender: 'de verwijzende organisatie',
  receiver: 'de ontvangende organisatie',
  external: 'de ontvangende organisatie',
};

/**
 * One step of the state machine. Checks that the action exists, that it is
 * allowed from `state`, that `role` may take it, and that the reason or
 * outcome it needs is there and comes from the closed list. On success it
 * returns the new state and the change to store; on failure a Dutch message
 * and the field it is about, and the caller stores nothing.
 */
export function transition(state: ReferralState, action: string, role: ReferralRole, input: TransitionInput = {}): TransitionResult {
  if (!isState(state)) return { ok: false, error: 'Deze doorverwijzing heeft een onbekende status.', field: 'actie' };
  if (!isAction(action)) return { ok: false, error: 'Actie: deze actie kennen we niet. Kies een van de knoppen.', field: 'actie' };
  const rule = rules[action];
  if (!rule.roles.includes(role)) {
    const allowed = rule.roles.map((r) => roleNames[r]);
    return { ok: false, error: `${actionLabels[action]}: dit mag alleen ${allowed[0]}.`, field: 'actie' };
  }
  if (!rule.from.includes(state)) {
    return { ok: false, error: `${actionLabels[action]}: dat kan niet bij de status "${stateLabels[state]}".`, field: 'actie' };
  }
  const note = typeof input.note === 'string' ? input.note.trim() : '';
  if (note.length > NOTE_MAX) return { ok: false, error: `Toelichting: dit is te lang. Gebruik hoogstens ${NOTE_MAX} tekens.`, field: 'note' };
  let reason: Reason | null = null;
  let outcome: Outcome | null = null;
  let followUp: string | null = null;
  if (rule.reasons) {
    const value = typeof input.reason === 'string' ? input.reason : '';
    if (!value) return { ok: false, error: `Reden: kies waarom (${actionLabels[action].toLowerCase()}).`, field: 'reason' };
    if (!(rule.reasons as readonly string[]).includes(value)) {
      return { ok: false, error: `Reden: "${value.slice(0, 30)}" past niet bij ${actionLabels[action].toLowerCase()}. Kies uit de lijst.`, field: 'reason' };
    }
    reason = value as Reason;
    if (reason === 'anders' && !note) return { ok: false, error: 'Toelichting: schrijf de reden op als je "Anders" kiest.', field: 'note' };
  }
  if (rule.outcome) {
    const value = typeof input.outcome === 'string' ? input.outcome : '';
    if (!value) return { ok: false, error: 'Uitkomst: kies wat de uitkomst is.', field: 'outcome' };
    if (!(value in outcomes)) return { ok: false, error: `Uitkomst: "${value.slice(0, 30)}" kennen we niet. Kies uit de lijst.`, field: 'outcome' };
    outcome = value as Outcome;
    if (outcome === 'elders-verwezen') {
      followUp = typeof input.followUpReferralId === 'string' && input.followUpReferralId ? input.followUpReferralId : null;
      if (!followUp) return { ok: false, error: 'Doorverwezen naar: kies naar welke organisatie de persoon verder gaat.', field: 'followUp' };
    }
  }
  return {
    ok: true,
    state: rule.to,
    change: {
      from: state,
      to: rule.to,
      action,
      role,
      reason,
      note: reason || outcome ? note || null : null,
      outcome,
      followUpReferralId: followUp,
    },
  };
}

/**
 * The state after a history of changes, each checked again by `transition`.
 * Throws when a step is not allowed: a stored history must always replay.
 */
export function replay(changes: ReadonlyArray<Pick<ReferralChange, 'action' | 'role'> & TransitionInput>): ReferralState {
  let state: ReferralState = 'concept';
  for (const c of changes) {
    const result = transition(state, c.action, c.role, c);
    if (!result.ok) throw new Error(`geschiedenis klopt niet bij ${c.action}: ${result.error}`);
    state = result.state;
  }
  return state;
}

/** Does a state carry a reason, an outcome, or neither (for checks on stored rows). */
export function requirementOf(state: ReferralState): 'reason' | 'outcome' | null {
  if (state === 'afgerond') return 'outcome';
  if (state === 'afgewezen' || state === 'gepauzeerd' || state === 'niet_gelukt' || state === 'ingetrokken') return 'reason';
  return null;
}
