// Small helpers every kit component shares: ids for hints and errors, and
// class lists. Kept free of JSX so views and services can use them too.
import type { FieldError } from '../errors.ts';

export interface Option {
  code: string;
  name: string;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** The message for one field, from a list of errors (field is the element id). */
export function errorFor(errors: readonly FieldError[] | undefined, field: string): string | undefined {
  return errors?.find((e) => e.field === field)?.message;
}

/** aria-describedby for a field with an optional hint and error. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
}

/** A gallery example: a name and what it renders; the tests and /ontwikkeling/componenten use them. */
export interface Example {
  name: string;
  render: () => preact.VNode;
}
