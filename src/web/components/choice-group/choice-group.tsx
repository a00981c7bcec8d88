// Checkbox and radio groups in a fieldset with legend, hint and error, and a
// single checkbox. Targets are 24x24 px or larger with space between them
// (WCAG 2.2, 2.5.8).
import type { FieldError } from '../../errors.ts';
import { FieldMessages } from '../form-field/form-field.tsx';
import { cx, describedBy, errorFor, type Option } from '../shared.ts';

export interface ChoiceGroupProps {
  kind: 'checkbox' | 'radio';
  name: string;
  /** Fieldset id and prefix of the option ids; defaults to the name. */
  id?: string;
  legend: string;
  options: readonly Option[];
  checked: readonly string[];
  hint?: string | undefined;
  error?: string | undefined;
  errors?: readonly FieldError[] | undefined;
  /** Options side by side when they are short (ja/nee). */
  inline?: boolean;
}

function inputClass(kind: 'checkbox' | 'radio', invalid: boolean): string {
  return kind === 'checkbox'
    ? cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'choice-input', invalid && 'utrecht-checkbox--invalid')
    : cx('utrecht-radio-button', 'utrecht-radio-button--html-input', 'choice-input', invalid && 'utrecht-radio-button--invalid');
}

export function ChoiceGroup(props: ChoiceGroupProps) {
  const id = props.id ?? props.name;
  const error = props.error ?? errorFor(props.errors, id);
  return (
    <fieldset
      class={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', 'form-field', 'choice-group', props.inline && 'choice-group--inline', error && 'utrecht-form-fieldset--invalid')}
      id={id}
      aria-describedby={describedBy(id, props.hint, error)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{props.legend}</legend>
      <FieldMessages id={id} hint={props.hint} error={error} />
      <div class="choice-list">
        {props.options.map((o) => (
          <div class={cx('utrecht-form-field', `utrecht-form-field--${props.kind}`, 'choice')}>
            <input type={props.kind} class={inputClass(props.kind, Boolean(error))} id={`${id}-${o.code}`} name={props.name} value={o.code} checked={props.checked.includes(o.code)} />
            <label class={cx('utrecht-form-label', `utrecht-form-label--${props.kind}`)} for={`${id}-${o.code}`}>
              {o.name}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox with its own label, for a yes/no question. */
export function Checkbox(props: { name: string; id?: string; label: string; checked: boolean; value?: string; hint?: string | undefined; error?: string | undefined; errors?: readonly FieldError[] | undefined }) {
  const id = props.id ?? props.name;
  const error = props.error ?? errorFor(props.errors, id);
  return (
    <div class={cx('utrecht-form-field', 'utrecht-form-field--checkbox', 'choice', 'form-field')}>
      <input type="checkbox" class={inputClass('checkbox', Boolean(error))} id={id} name={props.name} value={props.value ?? 'ja'} checked={props.checked} aria-describedby={describedBy(id, props.hint, error)} aria-invalid={error ? 'true' : undefined} />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
        {props.label}
      </label>
      <FieldMessages id={id} hint={props.hint} error={error} />
    </div>
  );
}
