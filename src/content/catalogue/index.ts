// The whole Wegwijzer catalogue: the national offers plus the (invented)
// demo region, and a check of its referential integrity. The check returns
// a list of problems in plain words; an empty list means the catalogue is
// consistent.

import { gemeenteByCode, regioByCode } from '../reference/index.ts';
import { helpKindByCode, limitationByCode } from '../taxonomy.ts';
import type { ContentOrganization, ContentService } from '../types.ts';
import { demoOrganizations, demoServices } from './demo-region.ts';
import { nationalOrganizations, nationalServices } from './national.ts';
import { englishDemoSummaries } from './english-demo.ts';
import { englishSummaries } from './english.ts';
import { uplByService } from './upl.ts';

export const allOrganizations: ContentOrganization[] = [...nationalOrganizations, ...demoOrganizations];
// UPL product names are kept in one list (./upl.ts) with their source and date.
// English names and summaries (./english.ts) likewise.
export const allServices: ContentService[] = [...nationalServices, ...demoServices].map((s) => ({
  ...s,
  ...(!s.uplUri && uplByService[s.key] ? { uplUri: uplByService[s.key]!.uri } : {}),
  ...(!s.summaryEn ? (englishSummaries[s.key] ?? englishDemoSummaries[s.key] ?? {}) : {}),
}));

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function duplicates(keys: string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) dups.add(key);
    seen.add(key);
  }
  return [...dups];
}

/** Checks that every reference in the catalogue points at something that exists. */
export function validateCatalogue(
  orgs: ContentOrganization[] = allOrganizations,
  services: ContentService[] = allServices,
): string[] {
  const problems: string[] = [];

  // Organisations: unique, well-formed keys; unique location keys.
  for (const dup of duplicates(orgs.map((o) => o.key))) problems.push(`organization key '${dup}' is used more than once`);
  const orgByKey = new Map<string, ContentOrganization>();
  for (const org of orgs) {
    if (!KEY_PATTERN.test(org.key)) problems.push(`organization key '${org.key}' is not kebab-case`);
    if (!orgByKey.has(org.key)) orgByKey.set(org.key, org);
    const locationKeys = (org.locations ?? []).map((l) => l.key);
    for (const dup of duplicates(locationKeys)) {
      problems.push(`organization '${org.key}': location key '${dup}' is used more than once`);
    }
  }

  // Services.
  for (const dup of duplicates(services.map((s) => s.key))) problems.push(`service key '${dup}' is used more than once`);
  for (const service of services) {
    const where = `service '${service.key}'`;
    if (!KEY_PATTERN.test(service.key)) problems.push(`${where}: key is not kebab-case`);

    const org = orgByKey.get(service.organizationKey);
    if (!org) {
      problems.push(`${where}: organization '${service.organizationKey}' does not exist`);
    }

    if (service.helpKinds.length === 0) problems.push(`${where}: has no help kind`);
    for (const code of service.helpKinds) {
      if (!helpKindByCode.has(code)) problems.push(`${where}: help kind '${code}' is not in the taxonomy`);
    }
    for (const code of service.limitations) {
      if (!limitationByCode.has(code)) problems.push(`${where}: limitation '${code}' is not in the taxonomy`);
    }

    if (service.locationKeys && service.locationKeys.length > 0) {
      const known = new Set((org?.locations ?? []).map((l) => l.key));
      for (const locationKey of service.locationKeys) {
        if (!known.has(locationKey)) {
          problems.push(`${where}: location '${locationKey}' is not a location of '${service.organizationKey}'`);
        }
      }
    }

    const { scope, codes } = service.area;
    if (scope === 'national') {
      if (codes && codes.length > 0) problems.push(`${where}: a national offer has area codes`);
    } else if (!codes || codes.length === 0) {
      problems.push(`${where}: area scope '${scope}' needs area codes`);
    } else {
      for (const code of codes) {
        const exists = scope === 'gemeente' ? gemeenteByCode(code) : regioByCode(code);
        if (!exists) problems.push(`${where}: area code '${code}' is not a known ${scope}`);
      }
    }

    if (!ISO_DATE.test(service.assuredDate)) problems.push(`${where}: assuredDate '${service.assuredDate}' is not an ISO date`);

    if (org) {
      if (service.demo === true && org.demo !== true) {
        problems.push(`${where}: a demo offer belongs to '${org.key}', which is not a demo organization`);
      }
      if (org.demo === true && service.demo !== true) {
        problems.push(`${where}: belongs to demo organization '${org.key}' but is not marked demo`);
      }
    }
  }

  return problems;
}
