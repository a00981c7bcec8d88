// The workspace menu at the side: what a role works with, with counts of
// what waits. On a narrow screen it moves above the content.
import { Badge } from '../badge/badge.tsx';

export interface NavItem {
  href: string;
  label: string;
  count?: number | undefined;
  countLabel?: string | undefined;
}

export function isCurrent(path: string | undefined, href: string): boolean {
  if (!path) return false;
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function SideNav({ label, items, path }: { label: string; items: readonly NavItem[]; path?: string | undefined }) {
  // The longest matching href wins, so /doorverwijzingen/rapport is not also /doorverwijzingen.
  const current = items.filter((i) => isCurrent(path, i.href)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav class="utrecht-sidenav side-nav" aria-label={label}>
      <ul class="utrecht-sidenav__list side-nav-list">
        {items.map((i) => (
          <li class="utrecht-sidenav__item">
            <a class="utrecht-sidenav__link side-nav-link" href={i.href} aria-current={i === current ? 'page' : undefined}>
              {i.label}
              {i.count ? <> <Badge count={i.count} label={i.countLabel} /></> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
