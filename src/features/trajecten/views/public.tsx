// The public "neem contact met mij op": the request form and what happens next.
import { helpKinds } from '../../../content/taxonomy.ts';
import type { GemeenteTeam } from '../../../db/trajecten/index.ts';
import { Alert, Button, ChoiceGroup, Csrf, ErrorSummary, Select, TextInput, Textarea } from '../../../web/components/index.ts';
import type { FieldError } from '../../../web/errors.ts';
import { Layout } from '../../../web/layout.tsx';
import { formatDay } from '../../personen/views.tsx';
import type { SelfRegistrationForm } from '../service.ts';

export function SelfRegistrationPage({ values, errors, teams, csrfToken }: { values: SelfRegistrationForm; errors: FieldError[]; teams: GemeenteTeam[]; csrfToken: string }) {
  return (
    <Layout title={errors.length ? 'Fout: Neem contact met mij op' : 'Neem contact met mij op'} path="/aanmelden">
      <h1>Neem contact met mij op</h1>
      <p class="lead">Wil je hulp bij werk? Vraag je gemeente om contact met je op te nemen. Dat mag ook als je geen uitkering hebt.</p>
      <p>Vul alleen in wat nodig is. Je gemeente ziet wat je hier invult. Niemand anders.</p>
      {teams.length === 0 ? (
        <Alert>
          <p>Er werkt nog geen gemeente met InBeeld. Bel of mail je gemeente en vraag naar hulp bij werk.</p>
        </Alert>
      ) : (
        <form method="post" action="/aanmelden" novalidate>
          <Csrf token={csrfToken} />
          <ErrorSummary errors={errors} title="Je aanvraag is nog niet verstuurd" />
          <Select name="gemeenteCode" label="Je gemeente" options={teams.map((t) => ({ code: t.gemeenteCode, name: t.gemeenteName }))} value={values.gemeenteCode} errors={errors} empty="Kies je gemeente" />
          <p class="hint">Staat je gemeente er niet bij? Dan werkt je gemeente nog niet met InBeeld. Bel je gemeente en vraag naar hulp bij werk.</p>
          <TextInput name="givenName" label="Voornaam" value={values.givenName} errors={errors} autocomplete="given-name" />
          <TextInput name="familyName" label="Achternaam" value={values.familyName} errors={errors} autocomplete="family-name" />
          <ChoiceGroup kind="radio" name="reachBy" legend="Hoe wil je dat we contact opnemen?" options={[{ code: 'telefoon', name: 'Bel mij' }, { code: 'e-mail', name: 'Mail mij' }]} checked={[values.reachBy]} errors={errors} />
          <TextInput name="phone" label="Telefoonnummer" type="tel" value={values.phone} errors={errors} autocomplete="tel" />
          <TextInput name="email" label="E-mailadres" type="email" value={values.email} errors={errors} autocomplete="email" />
          <TextInput name="preferredTime" label="Wanneer kunnen we je het best bereiken? (niet verplicht)" hint="Bijvoorbeeld: dinsdagochtend, of na 15.00 uur." value={values.preferredTime} errors={errors} />
          <Textarea name="about" label="Waarover wil je praten?" hint="Een paar zinnen is genoeg. Je hoeft niets over je gezondheid te vertellen als je dat niet wilt." value={values.about} errors={errors} />
          <ChoiceGroup kind="checkbox" name="helpKinds" legend="Waar wil je hulp bij? (niet verplicht)" options={helpKinds} checked={values.helpKinds} errors={errors} />
          <TextInput name="rechtencheckCode" label="Code van je Rechtencheck (niet verplicht)" hint="Heb je de Rechtencheck gedaan en een code gemaakt? Vul die in. Dan ziet je gemeente je uitslag." value={values.rechtencheckCode} errors={errors} />
          <Button>Verstuur</Button>
        </form>
      )}
    </Layout>
  );
}

export function SelfRegistrationDone({ team, deadline }: { team: GemeenteTeam; deadline: string }) {
  return (
    <Layout title="Je aanvraag is verstuurd" path="/aanmelden">
      <h1>Je aanvraag is verstuurd</h1>
      <div class="notice" role="status">
        <p>
          {team.organizationName} heeft je aanvraag gekregen. Zij nemen uiterlijk op {formatDay(deadline)} contact met je op.
        </p>
      </div>
      <h2>Wat gebeurt er nu?</h2>
      <ol>
        <li>Iemand van de gemeente leest je aanvraag.</li>
        <li>Je wordt gebeld of gemaild, zoals je hebt gekozen. Dat gebeurt uiterlijk op {formatDay(deadline)}.</li>
        <li>Jullie maken samen een afspraak voor een gesprek. In dat gesprek kijken jullie welke hulp bij je past.</li>
      </ol>
      <p>Hoor je niets vóór die datum? Bel dan je gemeente en zeg dat je een aanvraag hebt gedaan via InBeeld.</p>
      <p>
        <a href="/zoeken">Bekijk intussen welke hulp er is</a>
      </p>
    </Layout>
  );
}
