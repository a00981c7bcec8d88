// The forms of the dossier, built from the kit. Each one sits in a closed
// <details> (open after a failed post, so the errors show) or on its own page.
import { helpKinds } from '../../../content/taxonomy.ts';
import { cameIntoViewOptions, channels, goalTypes, limitationKinds, noBenefitReasons, transitionKinds, type Intake } from '../../../db/trajecten/index.ts';
import { Button, ChoiceGroup, Csrf, DateInput, Details, ErrorSummary, Select, TextInput, Textarea } from '../../../web/components/index.ts';
import type { FieldError } from '../../../web/errors.ts';
import type { AgreementForm, ContactForm, IntakeForm, PlanForm, TransitionForm } from '../service.ts';

export const options = (record: Record<string, string>) => Object.entries(record).map(([code, name]) => ({ code, name }));
export const howOptions = [
  { code: 'in-persoon', name: 'In een gesprek' },
  { code: 'telefonisch', name: 'Telefonisch' },
  { code: 'schriftelijk', name: 'Schriftelijk' },
  { code: 'online', name: 'Online' },
];

type State<T> = { values: T; errors: FieldError[] };

/** A form in a closed disclosure; open when it has errors to show. */
function FormIn({ summary, id, errors, action, csrfToken, title, submit, children }: { summary: string; id: string; errors: FieldError[]; action: string; csrfToken: string; title: string; submit: string; children: preact.ComponentChildren }) {
  return (
    <Details summary={summary} id={id} open={errors.length > 0}>
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <ErrorSummary errors={errors} title={title} />
        {children}
        <Button>{submit}</Button>
      </form>
    </Details>
  );
}

export function intakeValues(intake: Intake): IntakeForm {
  return {
    cameIntoViewVia: intake.cameIntoViewVia ?? '',
    noBenefitReason: intake.noBenefitReason ?? '',
    story: intake.story ?? '',
    limitationEffect: intake.limitationEffect ?? '',
    limitationKinds: intake.limitationKinds,
    helpKinds: intake.helpKinds,
    caseload: intake.caseload === 'passief' ? 'passief' : 'actief',
  };
}

export function IntakeFormBox({ base, csrfToken, state, empty }: { base: string; csrfToken: string; state: State<IntakeForm>; empty: boolean }) {
  const { values: v, errors } = state;
  return (
    <FormIn summary={empty ? 'Intake invullen' : 'Intake aanpassen'} id="intake-formulier" errors={errors} action={`${base}/intake`} csrfToken={csrfToken} title="Intake niet opgeslagen" submit="Intake opslaan">
      <Select name="cameIntoViewVia" label="Hoe kwam de persoon in beeld?" options={options(cameIntoViewOptions)} value={v.cameIntoViewVia} errors={errors} empty="Nog niet bekend" />
      <Select name="noBenefitReason" label="Waarom is er geen uitkering?" options={options(noBenefitReasons)} value={v.noBenefitReason} errors={errors} empty="Nog niet bekend" />
      <Textarea name="story" label="De beperking, in de woorden van de persoon" value={v.story} errors={errors} />
      <Textarea name="limitationEffect" label="Wat betekent dit voor werk?" value={v.limitationEffect} errors={errors} />
      <ChoiceGroup kind="checkbox" name="limitationKinds" legend="Soort beperking, zoals de persoon het zelf noemt (geen diagnose, niet verplicht)" options={options(limitationKinds)} checked={v.limitationKinds} errors={errors} />
      <ChoiceGroup kind="checkbox" name="helpKinds" legend="Hulpvraag" options={helpKinds} checked={v.helpKinds} errors={errors} />
      <ChoiceGroup kind="radio" name="caseload" legend="Caseload" options={[{ code: 'actief', name: 'Actief: we werken samen aan een doel' }, { code: 'passief', name: 'Passief: we houden contact' }]} checked={[v.caseload]} errors={errors} />
    </FormIn>
  );
}

