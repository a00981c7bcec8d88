// Form pieces shared by every form: labels, hints and errors linked to their
// field (aria-describedby), and an error summary whose links move focus.
import type { FieldError } from './errors.ts';

type Values = Record<string, unknown>;

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${name}-hint` : '', error ? `${name}-fout` : ''].filter(Boolean).join(' ') || undefined;
}

export function ErrorSummary({ errors, title = 'Nog niet opgeslagen' }: { errors: FieldError[]; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <div class="notice error" role="alert">
      <h2>{title}</h2>
      <p>Pas deze velden aan:</p>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

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
  const { name } = props;
  const error = props.errors.find((e) => e.field === name)?.message;
  const value = String(props.values[name] ?? '');
  const common = { id: name, name, 'aria-describedby': describedBy(name, props.hint, error), 'aria-invalid': error ? ('true' as const) : undefined };
  return (
    <div class="form-field">
      <label for={name}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${name}-hint`}>{props.hint}</p> : null}
      {error ? <p class="hint" id={`${name}-fout`}><strong>Let op:</strong> {error}</p> : null}
      {props.multiline ? (
        <textarea {...common} rows={6}>
          {value}
        </textarea>
      ) : (
        <input {...common} type={(props.type ?? 'text') as 'text'} value={value} autocomplete={props.autocomplete} />
      )}
    </div>
  );
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
  const error = props.errors.find((e) => e.field === props.name)?.message;
  return (
    <fieldset class="form-field" id={props.name} aria-describedby={describedBy(props.name, props.hint, error)}>
      <legend>{props.legend}</legend>
      {props.hint ? <p class="hint" id={`${props.name}-hint`}>{props.hint}</p> : null}
      {error ? <p class="hint" id={`${props.name}-fout`}><strong>Let op:</strong> {error}</p> : null}
      {props.options.map((o) => (
        <div>
          <input type={props.kind} id={`${props.name}-${o.code}`} name={props.name} value={o.code} checked={props.checked.includes(o.code)} />
          <label for={`${props.name}-${o.code}`}>{o.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function SelectField(props: { name: string; label: string; options: Array<{ code: string; name: string }>; value: string; errors: FieldError[]; empty?: string }) {
  const error = props.errors.find((e) => e.field === props.name)?.message;
  return (
    <div class="form-field">
      <label for={props.name}>{props.label}</label>
      {error ? <p class="hint" id={`${props.name}-fout`}><strong>Let op:</strong> {error}</p> : null}
      <select id={props.name} name={props.name} aria-describedby={error ? `${props.name}-fout` : undefined} aria-invalid={error ? 'true' : undefined}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option value={o.code} selected={o.code === props.value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
