// Tabs that are links: each tab is its own address, so they work without
// JavaScript, with the back button and in a bookmark.
import { Badge } from '../badge/badge.tsx';

export interface TabItem {
  href: string;
  label: string;
  current?: boolean;
  count?: number;
}

export function Tabs({ label, items }: { label: string; items: readonly TabItem[] }) {
  return (
    <nav class="tabs" aria-label={label}>
      <ul class="tab-list">
        {items.map((t) => (
          <li>
            <a class="tab" href={t.href} aria-current={t.current ? 'page' : undefined}>
              {t.label}
              {t.count !== undefined ? <> <Badge count={t.count} /></> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
