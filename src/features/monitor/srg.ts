// The SRG file (Statistiek Re-integratie door Gemeenten) for one verslagmaand:
// every voorziening on a placement that runs for at least one day in the
// month, one line each, following src/content/monitor/srg.ts. Pure: the
// placements come in, lines and the reasons for leaving some out go out.
import { srgFields, srgTypes, type SrgLeftOutReason } from '../../content/monitor/srg.ts';
import { isValidBsn } from '../../domain/bsn.ts';

export interface SrgPlacement {
  placementId: string;
  bsn: string | null;
  gemeenteCode: string;
  startDate: string;
  endDate: string | null;
  contractKind: string;
  contractEnd: string | null;
  instruments: string[];
  lksDecisionEnd: string | null;
  jobcoachEnd: string | null;
}

export interface SrgLine {
  /** Not in the file: which placement the line comes from (for the processing log). */
  placementId: string;
  gemeentecode: string;
  verslagmaand: string;
  bsn: string;
  typeCode: string;
  typeLabel: string;
  kenmerk: string;
  begin: string;
  einde: string;
}

export interface SrgMonth {
  /** JJJJ-MM */
  month: string;
  first: string;
  last: string;
}

export interface SrgResult {
  lines: SrgLine[];
  /** Voorzieningen left out, per reason. */
  leftOut: Record<SrgLeftOutReason, number>;
  /** Persons left out, per reason. */
  personsLeftOut: Record<SrgLeftOutReason, number>;
  /** Lines whose CBS code the gemeente must fill in, per voorziening. */
  withoutCode: Record<string, number>;
}

/** A month as JJJJ-MM, or null when it is not one (or later than the month of `today`). */
export function srgMonth(input: string, today: string): SrgMonth | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(input);
  if (!m || input > today.slice(0, 7)) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
  return { month: input, first: `${input}-01`, last };
}

/** The month before the month of `today`: the usual month to deliver. */
export function previousMonth(today: string): string {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

const earliest = (...days: Array<string | null>) => days.filter((d): d is string => d !== null).sort()[0] ?? null;

/** The voorzieningen on one placement, each with its own start and end. */
export function voorzieningen(p: SrgPlacement): Array<{ key: string; begin: string; end: string | null }> {
  const out: Array<{ key: string; begin: string; end: string | null }> = [];
  for (const i of p.instruments) {
    if (!(i in srgTypes)) continue; // no-riskpolis: UWV's, not the gemeente's
    const end = i === 'loonkostensubsidie' ? earliest(p.endDate, p.lksDecisionEnd) : i === 'jobcoach' ? earliest(p.endDate, p.jobcoachEnd) : p.endDate;
    out.push({ key: i, begin: p.startDate, end });
  }
  if (p.contractKind === 'proefplaatsing') out.push({ key: 'proefplaatsing', begin: p.startDate, end: earliest(p.endDate, p.contractEnd) });
  if (p.contractKind === 'beschut-werk') out.push({ key: 'beschut-werk', begin: p.startDate, end: p.endDate });
  return out;
}

const compact = (day: string) => day.replaceAll('-', '');

export function srgFile(placements: SrgPlacement[], month: SrgMonth): SrgResult {
  const lines: SrgLine[] = [];
  const leftOut: Record<SrgLeftOutReason, number> = { 'geen-bsn': 0, 'bsn-ongeldig': 0 };
  const personsLeftOut: Record<SrgLeftOutReason, number> = { 'geen-bsn': 0, 'bsn-ongeldig': 0 };
  const seen = new Map<string, SrgLeftOutReason>();
  const withoutCode: Record<string, number> = {};
  for (const p of placements) {
    const running = voorzieningen(p).filter((v) => v.begin <= month.last && (v.end === null || v.end >= month.first));
    if (running.length === 0) continue;
    const bsn = p.bsn?.trim() ?? '';
    const reason: SrgLeftOutReason | null = bsn === '' ? 'geen-bsn' : isValidBsn(bsn) ? null : 'bsn-ongeldig';
    if (reason) {
      leftOut[reason] += running.length;
      // A person counts once, under the reason of their first placement.
      const key = `${reason}:${bsn || p.placementId}`;
      if (!seen.has(key)) { seen.set(key, reason); personsLeftOut[reason]++; }
      continue;
    }
    for (const v of running) {
      const type = srgTypes[v.key]!;
      if (type.code === null) withoutCode[type.label] = (withoutCode[type.label] ?? 0) + 1;
      lines.push({
        placementId: p.placementId,
        gemeentecode: p.gemeenteCode.replace(/^GM/, ''),
        verslagmaand: month.month.replace('-', ''),
        bsn,
        typeCode: type.code ?? '',
        typeLabel: type.label,
        kenmerk: `${p.placementId}-${v.key}`,
        begin: compact(v.begin),
        einde: v.end !== null && v.end <= month.last ? compact(v.end) : '',
      });
    }
  }
  return { lines, leftOut, personsLeftOut, withoutCode };
}

const lineFields = (l: SrgLine) => [l.gemeentecode, l.verslagmaand, l.bsn, l.typeCode, l.typeLabel, l.kenmerk, l.begin, l.einde];

/** Every field of every line against the guideline's field rules; the messages say what is wrong. */
export function checkLines(lines: SrgLine[]): string[] {
  const problems: string[] = [];
  lines.forEach((l, n) => {
    lineFields(l).forEach((v, i) => {
      const f = srgFields[i]!;
      if ((f.required && v === '') || !f.rule.test(v)) problems.push(`Regel ${n + 1}, ${f.name}: waarde voldoet niet aan de regel (${f.explanation})`);
    });
    if (!isValidBsn(l.bsn)) problems.push(`Regel ${n + 1}, BSN: voldoet niet aan de elfproef.`);
    if (l.einde !== '' && l.einde < l.begin) problems.push(`Regel ${n + 1}: datum einde ligt vóór datum begin.`);
    if (l.begin.slice(0, 6) > l.verslagmaand) problems.push(`Regel ${n + 1}: de voorziening begint na de verslagmaand.`);
  });
  return problems;
}

/** Semicolon-separated, no quotes needed: every field is digits, codes or a fixed label. */
export function srgCsv(lines: SrgLine[]): string {
  const rows = [srgFields.map((f) => f.name), ...lines.map(lineFields)];
  return `${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
}
