// A multi-line text field inside a form field.
import type { FieldError } from '../../errors.ts';
import { FormField } from '../form-field/form-field.tsx';
import { cx, describedBy, errorFor } from '../shared.ts';

export interface TextareaProps {
  name: string;
  id?: string;
  label: string;
  value?: string | null | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  errors?: readonly FieldError[] | undefined;
  rows?: number;
}

export function Textarea(props: TextareaProps) {
  const id = props.id ?? props.name;
  const error = props.error ?? errorFor(props.errors, id);
  return (
    <FormField id={id} label={props.label} hint={props.hint} error={error}>
      <textarea
        class={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid')}
        id={id}
        name={props.name}
        rows={props.rows ?? 6}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </FormField>
  );
}
