// Page links under a long list: previous, numbers around the current page,
// next. Plain links; the current page is marked with aria-current.
import { cx } from '../shared.ts';

/** The page numbers to show: first, last, and two around the current page; 0 marks a gap. */
export function pageWindow(page: number, pages: number): number[] {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    if (out.length > 0 && p - out[out.length - 1]! > 1) out.push(0);
    out.push(p);
  }
  return out;
}

export function Pagination({ page, pages, href, label = 'Pagina’s' }: { page: number; pages: number; href: (page: number) => string; label?: string }) {
  if (pages <= 1) return null;
  return (
    <nav class="utrecht-pagination pagination" aria-label={label}>
      <ul class="pagination-list">
        {page > 1 ? (
          <li>
            <a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" rel="prev" href={href(page - 1)}>
              Vorige<span class="visually-hidden"> pagina</span>
            </a>
          </li>
        ) : null}
        {pageWindow(page, pages).map((p) =>
          p === 0 ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              <a class={cx('utrecht-pagination__page-link', p === page && 'utrecht-pagination__page-link--current')} href={href(p)} aria-current={p === page ? 'page' : undefined}>
                <span class="visually-hidden">Pagina </span>
                {p}
              </a>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--next" rel="next" href={href(page + 1)}>
              Volgende<span class="visually-hidden"> pagina</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
