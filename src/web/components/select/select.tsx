// A select list inside a form field.
import type { FieldError } from '../../errors.ts';
import { FormField } from '../form-field/form-field.tsx';
import { cx, describedBy, errorFor, type Option } from '../shared.ts';

export interface SelectProps {
  name: string;
  id?: string;
  label: string;
  options: readonly Option[];
  value: string | null | undefined;
  /** Text of a first, empty option ("Kies…"); none when absent. */
  empty?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  errors?: readonly FieldError[] | undefined;
}

export function Select(props: SelectProps) {
  const id = props.id ?? props.name;
  const error = props.error ?? errorFor(props.errors, id);
  return (
    <FormField id={id} label={props.label} hint={props.hint} error={error}>
      <select
        class={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
        id={id}
        name={props.name}
        aria-describedby={describedBy(id, props.hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option value={o.code} selected={o.code === props.value}>
            {o.name}
          </option>
        ))}
      </select>
    </FormField>
  );
}
