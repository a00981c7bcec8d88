// Typed content for the Wegwijzer catalogue. Content is written with stable
// slugs (`key`); the database derives HSDS UUIDs from them (uuid v5), so an
// export of the same content always carries the same ids.

/** Open to people without a benefit (uitkering)? */
export type OpenWithoutBenefit = 'ja' | 'nee' | 'onbekend';

/** Where an offer is available. `national` offers hold for every gemeente. */
export type AreaScope = 'national' | 'arbeidsmarktregio' | 'gemeente';

export type OrganizationType =
  | 'gemeente'
  | 'uwv'
  | 'werkcentrum'
  | 'aanbieder'
  | 'zorg-welzijn'
  | 'belangenorganisatie'
  | 'overheid';

/** A legal source: law, article, link and the date from which it holds. */
export interface LegalSource {
  law: string; // e.g. 'Participatiewet'
  article: string; // e.g. 'art. 7 lid 1'
  url: string; // wetten.overheid.nl link
  validFrom: string; // ISO date
}

export interface ContentPhone {
  number: string;
  description?: string;
}

export interface ContentAddress {
  street: string; // address_1
  postalCode: string;
  city: string;
  province: string; // state_province
}

export interface ContentLocation {
  key: string;
  name: string;
  /** 'physical' | 'virtual' | 'postal' as in HSDS */
  type: 'physical' | 'virtual';
  address?: ContentAddress;
  url?: string;
  latitude?: number;
  longitude?: number;
  accessibility?: string; // plain words: step-free entrance, hearing loop, ...
}

export interface ContentSchedule {
  /** Plain-language opening hours, e.g. 'maandag tot en met vrijdag 9.00 tot 17.00 uur'. */
  description: string;
  /** RFC 5545 BYDAY list, e.g. 'MO,TU,WE,TH,FR' */
  byday?: string;
  opensAt?: string; // 'HH:MM'
  closesAt?: string;
}

export interface ContentCost {
  /** 'gratis' for free services; otherwise a short description. */
  description: string;
  amount?: number; // euros
}

export interface ContentOrganization {
  key: string;
  name: string;
  alternateName?: string;
  type: OrganizationType;
  description: string; // B1 Dutch
  website?: string;
  email?: string;
  phones?: ContentPhone[];
  locations?: ContentLocation[];
  /** True for organisations invented for the demo region. */
  demo?: boolean;
}

export interface ContentService {
  key: string;
  organizationKey: string;
  name: string;
  /** One or two short sentences, B1 Dutch, shown in result lists. */
  summary: string;
  /** English name and summary for the English pages; without them the Dutch text shows, marked lang="nl". */
  nameEn?: string;
  summaryEn?: string;
  /** The full description, B1 Dutch, 80 to 300 words is typical. */
  description: string;
  /** Codes from the help-kind taxonomy (src/content/taxonomy.ts). */
  helpKinds: string[];
  /** Codes from the limitation taxonomy; empty means: for every limitation. */
  limitations: string[];
  openWithoutBenefit: OpenWithoutBenefit;
  /** Why it is (not) open to people without a benefit, in plain words. */
  openWithoutBenefitExplanation: string;
  /** Who the offer is for (HSDS eligibility_description). */
  eligibility: string;
  /** How to apply (HSDS application_process), B1 Dutch. */
  howToApply: string;
  /** Who decides whether the person gets it. */
  whoDecides: string;
  legalBasis?: LegalSource[];
  /** Uniforme Productnamenlijst URI, where one exists. */
  uplUri?: string;
  url?: string;
  email?: string;
  phones?: ContentPhone[];
  area: { scope: AreaScope; codes?: string[] }; // codes: ARxx or GMxxxx
  locationKeys?: string[];
  schedules?: ContentSchedule[];
  cost?: ContentCost;
  waitTime?: string;
  /** ISO date the offer was last verified. */
  assuredDate: string;
  /** True for offers invented for the demo region. */
  demo?: boolean;
}

export interface TaxonomyTerm {
  code: string;
  name: string; // Dutch, B1
  nameEn: string;
  description: string; // Dutch, B1
}
