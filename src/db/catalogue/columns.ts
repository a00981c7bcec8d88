// The columns of a full offer row (service joined with its organization).
export const serviceColumns = `
  s.id, s.key, s.organization_id as "organizationId", o.key as "organizationKey", o.name as "organizationName",
  o.description as "organizationDescription", o.type as "organizationType", o.gemeente_code as "organizationGemeenteCode", s.name, s.summary, s.name_en as "nameEn", s.summary_en as "summaryEn", s.description, s.status, s.url, s.email, s.phones,
  s.help_kinds as "helpKinds", s.limitations, s.open_without_benefit as "openWithoutBenefit",
  s.open_without_benefit_explanation as "openWithoutBenefitExplanation", s.eligibility,
  s.how_to_apply as "howToApply", s.who_decides as "whoDecides", s.legal_basis as "legalBasis",
  s.upl_uri as "uplUri", s.area_scope as "areaScope", s.area_codes as "areaCodes", s.schedules,
  s.cost_description as "costDescription", s.cost_amount as "costAmount", s.wait_time as "waitTime",
  s.assured_date as "assuredDate", s.demo, to_char(s.last_modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastModified"`;
