// A figure with a title, a chart and the same numbers as a table. The chart
// is decoration for those who see it; the table carries the facts for
// everyone (screen readers, print, copying).
import type { ComponentChildren } from 'preact';
import { Details } from '../details/details.tsx';

export interface ChartFrameProps {
  title: string;
  /** One line on what the figure shows and where the numbers come from. */
  description?: string;
  /** The chart itself; hidden from screen readers, the table says the same. */
  chart: ComponentChildren;
  columns: string[];
  rows: Array<Array<string | number>>;
}

export function ChartFrame({ title, description, chart, columns, rows }: ChartFrameProps) {
  return (
    <figure class="chart-frame">
      <figcaption>
        <strong>{title}</strong>
        {description ? <span class="hint"> {description}</span> : null}
      </figcaption>
      <div class="chart" aria-hidden="true">
        {chart}
      </div>
      <Details summary={`De cijfers van "${title}" als tabel`}>
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>{columns.map((c) => <th scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                {r.map((v, i) => (i === 0 ? <th scope="row">{v}</th> : <td>{typeof v === 'number' ? v.toLocaleString('nl-NL') : v}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </Details>
    </figure>
  );
}

/**
 * Horizontal bars for label/value pairs. SVG with percentage widths: the
 * Content-Security-Policy forbids inline style attributes, SVG attributes are allowed.
 */
export function BarChart({ rows }: { rows: Array<{ label: string; value: number }> }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div class="bar-chart">
      {rows.map((r) => (
        <div class="bar-row">
          <span class="bar-label">
            {r.label}: {r.value}
          </span>
          <svg class="bar" width="100%" height="20" focusable="false">
            <rect x="0" y="0" height="20" width={`${Math.round((r.value / max) * 100)}%`} />
          </svg>
        </div>
      ))}
    </div>
  );
}
