// Server-rendered charts: Vega-Lite specs compiled with vega-lite and drawn
// by vega's SVG renderer in Node (no canvas, no browser, no network). The
// SVG is one image for assistive technology: role="img" with a title and an
// aria-label; the numbers are in a table next to it. Vega's own ARIA roles
// and any style attribute are stripped: the first would nest roles inside an
// image, the second is blocked by our Content-Security-Policy (no
// unsafe-inline); presentation attributes such as fill are not affected.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface BarDatum {
  category: string;
  series: string;
  value: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Makes vega's SVG one accessible image that passes the CSP. */
export function accessibleSvg(svg: string, label: string): string {
  const cleaned = svg
    .replace(/\s(?:role|aria-[a-z]+|style)="[^"]*"/g, '')
    .replace(/<svg /, `<svg role="img" aria-label="${escapeXml(label)}" focusable="false" `);
  return cleaned.replace(/(<svg[^>]*>)/, `$1<title>${escapeXml(label)}</title>`);
}

/** Draws a Vega-Lite spec as an accessible SVG string (no canvas, no browser). */
async function renderSvg(spec: TopLevelSpec, label: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return accessibleSvg(await view.toSVG(), label);
  } finally {
    view.finalize();
  }
}

/** A horizontal grouped bar chart: one bar per category and series (for example this period and the previous one). */
export async function barChart(data: BarDatum[], options: { label: string; valueTitle: string; width?: number; colors?: string[] }): Promise<string> {
  const series = [...new Set(data.map((d) => d.series))];
  const spec: TopLevelSpec = {
    width: options.width ?? 420,
    data: { values: data },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: null, title: null, axis: { labelLimit: 220 } },
      yOffset: { field: 'series', sort: series },
      x: { field: 'value', type: 'quantitative', title: options.valueTitle, axis: { tickMinStep: 1, format: 'd' } },
      // Colours with at least 3:1 contrast against white (WCAG 1.4.11).
      color: { field: 'series', type: 'nominal', sort: series, title: null, scale: { range: options.colors ?? ['#1d4f91', '#8a4b08', '#1f6f43'] }, legend: { orient: 'bottom' } },
    },
    config: { font: 'Helvetica, Arial, sans-serif', axis: { labelFontSize: 12, titleFontSize: 12 }, legend: { labelFontSize: 12 } },
  };
  return renderSvg(spec, options.label);
}

/**
 * A horizontal stacked bar chart: one bar per category, split by series (for
 * example the marks per steering factor). `colours` follow the order of the
 * series; give colours with at least 3:1 contrast against white.
 */
export async function stackedBarChart(data: BarDatum[], options: { label: string; valueTitle: string; series: string[]; colours: string[]; width?: number }): Promise<string> {
  const spec: TopLevelSpec = {
    width: options.width ?? 420,
    data: { values: data },
    mark: { type: 'bar', tooltip: false, stroke: '#ffffff', strokeWidth: 1 },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } },
      x: { field: 'value', type: 'quantitative', stack: 'zero', title: options.valueTitle, axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'series', type: 'nominal', sort: options.series, title: null, scale: { domain: options.series, range: options.colours }, legend: { orient: 'bottom' } },
      order: { field: 'seriesOrder', type: 'quantitative' },
    },
    transform: [{ calculate: `indexof(${JSON.stringify(options.series)}, datum.series)`, as: 'seriesOrder' }],
    config: { font: 'Helvetica, Arial, sans-serif', axis: { labelFontSize: 12, titleFontSize: 12 }, legend: { labelFontSize: 12 } },
  };
  return renderSvg(spec, options.label);
}
