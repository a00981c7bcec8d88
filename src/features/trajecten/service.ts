// Reading and checking the Trajecten forms. Every problem names its field in
// Dutch and says how to fix it; nothing is stored while there are problems.
import { helpKindByCode } from '../../content/taxonomy.ts';
import {
  limitationKinds,
  cameIntoViewOptions,
  channels,
  endReasons,
  goalTypes,
  noBenefitReasons,
  transitionKinds,
  type ContactInput,
  type EndReason,
  type IntakeInput,
  type PlanInput,
  type SelfRegistrationInput,
  type TransitionKind,
} from '../../db/trajecten/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { text, list, isIsoDate, type FormBody } from '../../web/form-input.ts';
export { text, list, isIsoDate };

export type Body = FormBody;

function maxLength(errors: FieldError[], field: string, label: string, value: string, max: number) {
  if (value.length > max) errors.push({ field, message: `${label}: dit is te lang. Gebruik hoogstens ${max} tekens.` });
}

function required(errors: FieldError[], field: string, label: string, value: string, max: number) {
  if (!value) errors.push({ field, message: `${label}: vul dit veld in.` });
  else maxLength(errors, field, label, value, max);
}

function dateField(errors: FieldError[], field: string, label: string, value: string, optional = false) {
  if (!value) {
    if (!optional) errors.push({ field, message: `${label}: vul een datum in.` });
    return;
  }
  if (!isIsoDate(value)) errors.push({ field, message: `${label}: dit is geen geldige datum. Gebruik bijvoorbeeld 2026-03-15.` });
}

function oneOf<T extends string>(errors: FieldError[], field: string, label: string, value: string, options: Record<T, string>, optional = false): T | null {
  if (!value) {
    if (!optional) errors.push({ field, message: `${label}: maak een keuze.` });
    return null;
  }
  if (!(value in options)) {
    errors.push({ field, message: `${label}: "${value.slice(0, 30)}" kennen we niet. Kies uit de lijst.` });
    return null;
  }
  return value as T;
}

function helpCodes(errors: FieldError[], codes: string[]): void {
  for (const code of codes) if (!helpKindByCode.has(code)) errors.push({ field: 'helpKinds', message: `Hulpvraag: "${code.slice(0, 30)}" kennen we niet.` });
}

// ---------------------------------------------------------------- self-registration

export function readSelfRegistration(body: Body) {
  return {
    gemeenteCode: text(body, 'gemeenteCode'),
    givenName: text(body, 'givenName'),
    familyName: text(body, 'familyName'),
    reachBy: text(body, 'reachBy'),
    phone: text(body, 'phone'),
    email: text(body, 'email'),
    preferredTime: text(body, 'preferredTime'),
    about: text(body, 'about'),
    helpKinds: list(body, 'helpKinds'),
    rechtencheckCode: text(body, 'rechtencheckCode').toUpperCase(),
  };
}
export type SelfRegistrationForm = ReturnType<typeof readSelfRegistration>;

export function validateSelfRegistration(f: SelfRegistrationForm, teams: Set<string>): { errors: FieldError[]; input: SelfRegistrationInput | null } {
  const errors: FieldError[] = [];
  if (!teams.has(f.gemeenteCode)) errors.push({ field: 'gemeenteCode', message: 'Gemeente: kies je gemeente uit de lijst.' });
  required(errors, 'givenName', 'Voornaam', f.givenName, 100);
  required(errors, 'familyName', 'Achternaam', f.familyName, 150);
  if (f.reachBy !== 'telefoon' && f.reachBy !== 'e-mail') errors.push({ field: 'reachBy', message: 'Hoe wil je contact: kies telefoon of e-mail.' });
  if (f.reachBy === 'telefoon' && !f.phone) errors.push({ field: 'phone', message: 'Telefoonnummer: vul je nummer in, dan kunnen we je bellen.' });
  if (f.reachBy === 'e-mail' && !f.email) errors.push({ field: 'email', message: 'E-mailadres: vul je e-mailadres in, dan kunnen we je mailen.' });
  if (f.phone && !/^[+\d][\d\s-]{5,19}$/.test(f.phone)) errors.push({ field: 'phone', message: 'Telefoonnummer: gebruik alleen cijfers, spaties en streepjes. Bijvoorbeeld 06 12345678.' });
  if (f.email && (f.email.length > 320 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email))) errors.push({ field: 'email', message: 'E-mailadres: dit is geen geldig e-mailadres. Bijvoorbeeld naam@voorbeeld.nl.' });
  maxLength(errors, 'preferredTime', 'Wanneer', f.preferredTime, 200);
  required(errors, 'about', 'Waarover', f.about, 2000);
  helpCodes(errors, f.helpKinds);
  if (f.rechtencheckCode && !/^[A-Z0-9-]{4,20}$/.test(f.rechtencheckCode)) errors.push({ field: 'rechtencheckCode', message: 'Code van je Rechtencheck: deze code klopt niet. Laat het veld leeg als je geen code hebt.' });
  if (errors.length) return { errors, input: null };
  return {
    errors,
    input: {
      gemeenteCode: f.gemeenteCode,
      givenName: f.givenName,
      familyName: f.familyName,
      reachBy: f.reachBy as 'telefoon' | 'e-mail',
      phone: f.phone || null,
      email: f.email || null,
      preferredTime: f.preferredTime || null,
      about: f.about,
      helpKinds: f.helpKinds,
      rechtencheckCode: f.rechtencheckCode || null,
    },
  };
}

