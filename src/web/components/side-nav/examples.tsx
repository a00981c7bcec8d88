import type { Example } from '../shared.ts';
import { SideNav } from './side-nav.tsx';

export const examples: Example[] = [
  {
    name: 'Zijmenu',
    render: () => (
      <SideNav label="Voorbeeld van een zijmenu" path="/caseload" items={[{ href: '/vandaag', label: 'Vandaag', count: 5, countLabel: 'te doen' }, { href: '/caseload', label: 'Caseload' }, { href: '/aanmeldingen', label: 'Aanmeldingen', count: 2, countLabel: 'nieuw' }]} />
    ),
  },
];
