// The AVG export as PDF sections: one section per table of person data
// (src/db/person-export.ts), each row as "field: value" lines, so the PDF
// holds the same as the JSON export.
import type { PersonExport } from '../../db/persons.ts';

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v)) return v.length ? v.map(value).join(', ') : '–';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function recordSections(records: PersonExport['records']): Array<{ heading: string; paragraphs: string[] }> {
  // The processing log has its own, readable section in the PDF.
  return Object.entries(records).filter(([table]) => table !== 'processing_log').map(([, { label, rows }]) => ({
    heading: label,
    paragraphs: rows.length
      ? rows.map((row, i) =>
          `${rows.length > 1 ? `${i + 1}. ` : ''}${Object.entries(row as Record<string, unknown>).map(([k, v]) => `${k}: ${value(v)}`).join('; ')}`,
        )
      : ['Niets vastgelegd.'],
  }));
}
