import type { Example } from '../shared.ts';
import { ErrorSummary } from './error-summary.tsx';

export const examples: Example[] = [
  { name: 'Foutenlijst', render: () => <ErrorSummary errors={[{ field: 'vb-mail', message: 'Vul een e-mailadres in.' }, { field: 'vb-kanaal2', message: 'Kies hoe het contact was.' }]} /> },
];
