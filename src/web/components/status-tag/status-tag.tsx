// A short status in a coloured frame: a caseload status, a signal, a state.
// Colour is never the only cue: the text says it.
import type { ComponentChildren } from 'preact';

export type Tone = 'neutral' | 'ok' | 'warning' | 'danger' | 'info';

const utrechtStatus: Record<Tone, string> = { neutral: 'neutral', ok: 'success', warning: 'warning', danger: 'danger', info: 'active' };
const legacy: Record<Tone, string> = { neutral: '', ok: 'ok', warning: 'warn', danger: 'no', info: '' };

export function StatusTag({ tone = 'neutral', children }: { tone?: Tone; children: ComponentChildren }) {
  return <span class={`utrecht-status-badge utrecht-status-badge--${utrechtStatus[tone]} tag ${legacy[tone]}`.trim()}>{children}</span>;
}

/** Several tags in a list, for example the open signals of one person. */
export function TagList({ children }: { children: ComponentChildren }) {
  return <ul class="tag-list">{children}</ul>;
}
