// The monitor page: aggregates only. No link on this page leads to a person.
import { nationalEstimateNote } from '../../content/monitor/definitions.ts';
import { periodKinds } from '../../domain/monitor/period.ts';
import type { ProtectedCell } from '../../domain/sdc/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import type { Figure, FigureTable, Stat } from './figures.ts';
import { queryString, type Choice, type Monitor } from './service.ts';

const Cell = ({ c }: { c: ProtectedCell }) => (c.shown === null ? <td><abbr title="Verborgen: te klein aantal, of nodig om een klein aantal te beschermen">·</abbr><span class="visually-hidden"> verborgen</span></td> : <td>{c.shown}</td>);

function Table({ t, m, figureKey }: { t: FigureTable; m: Monitor; figureKey: string }) {
  return (
    <>
      <DataTable caption={`${t.caption}: ${m.current.label} en ${m.previous.label}`} columns={[t.header, m.current.label, m.previous.label]}>
        {t.rows.map((r) => (
          <tr>
            <th scope="row">{r.label}</th>
            <Cell c={r.cur} />
            <Cell c={r.prev} />
          </tr>
        ))}
        {t.total ? (
          <tr>
            <th scope="row">Totaal</th>
            <Cell c={t.total.cur} />
            <Cell c={t.total.prev} />
          </tr>
        ) : null}
      </DataTable>
      <p>
        <a href={`/monitor/csv/${figureKey}-${t.key}?${queryString(m.choice)}`} download>
          Download deze tabel als CSV<span class="visually-hidden">: {t.caption}</span>
        </a>
      </p>
    </>
  );
}

const days = (v: number | null) => (v === null ? 'verborgen' : `${String(v).replace('.', ',')} dagen`);

