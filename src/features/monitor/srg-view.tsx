// The SRG delivery page: how many voorzieningen go into the month's file,
// how many are left out and why, and which codes the gemeente must check.
// The page shows counts only; the BSN is only in the downloaded file.
import { srgFields, srgGuideline, srgLeftOutReasons, srgTypes, type SrgLeftOutReason } from '../../content/monitor/srg.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import type { SrgResult } from './srg.ts';

export function SrgPage(props: { user: SessionUser; csrfToken: string; month: string; result: SrgResult | null; errors: FieldError[] }) {
  const r = props.result;
  const persons = r ? new Set(r.lines.map((l) => l.bsn)).size : 0;
  const reasons = Object.keys(srgLeftOutReasons) as SrgLeftOutReason[];
  return (
    <Layout title="Levering aan het CBS (SRG)" path="/monitor" user={props.user} csrfToken={props.csrfToken}>
      <h1>Levering aan het CBS: re-integratievoorzieningen (SRG)</h1>
      <p>
        Elke maand levert de gemeente de ingezette re-integratievoorzieningen aan het CBS. {srgGuideline.obligation} Dit bestand volgt de{' '}
        <a href={srgGuideline.url}>{srgGuideline.title}</a> ({srgGuideline.version}).
      </p>
      <p>In het bestand staan de voorzieningen bij plaatsingen die jouw organisatie heeft vastgelegd en die in de maand minstens één dag liepen.</p>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/monitor/srg" class="search-form" novalidate>
        <TextField name="maand" label="Verslagmaand (JJJJ-MM)" hint="Meestal de vorige maand." values={{ maand: props.month }} errors={props.errors} />
        <button type="submit">Tonen</button>
      </form>
      {r ? (
        <>
          <h2>Wat gaat mee in {props.month}</h2>
          <p role="status">
            {r.lines.length} {r.lines.length === 1 ? 'voorziening' : 'voorzieningen'} van {persons} {persons === 1 ? 'persoon' : 'personen'} gaan mee in het bestand.
          </p>
          <p>
            <a href={`/monitor/srg.csv?maand=${props.month}`} download>
              Download het bestand voor {props.month} (CSV)
            </a>
            . Het bestand bevat burgerservicenummers. Bewaar het niet langer dan nodig en lever het via de beveiligde verbinding van het CBS. Elke download staat in het verwerkingslogboek.
          </p>
          <h2>Wat niet meegaat, en waarom</h2>
          <DataTable caption={`Niet in het bestand, ${props.month}`} columns={['Reden', 'Voorzieningen', 'Personen']}>
            {reasons.map((k) => (
              <tr>
                <th scope="row">{srgLeftOutReasons[k]}</th>
                <td>{r.leftOut[k]}</td>
                <td>{r.personsLeftOut[k]}</td>
              </tr>
            ))}
          </DataTable>
          {Object.keys(r.withoutCode).length ? (
            <>
              <h2>Controleer deze codes</h2>
              <p>Voor deze voorzieningen vult InBeeld geen CBS-code in. Kies de code uit de codelijst van de richtlijn voordat je levert.</p>
              <ul>
                {Object.entries(r.withoutCode).map(([label, n]) => (
                  <li>
                    {label}: {n} {n === 1 ? 'regel' : 'regels'}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      <h2>Velden in het bestand</h2>
      <DataTable caption="Velden van het SRG-bestand" columns={['Veld', 'Verplicht', 'Uitleg']}>
        {srgFields.map((f) => (
          <tr>
            <th scope="row">{f.name}</th>
            <td>{f.required ? 'Ja' : 'Nee'}</td>
            <td>{f.explanation}</td>
          </tr>
        ))}
      </DataTable>
      <h2>Van voorziening in InBeeld naar CBS-code</h2>
      <DataTable caption="Voorzieningen en hun CBS-code" columns={['Voorziening', 'CBS-code', 'Bron']}>
        {Object.values(srgTypes).map((t) => (
          <tr>
            <th scope="row">{t.label}</th>
            <td>{t.code ?? 'zelf invullen'}</td>
            <td>{t.source}</td>
          </tr>
        ))}
      </DataTable>
      <p>Een no-riskpolis staat niet in het bestand: voor deze groep regelt UWV die, niet de gemeente. Een plan bevat een doel, geen voorziening, en gaat dus niet mee.</p>
      <p>
        <a href="/monitor">Terug naar de monitor</a>
      </p>
    </Layout>
  );
}
