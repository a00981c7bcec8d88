import type { Example } from '../shared.ts';
import { Checkbox, ChoiceGroup } from './choice-group.tsx';

const limitations = [
  { code: 'fysiek', name: 'Lichamelijk' },
  { code: 'psychisch', name: 'Psychisch' },
  { code: 'verstandelijk', name: 'Verstandelijk' },
];

export const examples: Example[] = [
  { name: 'Keuzerondjes', render: () => <ChoiceGroup kind="radio" name="vb-ja-nee" legend="Heeft de persoon een uitkering?" options={[{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee' }]} checked={['nee']} inline /> },
  { name: 'Vinkjes met hint', render: () => <ChoiceGroup kind="checkbox" name="vb-beperking" legend="Soort beperking" hint="Kies alles wat past." options={limitations} checked={['psychisch']} /> },
  { name: 'Vinkjes met fout', render: () => <ChoiceGroup kind="checkbox" name="vb-beperking2" legend="Soort beperking" options={limitations} checked={[]} error="Kies minstens één soort." /> },
  { name: 'Eén vinkje', render: () => <Checkbox name="vb-akkoord" label="De persoon gaf toestemming" checked={false} /> },
];
