import type { Example } from '../shared.ts';
import { Details } from './details.tsx';

export const examples: Example[] = [
  { name: 'Uitklapblok', render: () => <Details summary="Contactmoment vastleggen"><p>Hier staat het formulier.</p></Details> },
  { name: 'Uitklapblok, open', render: () => <Details summary="Waarom vragen we dit?" open><p>Zo weet de consulent welke hulp past.</p></Details> },
];
