// The next action for a person: the earliest open due date among these kinds.
// One definition for the worklist (src/db/trajecten/caseload.ts builds its
// SQL from this list: labels and the order that breaks a tie) and for the
// dossier summary (which calls nextAction on the rows it has read).

export const nextActionKinds = [
  { key: 'contact', label: 'Volgend contact', anchor: 'contact' },
  { key: 'afspraak', label: 'Afspraak', anchor: 'afspraken' },
  { key: 'plan', label: 'Plan bespreken', anchor: 'plan' },
  { key: 'aanmelding', label: 'Aanmelding oppakken', anchor: 'aanmelding' },
  { key: 'overgang', label: 'Overgang opvolgen', anchor: 'transities' },
  { key: 'doorverwijzing', label: 'Antwoord op doorverwijzing', anchor: 'doorverwijzingen' },
] as const;

export type NextActionKind = (typeof nextActionKinds)[number]['key'];

export interface NextActionCandidate {
  kind: NextActionKind;
  /** ISO date; null or absent when the row has no date. */
  due: string | null | undefined;
  /** More precise wording than the kind's label (the dossier names the agreement). */
  label?: string;
}

export const nextActionRank = (kind: NextActionKind): number => nextActionKinds.findIndex((k) => k.key === kind);
export const nextActionLabel = (kind: NextActionKind): string => nextActionKinds[nextActionRank(kind)]!.label;

/** The earliest dated candidate; on the same date the kind listed first wins. */
export function nextAction(candidates: readonly NextActionCandidate[]): { due: string; kind: NextActionKind; label: string; anchor: string } | null {
  let best: (NextActionCandidate & { due: string }) | null = null;
  for (const c of candidates) {
    if (!c.due) continue;
    if (!best || c.due < best.due || (c.due === best.due && nextActionRank(c.kind) < nextActionRank(best.kind))) best = { ...c, due: c.due };
  }
  if (!best) return null;
  const kind = nextActionKinds[nextActionRank(best.kind)]!;
  return { due: best.due, kind: best.kind, label: best.label ?? kind.label, anchor: kind.anchor };
}
