import type { Example } from '../shared.ts';
import { FormField } from './form-field.tsx';

export const examples: Example[] = [
  {
    name: 'Veld met label, hint en fout (eigen invoer)',
    render: () => (
      <FormField id="vb-eigen" label="Eigen kenmerk" hint="Het nummer in je eigen systeem." error="Gebruik alleen letters en cijfers.">
        <input class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid" id="vb-eigen" name="vb-eigen" aria-describedby="vb-eigen-hint vb-eigen-fout" aria-invalid="true" />
      </FormField>
    ),
  },
];
