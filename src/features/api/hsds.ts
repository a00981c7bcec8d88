// Open Referral HSDS 3.0 in and out. InBeeld's Dutch fields travel in the
// `x_inbeeld` extension object (HSDS allows extra properties), and kinds of
// help and limitations also as HSDS attributes with taxonomy terms, so other
// HSDS tools can read them.
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { helpKindByCode, limitationByCode } from '../../content/taxonomy.ts';
import type { AreaScope, ContentOrganization, ContentService, LegalSource, OpenWithoutBenefit, OrganizationType } from '../../content/types.ts';
import type { LocationRecord, OrganizationRecord, ServiceRecord } from '../../db/catalogue.ts';
import { uuidFromKey } from '../../domain/ids.ts';
import { dutchMessageFor, type FieldError } from '../../web/errors.ts';

export const HSDS_VERSION = '3.0';
export const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0';
export const HELP_TAXONOMY = 'inbeeld-hulpsoort';
export const LIMITATION_TAXONOMY = 'inbeeld-beperking';

type Json = Record<string, unknown>;

/** Drops null, undefined and empty strings: HSDS types do not allow null. */
function clean<T extends Json>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== '')) as T;
}

function termAttribute(serviceId: string, taxonomy: string, code: string, name: string, description: string): Json {
  const termId = uuidFromKey(`taxonomy_term:${taxonomy}`, code);
  return {
    id: uuidFromKey('attribute', `${serviceId}:${taxonomy}:${code}`),
    link_id: serviceId,
    link_type: taxonomy,
    link_entity: 'service',
    taxonomy_term_id: termId,
    value: code,
    taxonomy_term: { id: termId, code, name, description, taxonomy },
  };
}

export function toHsdsService(s: ServiceRecord, org: OrganizationRecord, locations: LocationRecord[]): Json {
  const phones = s.phones.map((p, i) =>
    clean({ id: uuidFromKey('phone', `${s.key}:${i}`), service_id: s.id, number: p.number, description: p.description }),
  );
  const schedules = s.schedules.map((sc, i) =>
    clean({
      id: uuidFromKey('schedule', `${s.key}:${i}`),
      service_id: s.id,
      description: sc.description,
      freq: sc.byday ? 'WEEKLY' : undefined,
      byday: sc.byday,
      opens_at: sc.opensAt,
      closes_at: sc.closesAt,
    }),
  );
  const areaNames = s.areaScope === 'national' ? ['Nederland'] : s.areaCodes;
  const serviceAreas = areaNames.map((name) =>
    clean({
      id: uuidFromKey('service_area', `${s.key}:${name}`),
      service_id: s.id,
      name,
      description: s.areaScope === 'national' ? 'Heel Nederland' : s.areaScope === 'gemeente' ? `Gemeente ${name}` : `Arbeidsmarktregio ${name}`,
      extent_type: s.areaScope === 'national' ? undefined : 'CBS-code',
      extent: s.areaScope === 'national' ? undefined : name,
    }),
  );
  const costOptions = s.costDescription
    ? [
        clean({
          id: uuidFromKey('cost_option', s.key),
          service_id: s.id,
          option: s.costDescription,
          currency: s.costAmount !== null ? 'EUR' : undefined,
          amount: s.costAmount !== null ? Number(s.costAmount) : undefined,
        }),
      ]
    : [];
  const serviceAtLocations = locations.map((l) =>
    clean({
      id: uuidFromKey('service_at_location', `${s.key}:${l.key}`),
      service_id: s.id,
      location_id: l.id,
      location: clean({
        id: l.id,
        location_type: l.locationType,
        organization_id: l.organizationId,
        name: l.name,
        url: l.url,
        latitude: l.latitude ?? undefined,
        longitude: l.longitude ?? undefined,
        external_identifier: l.key,
        external_identifier_type: 'inbeeld-key',
        addresses: l.address1
          ? [
              clean({
                id: uuidFromKey('address', l.key),
                location_id: l.id,
                address_1: l.address1,
                city: l.city ?? '',
                state_province: l.stateProvince ?? '',
                postal_code: l.postalCode ?? '',
                country: 'NL',
                address_type: 'physical',
              }),
            ]
          : [],
        accessibility: l.accessibility
          ? [{ id: uuidFromKey('accessibility', l.key), location_id: l.id, description: l.accessibility }]
          : [],
      }),
    }),
  );
  const attributes = [
    ...s.helpKinds.map((code) => {
      const term = helpKindByCode.get(code);
      return termAttribute(s.id, HELP_TAXONOMY, code, term?.name ?? code, term?.description ?? code);
    }),
    ...s.limitations.map((code) => {
      const term = limitationByCode.get(code);
      return termAttribute(s.id, LIMITATION_TAXONOMY, code, term?.name ?? code, term?.description ?? code);
    }),
  ];
  return {
    ...hsdsServiceFields(s, org),
    phones,
    schedules,
    service_areas: serviceAreas,
    service_at_locations: serviceAtLocations,
    cost_options: costOptions,
    languages: [{ id: uuidFromKey('language', s.key), service_id: s.id, name: 'Nederlands', code: 'nl' }],
    attributes,
  };
}