// ---------------------------------------------------------------- intake

export function readIntakeForm(body: Body) {
  return {
    cameIntoViewVia: text(body, 'cameIntoViewVia'),
    noBenefitReason: text(body, 'noBenefitReason'),
    story: text(body, 'story'),
    limitationEffect: text(body, 'limitationEffect'),
    limitationKinds: list(body, 'limitationKinds'),
    helpKinds: list(body, 'helpKinds'),
    caseload: text(body, 'caseload'),
  };
}
export type IntakeForm = ReturnType<typeof readIntakeForm>;

export function validateIntake(f: IntakeForm): { errors: FieldError[]; input: IntakeInput | null } {
  const errors: FieldError[] = [];
  const came = oneOf(errors, 'cameIntoViewVia', 'Hoe in beeld', f.cameIntoViewVia, cameIntoViewOptions, true);
  const reason = oneOf(errors, 'noBenefitReason', 'Waarom geen uitkering', f.noBenefitReason, noBenefitReasons, true);
  maxLength(errors, 'story', 'Beperking in eigen woorden', f.story, 5000);
  maxLength(errors, 'limitationEffect', 'Wat betekent dit voor werk', f.limitationEffect, 2000);
  const unknownKind = f.limitationKinds.find((k) => !(k in limitationKinds));
  if (unknownKind !== undefined) errors.push({ field: 'limitationKinds', message: 'Soort beperking: kies alleen uit de lijst.' });
  else if (f.limitationKinds.includes('wil-ik-niet-zeggen') && f.limitationKinds.length > 1) {
    errors.push({ field: 'limitationKinds', message: 'Soort beperking: kies "Wil ik niet zeggen" of een of meer soorten, niet allebei.' });
  }
  helpCodes(errors, f.helpKinds);
  if (f.caseload !== 'actief' && f.caseload !== 'passief') errors.push({ field: 'caseload', message: 'Caseload: kies actief of passief.' });
  if (errors.length) return { errors, input: null };
  return {
    errors,
    input: {
      cameIntoViewVia: came,
      noBenefitReason: reason,
      story: f.story || null,
      limitationEffect: f.limitationEffect || null,
      limitationKinds: [...new Set(f.limitationKinds)],
      helpKinds: f.helpKinds,
      caseload: f.caseload as 'actief' | 'passief',
    },
  };
}

// ---------------------------------------------------------------- plan, agreement, contact, transition

export function readPlanForm(body: Body) {
  return {
    goalType: text(body, 'goalType'),
    goal: text(body, 'goal'),
    reviewDate: text(body, 'reviewDate'),
    personExpects: text(body, 'personExpects'),
    professionalExpects: text(body, 'professionalExpects'),
  };
}
export type PlanForm = ReturnType<typeof readPlanForm>;

