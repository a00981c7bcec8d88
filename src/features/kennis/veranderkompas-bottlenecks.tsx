// The bottlenecks professionals reported, grouped per category, for the
// trajectory page and the report.
import { bottleneckCategoryById } from '../../content/kennis/veranderkompas.ts';
import type { BottleneckItem } from '../../db/veranderkompas/bottlenecks.ts';
import { formatDateTime } from '../personen/views.tsx';
import { DataTable } from '../../web/components/index.ts';

/** Bottlenecks from practice, counted and grouped per category, with the texts. */
export function BottleneckSection({ items }: { items: BottleneckItem[] }) {
  const groups = new Map<string, BottleneckItem[]>();
  for (const b of items) groups.set(b.category, [...(groups.get(b.category) ?? []), b]);
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length);
  return (
    <section aria-labelledby="knelpunten-kop" id="knelpunten">
      <h2 id="knelpunten-kop">Knelpunten uit de praktijk</h2>
      <p>Professionals in jullie gemeenten melden knelpunten vanuit hun werk, zonder persoonsgegevens. Gebruik ze als input voor de volgende bijeenkomst.</p>
      {ordered.length === 0 ? (
        <p>Er zijn nog geen knelpunten gemeld.</p>
      ) : (
        <>
          <DataTable caption="Gemelde knelpunten per onderwerp" captionVisible columns={['Onderwerp', 'Aantal', 'Nieuw sinds de vorige bijeenkomst']}>
              {ordered.map(([category, list]) => (
                <tr>
                  <th scope="row">{categoryLabel(category)}</th>
                  <td>{list.length}</td>
                  <td>{list.filter((b) => b.isNew).length}</td>
                </tr>
              ))}
          </DataTable>
          <details>
            <summary>Lees wat er gemeld is ({items.length})</summary>
            {ordered.map(([category, list]) => (
              <>
                <h3>
                  {categoryLabel(category)} ({list.length})
                </h3>
                <ul>
                  {list.map((b) => (
                    <li>
                      {formatDateTime(b.createdAt)}, {b.gemeenteName}
                      {b.source === 'werkkaart' ? `, vanuit de werkkaart (${b.werkkaartSection ?? ''})` : ', vanuit een traject'}
                      {b.isNew ? ' (nieuw)' : ''}: {b.text}
                    </li>
                  ))}
                </ul>
              </>
            ))}
          </details>
        </>
      )}
    </section>
  );
}

export function categoryLabel(id: string): string {
  const c = bottleneckCategoryById.get(id);
  if (!c) return id;
  return c.id.includes('-SF') ? `Stap ${c.step}: ${c.label.nl}` : c.label.nl;
}
