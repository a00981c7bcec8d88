// Beheer: organisations keep their own offers up to date. Access is scoped in
// the queries: an aanbieder-redacteur only ever reads or writes rows of its
// own organisation.
import { helpKindByCode, limitationByCode } from '../../content/taxonomy.ts';
import type { AreaScope, ContentService, OpenWithoutBenefit } from '../../content/types.ts';
import type { Queryable } from '../../db/client.ts';
import { getService, listAllServices, listServicesOfOrganization, upsertService, type ServiceRecord } from '../../db/catalogue.ts';
import { serviceTextFields } from '../../db/catalogue/records.ts';
import { isoDate } from '../../domain/freshness.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { text, list, type FormBody } from '../../web/form-input.ts';
import { forgetOffers } from '../../db/catalogue/offer-cache.ts';

/** The organisation a user is limited to; null means all (beheerder). */
export function scopeOf(user: SessionUser): string | null {
  return user.role === 'functioneel-beheerder' ? null : user.organizationId;
}

export async function servicesFor(db: Queryable, user: SessionUser): Promise<ServiceRecord[]> {
  const scope = scopeOf(user);
  return scope ? listServicesOfOrganization(db, scope) : listAllServices(db);
}

/** A service the user may edit, or null (then the route answers 404). */
export async function editableService(db: Queryable, user: SessionUser, key: string): Promise<ServiceRecord | null> {
  const service = await getService(db, { key });
  if (!service) return null;
  const scope = scopeOf(user);
  return scope && service.organizationId !== scope ? null : service;
}

export async function markAssured(db: Queryable, user: SessionUser, key: string, today: Date): Promise<boolean> {
  const rows = await db.query(
    `update service set assured_date = $1::date, last_modified = now()
     where key = $2 and ($3::uuid is null or organization_id = $3::uuid) returning id`,
    [isoDate(today), key, scopeOf(user)],
  );
  forgetOffers(); // the assured date decides "mogelijk verouderd" on Rechtencheck results
  return rows.length === 1;
}

export interface ServiceFormValues {
  organizationKey: string;
  name: string;
  summary: string;
  description: string;
  helpKinds: string[];
  limitations: string[];
  openWithoutBenefit: string;
  openWithoutBenefitExplanation: string;
  eligibility: string;
  howToApply: string;
  whoDecides: string;
  url: string;
  email: string;
  phone: string;
  areaScope: string;
  areaCodes: string;
  costDescription: string;
  waitTime: string;
  assured: boolean;
}

interface TextRule {
  field: keyof ServiceFormValues;
  label: string;
  min: number;
  max: number;
}

export const textRules: TextRule[] = [
  { field: 'name', label: 'Naam', min: 3, max: 150 },
  { field: 'summary', label: 'Korte samenvatting', min: 10, max: 400 },
  { field: 'description', label: 'Beschrijving', min: 30, max: 5000 },
  { field: 'openWithoutBenefitExplanation', label: 'Uitleg over zonder uitkering', min: 5, max: 1000 },
  { field: 'eligibility', label: 'Voor wie', min: 5, max: 1000 },
  { field: 'howToApply', label: 'Zo vraag je het aan', min: 5, max: 2000 },
  { field: 'whoDecides', label: 'Wie beslist', min: 3, max: 500 },
  { field: 'url', label: 'Website', min: 0, max: 500 },
  { field: 'email', label: 'E-mailadres', min: 0, max: 320 },
  { field: 'phone', label: 'Telefoon', min: 0, max: 40 },
  { field: 'areaCodes', label: 'Gebied', min: 0, max: 2000 },
  { field: 'costDescription', label: 'Kosten', min: 0, max: 300 },
  { field: 'waitTime', label: 'Wachttijd', min: 0, max: 300 },
];

export function readServiceForm(body: Record<string, unknown>): ServiceFormValues {
  return {
    organizationKey: text(body, 'organizationKey'),
    name: text(body, 'name'),
    summary: text(body, 'summary'),
    description: text(body, 'description'),
    helpKinds: list(body, 'helpKinds'),
    limitations: list(body, 'limitations'),
    openWithoutBenefit: text(body, 'openWithoutBenefit'),
    openWithoutBenefitExplanation: text(body, 'openWithoutBenefitExplanation'),
    eligibility: text(body, 'eligibility'),
    howToApply: text(body, 'howToApply'),
    whoDecides: text(body, 'whoDecides'),
    url: text(body, 'url'),
    email: text(body, 'email'),
    phone: text(body, 'phone'),
    areaScope: text(body, 'areaScope'),
    areaCodes: text(body, 'areaCodes'),
    costDescription: text(body, 'costDescription'),
    waitTime: text(body, 'waitTime'),
    assured: text(body, 'assured') === 'ja',
  };
}

export function formFromService(s: ServiceRecord): ServiceFormValues {
  return {
    ...serviceTextFields(s),
    url: s.url ?? '',
    email: s.email ?? '',
    phone: s.phones[0]?.number ?? '',
    areaScope: s.areaScope,
    areaCodes: s.areaCodes.join(', '),
    costDescription: s.costDescription ?? '',
    waitTime: s.waitTime ?? '',
    assured: false,
  };
}

export interface ValidationContext {
  knownOrganizationKeys: Set<string>;
  knownAreaCodes: Set<string>;
}