/**
 * The one-to-one fields of a service, with its organisation and InBeeld's
 * extension: what an HSDS list (service_list) holds. Search results use this
 * alone, so a page of results computes none of the nested objects.
 */
export function hsdsServiceFields(s: ServiceRecord, org: OrganizationRecord): Json {
  return clean({
    id: s.id,
    organization_id: org.id,
    name: s.name,
    description: s.description,
    url: s.url,
    email: s.email,
    status: s.status,
    application_process: s.howToApply,
    fees_description: s.costDescription,
    wait_time: s.waitTime,
    eligibility_description: s.eligibility,
    assured_date: s.assuredDate,
    last_modified: s.lastModified,
    organization: clean({
      id: org.id,
      name: org.name,
      alternate_name: org.alternateName,
      description: org.description,
      website: org.website,
      email: org.email,
    }),
    x_inbeeld: clean({
      key: s.key,
      summary: s.summary,
      organization_key: org.key,
      organization_type: org.type,
      help_kinds: s.helpKinds,
      limitations: s.limitations,
      open_without_benefit: s.openWithoutBenefit,
      open_without_benefit_explanation: s.openWithoutBenefitExplanation,
      who_decides: s.whoDecides,
      legal_basis: s.legalBasis,
      upl_uri: s.uplUri,
      area_scope: s.areaScope,
      area_codes: s.areaCodes,
      demo: s.demo,
    }),
  });
}

