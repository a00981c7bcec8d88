// Reading and checking the Overdracht forms. Every problem names its field in
// Dutch and says how to fix it; nothing is stored while there are problems.
import type { ConsentMethod, SendInput } from '../../db/referrals/index.ts';
import { recordParts, type RecordPart } from '../../db/persons.ts';
import { isAction, type ReferralAction } from '../../domain/referral.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import type { FieldError } from '../../web/errors.ts';
import { text, list, type FormBody } from '../../web/form-input.ts';
export { text, list };

export type Body = FormBody;

export const consentMethods: Record<ConsentMethod, string> = {
  'in-persoon': 'In een gesprek',
  telefonisch: 'Telefonisch',
  schriftelijk: 'Schriftelijk',
  online: 'Online',
};

export const partLabels: Record<RecordPart, string> = {
  basis: 'Basisgegevens: naam, geboortejaar, e-mail en telefoon (gaan altijd mee)',
  verhaal: 'Het verhaal en de beperking, in de woorden van de persoon',
  plan: 'Het plan van aanpak',
  contacten: 'De contactmomenten',
  doorverwijzingen: 'Eerdere doorverwijzingen',
};

export const partShort: Record<RecordPart, string> = {
  basis: 'basisgegevens',
  verhaal: 'verhaal',
  plan: 'plan van aanpak',
  contacten: 'contactmomenten',
  doorverwijzingen: 'doorverwijzingen',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function partsOf(errors: FieldError[], field: string, values: string[]): RecordPart[] {
  const parts: RecordPart[] = [];
  for (const p of values) {
    if (recordParts.includes(p as RecordPart)) parts.push(p as RecordPart);
    else errors.push({ field, message: `Gegevens die meegaan: "${p.slice(0, 30)}" kennen we niet.` });
  }
  if (!parts.includes('basis')) errors.push({ field, message: 'Gegevens die meegaan: de basisgegevens gaan altijd mee. Vink ze aan.' });
  return [...new Set(parts)];
}

function consentOf(errors: FieldError[], f: { consentMethod: string; consent: string }, methodField: string, checkField: string): ConsentMethod | null {
  if (f.consent !== 'ja') errors.push({ field: checkField, message: 'Toestemming: vink aan dat de persoon toestemming gaf. Zonder toestemming kun je niet versturen.' });
  if (!(f.consentMethod in consentMethods)) {
    errors.push({ field: methodField, message: 'Hoe gaf de persoon toestemming: kies een van de mogelijkheden.' });
    return null;
  }
  return f.consentMethod as ConsentMethod;
}

// ---------------------------------------------------------------- new referral and sending a concept

export function readReferralForm(body: Body) {
  return {
    serviceId: text(body, 'serviceId', 100),
    organizationId: text(body, 'organizationId', 100),
    question: text(body, 'question', 3000),
    parts: list(body, 'parts'),
    consentMethod: text(body, 'consentMethod', 40),
    consent: text(body, 'consent', 10),
    externalEmail: text(body, 'externalEmail', 400),
    actie: text(body, 'actie', 20),
    code: text(body, 'code', 40),
  };
}
export type ReferralForm = ReturnType<typeof readReferralForm>;

export function emptyReferralForm(): ReferralForm {
  return { serviceId: '', organizationId: '', question: '', parts: ['basis'], consentMethod: '', consent: '', externalEmail: '', actie: '', code: '' };
}

/** The send fields (parts, consent, e-mail of an external receiver). */
export function validateSend(f: Pick<ReferralForm, 'parts' | 'consentMethod' | 'consent' | 'externalEmail'>, needsEmail: boolean, errors: FieldError[]): SendInput | null {
  const parts = partsOf(errors, 'parts', f.parts);
  const method = consentOf(errors, f, 'consentMethod', 'consent');
  if (needsEmail) {
    if (!f.externalEmail) errors.push({ field: 'externalEmail', message: 'E-mailadres van de ontvanger: vul het e-mailadres in waar de beveiligde link heen gaat.' });
    else if (f.externalEmail.length > 320 || !EMAIL.test(f.externalEmail)) {
      errors.push({ field: 'externalEmail', message: 'E-mailadres van de ontvanger: dit is geen geldig e-mailadres. Bijvoorbeeld aanmelden@organisatie.nl.' });
    }
  }
  if (errors.length || !method) return null;
  return { parts, consentMethod: method, externalEmail: needsEmail ? f.externalEmail : null };
}

export function validateReferral(f: ReferralForm, needsEmail: boolean): { errors: FieldError[]; send: SendInput | null; asConcept: boolean; parts: RecordPart[] } {
  const errors: FieldError[] = [];
  if (f.actie !== 'versturen' && f.actie !== 'concept') errors.push({ field: 'question', message: 'Kies "Versturen" of "Bewaren als concept".' });
  if (!f.question) errors.push({ field: 'question', message: 'Vraag aan de ontvanger: schrijf op waar de persoon hulp bij zoekt.' });
  else if (f.question.length > 2000) errors.push({ field: 'question', message: 'Vraag aan de ontvanger: dit is te lang. Gebruik hoogstens 2000 tekens.' });
  if (f.actie === 'concept') {
    const probe: FieldError[] = [];
    const parts = partsOf(probe, 'parts', f.parts.length ? f.parts : ['basis']);
    errors.push(...probe);
    return { errors, send: null, asConcept: true, parts };
  }
  const send = validateSend(f, needsEmail, errors);
  return { errors, send: errors.length ? null : send, asConcept: false, parts: send?.parts ?? ['basis'] };
}

// ---------------------------------------------------------------- actions on a referral

export function readActionForm(body: Body) {
  return {
    actie: text(body, 'actie', 30),
    reason: text(body, 'reason', 60),
    note: text(body, 'note', 2000),
    outcome: text(body, 'outcome', 60),
    followUpOrganizationId: text(body, 'followUpOrganizationId', 100),
  };
}
export type ActionForm = ReturnType<typeof readActionForm>;

export function actionOf(f: ActionForm): ReferralAction | null {
  return isAction(f.actie) ? f.actie : null;
}

/** A follow-up organisation id is only passed on when it has the form of an id (else the domain asks for one). */
export function followUpOf(f: ActionForm): string | null {
  return UUID_PATTERN.test(f.followUpOrganizationId) ? f.followUpOrganizationId : null;
}

// ---------------------------------------------------------------- response times

export function readPolicyForm(body: Body) {
  return { responseWorkingDays: text(body, 'responseWorkingDays', 10), escalationWorkingDays: text(body, 'escalationWorkingDays', 10) };
}
export type PolicyForm = ReturnType<typeof readPolicyForm>;

export function validatePolicy(f: PolicyForm): { errors: FieldError[]; input: { responseWorkingDays: number; escalationWorkingDays: number } | null } {
  const errors: FieldError[] = [];
  const response = Number(f.responseWorkingDays);
  const escalation = Number(f.escalationWorkingDays);
  if (!/^\d{1,2}$/.test(f.responseWorkingDays) || response < 1 || response > 60) {
    errors.push({ field: 'responseWorkingDays', message: 'Antwoorden binnen: vul een aantal werkdagen in van 1 tot en met 60.' });
  }
  if (!/^\d{1,2}$/.test(f.escalationWorkingDays) || escalation < 1 || escalation > 90) {
    errors.push({ field: 'escalationWorkingDays', message: 'Escaleren na: vul een aantal werkdagen in van 1 tot en met 90.' });
  } else if (errors.length === 0 && escalation < response) {
    errors.push({ field: 'escalationWorkingDays', message: 'Escaleren na: dit moet minstens zo lang zijn als de antwoordtermijn.' });
  }
  return { errors, input: errors.length ? null : { responseWorkingDays: response, escalationWorkingDays: escalation } };
}

// ---------------------------------------------------------------- handover of the contact person

export function readHandoverForm(body: Body) {
  return {
    soort: text(body, 'soort', 20),
    toAccountId: text(body, 'toAccountId', 100),
    toOrganizationId: text(body, 'toOrganizationId', 100),
    parts: list(body, 'handoverParts'),
    consentMethod: text(body, 'handoverConsentMethod', 40),
    consent: text(body, 'handoverConsent', 10),
    note: text(body, 'handoverNote', 1000),
  };
}
export type HandoverForm = ReturnType<typeof readHandoverForm>;

export function validateHandover(f: HandoverForm): { errors: FieldError[]; input: { toAccountId: string | null; toOrganizationId: string | null; parts: RecordPart[]; consentMethod: ConsentMethod | null; note: string | null } | null } {
  const errors: FieldError[] = [];
  if (f.note.length > 300) errors.push({ field: f.soort === 'organisatie' ? 'handoverNoteOrg' : 'handoverNote', message: 'Toelichting: dit is te lang. Gebruik hoogstens 300 tekens.' });
  if (f.soort === 'collega') {
    if (!UUID_PATTERN.test(f.toAccountId)) errors.push({ field: 'toAccountId', message: 'Nieuwe contactpersoon: kies een collega uit de lijst.' });
    return { errors, input: errors.length ? null : { toAccountId: f.toAccountId, toOrganizationId: null, parts: [], consentMethod: null, note: f.note || null } };
  }
  if (f.soort !== 'organisatie') return { errors: [{ field: 'toAccountId', message: 'Overdracht: kies aan wie je het vaste aanspreekpunt overdraagt.' }], input: null };
  if (!UUID_PATTERN.test(f.toOrganizationId)) errors.push({ field: 'toOrganizationId', message: 'Nieuwe organisatie: kies een organisatie uit de lijst.' });
  const parts = partsOf(errors, 'handoverParts', f.parts);
  const method = consentOf(errors, f, 'handoverConsentMethod', 'handoverConsent');
  if (errors.length || !method) return { errors, input: null };
  return { errors, input: { toAccountId: null, toOrganizationId: f.toOrganizationId, parts, consentMethod: method, note: f.note || null } };
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
