// The list of what to fix, at the top of a form that was not saved. Each
// line links to its field; role="alert" makes screen readers read it at once.
import type { FieldError } from '../../errors.ts';

export function ErrorSummary({ errors, title = 'Nog niet opgeslagen' }: { errors: readonly FieldError[]; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error notice error" role="alert">
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
