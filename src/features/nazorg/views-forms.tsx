// The nazorg forms: record a placement (also a job the person found), a
// check-in, and the end of a placement.
import { occupationOptions } from '../../content/nazorg/isco08.ts';
import { cameAbout, checklistItems, contractKinds, instruments, options, placementEndReasons, ratings, withWhomOptions } from '../../db/nazorg/labels.ts';
import type { Employer } from '../../db/nazorg/placements.ts';
import type { CheckInMoment } from '../../domain/nazorg/schedule.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { formatDay } from '../personen/views.tsx';
import type { Values } from './service.ts';

interface Common {
  user: SessionUser;
  csrfToken: string;
  personId: string;
  personName: string;
  values: Values;
  errors: FieldError[];
}

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const arr = (v: Values, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);

export function PlacementFormPage(p: Common & { employers: Employer[]; previous: { id: string; label: string } | null }) {
  const v = p.values;
  return (
    <Layout title={`Baan vastleggen: ${p.personName}`} path="/nazorg" user={p.user} csrfToken={p.csrfToken}>
      <p><a href={`/personen/${p.personId}/nazorg`}>Terug naar werk en nazorg van {p.personName}</a></p>
      <h1>Baan vastleggen voor {p.personName}</h1>
      {p.previous ? <p class="notice">Dit is de volgende baan na: {p.previous.label}. Zo blijft het één loopbaan.</p> : null}
      <p>Leg ook een baan vast die de persoon zelf vond. Dan krijgt die baan dezelfde nazorg.</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/personen/${p.personId}/plaatsingen`} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        {p.previous ? <input type="hidden" name="previousPlacementId" value={p.previous.id} /> : null}
        <h2>Werkgever</h2>
        {p.employers.length ? (
          <SelectField name="employerId" label="Werkgever uit jullie lijst" options={p.employers.map((e) => ({ code: e.id, name: e.name }))} value={str(v, 'employerId')} errors={p.errors} empty="Nieuwe werkgever (vul hieronder in)" />
        ) : null}
        <TextField name="employerName" label="Naam nieuwe werkgever" hint="Alleen als de werkgever nog niet in de lijst staat." values={v} errors={p.errors} />
        <TextField name="employerContact" label="Contactpersoon bij de werkgever" values={v} errors={p.errors} />
        <TextField name="employerContactPhone" label="Telefoon contactpersoon" type="tel" values={v} errors={p.errors} />
        <h2>De baan</h2>
        <TextField name="jobTitle" label="Functie" hint="Bijvoorbeeld: medewerker magazijn." values={v} errors={p.errors} />
        <SelectField name="occupationCode" label="Beroepsgroep (ISCO-08)" options={occupationOptions} value={str(v, 'occupationCode')} errors={p.errors} empty="Nog niet bekend" />
        <TextField name="startDate" label="Startdatum" type="date" values={v} errors={p.errors} />
        <TextField name="hoursPerWeek" label="Uren per week" hint="Van 0 tot en met 60." values={v} errors={p.errors} />
        <SelectField name="contractKind" label="Soort contract" options={options(contractKinds)} value={str(v, 'contractKind')} errors={p.errors} empty="Kies" />
        <TextField name="contractEnd" label="Einddatum contract" hint="Verplicht bij een tijdelijk contract." type="date" values={v} errors={p.errors} />
        <Choices kind="radio" name="cameAbout" legend="Hoe ontstond de baan?" options={options(cameAbout)} checked={[str(v, 'cameAbout')]} errors={p.errors} />
        <Choices kind="radio" name="banenafspraak" legend="Telt de baan mee voor de banenafspraak?" options={[{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee of weet ik niet' }]} checked={[str(v, 'banenafspraak') || 'nee']} errors={p.errors} />
        <h2>Instrumenten</h2>
        <Choices kind="checkbox" name="instruments" legend="Welke instrumenten worden gebruikt?" options={options(instruments)} checked={arr(v, 'instruments')} errors={p.errors} />
        <TextField name="loonwaarde" label="Loonwaarde in procenten" hint="Bij loonkostensubsidie. Van 0 tot en met 100." values={v} errors={p.errors} />
        <TextField name="loonwaardeRemeasure" label="Datum nieuwe loonwaardemeting" type="date" values={v} errors={p.errors} />
        <TextField name="lksDecisionEnd" label="Einddatum besluit loonkostensubsidie" type="date" values={v} errors={p.errors} />
        <TextField name="jobcoachProvider" label="Jobcoach-organisatie" values={v} errors={p.errors} />
        <TextField name="jobcoachEnd" label="Einddatum jobcoaching" type="date" values={v} errors={p.errors} />
        <h2>Afspraken bij de start</h2>
        <TextField name="agreementCheckins" label="Wie houdt contact met de persoon?" values={v} errors={p.errors} />
        <TextField name="agreementEmployer" label="Met wie bij de werkgever?" values={v} errors={p.errors} />
        <TextField name="agreementJobcoach" label="Wat meldt de jobcoach, en wanneer?" values={v} errors={p.errors} />
        <Choices kind="checkbox" name="checklist" legend="Startlijst: wat is geregeld?" hint="Dit helpt om de baan te laten duren." options={options(checklistItems)} checked={arr(v, 'checklist')} errors={p.errors} />
        <button type="submit" class="button">Baan opslaan</button>
      </form>
    </Layout>
  );
}

export function CheckinFormPage(p: Common & { placementId: string; placementLabel: string; moments: CheckInMoment[] }) {
  return (
    <Layout title={`Nazorggesprek: ${p.personName}`} path="/nazorg" user={p.user} csrfToken={p.csrfToken}>
      <p><a href={`/personen/${p.personId}/nazorg`}>Terug naar werk en nazorg van {p.personName}</a></p>
      <h1>Nazorggesprek vastleggen</h1>
      <p>{p.personName}: {p.placementLabel}</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/personen/${p.personId}/plaatsingen/${p.placementId}/gesprek`} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <SelectField name="momentKey" label="Welk moment uit het nazorgplan?" options={p.moments.map((m) => ({ code: m.key, name: `${m.label}, rond ${formatDay(m.due)}` }))} value={str(p.values, 'momentKey')} errors={p.errors} empty="Geen vast moment (extra gesprek)" />
        <TextField name="checkinDate" label="Datum gesprek" type="date" values={p.values} errors={p.errors} />
        <Choices kind="checkbox" name="withWhom" legend="Met wie sprak je?" options={options(withWhomOptions)} checked={arr(p.values, 'withWhom')} errors={p.errors} />
        <Choices kind="radio" name="rating" legend="Hoe gaat het werk?" options={options(ratings)} checked={[str(p.values, 'rating')]} errors={p.errors} />
        <TextField name="note" label="Notitie" multiline values={p.values} errors={p.errors} />
        <TextField name="risks" label="Welke risico’s zie je?" multiline values={p.values} errors={p.errors} />
        <TextField name="actions" label="Welke acties spreken jullie af?" multiline values={p.values} errors={p.errors} />
        <button type="submit" class="button">Gesprek opslaan</button>
      </form>
    </Layout>
  );
}

export function EndFormPage(p: Common & { placementId: string; placementLabel: string }) {
  return (
    <Layout title={`Baan beëindigen: ${p.personName}`} path="/nazorg" user={p.user} csrfToken={p.csrfToken}>
      <p><a href={`/personen/${p.personId}/nazorg`}>Terug naar werk en nazorg van {p.personName}</a></p>
      <h1>Einde van de baan vastleggen</h1>
      <p>{p.personName}: {p.placementLabel}</p>
      <p>Na het einde krijgt jullie team een taak om contact op te nemen. Zo raakt de persoon niet uit beeld. Gaat de persoon naar een andere baan? Dan leg je daarna die baan vast. Die hoort bij dezelfde loopbaan.</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/personen/${p.personId}/plaatsingen/${p.placementId}/einde`} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <TextField name="endDate" label="Laatste werkdag" type="date" values={p.values} errors={p.errors} />
        <Choices kind="radio" name="reason" legend="Waarom stopt de baan?" options={options(placementEndReasons)} checked={[str(p.values, 'reason')]} errors={p.errors} />
        <TextField name="note" label="Toelichting" multiline values={p.values} errors={p.errors} />
        <button type="submit" class="button">Einde opslaan</button>
      </form>
    </Layout>
  );
}
