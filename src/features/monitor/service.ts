// Reads the monitor's choices from the query string, loads every section for
// the account's gemeente or region, and draws the charts.
import type { Db, Queryable } from '../../db/client.ts';
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

/**
 * Runs `fn` in a read-only transaction set up for the monitor's reports:
 * no parallel workers. A parallel worker is a new server process that first
 * loads the catalogue; for these statements of a few hundred milliseconds at
 * most that costs more CPU than it saves, and more so while several reports
 * run at once.
 */
export function monitorSession<T>(db: Pick<Db, 'transaction'>, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('max_parallel_workers_per_gather', '0', true)`);
    return fn(tx);
  });
}

export async function loadMonitor(db: Db, organizationId: string | null, choice: Choice, current: Period, previous: Period, minimum = DEFAULT_MINIMUM, options: { perFigure?: boolean } = {}): Promise<Monitor | null> {
  const scope = await scopeFor(db, organizationId, choice.niveau);
  if (!scope) return null;
  const sdc = { minimum, ...(choice.afronden ? { roundTo: 5 } : {}) };
  // Two lanes at once, each on its own connection (PGlite queues them on its
  // one connection): the event figures, and the person figures with the rest.
  // Within a lane the sections share its connection and its batched statements
  // (src/db/monitor/batched.ts). More connections per page cost more CPU in
  // total than they gained on two cores (docs/monitor.md).
  const lane = (n: 0 | 1) =>
    monitorSession(db, async (tx) => {
      const ctx = { db: tx, params: params(scope.codes, current, previous), sdc, on: current.to, perFigure: options.perFigure };
      const out = new Map<string, Figure>();
      for (const s of sections) if (s.lane === n) out.set(s.key, await s.load(ctx));
      return out;
    });
  const [a, b] = await Promise.all([lane(0), lane(1)]);
  const figures: Figure[] = sections.map((s) => (a.get(s.key) ?? b.get(s.key))!);
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
