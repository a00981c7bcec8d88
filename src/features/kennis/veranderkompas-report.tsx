// The report of a trajectory, to share with the college or the region: HTML
// that prints well, and the same content as a PDF (src/web/pdf.ts).
import {
  actionStatusLabels,
  markLabels,
  markableItems,
  participantRoleLabels,
  questionsOf,
  steeringFactorById,
  stepByNumber,
  type Language,
  type Step,
} from '../../content/kennis/veranderkompas.ts';
import type { BottleneckItem } from '../../db/veranderkompas/bottlenecks.ts';
import type { TrajectoryState } from '../../db/veranderkompas/trajectories.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Layout } from '../../web/layout.tsx';
import type { PdfSection } from '../../web/pdf.ts';
import { formatDay } from '../personen/views.tsx';
import { MarkTable, countsForMeeting, markChart, progressRows } from './veranderkompas-chart.tsx';
import { ActionTable, TrajectoryFacts, base } from './veranderkompas-views.tsx';
import { categoryLabel } from './veranderkompas-bottlenecks.tsx';
import { DataTable } from '../../web/table.tsx';

const langAttr = (lang: Language) => (lang === 'en' ? 'en' : undefined);

function bottleneckGroups(items: BottleneckItem[]): Array<{ category: string; total: number; fresh: number }> {
  const groups = new Map<string, { total: number; fresh: number }>();
  for (const b of items) {
    const g = groups.get(b.category) ?? { total: 0, fresh: 0 };
    g.total++;
    if (b.isNew) g.fresh++;
    groups.set(b.category, g);
  }
  return [...groups].map(([category, g]) => ({ category, ...g })).sort((a, b) => b.total - a.total);
}

/** Items of a step that were marked in any meeting. */
function markedItems(state: TrajectoryState, step: Step) {
  const ids = new Set(state.markCounts.map((c) => c.itemId));
  return markableItems(step).filter((i) => ids.has(i.id));
}

/** Vega SVGs of the marks per step in the latest meeting, for the report page. */
export async function reportMarkCharts(state: TrajectoryState, lang: Language): Promise<Map<number, string>> {
  const latest = state.meetings.at(-1);
  const charts = new Map<number, string>();
  if (!latest) return charts;
  const counts = countsForMeeting(state, latest.id);
  for (const n of state.steps) {
    const items = markedItems(state, stepByNumber(n)!);
    if (items.length) charts.set(n, await markChart(items, counts, lang, `Markeringen bij stap ${n}, bijeenkomst van ${formatDay(latest.date)}`));
  }
  return charts;
}