/** Checks the form; every problem names its field and says how to fix it. */
export function validateServiceForm(v: ServiceFormValues, ctx: ValidationContext): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of textRules) {
    const value = v[rule.field] as string;
    if (rule.min > 0 && value.length === 0) errors.push({ field: rule.field, message: `${rule.label}: vul dit veld in.` });
    else if (value.length > 0 && value.length < rule.min) {
      errors.push({ field: rule.field, message: `${rule.label}: dit is te kort. Gebruik minstens ${rule.min} tekens.` });
    } else if (value.length > rule.max) {
      errors.push({ field: rule.field, message: `${rule.label}: dit is te lang. Gebruik hoogstens ${rule.max} tekens.` });
    }
  }
  if (!ctx.knownOrganizationKeys.has(v.organizationKey)) {
    errors.push({ field: 'organizationKey', message: 'Organisatie: kies een organisatie uit de lijst.' });
  }
  if (v.helpKinds.length === 0) errors.push({ field: 'helpKinds', message: 'Soort hulp: kies minstens één soort hulp.' });
  for (const code of v.helpKinds) {
    if (!helpKindByCode.has(code)) errors.push({ field: 'helpKinds', message: `Soort hulp: "${code.slice(0, 40)}" kennen we niet.` });
  }
  for (const code of v.limitations) {
    if (!limitationByCode.has(code)) errors.push({ field: 'limitations', message: `Beperking: "${code.slice(0, 40)}" kennen we niet.` });
  }
  if (!['ja', 'nee', 'onbekend'].includes(v.openWithoutBenefit)) {
    errors.push({ field: 'openWithoutBenefit', message: 'Zonder uitkering: kies ja, nee of onbekend.' });
  }
  if (v.url && !/^https?:\/\/[^\s]+\.[^\s]+$/.test(v.url)) {
    errors.push({ field: 'url', message: 'Website: begin met https:// en gebruik geen spaties. Bijvoorbeeld https://www.voorbeeld.nl.' });
  }
  if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) {
    errors.push({ field: 'email', message: 'E-mailadres: dit is geen geldig e-mailadres. Bijvoorbeeld info@voorbeeld.nl.' });
  }
  if (v.phone && !/^[+\d][\d\s-]{5,}$/.test(v.phone)) {
    errors.push({ field: 'phone', message: 'Telefoon: gebruik alleen cijfers, spaties en streepjes. Bijvoorbeeld 0592 123 456.' });
  }
  if (!['national', 'arbeidsmarktregio', 'gemeente'].includes(v.areaScope)) {
    errors.push({ field: 'areaScope', message: 'Gebied: kies landelijk, regio of gemeente.' });
  } else if (v.areaScope !== 'national') {
    const codes = splitCodes(v.areaCodes);
    if (codes.length === 0) {
      errors.push({ field: 'areaCodes', message: 'Gebied: vul minstens één code in, bijvoorbeeld GM0106 of de code van de regio.' });
    }
    for (const code of codes) {
      const fits = v.areaScope === 'gemeente' ? /^GM\d{4}$/.test(code) : !/^GM/.test(code);
      if (!fits || !ctx.knownAreaCodes.has(code)) {
        errors.push({ field: 'areaCodes', message: `Gebied: de code "${code.slice(0, 20)}" kennen we niet als ${v.areaScope === 'gemeente' ? 'gemeente' : 'regio'}.` });
      }
    }
  }
  return errors;
}

export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'aanbod';
}

export function toContent(v: ServiceFormValues, key: string, previous: ServiceRecord | null, today: Date): ContentService {
  return {
    key,
    organizationKey: v.organizationKey,
    name: v.name,
    summary: v.summary,
    description: v.description,
    helpKinds: v.helpKinds,
    limitations: v.limitations,
    openWithoutBenefit: v.openWithoutBenefit as OpenWithoutBenefit,
    openWithoutBenefitExplanation: v.openWithoutBenefitExplanation,
    eligibility: v.eligibility,
    howToApply: v.howToApply,
    whoDecides: v.whoDecides,
    legalBasis: previous?.legalBasis ?? [],
    ...(previous?.uplUri ? { uplUri: previous.uplUri } : {}),
    ...(v.url ? { url: v.url } : {}),
    ...(v.email ? { email: v.email } : {}),
    phones: v.phone ? [{ number: v.phone }] : [],
    area: { scope: v.areaScope as AreaScope, codes: v.areaScope === 'national' ? [] : splitCodes(v.areaCodes) },
    schedules: previous?.schedules ?? [],
    ...(v.costDescription ? { cost: { description: v.costDescription } } : {}),
    ...(v.waitTime ? { waitTime: v.waitTime } : {}),
    // A new offer counts as checked today; an edit only when the editor says so.
    assuredDate: !previous || v.assured ? isoDate(today) : previous.assuredDate,
    demo: previous?.demo ?? false,
  };
}

export async function saveService(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  content: ContentService,
  previous: ServiceRecord | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const locationRows = previous
      ? await tx.query<{ key: string }>(
          'select l.key from location l join service_location sl on sl.location_id = l.id where sl.service_id = $1',
          [previous.id],
        )
      : [];
    await upsertService(tx, { ...content, locationKeys: locationRows.map((r) => r.key) });
  });
}

export async function uniqueKey(db: Queryable, name: string): Promise<string> {
  const base = slugify(name);
  const rows = await db.query<{ key: string }>(`select key from service where key = $1 or key like $2`, [base, `${base}-%`]);
  const taken = new Set(rows.map((r) => r.key));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
