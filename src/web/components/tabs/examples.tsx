import type { Example } from '../shared.ts';
import { Tabs } from './tabs.tsx';

export const examples: Example[] = [
  {
    name: 'Tabbladen als links',
    render: () => (
      <Tabs label="Voorbeeld van tabbladen" items={[{ href: '?lijst=mijn', label: 'Mijn caseload', current: true, count: 34 }, { href: '?lijst=team', label: 'Mijn team' }, { href: '?lijst=zonder', label: 'Zonder contactpersoon', count: 2 }]} />
    ),
  },
];