function Stats({ stats, m }: { stats: Stat[]; m: Monitor }) {
  if (stats.length === 0) return null;
  return (
    <DataTable caption="Tijd tussen de stappen" columns={['Tijd', `Mediaan ${m.current.label}`, `90e percentiel ${m.current.label}`, `Mediaan ${m.previous.label}`, `90e percentiel ${m.previous.label}`]}>
      {stats.map((s) => (
        <tr>
          <th scope="row">{s.label}</th>
          <td>{days(s.cur.median)}</td>
          <td>{days(s.cur.p90)}</td>
          <td>{days(s.prev.median)}</td>
          <td>{days(s.prev.p90)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function FigureSection({ f, m, svg }: { f: Figure; m: Monitor; svg: string | undefined }) {
  const [first, ...rest] = f.tables;
  return (
    <section id={f.key} aria-labelledby={`${f.key}-kop`}>
      <h2 id={`${f.key}-kop`}>{f.title}</h2>
      <p class="hint">
        Wat telt dit: {f.definition.text} (versie {f.definition.version}, sinds {f.definition.validFrom})
      </p>
      {first ? (
        <figure class="monitor-figure">
          {svg ? <div class="chart" dangerouslySetInnerHTML={{ __html: svg }} /> : <p>Geen aantallen om te tekenen in deze periode.</p>}
          <figcaption>{first.caption}</figcaption>
          <details>
            <summary>Tabel bij deze grafiek: {first.caption.toLowerCase()}</summary>
            <Table t={first} m={m} figureKey={f.key} />
          </details>
        </figure>
      ) : null}
      {rest.map((t) => (
        <>
          <h3>{t.caption}</h3>
          <Table t={t} m={m} figureKey={f.key} />
        </>
      ))}
      <Stats stats={f.stats} m={m} />
    </section>
  );
}

export function ChoiceForm({ choice, errors }: { choice: Choice; errors: FieldError[] }) {
  const values = { datum: choice.datum, van: choice.van, tot: choice.tot };
  return (
    <form method="get" action="/monitor" class="search-form" novalidate>
      <SelectField name="niveau" label="Gebied" value={choice.niveau} errors={errors} options={[{ code: 'gemeente', name: 'Mijn gemeente' }, { code: 'regio', name: 'Mijn arbeidsmarktregio' }]} />
      <SelectField name="periode" label="Soort periode" value={choice.periode} errors={errors} options={Object.entries(periodKinds).map(([code, name]) => ({ code, name }))} />
      <TextField name="datum" label="Een dag in de periode (JJJJ-MM-DD)" hint="Bij maand, kwartaal of jaar: de periode waar deze dag in valt." values={values} errors={errors} />
      <TextField name="van" label="Van (JJJJ-MM-DD), bij zelf kiezen" values={values} errors={errors} />
      <TextField name="tot" label="Tot en met (JJJJ-MM-DD), bij zelf kiezen" values={values} errors={errors} />
      <Choices kind="checkbox" name="afronden" legend="Afronden" options={[{ code: 'ja', name: 'Rond getoonde aantallen af op 5' }]} checked={choice.afronden ? ['ja'] : []} errors={errors} />
      <button type="submit">Tonen</button>
    </form>
  );
}

/** The figures a policy maker looks for first: the protected totals of a few sections. */
function keyFigures(m: Monitor): Array<{ label: string; href: string; cur: ProtectedCell; prev: ProtectedCell }> {
  const total = (fk: string, label: string) => {
    const t = m.figures.find((f) => f.key === fk)?.tables[0];
    return t?.total ? [{ label, href: `#${fk}`, cur: t.total.cur, prev: t.total.prev }] : [];
  };
  const step = (fk: string, rk: string, label: string) => {
    const r = m.figures.find((f) => f.key === fk)?.tables[0]?.rows.find((x) => x.key === rk);
    return r ? [{ label, href: `#${fk}`, cur: r.cur, prev: r.prev }] : [];
  };
  return [
    ...total('instroom', 'In beeld gekomen'),
    ...total('bestand', 'In beeld op de laatste dag'),
    ...step('trechter', 'plan', 'Nieuw in beeld en nu een plan met een doel'),
    ...total('werk', 'Aan het werk gegaan (plaatsingen)'),
    ...total('doorverwijzingen', 'Doorverwijzingen verstuurd'),
  ];
}

function KeyFigures({ m }: { m: Monitor }) {
  return (
    <section aria-labelledby="kerncijfers-kop">
      <h2 id="kerncijfers-kop">Kerncijfers</h2>
      <DataTable caption={`Kerncijfers: ${m.current.label} en ${m.previous.label}`} columns={['Cijfer', m.current.label, m.previous.label]}>
        {keyFigures(m).map((k) => (
          <tr>
            <th scope="row"><a href={k.href}>{k.label}</a></th>
            <Cell c={k.cur} />
            <Cell c={k.prev} />
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export function MonitorPage(props: { user: SessionUser; csrfToken: string; monitor: Monitor | null; charts: Map<string, string>; choice: Choice; errors: FieldError[] }) {
  const m = props.monitor;
  return (
    <Layout title="Monitor" path="/monitor" user={props.user} csrfToken={props.csrfToken}>
      <h1>Monitor{m ? `: ${m.scope.name}` : ''}</h1>
      <ErrorSummary errors={props.errors} />
      {m ? (
        <>
          <p role="status">
            Periode: {m.current.label} ({m.current.from} tot en met {m.current.to}), vergeleken met {m.previous.label}. <a href="#periode-kiezen">Kies een andere periode of een ander gebied</a>.
          </p>
          <KeyFigures m={m} />
          <p>
            Aantallen zonder namen. Geen cijfer op deze pagina leidt naar een persoon. Aantallen kleiner dan {m.minimum} zijn verborgen (·), en soms ook een ander aantal, zodat niemand een verborgen aantal kan uitrekenen.
          </p>
        </>
      ) : null}
      <p class="notice">{nationalEstimateNote}</p>
      <section id="periode-kiezen" aria-labelledby="periode-kiezen-kop">
        <h2 id="periode-kiezen-kop">Periode en gebied</h2>
        <ChoiceForm choice={props.choice} errors={props.errors} />
      </section>
      {m ? (
        <>
          <ul>
            <li><a href={`/monitor/rapport.pdf?${queryString(m.choice)}`} download>Download de hele monitor als PDF</a></li>
            <li><a href={`/monitor/open-data.csv?${queryString(m.choice)}`} download>Download alle tabellen als open data (CSV)</a></li>
            <li><a href="/monitor/businesscase">Businesscase: wat kost het en wat levert het op</a></li>
            {props.user.role === 'teamleider' ? <li><a href="/monitor/srg">Levering aan het CBS: re-integratievoorzieningen (SRG)</a></li> : null}
          </ul>
          <nav aria-label="Onderdelen van de monitor">
            <ul>
              {m.figures.map((f) => (
                <li><a href={`#${f.key}`}>{f.title}</a></li>
              ))}
            </ul>
          </nav>
          {m.figures.map((f) => (
            <FigureSection f={f} m={m} svg={props.charts.get(f.key)} />
          ))}
        </>
      ) : props.errors.length ? null : (
        <p>Je account hoort niet bij een gemeente. De monitor toont alleen cijfers van een gemeente of arbeidsmarktregio.</p>
      )}
    </Layout>
  );
}
