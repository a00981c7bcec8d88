// The werkkaart for professionals, as typed content: chapters WK-0 to WK-5
// in the order of the research "Tussen wal en schip" (Wever e.a., 2025).
// How to edit: docs/kennis.md.
import { wk0, wk1 } from './werkkaart-0-1.ts';
import { wk2 } from './werkkaart-2.ts';
import { wk3, wk4 } from './werkkaart-3-4.ts';
import { wk5 } from './werkkaart-5.ts';
import type { ExtraBox, ReflectionBox, ReflectionQuestion, WerkkaartChapter } from './werkkaart-types.ts';

export type * from './werkkaart-types.ts';

export const werkkaart: readonly WerkkaartChapter[] = [wk0, wk1, wk2, wk3, wk4, wk5];

export function chapterBySlug(slug: string): WerkkaartChapter | undefined {
  return werkkaart.find((c) => c.slug === slug);
}

/** The reflection boxes of a chapter: its own and those of its subsections, in page order. */
export function reflectionBoxes(chapter: WerkkaartChapter): ReflectionBox[] {
  return [...chapter.subsections.flatMap((s) => (s.reflection ? [s.reflection] : [])), ...(chapter.reflection ? [chapter.reflection] : [])];
}

export function reflectionQuestions(chapter: WerkkaartChapter): ReflectionQuestion[] {
  return reflectionBoxes(chapter).flatMap((b) => b.questions);
}

export function extraBoxes(chapter: WerkkaartChapter): ExtraBox[] {
  return [...chapter.subsections.flatMap((s) => s.extra ?? []), ...(chapter.extra ?? [])];
}

/** Every id in the werkkaart (chapters, subsections, boxes, questions), for the completeness test. */
export function allWerkkaartIds(): string[] {
  const ids: string[] = [];
  for (const c of werkkaart) {
    ids.push(c.id);
    for (const s of c.subsections) ids.push(s.id);
    for (const b of reflectionBoxes(c)) ids.push(b.id, ...b.questions.map((q) => q.id));
    for (const e of extraBoxes(c)) ids.push(e.id);
  }
  return ids;
}

/** Where a question id lives: the chapter whose page shows it. */
export function chapterOfQuestion(questionId: string): WerkkaartChapter | undefined {
  return werkkaart.find((c) => reflectionQuestions(c).some((q) => q.id === questionId));
}
