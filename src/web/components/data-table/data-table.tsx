// A data table: caption for screen readers, column headers, optional sort
// links in the headers (plain links, no JavaScript) and an empty state.
import type { ComponentChildren } from 'preact';
import { cx } from '../shared.ts';

export type SortDir = 'asc' | 'desc';

export interface Column {
  label: string;
  /** Sort key; the header becomes a link when the table has `sort`. */
  key?: string;
  numeric?: boolean;
}

export interface SortState {
  key: string;
  dir: SortDir;
  /** The address of the page sorted on `key` in `dir` (keeps filters and resets the page). */
  href: (key: string, dir: SortDir) => string;
}

export interface DataTableProps {
  caption: string;
  columns: Array<string | Column>;
  children: ComponentChildren;
  sort?: SortState | undefined;
  /** When true, `empty` is shown instead of the table. */
  isEmpty?: boolean;
  empty?: ComponentChildren;
  /** Show the caption above the table instead of only to screen readers. */
  captionVisible?: boolean;
  /** id and extra class of the <table>, for links into it and its own styles. */
  id?: string | undefined;
  tableClass?: string | undefined;
}

function HeaderCell({ column, sort }: { column: Column; sort: SortState | undefined }) {
  const cls = cx('utrecht-table__header-cell', column.numeric && 'utrecht-table__header-cell--numeric-column');
  if (!sort || !column.key) return <th scope="col" class={cls}>{column.label}</th>;
  const current = sort.key === column.key;
  const next: SortDir = current && sort.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" class={cls} aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a class="sort-link" href={sort.href(column.key, next)}>
        {column.label}
        <span class="sort-mark" aria-hidden="true">
          {current ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ⇅'}
        </span>
        <span class="visually-hidden">{current ? `, gesorteerd ${sort.dir === 'asc' ? 'oplopend' : 'aflopend'}; kies om om te draaien` : ', kies om hierop te sorteren'}</span>
      </a>
    </th>
  );
}

export function DataTable({ caption, columns, children, sort, isEmpty, empty, captionVisible, id, tableClass }: DataTableProps) {
  if (isEmpty && empty !== undefined) return <div class="empty-state">{empty}</div>;
  return (
    // Focusable, so a keyboard user can scroll a wide table on a small screen (WCAG 2.1.1).
    <div class="utrecht-table-container table-scroll" tabIndex={0} role={typeof caption === 'string' ? 'region' : undefined} aria-label={typeof caption === 'string' ? caption : undefined}>
      <table class={cx('utrecht-table utrecht-table--html-table', tableClass)} id={id}>
        <caption class={captionVisible ? 'utrecht-table__caption' : 'visually-hidden'}>{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {columns.map((c) => (
              <HeaderCell column={typeof c === 'string' ? { label: c } : c} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
