// Employer pages for the werkgeversadviseur: the list, the form, one employer
// with its vacancies, placement history (no names) and the employer link.
import { gemeenten } from '../../content/reference/index.ts';
import { cameAbout } from '../../db/nazorg/labels.ts';
import type { EmployerRow, PlacementHistoryItem, VacancyRow } from '../../db/werkgevers/employers.ts';
import { Alert, ButtonLink, StatusTag, SummaryList } from '../../web/components/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import { formatDay } from '../personen/views.tsx';
import { openToLabels, sizeClasses } from './labels.ts';
import type { Values } from './service.ts';
import { gemeenteName } from './views-parts.tsx';

interface Base {
  user: SessionUser;
  csrfToken: string;
}

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const arr = (v: Values, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);
const opts = (o: Record<string, string>) => Object.entries(o).map(([code, name]) => ({ code, name }));
export const gemeenteOptions = gemeenten.map((g) => ({ code: g.code, name: g.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));

export function EmployerListPage(p: Base & { employers: EmployerRow[] }) {
  return (
    <Layout title="Werkgevers" path="/werkgevers" user={p.user} csrfToken={p.csrfToken}>
      <h1>Werkgevers</h1>
      <p>De werkgevers die jullie kennen. Een werkgever heeft hier geen account. De contactpersoon kan wel zelf vacatures bijhouden via een link.</p>
      <p><ButtonLink href="/werkgevers/nieuw">Werkgever toevoegen</ButtonLink></p>
      <DataTable caption="Werkgevers" columns={['Naam', 'Sector', 'Plaats', 'Staat open voor', { label: 'Open vacatures', numeric: true }, { label: 'Plaatsingen', numeric: true }]}
        isEmpty={p.employers.length === 0} empty={<p>Er staan nog geen werkgevers in de lijst.</p>}>
        {p.employers.map((e) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"><a href={`/werkgevers/${e.id}`}>{e.name}</a></td>
            <td class="utrecht-table__cell">{e.sector ?? '–'}</td>
            <td class="utrecht-table__cell">{e.gemeenteCode ? gemeenteName(e.gemeenteCode) : '–'}</td>
            <td class="utrecht-table__cell">{e.openTo.map((o) => openToLabels[o]).join(', ') || '–'}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{e.openVacancies}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{e.placements}</td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

export function EmployerFormPage(p: Base & { values: Values; errors: FieldError[]; id?: string }) {
  const v = p.values;
  return (
    <Layout title={p.id ? 'Werkgever aanpassen' : 'Werkgever toevoegen'} path="/werkgevers" user={p.user} csrfToken={p.csrfToken}>
      <p><a href={p.id ? `/werkgevers/${p.id}` : '/werkgevers'}>Terug</a></p>
      <h1>{p.id ? 'Werkgever aanpassen' : 'Werkgever toevoegen'}</h1>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={p.id ? `/werkgevers/${p.id}` : '/werkgevers'} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <TextField name="name" label="Naam werkgever" values={v} errors={p.errors} />
        <TextField name="sector" label="Sector" hint="Bijvoorbeeld: zorg, logistiek, groen." values={v} errors={p.errors} />
        <SelectField name="sizeClass" label="Grootte" options={opts(sizeClasses)} value={str(v, 'sizeClass')} errors={p.errors} empty="Niet bekend" />
        <SelectField name="gemeenteCode" label="Gemeente" options={gemeenteOptions} value={str(v, 'gemeenteCode')} errors={p.errors} empty="Niet bekend" />
        <h2>Contactpersoon</h2>
        <TextField name="contactName" label="Naam contactpersoon" values={v} errors={p.errors} />
        <TextField name="contactPhone" label="Telefoon" type="tel" values={v} errors={p.errors} />
        <TextField name="contactEmail" label="E-mailadres" type="email" values={v} errors={p.errors} />
        <h2>Wat de werkgever wil</h2>
        <Choices kind="checkbox" name="openTo" legend="De werkgever staat open voor" options={opts(openToLabels)} checked={arr(v, 'openTo')} errors={p.errors} />
        <TextField name="agreements" label="Afspraken met de werkgever" hint="Bijvoorbeeld: twee plekken per jaar voor mensen uit het doelgroepregister." multiline values={v} errors={p.errors} />
        <button type="submit" class="button">Werkgever opslaan</button>
      </form>
    </Layout>
  );
}

export function EmployerPage(p: Base & { employer: EmployerRow; vacancies: VacancyRow[]; placements: PlacementHistoryItem[]; link?: string | undefined; notice?: string | undefined }) {
  const e = p.employer;
  return (
    <Layout title={e.name} path="/werkgevers" user={p.user} csrfToken={p.csrfToken}>
      <p><a href="/werkgevers">Terug naar werkgevers</a></p>
      <h1>{e.name}</h1>
      {p.notice ? <Alert type="ok" live>{p.notice}</Alert> : null}
      <SummaryList
        items={[
          { key: 'Sector', value: e.sector ?? 'Niet bekend' },
          { key: 'Grootte', value: e.sizeClass ? sizeClasses[e.sizeClass] : 'Niet bekend' },
          { key: 'Gemeente', value: gemeenteName(e.gemeenteCode) },
          { key: 'Contactpersoon', value: [e.contactName, e.contactPhone, e.contactEmail].filter(Boolean).join(', ') || 'Niet bekend' },
          { key: 'Staat open voor', value: e.openTo.map((o) => openToLabels[o]).join(', ') || 'Nog niet besproken' },
          { key: 'Afspraken', value: e.agreements ?? 'Geen' },
        ]}
      />
      <p><a href={`/werkgevers/${e.id}/bewerken`}>Gegevens aanpassen</a></p>
      <h2>Vacatures</h2>
      <p><ButtonLink href={`/werkgevers/${e.id}/vacatures/nieuw`}>Vacature toevoegen</ButtonLink></p>
      <DataTable caption={`Vacatures van ${e.name}`} columns={['Functie', 'Uren', 'Status', { label: 'Open voorstellen', numeric: true }]} isEmpty={p.vacancies.length === 0}
        empty={<p>Deze werkgever heeft nog geen vacatures.</p>}>
        {p.vacancies.map((v) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"><a href={`/vacatures/${v.id}`}>{v.title}</a></td>
            <td class="utrecht-table__cell">{v.hoursMin}–{v.hoursMax}</td>
            <td class="utrecht-table__cell"><StatusTag tone={v.status === 'open' ? 'info' : 'neutral'}>{v.status}</StatusTag></td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{v.openMatches}</td>
          </tr>
        ))}
      </DataTable>
      <h2>Link voor de werkgever</h2>
      <p>Met deze link houdt de contactpersoon zelf de vacatures bij. De link werkt 30 dagen. Een nieuwe link zet de oude uit.</p>
      {p.link ? (
        <Alert type="ok" live title="Nieuwe link gemaakt">
          <p>Geef deze link aan de contactpersoon. We laten hem maar één keer zien:</p>
          <p><code class="secret-link">{p.link}</code></p>
        </Alert>
      ) : null}
      <form method="post" action={`/werkgevers/${e.id}/link`}>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <button type="submit" class="button secondary">Nieuwe link maken</button>
      </form>
      <h2>Plaatsingen bij deze werkgever</h2>
      <DataTable caption={`Plaatsingen bij ${e.name}, zonder namen`} columns={['Functie', 'Start', 'Einde', 'Hoe de baan ontstond']} isEmpty={p.placements.length === 0}
        empty={<p>Nog geen plaatsingen bij deze werkgever.</p>}>
        {p.placements.map((pl) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell">{pl.jobTitle}</td>
            <td class="utrecht-table__cell">{formatDay(pl.startDate)}</td>
            <td class="utrecht-table__cell">{pl.endDate ? formatDay(pl.endDate) : 'Werkt er nog'}</td>
            <td class="utrecht-table__cell">{cameAbout[pl.cameAbout as keyof typeof cameAbout] ?? pl.cameAbout}</td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}
