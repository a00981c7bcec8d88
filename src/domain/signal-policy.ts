// Thresholds and grace periods for signals and deadlines, per gemeente. Pure:
// the fields with their limits and defaults, and validation of the settings
// form. None of these is a legal deadline; they are werkafspraken a gemeente
// sets for itself (the defaults are InBeeld's suggestions).

export interface SignalPolicy {
  responseWorkingDays: number;
  transitionWorkingDays: number;
  activeNoContactWeeks: number;
  passiveNoContactMonths: number;
  planGraceWeeks: number;
  contactPersonGraceWorkingDays: number;
}

export interface PolicyField {
  key: keyof SignalPolicy;
  column: string;
  label: string;
  hint: string;
  min: number;
  max: number;
  default: number;
}

export const policyFields: readonly PolicyField[] = [
  { key: 'activeNoContactWeeks', column: 'active_no_contact_weeks', label: 'Geen contact, actieve caseload (weken)', hint: 'Na zoveel weken zonder contact komt er een signaal.', min: 1, max: 104, default: 8 },
  { key: 'passiveNoContactMonths', column: 'passive_no_contact_months', label: 'Geen contact, passieve caseload (maanden)', hint: 'Na zoveel maanden zonder contact komt er een signaal.', min: 1, max: 36, default: 6 },
  { key: 'planGraceWeeks', column: 'plan_grace_weeks', label: 'Tijd voor een plan met een doel (weken)', hint: 'Zoveel weken na het in beeld komen is er nog geen signaal "Geen plan met een doel".', min: 0, max: 26, default: 4 },
  { key: 'contactPersonGraceWorkingDays', column: 'contact_person_grace_working_days', label: 'Tijd voor een vaste contactpersoon (werkdagen)', hint: 'Zoveel werkdagen na het in beeld komen is er nog geen signaal "Geen vaste contactpersoon".', min: 0, max: 60, default: 5 },
  { key: 'responseWorkingDays', column: 'response_working_days', label: 'Reageren op een aanmelding (werkdagen)', hint: 'De termijn die iemand ziet na "Neem contact met mij op".', min: 1, max: 60, default: 5 },
  { key: 'transitionWorkingDays', column: 'transition_working_days', label: 'Een overgang oppakken (werkdagen)', hint: 'De termijn voor een overgang, zoals school verlaten.', min: 1, max: 60, default: 10 },
];

export const defaultSignalPolicy: SignalPolicy = Object.fromEntries(policyFields.map((f) => [f.key, f.default])) as unknown as SignalPolicy;

export type PolicyForm = Record<keyof SignalPolicy, string>;

/** Checks the form: every field a whole number within its limits; errors name the field and how to fix it. */
export function validatePolicy(form: Partial<Record<string, unknown>>): { values: PolicyForm; errors: Array<{ field: string; message: string }>; policy: SignalPolicy | null } {
  const values = Object.fromEntries(policyFields.map((f) => [f.key, String(form[f.key] ?? '').trim()])) as PolicyForm;
  const errors: Array<{ field: string; message: string }> = [];
  const policy = {} as SignalPolicy;
  for (const f of policyFields) {
    const raw = values[f.key];
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < f.min || n > f.max) {
      errors.push({ field: f.key, message: `${f.label}: vul een heel getal in van ${f.min} tot en met ${f.max}.` });
    } else {
      policy[f.key] = n;
    }
  }
  return { values, errors, policy: errors.length ? null : policy };
}
