// Pieces the overdracht pages share: option lists, the state tag, the
// sub-navigation, the fields of an action and the fields for sending.
import { type RecordPart, recordParts } from '../../db/persons.ts';
import { outcomes, reasons, type ReferralAction, type ReferralState, rules, stateLabels } from '../../domain/referral.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Checkbox, ChoiceGroup, type Option, Select, StatusTag, Tabs, Textarea, TextInput, type Tone } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { type ActionForm, consentMethods, partLabels, partShort, type ReferralForm } from './service.ts';

export const options = (record: Record<string, string>, codes?: readonly string[]): Option[] =>
  (codes ?? Object.keys(record)).map((code) => ({ code, name: record[code] ?? code }));

export function personName(r: { givenName: string | null; familyName: string | null }): string {
  return r.givenName === null ? 'Niet meer zichtbaar' : `${r.givenName} ${r.familyName ?? ''}`.trim();
}

function stateTone(state: ReferralState): Tone {
  if (state === 'afgerond') return 'ok';
  return state === 'afgewezen' || state === 'niet_gelukt' || state === 'ingetrokken' ? 'danger' : 'neutral';
}

export function StateTag({ state }: { state: ReferralState }) {
  return <StatusTag tone={stateTone(state)}>{stateLabels[state]}</StatusTag>;
}

export function SubNav({ current, user, received }: { current: string; user: SessionUser; received?: number }) {
  const items = [
    { href: '/doorverwijzingen', label: 'Verstuurd' },
    { href: '/doorverwijzingen/ontvangen', label: received ? `Ontvangen (${received} nieuw)` : 'Ontvangen' },
    ...(user.role === 'teamleider' ? [{ href: '/doorverwijzingen/rapport', label: 'Rapport' }, { href: '/doorverwijzingen/instellingen', label: 'Antwoordtermijn' }] : []),
  ];
  return <Tabs label="Doorverwijzingen" items={items.map((i) => ({ ...i, current: i.href === current }))} />;
}

/** The fields of an action with a reason or an outcome; the sender's and receiver's pages and the e-mailed link share them. */
export function ActionFields({ action, form, errors, organizations, external }: { action: ReferralAction; form: ActionForm | null; errors: FieldError[]; organizations: Option[]; external?: boolean }) {
  const rule = rules[action];
  const id = (f: string) => `${f}-${action}`;
  return (
    <>
      {rule.reasons ? <Select id={id('reason')} name="reason" label="Reden" options={options(reasons, rule.reasons)} value={form?.reason ?? ''} errors={errors} empty="Kies een reden" /> : null}
      {rule.outcome ? (
        <>
          <Select id={id('outcome')} name="outcome" label="Uitkomst" options={options(outcomes)} value={form?.outcome ?? ''} errors={errors} empty="Kies de uitkomst" />
          <Select
            id={id('followUp')}
            name="followUpOrganizationId"
            label={external ? 'Doorverwezen naar (alleen bij die uitkomst)' : 'Doorverwezen naar (alleen bij de uitkomst “Doorverwezen naar een andere organisatie”)'}
            hint={external ? undefined : 'De verwijzer krijgt een concept-doorverwijzing naar deze organisatie en vraagt de persoon om toestemming. Zo blijft de keten van overdrachten zichtbaar.'}
            options={organizations}
            value={form?.followUpOrganizationId ?? ''}
            errors={errors}
            empty="Geen"
          />
        </>
      ) : null}
      <Textarea id={id('note')} name="note" label={rule.reasons || external ? 'Toelichting (verplicht bij “Anders”)' : 'Toelichting (niet verplicht)'} value={form?.note ?? ''} errors={errors} rows={4} />
    </>
  );
}


// ---------------------------------------------------------------- send fields (new referral and concept)

export function SendFields({ form, errors, check, alreadyVisible }: { form: ReferralForm; errors: FieldError[]; check: { organizationName: string; usesInBeeld: boolean }; alreadyVisible: RecordPart[] }) {
  return (
    <>
      <ChoiceGroup
        id="parts"
        name="parts"
        kind="checkbox"
        legend="Welke gegevens gaan mee?"
        hint="Kies alleen wat de ontvanger nodig heeft voor deze vraag. De basisgegevens gaan altijd mee."
        options={recordParts.map((p) => ({ code: p, name: partLabels[p] }))}
        checked={form.parts}
        errors={errors}
      />
      {alreadyVisible.length ? (
        <p class="hint">
          {check.organizationName} mag door eerdere toestemming al zien: {alreadyVisible.map((p) => partShort[p]).join(', ')}.
        </p>
      ) : null}
      <ChoiceGroup id="consentMethod" name="consentMethod" kind="radio" legend="Hoe gaf de persoon toestemming?" options={options(consentMethods)} checked={[form.consentMethod]} errors={errors} />
      <Checkbox id="consent" name="consent" label={`De persoon gaf toestemming om deze gegevens voor deze doorverwijzing te delen met ${check.organizationName}.`} checked={form.consent === 'ja'} errors={errors} />
      {!check.usesInBeeld ? (
        <TextInput
          id="externalEmail"
          name="externalEmail"
          type="email"
          label={`E-mailadres van ${check.organizationName}`}
          hint="Deze organisatie werkt niet met InBeeld. Ze krijgt een e-mail zonder persoonsgegevens, met een beveiligde link die 14 dagen werkt. Met die link accepteert ze, wijst ze af of sluit ze af met een uitkomst."
          value={form.externalEmail}
          errors={errors}
          autocomplete="off"
        />
      ) : null}
    </>
  );
}
