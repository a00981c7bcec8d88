import type { Example } from '../shared.ts';
import { Textarea } from './textarea.tsx';

export const examples: Example[] = [
  { name: 'Tekstvak', render: () => <Textarea name="vb-notitie" label="Notitie" hint="Schrijf geen medische gegevens op." rows={4} /> },
  { name: 'Tekstvak met fout', render: () => <Textarea name="vb-reden" label="Reden" error="Schrijf kort waarom." /> },
];
