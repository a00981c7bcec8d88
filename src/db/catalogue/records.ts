// The records the catalogue queries return: organisations, locations and
// services as stored, with their ids.
import type { AreaScope, ContentPhone, ContentSchedule, LegalSource, OpenWithoutBenefit, OrganizationType } from '../../content/types.ts';

export interface OrganizationRecord {
  id: string;
  key: string;
  name: string;
  alternateName: string | null;
  type: OrganizationType;
  description: string;
  website: string | null;
  email: string | null;
  phones: ContentPhone[];
  demo: boolean;
  /** The gemeente an organisation of that gemeente belongs to (for its public theme); null for others. */
  gemeenteCode: string | null;
  lastModified: string;
}

export interface LocationRecord {
  id: string;
  key: string;
  organizationId: string;
  name: string;
  locationType: 'physical' | 'virtual';
  address1: string | null;
  postalCode: string | null;
  city: string | null;
  stateProvince: string | null;
  url: string | null;
  latitude: number | null;
  longitude: number | null;
  accessibility: string | null;
}

export interface ServiceRecord {
  id: string;
  key: string;
  organizationId: string;
  organizationKey: string;
  organizationName: string;
  organizationDescription: string;
  organizationType: OrganizationType;
  /** The gemeente of the offering organisation, when it belongs to one. */
  organizationGemeenteCode: string | null;
  name: string;
  summary: string;
  nameEn: string | null;
  summaryEn: string | null;
  description: string;
  status: string;
  url: string | null;
  email: string | null;
  phones: ContentPhone[];
  helpKinds: string[];
  limitations: string[];
  openWithoutBenefit: OpenWithoutBenefit;
  openWithoutBenefitExplanation: string;
  eligibility: string;
  howToApply: string;
  whoDecides: string;
  legalBasis: LegalSource[];
  uplUri: string | null;
  areaScope: AreaScope;
  areaCodes: string[];
  schedules: ContentSchedule[];
  costDescription: string | null;
  costAmount: number | null;
  waitTime: string | null;
  assuredDate: string;
  demo: boolean;
  lastModified: string;
}

/** The descriptive fields that a stored service, its content form and its edit form share one-to-one. */
export function serviceTextFields(s: ServiceRecord) {
  return {
    organizationKey: s.organizationKey,
    name: s.name,
    summary: s.summary,
    description: s.description,
    helpKinds: s.helpKinds,
    limitations: s.limitations,
    openWithoutBenefit: s.openWithoutBenefit,
    openWithoutBenefitExplanation: s.openWithoutBenefitExplanation,
    eligibility: s.eligibility,
    howToApply: s.howToApply,
    whoDecides: s.whoDecides,
  };
}

/** The one gemeente an offer is about, for its public theme: the only gemeente
 * it is offered in, else the gemeente its organisation belongs to, else none. */
export function gemeenteOfService(s: Pick<ServiceRecord, 'areaScope' | 'areaCodes' | 'organizationGemeenteCode'>): string | null {
  if (s.areaScope === 'gemeente' && s.areaCodes.length === 1) return s.areaCodes[0]!;
  return s.organizationGemeenteCode;
}
