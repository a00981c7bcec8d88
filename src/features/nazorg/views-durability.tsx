// Durability figures: aggregates only. A server-rendered SVG chart and a
// table with the same numbers, and the same numbers as CSV.
import { cameAbout, contractKinds, instruments } from '../../db/nazorg/labels.ts';
import { dimensions, MIN_CELL, type Dimension, type DurabilityRow } from '../../db/nazorg/durability.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { SelectField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import { barChart } from '../../web/chart.ts';
import { formatDay } from '../personen/views.tsx';

const MONTHS = [3, 6, 12, 24];

export function valueLabel(dimension: Dimension, value: string): string {
  const maps: Partial<Record<Dimension, Record<string, string>>> = {
    contract: contractKinds,
    ontstaan: cameAbout,
    instrument: { ...instruments, geen: 'Geen instrument' },
    nazorg: { ja: 'Ja', nee: 'Nee' },
    totaal: { alle: 'Alle plaatsingen' },
  };
  return maps[dimension]?.[value] ?? value;
}

export const pct = (s: number | null) => (s === null ? '–' : `${Math.round(s * 100)}%`);
const careersText = (n: number) => (n < MIN_CELL ? `minder dan ${MIN_CELL}` : String(n));
const atRiskText = (n: number) => (n < MIN_CELL ? `<${MIN_CELL}` : String(n));

/** The monitor's server-side Vega chart (src/web/chart.ts): per group one bar per point in time; suppressed points get no bar. */
export async function durabilityChart(rows: DurabilityRow[], dimension: Dimension): Promise<string | null> {
  const data = rows
    .filter((r) => r.dimension === dimension && r.points)
    .flatMap((r) => r.points!.filter((p) => p.survival !== null).map((p) => ({ category: valueLabel(r.dimension, r.value), series: `Na ${p.months} maanden`, value: Math.round(p.survival! * 100) })));
  if (!data.length) return null;
  return barChart(data, {
    label: `Grafiek: aandeel nog aan het werk per ${dimensions[dimension].toLowerCase()}, na 3, 6, 12 en 24 maanden. De getallen staan in de tabel bij deze grafiek.`,
    valueTitle: 'Procent nog aan het werk',
    // Four colours with at least 3:1 contrast against white (WCAG 1.4.11).
    colors: ['#1d4f91', '#8a4b08', '#1f6f43', '#6b3fa0'],
  });
}

export function DurabilityPage({ user, csrfToken, rows, dimension, today, gapWeeks, chart }: { user: SessionUser; csrfToken: string; rows: DurabilityRow[]; dimension: Dimension; today: string; gapWeeks: number; chart: string | null }) {
  const selected = rows.filter((r) => r.dimension === dimension);
  const total = rows.find((r) => r.dimension === 'totaal');
  return (
    <Layout title="Duurzaamheid van plaatsingen" path="/nazorg/duurzaamheid" user={user} csrfToken={csrfToken}>
      <h1>Duurzaamheid van plaatsingen</h1>
      {user.role !== 'beleidsmedewerker' ? <p><a href="/nazorg">Terug naar de nazorglijst</a></p> : null}
      <p>Hoeveel mensen zijn na 3, 6, 12 en 24 maanden nog aan het werk? Wie binnen {gapWeeks} weken naar een andere baan gaat, telt als doorlopend aan het werk. Mensen die nog niet zo lang werken, tellen mee tot vandaag (een overlevingscurve volgens Kaplan–Meier). Stand op {formatDay(today)}.</p>
      <p>Alleen totalen, geen namen. Groepen met minder dan {MIN_CELL} mensen tonen we niet.</p>
      <form method="get" action="/nazorg/duurzaamheid" class="search-form">
        <div class="row">
          <SelectField name="indeling" label="Verdeeld naar" options={Object.entries(dimensions).map(([code, name]) => ({ code, name }))} value={dimension} errors={[]} />
          <button type="submit">Tonen</button>
        </div>
      </form>
      <p>
        <a href={`/nazorg/duurzaamheid.csv?indeling=${dimension}`}>Download deze cijfers als CSV</a>
      </p>
      {total ? <p role="status">{careersText(total.careers)} loopbanen in de cijfers.</p> : <p role="status">Nog geen plaatsingen.</p>}
      {chart ? (
        <figure class="monitor-figure">
          <div class="chart" dangerouslySetInnerHTML={{ __html: chart }} />
          <figcaption>Aandeel dat nog aan het werk is, ook als iemand binnen {gapWeeks} weken naar een andere baan ging. Geen balk: te weinig mensen om te tonen. De tabel hieronder heeft dezelfde cijfers.</figcaption>
        </figure>
      ) : null}
      {selected.length ? (
        <DataTable caption={`Nog aan het werk per ${dimensions[dimension].toLowerCase()}`} columns={[dimensions[dimension], 'Loopbanen', ...MONTHS.flatMap((m) => [`Na ${m} maanden`, `Nog gevolgd na ${m} maanden`])]}>
          {selected.map((r) => (
            <tr>
              <td>{valueLabel(r.dimension, r.value)}</td>
              <td>{careersText(r.careers)}</td>
              {MONTHS.flatMap((m) => {
                const p = r.points?.find((x) => x.months === m);
                return [<td>{pct(p?.survival ?? null)}</td>, <td>{p ? atRiskText(p.atRisk) : '–'}</td>];
              })}
            </tr>
          ))}
        </DataTable>
      ) : null}
    </Layout>
  );
}

function csvCell(v: string): string {
  return /[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The same numbers as the table, for every breakdown or one. Suppressed cells stay empty. */
export function durabilityCsv(rows: DurabilityRow[]): string {
  const header = ['indeling', 'groep', 'loopbanen', ...MONTHS.flatMap((m) => [`aan_het_werk_${m}_maanden_procent`, `gevolgd_${m}_maanden`])];
  const lines = rows.map((r) => [
    r.dimension,
    valueLabel(r.dimension, r.value),
    r.careers < MIN_CELL ? `<${MIN_CELL}` : String(r.careers),
    ...MONTHS.flatMap((m) => {
      const p = r.points?.find((x) => x.months === m);
      return [p?.survival == null ? '' : (p.survival * 100).toFixed(1), p ? (p.atRisk < MIN_CELL ? `<${MIN_CELL}` : String(p.atRisk)) : ''];
    }),
  ]);
  return [header, ...lines].map((l) => l.map(csvCell).join(',')).join('\n') + '\n';
}
