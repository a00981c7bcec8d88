import type { Example } from '../shared.ts';
import { DataTable, type SortDir } from './data-table.tsx';

const href = (key: string, dir: SortDir) => `?sorteer=${key}&richting=${dir}#tabel`;

export const examples: Example[] = [
  {
    name: 'Tabel, sorteerbaar',
    render: () => (
      <DataTable caption="Voorbeeld van een werklijst" columns={[{ label: 'Naam', key: 'naam' }, { label: 'Volgende actie', key: 'actie' }, { label: 'Aantal', key: 'aantal', numeric: true }]} sort={{ key: 'actie', dir: 'asc', href }}>
        <tr><td><a href="#p1">Sam de Vries</a></td><td>Plan evalueren, 3 maart</td><td>2</td></tr>
        <tr><td><a href="#p2">Noor Bakker</a></td><td>Contact opnemen, 9 maart</td><td>1</td></tr>
      </DataTable>
    ),
  },
  {
    name: 'Tabel, leeg',
    render: () => (
      <DataTable caption="Lege lijst" columns={['Naam']} isEmpty empty={<p>Er staat niemand op deze lijst. Pas de filters aan of <a href="#zoek">zoek opnieuw</a>.</p>}>
        {null}
      </DataTable>
    ),
  },
];
