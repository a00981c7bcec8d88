// Exports of the protected figures: CSV per table, the open-data CSV (every
// table, long format) and the PDF report. Hidden counts stay hidden ("<5" is
// not written either: an empty cell with the status says it was suppressed).
import { nationalEstimateNote } from '../../content/monitor/definitions.ts';
import { renderPdf, type PdfSection } from '../../web/pdf.ts';
import type { ProtectedCell } from '../../domain/sdc/index.ts';
import type { Monitor } from './service.ts';

const csvField = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // Quote always; a leading = + - @ is neutralised so spreadsheets do not run it as a formula.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
const line = (fields: Array<string | number | null>) => fields.map(csvField).join(',');
const status = (c: ProtectedCell) => (c.shown === null ? 'verborgen' : 'getoond');

/** One table as CSV, or null when the monitor has no such table. */
export function tableCsv(m: Monitor, tableKey: string): string | null {
  for (const f of m.figures) {
    const t = f.tables.find((x) => `${f.key}-${x.key}` === tableKey);
    if (!t) continue;
    const lines = [line([t.header, m.current.label, `status ${m.current.label}`, m.previous.label, `status ${m.previous.label}`])];
    for (const r of t.rows) lines.push(line([r.label, r.cur.shown, status(r.cur), r.prev.shown, status(r.prev)]));
    if (t.total) lines.push(line(['Totaal', t.total.cur.shown, status(t.total.cur), t.total.prev.shown, status(t.total.prev)]));
    return `${lines.join('\r\n')}\r\n`;
  }
  return null;
}

/** Every table of the monitor, one count per line, for publication as open data. */
export function openDataCsv(m: Monitor): string {
  const lines = [line(['gebied', 'periode_van', 'periode_tot', 'cijfer', 'definitie_versie', 'tabel', 'categorie', 'aantal', 'status', 'minimum', 'afgerond_op'])];
  for (const f of m.figures) {
    for (const t of f.tables) {
      for (const [period, pick] of [[m.current, 'cur'], [m.previous, 'prev']] as const) {
        const rows = [...t.rows.map((r) => ({ label: r.label, cell: r[pick] })), ...(t.total ? [{ label: 'Totaal', cell: t.total[pick] }] : [])];
        for (const r of rows) {
          lines.push(line([m.scope.name, period.from, period.to, f.key, f.definition.version, t.key, r.label, r.cell.shown, status(r.cell), m.minimum, m.choice.afronden ? 5 : 1]));
        }
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

const shown = (c: ProtectedCell) => (c.shown === null ? 'verborgen' : String(c.shown));

export function reportPdf(m: Monitor): Promise<Buffer> {
  const sections: PdfSection[] = m.figures.map((f) => ({
    heading: f.title,
    paragraphs: [
      `Wat telt dit: ${f.definition.text} (definitie versie ${f.definition.version}, sinds ${f.definition.validFrom})`,
      ...f.tables.flatMap((t) => [
        `${t.caption} (${m.current.label}; ${m.previous.label}):`,
        ...t.rows.map((r) => `${r.label}: ${shown(r.cur)}; ${shown(r.prev)}`),
        ...(t.total ? [`Totaal: ${shown(t.total.cur)}; ${shown(t.total.prev)}`] : []),
      ]),
      ...f.stats.map((s) => `${s.label}: mediaan ${s.cur.median ?? 'verborgen'}, 90e percentiel ${s.cur.p90 ?? 'verborgen'} (vorige periode: ${s.prev.median ?? 'verborgen'}, ${s.prev.p90 ?? 'verborgen'})`),
    ],
  }));
  return renderPdf(
    `Monitor ${m.scope.name}: ${m.current.label}`,
    `${nationalEstimateNote} Aantallen kleiner dan ${m.minimum} zijn verborgen, en soms ook een ander aantal, zodat niemand een verborgen aantal kan uitrekenen. Vergeleken met ${m.previous.label}.`,
    sections,
  );
}
