// Form pieces with the names and props every feature used before the
// component kit; they render the kit (src/web/components/), so old and new
// callers get the same markup.
import { ChoiceGroup } from './components/choice-group/choice-group.tsx';
import { Select } from './components/select/select.tsx';
import { TextInput } from './components/text-input/text-input.tsx';
import { Textarea } from './components/textarea/textarea.tsx';
import type { FieldError } from './errors.ts';

export { ErrorSummary } from './components/error-summary/error-summary.tsx';
export { Csrf } from './components/form-field/form-field.tsx';

type Values = Record<string, unknown>;

export function TextField(props: {
  name: string;
  label: string;
  values: Values;
  errors: FieldError[];
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'number';
  autocomplete?: string;
}) {
  const value = String(props.values[props.name] ?? '');
  if (props.multiline) return <Textarea name={props.name} label={props.label} value={value} errors={props.errors} hint={props.hint} />;
  return <TextInput name={props.name} label={props.label} value={value} errors={props.errors} hint={props.hint} type={props.type} autocomplete={props.autocomplete} />;
}

export function Choices(props: {
  kind: 'checkbox' | 'radio';
  name: string;
  legend: string;
  options: Array<{ code: string; name: string }>;
  checked: string[];
  errors: FieldError[];
  hint?: string;
}) {
  return <ChoiceGroup {...props} />;
}

export function SelectField(props: { name: string; label: string; options: Array<{ code: string; name: string }>; value: string; errors: FieldError[]; empty?: string }) {
  return <Select {...props} />;
}
