import type { ComponentChildren } from 'preact';
import type { ConsentRecord, PersonListItem, PersonRecord, ProcessingLine } from '../../db/persons.ts';
import { recordParts } from '../../db/persons.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { methodLabels, partLabels, type ConsentForm, type PersonForm } from './service.ts';
import { DataTable } from '../../web/table.tsx';

interface Base {
  user: SessionUser;
  csrfToken: string;
}

type Option = { code: string; name: string };

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const dateOnly = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso.replace(' ', 'T')));
}

export function formatDay(iso: string): string {
  return dateOnly.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** A person's name as a link to their dossier. */
export function PersonLink({ id, person }: { id: string; person: { givenName: string; familyName: string } }) {
  return (
    <a href={`/personen/${id}`}>
      {person.givenName} {person.familyName}
    </a>
  );
}

export function PersonListPage({ user, csrfToken, persons, notice }: Base & { persons: PersonListItem[]; notice?: string }) {
  return (
    <Layout title="Personen" path="/personen" user={user} csrfToken={csrfToken}>
      <h1>Personen</h1>
      {notice ? (
        <div class="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p>
        Je ziet de mensen van {user.organizationName ?? 'je organisatie'}, en mensen die toestemming gaven om hun gegevens met jullie te delen.
      </p>
      <p>
        <a class="button" href="/personen/nieuw">
          Nieuwe persoon vastleggen
        </a>
      </p>
      {persons.length === 0 ? (
        <p>Er zijn nog geen personen.</p>
      ) : (
        <DataTable caption="Personen" columns={['Naam', 'Dossier', 'Laatst gewijzigd']}>
            {persons.map((p) => (
              <tr>
                <td>
                  <PersonLink id={p.id} person={p} />
                </td>
                <td>{p.owned ? 'Eigen organisatie' : 'Gedeeld met toestemming'}</td>
                <td>{formatDateTime(p.updatedAt)}</td>
              </tr>
            ))}
        </DataTable>
      )}
    </Layout>
  );
}

export function NewPersonPage({ user, csrfToken, values, errors, gemeenten }: Base & { values: PersonForm; errors: FieldError[]; gemeenten: Option[] }) {
  const v = values as unknown as Record<string, unknown>;
  return (
    <Layout title={errors.length ? 'Fout: Nieuwe persoon' : 'Nieuwe persoon'} path="/personen" user={user} csrfToken={csrfToken}>
      <p>
        <a href="/personen">Terug naar personen</a>
      </p>
      <h1>Nieuwe persoon vastleggen</h1>
      <p>Leg alleen vast wat nodig is. Een BSN is niet nodig. Vraag de persoon om toestemming voordat je het verhaal opschrijft.</p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/personen" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <TextField name="givenName" label="Voornaam" values={v} errors={errors} autocomplete="off" />
        <TextField name="familyName" label="Achternaam" values={v} errors={errors} autocomplete="off" />
        <TextField name="birthYear" label="Geboortejaar (niet verplicht)" values={v} errors={errors} hint="Alleen het jaar, bijvoorbeeld 1998." />
        <SelectField name="gemeenteCode" label="Woont in gemeente" options={gemeenten} value={values.gemeenteCode} errors={errors} empty="Weet ik niet" />
        <TextField name="email" label="E-mailadres (niet verplicht)" values={v} errors={errors} type="email" autocomplete="off" />
        <TextField name="phone" label="Telefoon (niet verplicht)" values={v} errors={errors} type="tel" autocomplete="off" />
        <TextField name="bsn" label="BSN (niet verplicht)" values={v} errors={errors} hint="Alleen als het echt nodig is. InBeeld werkt ook zonder BSN." autocomplete="off" />
        <TextField name="story" label="Verhaal (niet verplicht)" values={v} errors={errors} multiline hint="Het verhaal van de persoon, in eigen woorden: de beperking, wat dat betekent voor werk, en de hulpvraag. Dan hoeft de persoon het niet steeds opnieuw te vertellen." />
        <button type="submit">Opslaan</button>
      </form>
    </Layout>
  );
}

function ConsentTable({ consents, personId, csrfToken, owned }: { consents: ConsentRecord[]; personId: string; csrfToken: string; owned: boolean }) {
  if (consents.length === 0) return <p>Er is geen toestemming vastgelegd om gegevens te delen.</p>;
  return (
    <DataTable caption="Toestemmingen" columns={['Organisatie', 'Onderdelen en doel', 'Geldig', 'Status']}>
        {consents.map((c) => (
          <tr>
            <td>{c.organizationName}</td>
            <td>
              {c.parts.map((p) => partLabels[p]).join(', ')}. Doel: {c.purpose}. {methodLabels[c.method]} gegeven
              {c.recordedByName ? `, vastgelegd door ${c.recordedByName}` : ''}.
            </td>
            <td>
              {formatDay(c.validFrom)}
              {c.validUntil ? ` tot en met ${formatDay(c.validUntil)}` : ', geen einddatum'}
            </td>
            <td>
              {c.withdrawnAt ? `Ingetrokken op ${formatDateTime(c.withdrawnAt)}` : c.active ? 'Geldt nu' : 'Geldt nu niet'}
              {owned && !c.withdrawnAt ? (
                <form method="post" action={`/personen/${personId}/toestemming/${c.id}/intrekken`} class="inline-form">
                  <input type="hidden" name="_csrf" value={csrfToken} />{' '}
                  <button type="submit" class="link-button">
                    Intrekken<span class="visually-hidden"> voor {c.organizationName}</span>
                  </button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
    </DataTable>
  );
}

export function PersonPage(props: Base & {
  person: PersonRecord;
  consents: ConsentRecord[];
  organizations: Option[];
  consentValues: ConsentForm;
  consentErrors: FieldError[];
  notice?: string;
  gemeenteName: string | null;
  /** The Trajecten sections of the dossier. */
  dossier?: ComponentChildren;
}) {
  const { person, user, csrfToken } = props;
  const name = person.erasedAt ? 'Geanonimiseerd dossier' : `${person.givenName} ${person.familyName}`;
  const cv = props.consentValues as unknown as Record<string, unknown>;
  return (
    <Layout title={props.consentErrors.length ? `Fout: ${name}` : name} path="/personen" user={user} csrfToken={csrfToken}>
      <p>
        <a href="/personen">Terug naar personen</a>
      </p>
      <h1>{name}</h1>
      {person.visibleParts.includes('plan') ? <p><a href={`/personen/${person.id}/nazorg`}>Werk en nazorg</a></p> : null}
      {person.owned ? <p><a href={`/personen/${person.id}/werkprofiel`}>Werkprofiel en voorstellen voor werk</a></p> : null}
      {props.notice ? (
        <div class="notice" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      {!person.owned ? (
        <div class="notice">
          <p>
            Dit dossier is van {person.ownerOrganizationName}. Je ziet het omdat de persoon toestemming gaf om deze onderdelen met jouw organisatie te delen:{' '}
            {person.visibleParts.map((p) => partLabels[p].toLowerCase()).join(', ')}.
          </p>
        </div>
      ) : null}
      <h2>Basisgegevens</h2>
      <dl class="facts">
        <dt>Geboortejaar</dt>
        <dd>{person.birthYear ?? 'Niet bekend'}</dd>
        <dt>Gemeente</dt>
        <dd>{props.gemeenteName ?? 'Niet bekend'}</dd>
        <dt>E-mail</dt>
        <dd>{person.email ?? 'Niet bekend'}</dd>
        <dt>Telefoon</dt>
        <dd>{person.phone ?? 'Niet bekend'}</dd>
        {person.owned ? (
          <>
            <dt>BSN</dt>
            <dd>{person.bsn ? 'Vastgelegd' : 'Niet vastgelegd'}</dd>
          </>
        ) : null}
        <dt>Dossier van</dt>
        <dd>{person.ownerOrganizationName}</dd>
      </dl>
      {person.visibleParts.includes('verhaal') ? (
        <>
          <h2>Verhaal</h2>
          <p>{person.story ?? 'Nog niet opgeschreven.'}</p>
        </>
      ) : null}
      {props.dossier}
      <h2 id="toestemming">Toestemming om te delen</h2>
      <ConsentTable consents={props.consents} personId={person.id} csrfToken={csrfToken} owned={person.owned} />
      {person.owned && !person.erasedAt ? (
        <section aria-labelledby="nieuwe-toestemming">
          <h3 id="nieuwe-toestemming">Toestemming vastleggen</h3>
          <ErrorSummary errors={props.consentErrors} title="Toestemming nog niet vastgelegd" />
          <form method="post" action={`/personen/${person.id}/toestemming`} novalidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <SelectField name="organizationId" label="Met welke organisatie?" options={props.organizations} value={props.consentValues.organizationId} errors={props.consentErrors} empty="Kies een organisatie" />
            <Choices kind="checkbox" name="parts" legend="Welke onderdelen mogen gedeeld worden?" options={recordParts.map((p) => ({ code: p, name: partLabels[p] }))} checked={props.consentValues.parts} errors={props.consentErrors} />
            <TextField name="purpose" label="Waarvoor?" hint="Bijvoorbeeld: begeleiding door een jobcoach." values={cv} errors={props.consentErrors} />
            <TextField name="validFrom" label="Geldig vanaf" type="date" values={cv} errors={props.consentErrors} />
            <TextField name="validUntil" label="Geldig tot en met (niet verplicht)" type="date" values={cv} errors={props.consentErrors} />
            <Choices kind="radio" name="method" legend="Hoe gaf de persoon toestemming?" options={Object.entries(methodLabels).map(([code, name]) => ({ code, name }))} checked={[props.consentValues.method]} errors={props.consentErrors} />
            <button type="submit">Toestemming vastleggen</button>
          </form>
        </section>
      ) : null}
      {person.owned ? (
        <section aria-labelledby="avg-kop">
          <h2 id="avg-kop">Rechten van de persoon (AVG)</h2>
          <ul>
            <li>
              <a href={`/personen/${person.id}/inzage`}>Wie heeft de gegevens bekeken en waarom?</a>
            </li>
            <li>
              <a href={`/personen/${person.id}/export.pdf`}>Alle gegevens als PDF</a> of{' '}
              <a href={`/personen/${person.id}/export.json`}>als JSON</a>
            </li>
          </ul>
          {!person.erasedAt ? (
            <form method="post" action={`/personen/${person.id}/anonimiseren`} novalidate>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <div class="form-field">
                <div>
                  <input type="checkbox" id="zeker" name="zeker" value="ja" />
                  <label for="zeker">De persoon vroeg om de gegevens te wissen. Ik weet dat dit niet terug te draaien is.</label>
                </div>
              </div>
              <button type="submit">Gegevens wissen</button>
            </form>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}

export function InzagePage({ user, csrfToken, person, lines }: Base & { person: PersonRecord; lines: ProcessingLine[] }) {
  return (
    <Layout title="Inzage: wie keek in het dossier" path="/personen" user={user} csrfToken={csrfToken}>
      <p>
        <a href={`/personen/${person.id}`}>Terug naar het dossier</a>
      </p>
      <h1>Wie keek in het dossier?</h1>
      <p>
        Hier staat elke keer dat iemand de gegevens van {person.givenName} {person.familyName} bekeek of veranderde: wanneer, welke organisatie en waarom. Je kunt dit
        overzicht aan de persoon laten zien.
      </p>
      <DataTable caption="Verwerkingen" columns={['Wanneer', 'Organisatie', 'Wat', 'Waarom']}>
          {lines.map((l) => (
            <tr>
              <td>{formatDateTime(l.occurredAt)}</td>
              <td>{l.organizationName ?? 'InBeeld (automatisch)'}</td>
              <td>{l.operation}</td>
              <td>{l.purpose}</td>
            </tr>
          ))}
      </DataTable>
    </Layout>
  );
}
