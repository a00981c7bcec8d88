import type { Example } from '../shared.ts';
import { Alert } from './alert.tsx';

export const examples: Example[] = [
  { name: 'Informatie', render: () => <Alert>De gemeente of UWV beslist. InBeeld geeft informatie.</Alert> },
  { name: 'Gelukt', render: () => <Alert type="ok" title="Opgeslagen">Het contactmoment staat in het dossier.</Alert> },
  { name: 'Waarschuwing', render: () => <Alert type="warning" title="Let op">Dit aanbod is 14 maanden niet gecontroleerd.</Alert> },
  { name: 'Demo', render: () => <Alert demo>Dit is een demopersoon. De gegevens zijn verzonnen.</Alert> },
];
