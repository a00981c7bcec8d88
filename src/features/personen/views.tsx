import type { ComponentChildren } from 'preact';
import type { ConsentRecord, PersonRecord, ProcessingLine } from '../../db/persons.ts';
import type { PersonListPage as PersonListPageData } from '../../db/person-list.ts';
import { recordParts } from '../../db/persons.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, SelectField, TextField } from '../../web/forms.tsx';
import { Alert, Button, ButtonGroup, Checkbox, ChoiceGroup, Csrf, DateInput, Details, ErrorSummary, Pagination, Select, SummaryList, TextInput } from '../../web/components/index.ts';
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

/** The address of the person list with this search and page; only non-default values appear. */
export function personListHref(search: string, page = 1): string {
  const params = new URLSearchParams();
  if (search) params.set('zoek', search);
  if (page > 1) params.set('pagina', String(page));
  const query = params.toString();
  return query ? `/personen?${query}` : '/personen';
}

export function PersonListPage({ user, csrfToken, list, search, notice }: Base & { list: PersonListPageData; search: string; notice?: string }) {
  const { rows, total, page, pages } = list;
  return (
    <Layout title={search ? `Personen: zoeken op ${search}` : 'Personen'} path="/personen" user={user} csrfToken={csrfToken}>
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
      <form method="get" action="/personen" class="search-form" role="search" aria-label="Personen zoeken">
        <div class="row">
          <div class="field">
            <TextInput name="zoek" label="Zoek op naam of geboortejaar" value={search} type="search" />
          </div>
        </div>
        <div class="button-row">
          <Button>Zoeken</Button>
          {search ? <a href="/personen">Iedereen tonen</a> : null}
        </div>
      </form>
      <p role="status">
        {total === 1 ? '1 persoon' : `${total} personen`}
        {search ? ` gevonden met "${search}"` : ''}
        {pages > 1 ? `, pagina ${page} van ${pages}` : ''}.
      </p>
      {rows.length === 0 ? (
        search ? (
          <p>
            Niemand gevonden. Controleer de spelling, zoek op een deel van de naam, of <a href="/personen">toon iedereen</a>.
          </p>
        ) : (
          <p>Er zijn nog geen personen.</p>
        )
      ) : (
        <DataTable caption={pages > 1 ? `Personen, pagina ${page} van ${pages}` : 'Personen'} columns={['Naam', 'Dossier', 'Laatst gewijzigd']}>
          {rows.map((p) => (
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
      <Pagination page={page} pages={pages} href={(n) => personListHref(search, n)} label="Pagina’s van de personen" />
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
  /** The dossier at a glance, above everything else. */
  summary?: ComponentChildren;
  /** The Trajecten sections of the dossier. */
  dossier?: ComponentChildren;
  /** The way to end support (its own page). */
  endLink?: ComponentChildren;
}) {
  const { person, user, csrfToken } = props;
  const name = person.erasedAt ? 'Geanonimiseerd dossier' : `${person.givenName} ${person.familyName}`;
  const cv = props.consentValues;
  const errors = props.consentErrors;
  return (
    <Layout title={errors.length ? `Fout: ${name}` : name} path="/personen" user={user} csrfToken={csrfToken}>
      <p>
        <a href="/personen">Terug naar personen</a>
      </p>
      <h1>{name}</h1>
      {props.notice ? (
        <Alert live>
          <p>{props.notice}</p>
        </Alert>
      ) : null}
      {!person.owned ? (
        <Alert>
          <p>
            Dit dossier is van {person.ownerOrganizationName}. Je ziet het omdat de persoon toestemming gaf om deze onderdelen met jouw organisatie te delen:{' '}
            {person.visibleParts.map((p) => partLabels[p].toLowerCase()).join(', ')}.
          </p>
        </Alert>
      ) : null}
      {props.summary}
      {props.dossier}
      <section aria-labelledby="gegevens-kop" id="gegevens">
        <h2 id="gegevens-kop">Basisgegevens</h2>
        <SummaryList
          items={[
            { key: 'Geboortejaar', value: person.birthYear ?? 'Niet bekend' },
            { key: 'Gemeente', value: props.gemeenteName ?? 'Niet bekend' },
            { key: 'E-mail', value: person.email ?? 'Niet bekend' },
            { key: 'Telefoon', value: person.phone ?? 'Niet bekend' },
            ...(person.owned ? [{ key: 'BSN', value: person.bsn ? 'Vastgelegd' : 'Niet vastgelegd' }] : []),
            { key: 'Dossier van', value: person.ownerOrganizationName },
          ]}
        />
        {person.visibleParts.includes('verhaal') ? (
          <>
            <h2>Verhaal</h2>
            <p>{person.story ?? 'Nog niet opgeschreven.'}</p>
          </>
        ) : null}
      </section>
      <section aria-labelledby="toestemming-kop" id="toestemming">
        <h2 id="toestemming-kop">Toestemming om te delen</h2>
        <ConsentTable consents={props.consents} personId={person.id} csrfToken={csrfToken} owned={person.owned} />
        {person.owned && !person.erasedAt ? (
          <Details summary="Toestemming vastleggen" id="nieuwe-toestemming" open={errors.length > 0}>
            <form method="post" action={`/personen/${person.id}/toestemming`} novalidate>
              <Csrf token={csrfToken} />
              <ErrorSummary errors={errors} title="Toestemming nog niet vastgelegd" />
              <Select name="organizationId" label="Met welke organisatie?" options={props.organizations} value={cv.organizationId} errors={errors} empty="Kies een organisatie" />
              <ChoiceGroup kind="checkbox" name="parts" legend="Welke onderdelen mogen gedeeld worden?" options={recordParts.map((p) => ({ code: p, name: partLabels[p] }))} checked={cv.parts} errors={errors} />
              <TextInput name="purpose" label="Waarvoor?" hint="Bijvoorbeeld: begeleiding door een jobcoach." value={cv.purpose} errors={errors} />
              <DateInput name="validFrom" label="Geldig vanaf" value={cv.validFrom} errors={errors} />
              <DateInput name="validUntil" label="Geldig tot en met (niet verplicht)" value={cv.validUntil} errors={errors} />
              <ChoiceGroup kind="radio" name="method" legend="Hoe gaf de persoon toestemming?" options={Object.entries(methodLabels).map(([code, name]) => ({ code, name }))} checked={[cv.method]} errors={errors} />
              <Button>Toestemming vastleggen</Button>
            </form>
          </Details>
        ) : null}
      </section>
      {person.owned ? (
        <section aria-labelledby="avg-kop" id="avg">
          <h2 id="avg-kop">Rechten van de persoon (AVG)</h2>
          <ul>
            <li>
              <a href={`/personen/${person.id}/inzage`}>Wie heeft de gegevens bekeken en waarom?</a>
            </li>
            <li>
              <a href={`/personen/${person.id}/export.pdf`}>Alle gegevens als PDF</a> of{' '}
              <a href={`/personen/${person.id}/export.json`}>als JSON</a>
            </li>
            {!person.erasedAt ? (
              <li>
                <a href={`/personen/${person.id}/wissen`}>Gegevens wissen</a> (als de persoon daarom vraagt)
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {props.endLink}
    </Layout>
  );
}

/** Consent in one line, for the top of the dossier. */
export function consentLine(consents: readonly ConsentRecord[]): string {
  const active = consents.filter((c) => c.active);
  if (active.length === 0) return 'Niet gedeeld met een andere organisatie.';
  return active
    .map((c) => `Gedeeld met ${c.organizationName} (${c.parts.map((p) => partLabels[p].toLowerCase()).join(', ')})${c.validUntil ? ` tot en met ${formatDay(c.validUntil)}` : ''}`)
    .join('; ') + '.';
}

/** Erasing a record on request cannot be undone: its own page, a box to tick, a way back. */
export function ErasePage({ user, csrfToken, person, error }: Base & { person: PersonRecord; error?: string }) {
  const base = `/personen/${person.id}`;
  const errors = error ? [{ field: 'zeker', message: error }] : [];
  return (
    <Layout title={error ? 'Fout: Gegevens wissen' : 'Gegevens wissen'} path="/personen" user={user} csrfToken={csrfToken}>
      <p>
        <a href={base}>Terug naar het dossier</a>
      </p>
      <h1>
        Gegevens van {person.givenName} {person.familyName} wissen
      </h1>
      <p>De persoon heeft het recht om gegevens te laten wissen (AVG, artikel 17). Wissen haalt de naam, het BSN, de contactgegevens en het verhaal weg. Dit kun je niet terugdraaien.</p>
      <p>De lijst van wie de gegevens bekeek blijft bestaan, zonder naam.</p>
      <form method="post" action={`${base}/anonimiseren`} novalidate>
        <Csrf token={csrfToken} />
        <ErrorSummary errors={errors} title="Er is niets gewist" />
        <Checkbox name="zeker" label="De persoon vroeg om de gegevens te wissen. Ik weet dat dit niet terug te draaien is." checked={false} value="ja" errors={errors} />
        <ButtonGroup>
          <Button variant="danger">Gegevens wissen</Button>
          <a href={base}>Annuleren</a>
        </ButtonGroup>
      </form>
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
