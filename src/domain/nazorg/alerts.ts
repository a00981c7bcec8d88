// Alerts before an end date: 90, 60 and 30 days before the end of a
// temporary contract, of job coaching, of a loonkostensubsidie decision and
// of a loonwaarde measurement, so a renewal or a next job is arranged in time
// (UWV contract monitoring, Inspectie SZW report 2023, ch. 7.4). And an alert
// before the 2-year cliff of successive temporary contracts.
import { addMonths, daysBetween } from './dates.ts';

export const ALERT_DAYS = [90, 60, 30] as const;

export type EndKind = 'contract' | 'jobcoach' | 'loonkostensubsidie' | 'loonwaarde';

export const endKindLabels: Record<EndKind, string> = {
  contract: 'Tijdelijk contract loopt af',
  jobcoach: 'Jobcoaching stopt',
  loonkostensubsidie: 'Besluit loonkostensubsidie loopt af',
  loonwaarde: 'Loonwaarde opnieuw meten',
};

export interface EndDates {
  contract: string | null;
  jobcoach: string | null;
  loonkostensubsidie: string | null;
  loonwaarde: string | null;
}

export interface EndAlert {
  kind: EndKind | 'keten';
  date: string;
  /** 90, 60 or 30: the nearest threshold passed. */
  level: number;
  daysLeft: number;
  label: string;
}

/** Alerts for end dates within 90 days from today (not yet passed). */
export function endAlerts(dates: EndDates, today: string): EndAlert[] {
  const alerts: EndAlert[] = [];
  for (const kind of Object.keys(endKindLabels) as EndKind[]) {
    const date = dates[kind];
    if (!date) continue;
    const daysLeft = daysBetween(today, date);
    if (daysLeft < 0 || daysLeft > ALERT_DAYS[0]) continue;
    const level = [...ALERT_DAYS].reverse().find((d) => daysLeft <= d)!;
    alerts.push({ kind, date, level, daysLeft, label: endKindLabels[kind] });
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft);
}

/**
 * The 2-year cliff. Employers often stop after two years of temporary
 * contracts to avoid a permanent one (Inspectie SZW 2023, ch. 8.1); the legal
 * chain rule itself is BW art. 7:668a (from 2020-01-01: at most 3 contracts or
 * 36 months, https://wetten.overheid.nl/BWBR0005290/2024-01-01#Boek7_Titel10_Afdeling9_Artikel668a).
 * The alert comes at 18 months of an unbroken chain of temporary contracts
 * with the same employer, so there is time for a talk about a permanent
 * contract or a next job.
 */
export const CHAIN = {
  alertAfterMonths: 18,
  cliffMonths: 24,
  source: 'Inspectie SZW, Duurzame plaatsing (2023), hoofdstuk 8; BW art. 7:668a (ketenregeling, geldt sinds 2020-01-01)',
} as const;

export interface ChainLink {
  employer: string;
  kind: string;
  start: string;
  end: string | null;
}

/** The alert for a chain of temporary contracts with one employer, if due today. Chains break after a gap over 6 months (BW 7:668a lid 1). */
export function chainAlert(links: readonly ChainLink[], today: string): EndAlert | null {
  const sorted = [...links].sort((a, b) => (a.start < b.start ? -1 : 1));
  let chainStart: string | null = null;
  let prev: ChainLink | null = null;
  for (const l of sorted) {
    const temporary = l.kind === 'tijdelijk';
    const linked = prev && prev.employer === l.employer && prev.end !== null && addMonths(prev.end, 6) >= l.start;
    if (!temporary) chainStart = null;
    else if (!linked || chainStart === null) chainStart = l.start;
    prev = l;
  }
  if (!prev || prev.kind !== 'tijdelijk' || chainStart === null || (prev.end !== null && prev.end < today)) return null;
  const alertOn = addMonths(chainStart, CHAIN.alertAfterMonths);
  const cliff = addMonths(chainStart, CHAIN.cliffMonths);
  if (today < alertOn || today > cliff) return null;
  return {
    kind: 'keten',
    date: cliff,
    level: 0,
    daysLeft: daysBetween(today, cliff),
    label: `Bijna 2 jaar tijdelijke contracten bij dezelfde werkgever (sinds ${chainStart})`,
  };
}
