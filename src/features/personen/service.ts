// Reading and checking the person and consent forms. Every problem names its
// field and says how to fix it; nothing is stored while there are problems.
import { isValidBsn, normaliseBsn } from '../../domain/bsn.ts';
import type { ConsentInput, NewPerson, RecordPart } from '../../db/persons.ts';
import { recordParts } from '../../db/persons.ts';
import type { FieldError } from '../../web/errors.ts';
import { text, list, type FormBody } from '../../web/form-input.ts';

type Body = FormBody;

export interface PersonForm {
  givenName: string;
  familyName: string;
  birthYear: string;
  gemeenteCode: string;
  bsn: string;
  email: string;
  phone: string;
  story: string;
}

export function readPersonForm(body: Body): PersonForm {
  return {
    givenName: text(body, 'givenName'),
    familyName: text(body, 'familyName'),
    birthYear: text(body, 'birthYear'),
    gemeenteCode: text(body, 'gemeenteCode'),
    bsn: text(body, 'bsn'),
    email: text(body, 'email'),
    phone: text(body, 'phone'),
    story: text(body, 'story'),
  };
}

export function validatePersonForm(f: PersonForm, knownGemeenten: Set<string>, today = new Date()): { errors: FieldError[]; person: NewPerson | null } {
  const errors: FieldError[] = [];
  const need = (field: keyof PersonForm, label: string, max: number) => {
    if (!f[field]) errors.push({ field, message: `${label}: vul dit veld in.` });
    else if (f[field].length > max) errors.push({ field, message: `${label}: dit is te lang. Gebruik hoogstens ${max} tekens.` });
  };
  need('givenName', 'Voornaam', 100);
  need('familyName', 'Achternaam', 150);
  let birthYear: number | null = null;
  if (f.birthYear) {
    birthYear = Number(f.birthYear);
    const year = today.getUTCFullYear();
    if (!/^\d{4}$/.test(f.birthYear) || birthYear < year - 100 || birthYear > year - 14) {
      errors.push({ field: 'birthYear', message: `Geboortejaar: vul een jaar in tussen ${year - 100} en ${year - 14}, of laat het leeg.` });
    }
  }
  if (f.gemeenteCode && !knownGemeenten.has(f.gemeenteCode)) {
    errors.push({ field: 'gemeenteCode', message: 'Gemeente: kies een gemeente uit de lijst.' });
  }
  if (f.bsn && !isValidBsn(f.bsn)) {
    errors.push({ field: 'bsn', message: 'BSN: dit is geen geldig burgerservicenummer (9 cijfers die de 11-proef halen). Controleer het, of laat het leeg: een BSN is niet nodig.' });
  }
  if (f.email && (f.email.length > 320 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email))) {
    errors.push({ field: 'email', message: 'E-mailadres: dit is geen geldig e-mailadres. Bijvoorbeeld naam@voorbeeld.nl.' });
  }
  if (f.phone && !/^[+\d][\d\s-]{5,19}$/.test(f.phone)) {
    errors.push({ field: 'phone', message: 'Telefoon: gebruik alleen cijfers, spaties en streepjes. Bijvoorbeeld 06 12345678.' });
  }
  if (f.story.length > 5000) errors.push({ field: 'story', message: 'Verhaal: dit is te lang. Gebruik hoogstens 5000 tekens.' });
  if (errors.length) return { errors, person: null };
  return {
    errors,
    person: {
      givenName: f.givenName,
      familyName: f.familyName,
      birthYear,
      gemeenteCode: f.gemeenteCode || null,
      bsn: f.bsn ? normaliseBsn(f.bsn) : null,
      email: f.email || null,
      phone: f.phone || null,
      story: f.story || null,
    },
  };
}

export interface ConsentForm {
  organizationId: string;
  parts: string[];
  purpose: string;
  validFrom: string;
  validUntil: string;
  method: string;
}

export function readConsentForm(body: Body): ConsentForm {
  return {
    organizationId: text(body, 'organizationId'),
    parts: list(body, 'parts'),
    purpose: text(body, 'purpose'),
    validFrom: text(body, 'validFrom'),
    validUntil: text(body, 'validUntil'),
    method: text(body, 'method'),
  };
}

const methods = ['in-persoon', 'telefonisch', 'schriftelijk', 'online'] as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function validateConsentForm(f: ConsentForm, allowedOrganizations: Set<string>): { errors: FieldError[]; consent: ConsentInput | null } {
  const errors: FieldError[] = [];
  if (!allowedOrganizations.has(f.organizationId)) errors.push({ field: 'organizationId', message: 'Organisatie: kies een andere organisatie uit de lijst.' });
  if (f.parts.length === 0) errors.push({ field: 'parts', message: 'Onderdelen: kies minstens één onderdeel dat gedeeld mag worden.' });
  for (const part of f.parts) {
    if (!recordParts.includes(part as RecordPart)) errors.push({ field: 'parts', message: `Onderdelen: "${part.slice(0, 30)}" kennen we niet.` });
  }
  if (!f.purpose) errors.push({ field: 'purpose', message: 'Doel: schrijf op waarvoor de gegevens gedeeld worden.' });
  else if (f.purpose.length > 300) errors.push({ field: 'purpose', message: 'Doel: dit is te lang. Gebruik hoogstens 300 tekens.' });
  if (!isoDate.test(f.validFrom) || Number.isNaN(Date.parse(f.validFrom))) errors.push({ field: 'validFrom', message: 'Geldig vanaf: vul een datum in.' });
  if (f.validUntil && (!isoDate.test(f.validUntil) || Number.isNaN(Date.parse(f.validUntil)))) {
    errors.push({ field: 'validUntil', message: 'Geldig tot: vul een datum in, of laat het leeg.' });
  } else if (f.validUntil && isoDate.test(f.validFrom) && f.validUntil < f.validFrom) {
    errors.push({ field: 'validUntil', message: 'Geldig tot: deze datum ligt vóór de begindatum. Kies een latere datum.' });
  }
  if (!methods.includes(f.method as (typeof methods)[number])) errors.push({ field: 'method', message: 'Hoe gegeven: kies hoe de persoon toestemming gaf.' });
  if (errors.length) return { errors, consent: null };
  return {
    errors,
    consent: {
      organizationId: f.organizationId,
      parts: f.parts as RecordPart[],
      purpose: f.purpose,
      validFrom: f.validFrom,
      validUntil: f.validUntil || null,
      method: f.method as ConsentInput['method'],
    },
  };
}

export const partLabels: Record<RecordPart | 'werkprofiel', string> = {
  basis: 'Basisgegevens (naam en contact)',
  verhaal: 'Verhaal en beperking',
  plan: 'Plan van aanpak',
  contacten: 'Contactmomenten',
  doorverwijzingen: 'Doorverwijzingen',
  // Shared through the work profile page (src/features/werkgevers), never through the consent form.
  werkprofiel: 'Werkprofiel voor bemiddeling',
};

export const methodLabels: Record<string, string> = {
  'in-persoon': 'In een gesprek',
  telefonisch: 'Telefonisch',
  schriftelijk: 'Schriftelijk',
  online: 'Online',
};
