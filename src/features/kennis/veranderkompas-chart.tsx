// The marks and the progress of actions, together: counts in a table, with a
// small server-rendered bar per row (inline SVG, no JavaScript). The numbers
// in the table are the text alternative; the bars are decoration for sighted
// readers and hidden from assistive technology.
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
import type { Action, Meeting, TrajectoryState } from '../../db/veranderkompas.ts';

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

const markColours: Record<MarkValue, string> = { kansrijk: '#1f6f43', aanwezig: '#1d4f91', 'niet-relevant': '#6b6b6b' };
const statusColours: Record<ActionStatus, string> = { open: '#8a4b08', bezig: '#1d4f91', klaar: '#1f6f43' };

/** A horizontal stacked bar; hidden from assistive technology (the table has the numbers). */
function Bar({ parts, scale }: { parts: Array<{ value: number; colour: string }>; scale: number }) {
  const width = 160;
  let x = 0;
  return (
    <svg class="vk-bar" width={width} height="16" viewBox={`0 0 ${width} 16`} aria-hidden="true" focusable="false">
      <rect x="0" y="0" width={width} height="16" fill="#ffffff" stroke="#6b6b6b" stroke-width="1" />
      {parts.map((p) => {
        const w = scale > 0 ? (p.value / scale) * width : 0;
        const rect = <rect x={x} y="0" width={w} height="16" fill={p.colour} />;
        x += w;
        return rect;
      })}
    </svg>
  );
}

export function Legend({ lang = 'nl' }: { lang?: Language }) {
  return (
    <p class="hint">
      In de balk: {markValues.map((m, i) => `${i ? ', ' : ''}${m === 'kansrijk' ? 'groen' : m === 'aanwezig' ? 'blauw' : 'grijs'} = ${markLabels[m][lang].toLowerCase()}`).join('')}.
    </p>
  );
}

/** Counts of the marks per steering factor and solution direction, with a bar per row. */
export function MarkTable({ items, counts, participants, caption, lang, id }: { items: MarkableItem[]; counts: Map<string, Counts>; participants: number; caption: string; lang: Language; id?: string }) {
  return (
    <table class="vk-marks" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Stuurfactor of oplossingsrichting</th>
          {markValues.map((m) => (
            <th scope="col">{markLabels[m].nl}</th>
          ))}
          <th scope="col">
            <span aria-hidden="true">Verdeling</span>
            <span class="visually-hidden">Balk (de getallen staan in de kolommen ervoor)</span>
          </th>
        </tr>
      </thead>
      <tbody>
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
              <td>
                <Bar parts={markValues.map((m) => ({ value: c[m], colour: markColours[m] }))} scale={Math.max(participants, c.kansrijk + c.aanwezig + c['niet-relevant'], 1)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
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

export function ProgressTable({ state, formatDay }: { state: TrajectoryState; formatDay: (iso: string) => string }) {
  const rows = progressRows(state);
  if (rows.length === 0 || state.actions.length === 0) return <p>Er zijn nog geen acties, dus nog geen voortgang.</p>;
  const max = Math.max(1, ...rows.map((r) => r.counts.open + r.counts.bezig + r.counts.klaar));
  return (
    <>
      <p class="hint">In de balk: bruin = open, blauw = bezig, groen = klaar.</p>
      <table class="vk-progress">
        <caption>Acties per status, bij elke bijeenkomst</caption>
        <thead>
          <tr>
            <th scope="col">Bijeenkomst</th>
            {actionStatuses.map((s) => (
              <th scope="col">{actionStatusLabels[s].nl}</th>
            ))}
            <th scope="col">
              <span aria-hidden="true">Verdeling</span>
              <span class="visually-hidden">Balk (de getallen staan in de kolommen ervoor)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {formatDay(r.meeting.date)}
                {r.meeting.title ? `: ${r.meeting.title}` : ''}
              </th>
              {actionStatuses.map((s) => (
                <td>{r.counts[s]}</td>
              ))}
              <td>
                <Bar parts={actionStatuses.map((s) => ({ value: r.counts[s], colour: statusColours[s] }))} scale={max} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
