import type { Example } from '../shared.ts';
import { Select } from './select.tsx';

const options = [
  { code: 'telefoon', name: 'Telefoon' },
  { code: 'gesprek', name: 'Gesprek' },
  { code: 'mail', name: 'E-mail' },
];

export const examples: Example[] = [
  { name: 'Keuzelijst', render: () => <Select name="vb-kanaal" label="Hoe was het contact?" options={options} value="gesprek" /> },
  { name: 'Keuzelijst met lege keuze en fout', render: () => <Select name="vb-kanaal2" label="Kanaal" options={options} value="" empty="Kies een kanaal" error="Kies hoe het contact was." /> },
];
