import type { Example } from '../shared.ts';
import { Badge } from './badge.tsx';

export const examples: Example[] = [{ name: 'Teller', render: () => <p>Nieuwe aanmeldingen <Badge count={3} label="nieuw" /></p> }];