export function validatePlan(f: PlanForm, today: string): { errors: FieldError[]; input: PlanInput | null } {
  const errors: FieldError[] = [];
  const goalType = oneOf(errors, 'goalType', 'Soort doel', f.goalType, goalTypes);
  required(errors, 'goal', 'Doel', f.goal, 1000);
  dateField(errors, 'reviewDate', 'Bespreken op', f.reviewDate);
  if (isIsoDate(f.reviewDate) && f.reviewDate < today) errors.push({ field: 'reviewDate', message: 'Bespreken op: deze datum is al voorbij. Kies een datum vanaf vandaag.' });
  maxLength(errors, 'personExpects', 'Wat de persoon mag verwachten', f.personExpects, 2000);
  maxLength(errors, 'professionalExpects', 'Wat wij mogen verwachten', f.professionalExpects, 2000);
  if (errors.length || !goalType) return { errors, input: null };
  return { errors, input: { goalType, goal: f.goal, reviewDate: f.reviewDate, personExpects: f.personExpects || null, professionalExpects: f.professionalExpects || null } };
}

export function readAgreementForm(body: Body) {
  return { description: text(body, 'description'), owner: text(body, 'owner'), dueDate: text(body, 'dueDate') };
}
export type AgreementForm = ReturnType<typeof readAgreementForm>;

export function validateAgreement(f: AgreementForm, today: string) {
  const errors: FieldError[] = [];
  required(errors, 'description', 'Afspraak', f.description, 500);
  if (f.owner !== 'persoon' && f.owner !== 'professional') errors.push({ field: 'owner', message: 'Wie doet het: kies de persoon of de professional.' });
  dateField(errors, 'dueDate', 'Klaar op', f.dueDate);
  if (isIsoDate(f.dueDate) && f.dueDate < today) errors.push({ field: 'dueDate', message: 'Klaar op: deze datum is al voorbij. Kies een datum vanaf vandaag.' });
  return { errors, input: errors.length ? null : { description: f.description, owner: f.owner as 'persoon' | 'professional', dueDate: f.dueDate } };
}

export function readContactForm(body: Body) {
  return { contactDate: text(body, 'contactDate'), channel: text(body, 'channel'), note: text(body, 'note'), nextContactDate: text(body, 'nextContactDate') };
}
export type ContactForm = ReturnType<typeof readContactForm>;

export function validateContact(f: ContactForm, today: string): { errors: FieldError[]; input: ContactInput | null } {
  const errors: FieldError[] = [];
  dateField(errors, 'contactDate', 'Datum van het contact', f.contactDate);
  if (isIsoDate(f.contactDate) && f.contactDate > today) errors.push({ field: 'contactDate', message: 'Datum van het contact: deze datum ligt in de toekomst. Leg een contact vast als het geweest is.' });
  const channel = oneOf(errors, 'channel', 'Hoe', f.channel, channels);
  maxLength(errors, 'note', 'Korte notitie', f.note, 1000);
  dateField(errors, 'nextContactDate', 'Volgend contact', f.nextContactDate, true);
  if (isIsoDate(f.contactDate) && isIsoDate(f.nextContactDate) && f.nextContactDate < f.contactDate) {
    errors.push({ field: 'nextContactDate', message: 'Volgend contact: deze datum ligt vóór het contact zelf. Kies een latere datum.' });
  }
  if (errors.length || !channel) return { errors, input: null };
  return { errors, input: { contactDate: f.contactDate, channel, note: f.note || null, nextContactDate: f.nextContactDate || null } };
}

export function readTransitionForm(body: Body) {
  return { kind: text(body, 'kind'), eventDate: text(body, 'eventDate'), note: text(body, 'note') };
}
export type TransitionForm = ReturnType<typeof readTransitionForm>;

export function validateTransition(f: TransitionForm): { errors: FieldError[]; input: { kind: TransitionKind; eventDate: string; note: string | null } | null } {
  const errors: FieldError[] = [];
  const kind = oneOf(errors, 'kind', 'Soort overgang', f.kind, transitionKinds);
  dateField(errors, 'eventDate', 'Datum van de overgang', f.eventDate);
  maxLength(errors, 'note', 'Notitie', f.note, 1000);
  if (errors.length || !kind) return { errors, input: null };
  return { errors, input: { kind, eventDate: f.eventDate, note: f.note || null } };
}

export function validateEndReason(value: string): { errors: FieldError[]; reason: EndReason | null } {
  const errors: FieldError[] = [];
  const reason = oneOf(errors, 'endReason', 'Reden', value, endReasons);
  return { errors, reason };
}