export function PlanFormBox({ base, csrfToken, state, exists }: { base: string; csrfToken: string; state: State<PlanForm>; exists: boolean }) {
  const { values: v, errors } = state;
  return (
    <FormIn summary={exists ? 'Plan aanpassen' : 'Plan maken'} id="plan-formulier" errors={errors} action={`${base}/plan`} csrfToken={csrfToken} title="Plan niet opgeslagen" submit="Plan opslaan">
      <Select name="goalType" label="Soort doel" options={options(goalTypes)} value={v.goalType} errors={errors} empty="Kies een doel" />
      <Textarea name="goal" label="Het doel, in gewone woorden" value={v.goal} errors={errors} rows={3} />
      <DateInput name="reviewDate" label="Wanneer bespreken we het plan weer?" value={v.reviewDate} errors={errors} />
      <Textarea name="personExpects" label="Wat mag de persoon van ons verwachten?" value={v.personExpects} errors={errors} rows={3} />
      <Textarea name="professionalExpects" label="Wat verwachten wij van de persoon?" hint="Er zijn geen verplichtingen en geen straffen. Schrijf op wat jullie samen afspreken." value={v.professionalExpects} errors={errors} rows={3} />
    </FormIn>
  );
}

export function AgreementFormBox({ base, csrfToken, state }: { base: string; csrfToken: string; state: State<AgreementForm> }) {
  const { values: v, errors } = state;
  return (
    <FormIn summary="Afspraak toevoegen" id="afspraak-formulier" errors={errors} action={`${base}/afspraken`} csrfToken={csrfToken} title="Afspraak niet opgeslagen" submit="Afspraak toevoegen">
      <TextInput name="description" label="Nieuwe afspraak" value={v.description} errors={errors} />
      <ChoiceGroup kind="radio" name="owner" legend="Wie doet het?" options={[{ code: 'persoon', name: 'De persoon' }, { code: 'professional', name: 'Ik (de professional)' }]} checked={[v.owner]} errors={errors} />
      <DateInput name="dueDate" label="Klaar op" value={v.dueDate} errors={errors} />
    </FormIn>
  );
}

export function ConfirmPlanBox({ base, csrfToken, errors }: { base: string; csrfToken: string; errors: FieldError[] }) {
  return (
    <FormIn summary="Bevestiging van de persoon vastleggen" id="bevestigen-formulier" errors={errors} action={`${base}/plan/bevestigen`} csrfToken={csrfToken} title="Bevestiging niet opgeslagen" submit="Bevestiging vastleggen">
      <ChoiceGroup kind="radio" name="how" legend="De persoon bevestigt het plan. Hoe?" options={howOptions} checked={[]} errors={errors} />
    </FormIn>
  );
}

export function ContactFormBox({ base, csrfToken, state }: { base: string; csrfToken: string; state: State<ContactForm> }) {
  const { values: v, errors } = state;
  return (
    <FormIn summary="Contact vastleggen" id="contact-formulier" errors={errors} action={`${base}/contacten`} csrfToken={csrfToken} title="Contact niet opgeslagen" submit="Contact vastleggen">
      <DateInput name="contactDate" label="Datum van het contact" value={v.contactDate} errors={errors} />
      <Select name="channel" label="Hoe was het contact?" options={options(channels)} value={v.channel} errors={errors} empty="Kies" />
      <Textarea name="note" label="Korte notitie (niet verplicht)" value={v.note} errors={errors} rows={3} />
      <DateInput name="nextContactDate" label="Volgend contact (niet verplicht)" value={v.nextContactDate} errors={errors} />
    </FormIn>
  );
}

export function TransitionFormBox({ base, csrfToken, state }: { base: string; csrfToken: string; state: State<TransitionForm> }) {
  const { values: v, errors } = state;
  return (
    <FormIn summary="Overgang vastleggen" id="overgang-formulier" errors={errors} action={`${base}/transities`} csrfToken={csrfToken} title="Overgang niet opgeslagen" submit="Overgang vastleggen">
      <Select name="kind" label="Soort overgang" options={options(transitionKinds)} value={v.kind} errors={errors} empty="Kies" />
      <DateInput name="eventDate" label="Datum van de overgang" value={v.eventDate} errors={errors} />
      <TextInput name="note" label="Notitie (niet verplicht)" value={v.note} errors={errors} />
    </FormIn>
  );
}

export function ContactPersonBox({ base, csrfToken, colleagues, errors }: { base: string; csrfToken: string; colleagues: Array<{ id: string; name: string }>; errors: FieldError[] }) {
  return (
    <FormIn summary="Vast aanspreekpunt kiezen" id="aanspreekpunt-formulier" errors={errors} action={`${base}/contactpersoon`} csrfToken={csrfToken} title="Niet gewijzigd" submit="Aanspreekpunt vastleggen">
      <Select name="accountId" label="Vast aanspreekpunt" options={colleagues.map((c) => ({ code: c.id, name: c.name }))} value="" errors={errors} />
      <TextInput name="note" label="Notitie (niet verplicht)" value="" />
    </FormIn>
  );
}
