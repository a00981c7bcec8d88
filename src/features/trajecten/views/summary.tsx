// The top of the dossier: what a consulent needs at a glance (status,
// contact person, goal and review date, next action, open signals, consent)
// before any section or form.
import { signalKinds } from '../../../db/signals.ts';
import { goalTypes } from '../../../db/trajecten/index.ts';
import { StatusTag, SummaryList, TagList, type SummaryItem } from '../../../web/components/index.ts';
import { formatDay } from '../../personen/views.tsx';
import type { DossierData } from './types.ts';
import { nextAction as pickNextAction, type NextActionCandidate } from '../../../domain/next-action.ts';

const statusLabels: Record<string, string> = { actief: 'Actief: we werken samen aan een doel', passief: 'Passief: we houden contact', beeindigd: 'Ondersteuning beëindigd' };

/** The earliest open due date in the dossier, with what it is for: the worklist's rule (src/domain/next-action.ts). */
export function nextAction(d: DossierData): { due: string; label: string; anchor: string } | null {
  const candidates: NextActionCandidate[] = [{ kind: 'contact', due: d.contacts?.[0]?.nextContactDate }];
  if (d.plan) {
    candidates.push({ kind: 'plan', due: d.plan.reviewDate });
    for (const a of d.plan.agreements) if (!a.doneAt) candidates.push({ kind: 'afspraak', due: a.dueDate, label: `Afspraak: ${a.description}` });
  }
  for (const r of d.registrations) if (!r.pickedUpAt) candidates.push({ kind: 'aanmelding', due: r.deadline });
  for (const t of d.transitions) if (!t.pickedUpAt) candidates.push({ kind: 'overgang', due: t.deadline });
  return pickNextAction(candidates);
}

const signalLabel = (kind: string) => signalKinds[kind as keyof typeof signalKinds]?.label ?? (kind === 'doorverwijzing-onbeantwoord' ? 'Doorverwijzing niet beantwoord' : kind);

export function DossierSummary({ d, consentLine }: { d: DossierData; consentLine: string }) {
  const action = nextAction(d);
  const ended = d.intake.endReason !== null;
  const items: SummaryItem[] = [
    { key: 'Status', value: statusLabels[ended ? 'beeindigd' : d.intake.caseload] ?? d.intake.caseload },
    {
      key: 'Vast aanspreekpunt',
      value: d.intake.contactPersonName ?? 'Nog niemand',
      ...(d.owned && !ended ? { action: <a href="#contactpersoon">{d.intake.contactPersonName ? 'Overdragen' : 'Kiezen'}<span class="visually-hidden">: vast aanspreekpunt</span></a> } : {}),
    },
  ];
  if (d.planVisible) {
    items.push({
      key: 'Doel',
      value: d.plan ? `${goalTypes[d.plan.goalType]}: ${d.plan.goal}. Bespreken op ${formatDay(d.plan.reviewDate)}.` : 'Nog geen plan met een doel',
      action: <a href="#plan">Naar het plan</a>,
    });
  }
  items.push({
    key: 'Volgende actie',
    value: action ? (
      <>
        {action.label}: {formatDay(action.due)}{' '}
        {action.due < d.today ? <StatusTag tone="danger">Te laat</StatusTag> : action.due === d.today ? <StatusTag tone="info">Vandaag</StatusTag> : null}
      </>
    ) : (
      'Geen'
    ),
    ...(action ? { action: <a href={`#${action.anchor}`}>Bekijken<span class="visually-hidden">: {action.label}</span></a> } : {}),
  });
  items.push({
    key: 'Signalen',
    value: d.signals.length ? (
      <TagList>
        {d.signals.map((s) => (
          <li><StatusTag tone="warning">{signalLabel(s.kind)}</StatusTag></li>
        ))}
      </TagList>
    ) : (
      'Geen'
    ),
    ...(d.signals.length ? { action: <a href="#signalen">Waarom?</a> } : {}),
  });
  items.push({ key: 'Toestemming', value: consentLine, action: <a href="#toestemming">Bekijken<span class="visually-hidden">: toestemming</span></a> });
  return (
    <section aria-labelledby="overzicht-kop" id="overzicht">
      <h2 id="overzicht-kop">In het kort</h2>
      <SummaryList items={items} />
    </section>
  );
}
