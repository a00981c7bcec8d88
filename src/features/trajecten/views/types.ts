// What the dossier views get: the data of the Trajecten parts of one person,
// and the form state of a section after a failed post.
import type { ContactMoment, ContactPersonChange, Intake, Plan, RegistrationItem, TransitionItem } from '../../../db/trajecten/index.ts';
import type { FieldError } from '../../../web/errors.ts';
import type { AgreementForm, ContactForm, IntakeForm, PlanForm, TransitionForm } from '../service.ts';

/** Form state per section of the dossier: values and errors after a failed post. */
export interface SectionForms {
  intake?: { values: IntakeForm; errors: FieldError[] };
  plan?: { values: PlanForm; errors: FieldError[] };
  agreement?: { values: AgreementForm; errors: FieldError[] };
  contact?: { values: ContactForm; errors: FieldError[] };
  transition?: { values: TransitionForm; errors: FieldError[] };
  end?: { errors: FieldError[] };
  contactPerson?: { errors: FieldError[] };
}

export interface DossierData {
  personId: string;
  /** Preselects the gemeente of a bottleneck flag; never the person. */
  gemeenteCode: string | null;
  owned: boolean;
  today: string;
  csrfToken: string;
  intake: Intake;
  colleagues: Array<{ id: string; name: string }>;
  history: ContactPersonChange[];
  registrations: RegistrationItem[];
  plan: Plan | null;
  planVisible: boolean;
  contacts: ContactMoment[] | null;
  transitions: TransitionItem[];
  signals: Array<{ kind: string; detail: string; actionPath: string; actionLabel: string }>;
  forms: SectionForms;
}

export interface SignalRow {
  personId: string;
  givenName: string;
  familyName: string;
  kind: string;
  since: string;
  detail: string;
  actionPath: string;
  actionLabel: string;
}
