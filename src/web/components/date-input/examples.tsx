import type { Example } from '../shared.ts';
import { DateInput } from './date-input.tsx';

export const examples: Example[] = [
  { name: 'Datum', render: () => <DateInput name="vb-datum" label="Datum van het gesprek" value="2026-03-31" /> },
  { name: 'Datum met fout', render: () => <DateInput name="vb-datum2" label="Evaluatiedatum" error="Kies een datum na vandaag." /> },
];
