// A one-line text field (NL Design System textbox) inside a form field.
import type { FieldError } from '../../errors.ts';
import { FormField } from '../form-field/form-field.tsx';
import { cx, describedBy, errorFor } from '../shared.ts';

export interface TextInputProps {
  name: string;
  /** Element id; defaults to the name. */
  id?: string;
  label: string;
  value?: string | number | null | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  /** Errors of the whole form; the one for this id is shown. */
  errors?: readonly FieldError[] | undefined;
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'number' | 'search' | 'password';
  autocomplete?: string | undefined;
  /** Narrow fields for short answers (a year, a number). */
  width?: 'short' | 'medium' | 'full';
  required?: boolean;
}

export function TextInput(props: TextInputProps) {
  const id = props.id ?? props.name;
  const error = props.error ?? errorFor(props.errors, id);
  return (
    <FormField id={id} label={props.label} hint={props.hint} error={error}>
      <input
        class={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', props.width && props.width !== 'full' && `input-${props.width}`)}
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        value={props.value == null ? '' : String(props.value)}
        autocomplete={props.autocomplete}
        required={props.required}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FormField>
  );
}
