// The marks and the progress of actions: a stacked bar chart drawn on the
// server with Vega (src/web/chart.ts, the same approach as the monitor), with
// the same numbers in a table next to it. The chart is one image with a label
// that points to the table; the table carries the facts for everyone.
import {
  actionStatusLabels,
  actionStatuses,
  markLabels,
  markValues,
  type ActionStatus,
  type Language,
  type MarkValue,
  type MarkableItem,
} from '../../content/kennis/veranderkompas.ts';
import type { Action, Meeting, TrajectoryState } from '../../db/veranderkompas/trajectories.ts';
import { stackedBarChart } from '../../web/chart.ts';
import { DataTable } from '../../web/components/index.ts';

export type Counts = Record<MarkValue, number>;

const emptyCounts = (): Counts => ({ kansrijk: 0, aanwezig: 0, 'niet-relevant': 0 });

/** Counts per item for one meeting. */
export function countsForMeeting(state: TrajectoryState, meetingId: string): Map<string, Counts> {
  const map = new Map<string, Counts>();
  for (const c of state.markCounts) {
    if (c.meetingId !== meetingId) continue;
    const counts = map.get(c.itemId) ?? emptyCounts();
    counts[c.mark] += c.n;
    map.set(c.itemId, counts);
  }
  return map;
}

/** The status an action had at a meeting, or null when it did not exist yet. */
export function statusAt(action: Action, meeting: Meeting, meetings: Meeting[]): ActionStatus | null {
  const created = meetings.find((m) => m.id === action.meetingId);
  if (!created || created.date > meeting.date) return null;
  const known = action.history.filter((h) => h.meetingDate <= meeting.date);
  return known.at(-1)?.status ?? 'open';
}

// Colours with at least 3:1 contrast against white (WCAG 1.4.11).
const markColours: Record<MarkValue, string> = { kansrijk: '#1f6f43', aanwezig: '#1d4f91', 'niet-relevant': '#6b6b6b' };
const statusColours: Record<ActionStatus, string> = { open: '#8a4b08', bezig: '#1d4f91', klaar: '#1f6f43' };

/** The SVG of the marks per item (one stacked bar per item). */
export async function markChart(items: MarkableItem[], counts: Map<string, Counts>, lang: Language, caption: string): Promise<string> {
  const data = items.flatMap((item) => markValues.map((m) => ({ category: `${item.id} ${item.title[lang]}`, series: markLabels[m].nl, value: (counts.get(item.id) ?? emptyCounts())[m] })));
  return stackedBarChart(data, {
    label: `Grafiek: ${caption}. De getallen staan in de tabel onder de grafiek.`,
    valueTitle: 'Aantal deelnemers',
    series: markValues.map((m) => markLabels[m].nl),
    colours: markValues.map((m) => markColours[m]),
  });
}

/** The SVG of actions per status at each meeting, or null when there is nothing to draw. */
export async function progressChart(state: TrajectoryState, formatDay: (iso: string) => string): Promise<string | null> {
  const rows = progressRows(state);
  if (rows.length === 0 || state.actions.length === 0) return null;
  const data = rows.flatMap((r) => actionStatuses.map((s) => ({ category: `${formatDay(r.meeting.date)}${r.meeting.title ? `: ${r.meeting.title}` : ''}`, series: actionStatusLabels[s].nl, value: r.counts[s] })));
  return stackedBarChart(data, {
    label: 'Grafiek: acties per status, bij elke bijeenkomst. De getallen staan in de tabel onder de grafiek.',
    valueTitle: 'Aantal acties',
    series: actionStatuses.map((s) => actionStatusLabels[s].nl),
    colours: actionStatuses.map((s) => statusColours[s]),
  });
}

/** A chart rendered by src/web/chart.ts (SVG we made ourselves, escaped there). */
export function Chart({ svg }: { svg: string | null | undefined }) {
  return svg ? <div class="chart vk-chart" dangerouslySetInnerHTML={{ __html: svg }} /> : null;
}

/** Counts of the marks per steering factor and solution direction, with a bar per row. */
export function MarkTable({ items, counts, caption, lang, id, svg }: { items: MarkableItem[]; counts: Map<string, Counts>; caption: string; lang: Language; id?: string; svg?: string | null }) {
  return (
    <>
    <Chart svg={svg} />
    {/* Wide at 320 px: the kit's table scrolls in its own focusable region (WCAG 1.4.10 allows data tables to). */}
    <DataTable caption={caption} captionVisible id={id} tableClass="vk-marks" columns={['Stuurfactor of oplossingsrichting', ...markValues.map((m) => markLabels[m].nl)]}>
        {items.map((item) => {
          const c = counts.get(item.id) ?? emptyCounts();
          return (
            <tr>
              <th scope="row" lang={lang === 'en' ? 'en' : undefined}>
                {item.kind === 'factor' ? <strong>{item.title[lang]}</strong> : <span>{item.title[lang]}</span>}
                <span class="hint"> ({item.id})</span>
              </th>
              {markValues.map((m) => (
                <td>{c[m]}</td>
              ))}
            </tr>
          );
        })}
    </DataTable>
    </>
  );
}

/** The items marked "kansrijk" most often in a meeting (at least once), best first. */
export function topPromising(items: MarkableItem[], counts: Map<string, Counts>, limit = 5): Array<{ item: MarkableItem; n: number }> {
  return items
    .map((item) => ({ item, n: counts.get(item.id)?.kansrijk ?? 0 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, limit);
}

/** Actions per status at each meeting: the progress over time. */
export function progressRows(state: TrajectoryState): Array<{ meeting: Meeting; counts: Record<ActionStatus, number> }> {
  return state.meetings.map((meeting) => {
    const counts: Record<ActionStatus, number> = { open: 0, bezig: 0, klaar: 0 };
    for (const action of state.actions) {
      const s = statusAt(action, meeting, state.meetings);
      if (s) counts[s]++;
    }
    return { meeting, counts };
  });
}

export function ProgressTable({ state, formatDay, svg }: { state: TrajectoryState; formatDay: (iso: string) => string; svg?: string | null }) {
  const rows = progressRows(state);
  if (rows.length === 0 || state.actions.length === 0) return <p>Er zijn nog geen acties, dus nog geen voortgang.</p>;
  return (
    <>
      <Chart svg={svg} />
      <DataTable caption="Acties per status, bij elke bijeenkomst" captionVisible tableClass="vk-progress" columns={['Bijeenkomst', ...actionStatuses.map((s) => actionStatusLabels[s].nl)]}>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {formatDay(r.meeting.date)}
                {r.meeting.title ? `: ${r.meeting.title}` : ''}
              </th>
              {actionStatuses.map((s) => (
                <td>{r.counts[s]}</td>
              ))}
            </tr>
          ))}
      </DataTable>
    </>
  );
}
