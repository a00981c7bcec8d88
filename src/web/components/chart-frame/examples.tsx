import type { Example } from '../shared.ts';
import { BarChart, ChartFrame } from './chart-frame.tsx';

const rows = [
  { label: 'Nieuw', value: 4 },
  { label: 'Met plan', value: 17 },
  { label: 'Passief', value: 6 },
];

export const examples: Example[] = [
  {
    name: 'Grafiek met tabel',
    render: () => (
      <ChartFrame title="Personen per status" description="Voorbeeldcijfers." chart={<BarChart rows={rows} />} columns={['Status', 'Personen']} rows={rows.map((r) => [r.label, r.value])} />
    ),
  },
];
