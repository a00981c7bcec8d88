// Reads the monitor's choices from the query string, loads every section for
// the account's gemeente or region, and draws the charts.
import type { Queryable } from '../../db/client.ts';
import { params } from '../../db/monitor/queries.ts';
import { scopeFor, type Scope } from '../../db/monitor/scope.ts';
import { freePeriod, isIsoDay, periodKinds, periodOf, previousPeriod, type Period, type PeriodKind } from '../../domain/monitor/period.ts';
import { DEFAULT_MINIMUM } from '../../domain/sdc/index.ts';
import { barChart } from '../../web/chart.ts';
import type { FieldError } from '../../web/errors.ts';
import type { Figure } from './figures.ts';
import { sections } from './sections.ts';

export interface Choice {
  periode: PeriodKind;
  datum: string;
  van: string;
  tot: string;
  niveau: 'gemeente' | 'regio';
  afronden: boolean;
}

export interface Monitor {
  scope: Scope;
  choice: Choice;
  current: Period;
  previous: Period;
  figures: Figure[];
  minimum: number;
}

const str = (v: unknown, max = 20) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

export function readChoice(query: Record<string, unknown>, today: string): { choice: Choice; errors: FieldError[]; current: Period | null; previous: Period | null } {
  const errors: FieldError[] = [];
  const periode = (str(query.periode) || 'kwartaal') as PeriodKind;
  const choice: Choice = {
    periode: periode in periodKinds ? periode : 'kwartaal',
    datum: str(query.datum) || today,
    van: str(query.van),
    tot: str(query.tot),
    niveau: str(query.niveau) === 'regio' ? 'regio' : 'gemeente',
    afronden: str(query.afronden) === 'ja',
  };
  if (!(periode in periodKinds)) errors.push({ field: 'periode', message: 'Soort periode: kies maand, kwartaal, jaar of zelf kiezen.' });
  let current: Period | null = null;
  if (choice.periode === 'vrij') {
    if (!isIsoDay(choice.van)) errors.push({ field: 'van', message: 'Van: vul een geldige datum in, bijvoorbeeld 2026-01-01.' });
    if (!isIsoDay(choice.tot)) errors.push({ field: 'tot', message: 'Tot en met: vul een geldige datum in, bijvoorbeeld 2026-06-30.' });
    if (!errors.length && choice.tot < choice.van) errors.push({ field: 'tot', message: 'Tot en met: deze datum ligt vóór de begindatum.' });
    if (!errors.length) current = freePeriod(choice.van, choice.tot);
  } else if (!isIsoDay(choice.datum)) {
    errors.push({ field: 'datum', message: 'Periode met deze dag: vul een geldige datum in, bijvoorbeeld 2026-03-31.' });
  } else {
    current = periodOf(choice.periode, choice.datum);
  }
  return { choice, errors, current, previous: current ? previousPeriod(choice.periode, current) : null };
}

export async function loadMonitor(db: Queryable, organizationId: string | null, choice: Choice, current: Period, previous: Period, minimum = DEFAULT_MINIMUM): Promise<Monitor | null> {
  const scope = await scopeFor(db, organizationId, choice.niveau);
  if (!scope) return null;
  const ctx = { db, params: params(scope.codes, current, previous), sdc: { minimum, ...(choice.afronden ? { roundTo: 5 } : {}) }, on: current.to };
  // Sections at once: on PostgreSQL each takes its own pooled connection (the
  // statements are independent reads); PGlite queues them on its one connection.
  const figures: Figure[] = await Promise.all(sections.map((s) => s.load(ctx)));
  return { scope, choice, current, previous, figures, minimum };
}

/** One chart per figure: its first table, both periods, only the counts that are shown. */
export async function chartsFor(m: Monitor): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of m.figures) {
    const t = f.tables[0];
    if (!t) continue;
    const data = t.rows.flatMap((r) => [
      ...(r.cur.shown !== null ? [{ category: r.label, series: m.current.label, value: r.cur.shown }] : []),
      ...(r.prev.shown !== null ? [{ category: r.label, series: m.previous.label, value: r.prev.shown }] : []),
    ]);
    if (data.length === 0) continue;
    out.set(f.key, await barChart(data, { label: `Grafiek: ${t.caption}, ${m.current.label} en ${m.previous.label}. De getallen staan in de tabel bij deze grafiek.`, valueTitle: 'Aantal mensen' }));
  }
  return out;
}

export function queryString(c: Choice): string {
  const p = new URLSearchParams({ periode: c.periode, niveau: c.niveau });
  if (c.periode === 'vrij') { p.set('van', c.van); p.set('tot', c.tot); } else p.set('datum', c.datum);
  if (c.afronden) p.set('afronden', 'ja');
  return p.toString();
}
