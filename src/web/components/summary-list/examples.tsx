import type { Example } from '../shared.ts';
import { SummaryList } from './summary-list.tsx';

export const examples: Example[] = [
  {
    name: 'Samenvatting',
    render: () => (
      <SummaryList
        items={[
          { key: 'Status', value: 'Actief' },
          { key: 'Contactpersoon', value: 'Consulent Emmen', action: <a href="#contactpersoon">Wijzigen<span class="visually-hidden"> contactpersoon</span></a> },
          { key: 'Doel', value: 'Betaald werk, evaluatie op 12 maart 2026' },
        ]}
      />
    ),
  },
];
