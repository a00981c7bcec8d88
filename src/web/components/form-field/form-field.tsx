// A field with its label, hint and error message, linked by id so screen
// readers read them with the field (NL Design System form-field).
import type { ComponentChildren } from 'preact';
import { cx } from '../shared.ts';

export interface FieldText {
  /** The element id; also the `field` of a FieldError. */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
}

/** Hint and error lines under a label or legend. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ComponentChildren | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <div class="utrecht-form-field-description hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p class="utrecht-form-field-error-message hint field-error" id={`${id}-fout`}>
          <strong>Let op:</strong> {error}
        </p>
      ) : null}
    </>
  );
}

export function FormField({ id, label, hint, error, children }: FieldText & { children: ComponentChildren }) {
  return (
    <div class={cx('utrecht-form-field', 'form-field', error && 'utrecht-form-field--invalid')}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** A hidden CSRF field; every POST form carries one. */
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
