// A closed section that opens on request (native <details>, no JavaScript):
// forms in the dossier stay out of the way until they are needed.
import type { ComponentChildren } from 'preact';

export function Details({ summary, open, id, children }: { summary: ComponentChildren; open?: boolean; id?: string; children: ComponentChildren }) {
  return (
    <details class="disclosure" open={open} id={id}>
      <summary class="disclosure-summary">{summary}</summary>
      <div class="disclosure-body">{children}</div>
    </details>
  );
}
