import type { Example } from '../shared.ts';
import { TextInput } from './text-input.tsx';

export const examples: Example[] = [
  { name: 'Tekstveld', render: () => <TextInput name="vb-naam" label="Naam" hint="Zoals op je legitimatie." value="Sam de Vries" /> },
  { name: 'Tekstveld met fout', render: () => <TextInput name="vb-mail" label="E-mailadres" type="email" error="Vul een e-mailadres in, zoals naam@voorbeeld.nl." /> },
  { name: 'Kort veld', render: () => <TextInput name="vb-jaar" label="Geboortejaar" type="number" width="short" value={1990} /> },
];