export function ReportPage({ user, csrfToken, state, bottlenecks, today, lang, charts }: { user: SessionUser; csrfToken: string; state: TrajectoryState; bottlenecks: BottleneckItem[]; today: string; lang: Language; charts?: Map<number, string> }) {
  const latest = state.meetings.at(-1);
  const latestCounts = latest ? countsForMeeting(state, latest.id) : new Map();
  const progress = progressRows(state);
  return (
    <Layout title={`Rapport: ${state.name}`} path="/veranderkompas" user={user} csrfToken={csrfToken}>
      <p class="no-print">
        <a href={base(state.id)}>Terug naar het traject</a> · <a href={`${base(state.id)}/rapport.pdf`}>Rapport als PDF</a> ·{' '}
        {lang === 'en' ? <a href={`${base(state.id)}/rapport`}>Inhoud in het Nederlands</a> : <a href={`${base(state.id)}/rapport?taal=en`} lang="en">Content in English</a>}{' '}
        <button type="button" data-print hidden>
          Afdrukken
        </button>
      </p>
      <h1>Rapport: {state.name}</h1>
      <p>Gemaakt op {formatDay(today)} met het veranderkompas in InBeeld.</p>

      <h2>Over dit traject</h2>
      <dl class="facts">
        <TrajectoryFacts state={state} />
        <dt>Deelnemers</dt>
        <dd>
          {state.participants.map((p) => `${p.name} (${participantRoleLabels[p.role].nl.toLowerCase()}${p.isKartrekker ? ', kartrekker' : ''})`).join('; ')}
        </dd>
        <dt>Bijeenkomsten</dt>
        <dd>{state.meetings.length ? state.meetings.map((m) => `${formatDay(m.date)}${m.title ? ` (${m.title})` : ''}`).join('; ') : 'Nog geen'}</dd>
      </dl>

      {state.steps.map((n) => {
        const step = stepByNumber(n)!;
        const items = markedItems(state, step);
        const notes = state.questionNotes.filter((q) => q.step === n);
        const markNotes = state.markNotes.filter((x) => items.some((i) => i.id === x.itemId));
        return (
          <section aria-labelledby={`stap-${n}-kop`}>
            <h2 id={`stap-${n}-kop`}>
              Stap {n}: <span lang={langAttr(lang)}>{step.title[lang]}</span>
            </h2>
            <h3>Markeringen in de laatste bijeenkomst</h3>
            {latest && items.length ? (
              <>
                <MarkTable items={items} counts={latestCounts} caption={`Stap ${n}, bijeenkomst van ${formatDay(latest.date)}`} lang={lang} svg={charts?.get(n)} />
              </>
            ) : (
              <p>Bij deze stap is nog niets gemarkeerd.</p>
            )}
            {state.meetings.length > 1 && items.length ? (
              <>
                <h3>Verloop: hoe vaak kansrijk, per bijeenkomst</h3>
                <DataTable caption={`Aantal keer kansrijk per bijeenkomst, stap ${n}`} columns={['Stuurfactor of oplossingsrichting', ...state.meetings.map((m) => formatDay(m.date))]}>
                    {items.map((item) => (
                      <tr>
                        <th scope="row" lang={langAttr(lang)}>
                          {item.title[lang]}
                        </th>
                        {state.meetings.map((m) => (
                          <td>{countsForMeeting(state, m.id).get(item.id)?.kansrijk ?? 0}</td>
                        ))}
                      </tr>
                    ))}
                </DataTable>
              </>
            ) : null}
            <h3>Wat er bij de gespreksvragen is opgeschreven</h3>
            {notes.length === 0 ? (
              <p>Er zijn geen notities bij de gespreksvragen.</p>
            ) : (
              <dl>
                {questionsOf(step)
                  .filter((q) => notes.some((x) => x.questionId === q.id))
                  .map((q) => (
                    <>
                      <dt lang={langAttr(lang)}>{q.text[lang]}</dt>
                      {notes
                        .filter((x) => x.questionId === q.id)
                        .map((x) => (
                          <dd>
                            {formatDay(state.meetings.find((m) => m.id === x.meetingId)?.date ?? x.createdAt)}: {x.text}
                          </dd>
                        ))}
                    </>
                  ))}
              </dl>
            )}
            {markNotes.length ? (
              <>
                <h3>Notities bij de markeringen</h3>
                <ul>
                  {markNotes.map((x) => (
                    <li>
                      {markableItems(step).find((i) => i.id === x.itemId)?.title.nl ?? x.itemId}
                      {x.mark ? ` (${markLabels[x.mark].nl.toLowerCase()})` : ''}: {x.note}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}

      <h2>Acties</h2>
      {state.actions.length ? <ActionTable state={state} /> : <p>Er zijn geen acties afgesproken.</p>}
      {progress.length && state.actions.length ? (
        <DataTable caption="Acties per status, bij elke bijeenkomst" captionVisible columns={['Bijeenkomst', 'Open', 'Bezig', 'Klaar']}>
            {progress.map((r) => (
              <tr>
                <th scope="row">{formatDay(r.meeting.date)}</th>
                <td>{r.counts.open}</td>
                <td>{r.counts.bezig}</td>
                <td>{r.counts.klaar}</td>
              </tr>
            ))}
        </DataTable>
      ) : null}

      <h2>Knelpunten uit de praktijk</h2>
      {bottlenecks.length === 0 ? (
        <p>Er zijn geen knelpunten gemeld in deze gemeenten.</p>
      ) : (
        <DataTable caption="Gemelde knelpunten per onderwerp" columns={['Onderwerp', 'Aantal', 'Nieuw sinds de vorige bijeenkomst']}>
            {bottleneckGroups(bottlenecks).map((g) => (
              <tr>
                <th scope="row">{categoryLabel(g.category)}</th>
                <td>{g.total}</td>
                <td>{g.fresh}</td>
              </tr>
            ))}
        </DataTable>
      )}
    </Layout>
  );
}

/** The same report as PDF sections (headings and paragraphs). */
export function reportPdf(state: TrajectoryState, bottlenecks: BottleneckItem[], today: string, lang: Language): { title: string; intro: string; sections: PdfSection[] } {
  const latest = state.meetings.at(-1);
  const latestCounts = latest ? countsForMeeting(state, latest.id) : new Map();
  const sections: PdfSection[] = [
    {
      heading: 'Over dit traject',
      paragraphs: [
        `Gebied: ${state.regioName ? `arbeidsmarktregio ${state.regioName}: ` : ''}${state.gemeenten.map((g) => g.name).join(', ')}.`,
        `Stappen: ${state.steps.map((n) => `${n}. ${stepByNumber(n)?.shortTitle.nl ?? ''}`).join(', ')}.`,
        ...(state.focus ? [`Focus: ${state.focus}`] : []),
        `Deelnemers: ${state.participants.map((p) => `${p.name} (${participantRoleLabels[p.role].nl.toLowerCase()}${p.isKartrekker ? ', kartrekker' : ''})`).join('; ')}.`,
        `Bijeenkomsten: ${state.meetings.length ? state.meetings.map((m) => `${formatDay(m.date)}${m.title ? ` (${m.title})` : ''}`).join('; ') : 'nog geen'}.`,
      ],
    },
  ];
  for (const n of state.steps) {
    const step = stepByNumber(n)!;
    const items = markedItems(state, step);
    const paragraphs: string[] = [];
    if (latest && items.length) {
      paragraphs.push(`Markeringen in de bijeenkomst van ${formatDay(latest.date)}:`);
      for (const item of items) {
        const c = latestCounts.get(item.id) ?? { kansrijk: 0, aanwezig: 0, 'niet-relevant': 0 };
        const trend = state.meetings.length > 1 ? ` Kansrijk per bijeenkomst: ${state.meetings.map((m) => countsForMeeting(state, m.id).get(item.id)?.kansrijk ?? 0).join(', ')}.` : '';
        paragraphs.push(`${item.title[lang]}: ${c.kansrijk} kansrijk, ${c.aanwezig} hebben we al, ${c['niet-relevant']} niet van toepassing.${trend}`);
      }
    } else {
      paragraphs.push('Bij deze stap is nog niets gemarkeerd.');
    }
    for (const q of questionsOf(step)) {
      const notes = state.questionNotes.filter((x) => x.step === n && x.questionId === q.id);
      if (notes.length) paragraphs.push(`Vraag: ${q.text[lang]}`, ...notes.map((x) => `- ${formatDay(state.meetings.find((m) => m.id === x.meetingId)?.date ?? x.createdAt)}: ${x.text}`));
    }
    for (const x of state.markNotes.filter((m) => items.some((i) => i.id === m.itemId))) {
      paragraphs.push(`Notitie bij "${markableItems(step).find((i) => i.id === x.itemId)?.title[lang] ?? x.itemId}"${x.mark ? ` (${markLabels[x.mark].nl.toLowerCase()})` : ''}: ${x.note}`);
    }
    sections.push({ heading: `Stap ${n}: ${step.title[lang]}`, paragraphs });
  }
  sections.push({
    heading: 'Acties',
    paragraphs: state.actions.length
      ? state.actions.map(
          (a) =>
            `${a.what}. Wie: ${a.who}. Klaar op ${formatDay(a.dueDate)}. Stuurfactor: ${steeringFactorById.get(a.steeringFactorId)?.factor.title[lang] ?? a.steeringFactorId}. ` +
            `Status: ${actionStatusLabels[a.status].nl.toLowerCase()}. Verloop: ${a.history.map((h) => `${actionStatusLabels[h.status].nl.toLowerCase()} (${formatDay(h.meetingDate)})`).join(', ')}.`,
        )
      : ['Er zijn geen acties afgesproken.'],
  });
  if (state.actions.length) {
    sections.push({
      heading: 'Voortgang van de acties',
      paragraphs: progressRows(state).map((r) => `${formatDay(r.meeting.date)}: ${r.counts.open} open, ${r.counts.bezig} bezig, ${r.counts.klaar} klaar.`),
    });
  }
  sections.push({
    heading: 'Knelpunten uit de praktijk',
    paragraphs: bottlenecks.length
      ? bottleneckGroups(bottlenecks).map((g) => `${categoryLabel(g.category)}: ${g.total} gemeld, waarvan ${g.fresh} nieuw sinds de vorige bijeenkomst.`)
      : ['Er zijn geen knelpunten gemeld in deze gemeenten.'],
  });
  return {
    title: `Rapport: ${state.name}`,
    intro: `Gemaakt op ${formatDay(today)} met het veranderkompas in InBeeld. Het rapport laat zien wat de deelnemers kansrijk vonden, wat zij bespraken en welke acties zij afspraken.`,
    sections,
  };
}