/** The HSDS page envelope (openapi.json, components.schemas.Page). */
export function hsdsPage(contents: Json[], total: number, page: number, perPage: number): Json {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

// ------------------------------------------------------------------ import

let validator: ValidateFunction | undefined;

/** Validates one service against the HSDS 3.0 compiled service schema. */
export function hsdsServiceValidator(): ValidateFunction {
  if (validator) return validator;
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;
  const schema = require('../../content/hsds/service.schema.json') as Json;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}

export function schemaErrors(errors: ErrorObject[] | null | undefined, prefix: string): FieldError[] {
  return (errors ?? []).slice(0, 20).map((e) => ({
    field: `${prefix}${e.instancePath.replace(/\//g, '.')}${e.keyword === 'required' ? `.${String(e.params.missingProperty)}` : ''}`,
    message: dutchMessageFor(e),
  }));
}

const orgTypes: OrganizationType[] = ['gemeente', 'uwv', 'werkcentrum', 'aanbieder', 'zorg-welzijn', 'belangenorganisatie', 'overheid'];
const keyPattern = /^[a-z0-9][a-z0-9-]{0,119}$/;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function codesOf(service: Json, ext: Json, field: 'help_kinds' | 'limitations', taxonomy: string): string[] {
  if (Array.isArray(ext[field])) return (ext[field] as unknown[]).map(String);
  const attributes = Array.isArray(service.attributes) ? (service.attributes as Json[]) : [];
  return attributes
    .filter((a) => a.link_type === taxonomy || (a.taxonomy_term as Json | undefined)?.taxonomy === taxonomy)
    .map((a) => String((a.taxonomy_term as Json | undefined)?.code ?? a.value ?? ''));
}

/**
 * Maps one HSDS service (with its nested organization) to InBeeld content.
 * Returns field errors instead of throwing, so an import can report them all.
 */
export function fromHsdsService(
  raw: unknown,
  index: number,
  known: { areaCodes: Set<string> },
): { org?: ContentOrganization; service?: ContentService; errors: FieldError[] } {
  const prefix = `services[${index}]`;
  const validate = hsdsServiceValidator();
  if (!validate(raw)) return { errors: schemaErrors(validate.errors, prefix) };
  const s = raw as Json;
  const ext = (typeof s.x_inbeeld === 'object' && s.x_inbeeld !== null ? s.x_inbeeld : {}) as Json;
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${prefix}.${field}`, message });

  const org = (typeof s.organization === 'object' && s.organization !== null ? s.organization : undefined) as Json | undefined;
  if (!org) fail('organization', 'De organisatie ontbreekt. Neem het object "organization" op met id, name en description.');
  const key = str(ext.key) ?? `hsds-${String(s.id)}`;
  if (!keyPattern.test(key)) fail('x_inbeeld.key', 'De sleutel mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens 120 tekens).');
  const orgKey = str(ext.organization_key) ?? `hsds-${String(org?.id ?? '')}`;
  if (!keyPattern.test(orgKey)) fail('x_inbeeld.organization_key', 'De sleutel van de organisatie mag alleen kleine letters, cijfers en streepjes bevatten.');
  const orgType = (str(ext.organization_type) ?? 'aanbieder') as OrganizationType;
  if (!orgTypes.includes(orgType)) fail('x_inbeeld.organization_type', `Kies een soort organisatie uit: ${orgTypes.join(', ')}.`);

  const helpKinds = codesOf(s, ext, 'help_kinds', HELP_TAXONOMY);
  if (helpKinds.length === 0) fail('x_inbeeld.help_kinds', 'Geef minstens één soort hulp op (x_inbeeld.help_kinds of een attribuut met taxonomie inbeeld-hulpsoort).');
  for (const code of helpKinds) if (!helpKindByCode.has(code)) fail('x_inbeeld.help_kinds', `De soort hulp "${code.slice(0, 40)}" kennen we niet.`);
  const limitations = codesOf(s, ext, 'limitations', LIMITATION_TAXONOMY);
  for (const code of limitations) if (!limitationByCode.has(code)) fail('x_inbeeld.limitations', `De beperking "${code.slice(0, 40)}" kennen we niet.`);

  const open = (str(ext.open_without_benefit) ?? 'onbekend') as OpenWithoutBenefit;
  if (!['ja', 'nee', 'onbekend'].includes(open)) fail('x_inbeeld.open_without_benefit', 'Kies ja, nee of onbekend.');
  const scope = (str(ext.area_scope) ?? 'national') as AreaScope;
  if (!['national', 'arbeidsmarktregio', 'gemeente'].includes(scope)) fail('x_inbeeld.area_scope', 'Kies national, arbeidsmarktregio of gemeente.');
  const areaCodes = Array.isArray(ext.area_codes) ? (ext.area_codes as unknown[]).map(String) : [];
  if (scope !== 'national' && areaCodes.length === 0) fail('x_inbeeld.area_codes', 'Geef de codes van de gemeenten of regio’s waar het aanbod geldt.');
  for (const code of areaCodes) if (!known.areaCodes.has(code)) fail('x_inbeeld.area_codes', `De gebiedscode "${code.slice(0, 20)}" kennen we niet.`);
  const legalBasis = Array.isArray(ext.legal_basis) ? (ext.legal_basis as LegalSource[]) : [];
  for (const [i, l] of legalBasis.entries()) {
    if (!l || typeof l !== 'object' || !str(l.law) || !str(l.article) || !str(l.url) || !/^\d{4}-\d{2}-\d{2}$/.test(String(l.validFrom ?? ''))) {
      fail(`x_inbeeld.legal_basis[${i}]`, 'Een wettelijke basis heeft law, article, url en validFrom (JJJJ-MM-DD).');
    }
  }
  const assured = str(s.assured_date) ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(assured)) fail('assured_date', 'Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2025-10-01.');
  const description = str(s.description);
  if (!description) fail('description', 'De beschrijving ontbreekt. Beschrijf het aanbod in een paar zinnen.');
  if (errors.length || !org) return { errors };

  const cost = Array.isArray(s.cost_options) ? ((s.cost_options as Json[])[0] ?? undefined) : undefined;
  const orgContent: ContentOrganization = {
    key: orgKey,
    name: String(org.name),
    type: orgType,
    description: String(org.description),
    ...(str(org.alternate_name) ? { alternateName: str(org.alternate_name)! } : {}),
    ...(str(org.website) ? { website: str(org.website)! } : {}),
    ...(str(org.email) ? { email: str(org.email)! } : {}),
    demo: ext.demo === true,
  };
  const service: ContentService = {
    key,
    organizationKey: orgKey,
    name: String(s.name),
    summary: str(ext.summary) ?? description!.split(/(?<=\.)\s/)[0]!.slice(0, 400),
    description: description!,
    helpKinds,
    limitations,
    openWithoutBenefit: open,
    openWithoutBenefitExplanation: str(ext.open_without_benefit_explanation) ?? 'Niet bekend. Vraag het na bij de organisatie.',
    eligibility: str(s.eligibility_description) ?? 'Niet bekend. Vraag het na bij de organisatie.',
    howToApply: str(s.application_process) ?? 'Neem contact op met de organisatie.',
    whoDecides: str(ext.who_decides) ?? 'De organisatie die het aanbiedt.',
    legalBasis,
    ...(str(ext.upl_uri) ? { uplUri: str(ext.upl_uri)! } : {}),
    ...(str(s.url) ? { url: str(s.url)! } : {}),
    ...(str(s.email) ? { email: str(s.email)! } : {}),
    phones: Array.isArray(s.phones) ? (s.phones as Json[]).map((p) => ({ number: String(p.number), ...(str(p.description) ? { description: str(p.description)! } : {}) })) : [],
    area: { scope, codes: areaCodes },
    schedules: Array.isArray(s.schedules)
      ? (s.schedules as Json[]).map((sc) => ({
          description: str(sc.description) ?? [str(sc.byday), str(sc.opens_at), str(sc.closes_at)].filter(Boolean).join(' '),
          ...(str(sc.byday) ? { byday: str(sc.byday)! } : {}),
          ...(str(sc.opens_at) ? { opensAt: str(sc.opens_at)! } : {}),
          ...(str(sc.closes_at) ? { closesAt: str(sc.closes_at)! } : {}),
        }))
      : [],
    ...(cost && str(cost.option) ? { cost: { description: str(cost.option)!, ...(typeof cost.amount === 'number' ? { amount: cost.amount } : {}) } } : {}),
    ...(str(s.wait_time) ? { waitTime: str(s.wait_time)! } : {}),
    assuredDate: assured,
    demo: ext.demo === true,
  };
  return { org: orgContent, service, errors: [] };
}
