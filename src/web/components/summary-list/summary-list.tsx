// Key-value pairs (NL Design System data list): the facts at the top of a
// dossier, the details of a referral.
import type { ComponentChildren } from 'preact';

export interface SummaryItem {
  key: string;
  value: ComponentChildren;
  /** A link or small form that changes this value. */
  action?: ComponentChildren;
}

export function SummaryList({ items }: { items: readonly SummaryItem[] }) {
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows summary-list">
      {items.map((i) => (
        <div class="utrecht-data-list__item summary-row">
          <dt class="utrecht-data-list__item-key">{i.key}</dt>
          <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{i.value}</dd>
          {i.action ? <dd class="utrecht-data-list__actions utrecht-data-list__actions--html-dd">{i.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
