// The nazorg list of a consulent and the schedule settings of a teamleider.
import { contractKinds } from '../../db/nazorg/labels.ts';
import type { NazorgItem, NazorgItemKind } from '../../db/nazorg/list.ts';
import type { StoredSchedule } from '../../db/nazorg/schedule.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import { PersonLink, formatDay } from '../personen/views.tsx';

const kindLabels: Record<NazorgItemKind, string> = {
  gesprek: 'Nazorggesprek',
  einddatum: 'Einddatum komt eraan',
  keten: 'Tijdelijke contracten',
  opvolging: 'Opvolgen na einde',
  'geen-contact': 'Te lang geen contact',
};

function SubNav({ user, current }: { user: SessionUser; current: string }) {
  const links = [
    { href: '/nazorg', label: 'Mijn nazorg' },
    { href: '/nazorg?weergave=team', label: 'Nazorg van het team' },
    { href: '/nazorg/duurzaamheid', label: 'Duurzaamheid' },
    ...(user.role === 'teamleider' ? [{ href: '/nazorg/schema', label: 'Nazorgschema' }] : []),
  ];
  return (
    <nav aria-label="Nazorg">
      <ul class="pager">
        {links.map((l) => (
          <li>
            <a href={l.href} aria-current={l.href === current ? 'page' : undefined}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function NazorgListPage({ user, csrfToken, items, team, today }: { user: SessionUser; csrfToken: string; items: NazorgItem[]; team: boolean; today: string }) {
  const title = team ? 'Nazorg van het team' : 'Mijn nazorg';
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <Layout title={title} path="/nazorg" user={user} csrfToken={csrfToken}>
      <h1>{title}</h1>
      <SubNav user={user} current={team ? '/nazorg?weergave=team' : '/nazorg'} />
      <p>Mensen die aan het werk zijn, blijven in beeld. Hier staan de gesprekken die nu moeten, einddatums die eraan komen en banen die stopten. Stand op {formatDay(today)}.</p>
      <p role="status">{items.length === 1 ? '1 punt' : `${items.length} punten`}, waarvan {overdue} te laat.</p>
      {items.length ? (
        <DataTable caption={title} columns={['Naam', 'Baan', 'Wat', 'Uiterlijk', 'Actie']}>
          {items.map((i) => (
            <tr>
              <td><PersonLink id={i.personId} person={i} /></td>
              <td>{i.jobTitle} bij {i.employerName}</td>
              <td>
                <strong>{kindLabels[i.kind]}{i.overdue ? ' (te laat)' : ''}</strong>
                <br />
                {i.label}
              </td>
              <td>{formatDay(i.date)}</td>
              <td>
                {i.kind === 'gesprek' ? (
                  <a href={`/personen/${i.personId}/plaatsingen/${i.placementId}/gesprek?moment=${i.momentKey}`}>Gesprek vastleggen<span class="visually-hidden"> voor {i.givenName} {i.familyName}</span></a>
                ) : (
                  <a href={`/personen/${i.personId}/nazorg#baan-${i.placementId}`}>Bekijken<span class="visually-hidden"> ({i.givenName} {i.familyName})</span></a>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : <p>Er is nu niets te doen.</p>}
    </Layout>
  );
}

export function SchedulePage(p: { user: SessionUser; csrfToken: string; rows: StoredSchedule[]; kind: string; values: Record<string, string>; errors: FieldError[]; gemeenteName: string; saved?: boolean }) {
  const kindOptions = [{ code: '*', name: 'Alle soorten contract (standaard)' }, ...Object.entries(contractKinds).map(([code, name]) => ({ code, name }))];
  const kindName = (k: string) => kindOptions.find((o) => o.code === k)?.name ?? k;
  return (
    <Layout title="Nazorgschema" path="/nazorg/schema" user={p.user} csrfToken={p.csrfToken}>
      <h1>Nazorgschema van {p.gemeenteName}</h1>
      <SubNav user={p.user} current="/nazorg/schema" />
      <p>Na de start van een baan plant InBeeld vaste nazorggesprekken. Hier stel je die in, voor alle banen of per soort contract. De Inspectie SZW zag veel uitval rond zes maanden. Daarom is er een extra gesprek in de risicoperiode.</p>
      {p.saved ? <p class="notice" role="status">Het schema is opgeslagen.</p> : null}
      {p.rows.length ? (
        <DataTable caption="Ingestelde schema’s" columns={['Contract', 'Eerste gesprek', 'Vaste gesprekken (maanden)', 'Extra (maanden)', 'Marge', 'Grens zonder contact', 'Weken tussen banen']}>
          {p.rows.map((r) => (
            <tr>
              <td>{kindName(r.contractKind)}</td>
              <td>{r.firstFromWeeks} tot {r.firstUntilWeeks} weken</td>
              <td>{r.months.join(', ')}</td>
              <td>{r.riskMonths.join(', ') || 'Geen'}</td>
              <td>{r.windowDays} dagen</td>
              <td>{r.noContactWeeks} weken</td>
              <td>{r.gapWeeks}</td>
            </tr>
          ))}
        </DataTable>
      ) : <p>Er is nog niets ingesteld. Het standaardschema geldt: eerste gesprek na 4 tot 6 weken, dan na 3, 6, 12 en 24 maanden, met een extra gesprek na 5 maanden.</p>}
      <h2>Schema instellen</h2>
      <ErrorSummary errors={p.errors} />
      <form method="post" action="/nazorg/schema" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <SelectField name="contractKind" label="Voor welk soort contract?" options={kindOptions} value={p.kind} errors={p.errors} />
        <TextField name="firstFromWeeks" label="Eerste gesprek vanaf (weken na de start)" values={p.values} errors={p.errors} />
        <TextField name="firstUntilWeeks" label="Eerste gesprek uiterlijk (weken na de start)" values={p.values} errors={p.errors} />
        <TextField name="months" label="Vaste gesprekken (maanden na de start)" hint="Gescheiden door komma's, bijvoorbeeld 3, 6, 12, 24." values={p.values} errors={p.errors} />
        <TextField name="riskMonths" label="Extra gesprekken in de risicoperiode (maanden)" hint="Bijvoorbeeld 5. Laat leeg voor geen extra gesprek." values={p.values} errors={p.errors} />
        <TextField name="windowDays" label="Marge rond een vast gesprek (dagen)" values={p.values} errors={p.errors} />
        <TextField name="noContactWeeks" label="Signaal na zoveel weken zonder nazorgcontact" values={p.values} errors={p.errors} />
        <TextField name="gapWeeks" label="Weken tussen twee banen die nog als doorlopend werk tellen" hint="Voor de cijfers over duurzaamheid. Standaard 4." values={p.values} errors={p.errors} />
        <button type="submit" class="button">Schema opslaan</button>
      </form>
    </Layout>
  );
}
