// Small pages that belong to no single feature: errors and fixed texts.
import type { FieldError } from './errors.ts';
import { Layout, type LayoutUser } from './layout.tsx';

export function FieldErrors({ fields }: { fields: FieldError[] }) {
  if (fields.length === 0) return null;
  return (
    <ul>
      {fields.map((f) => (
        <li>
          <strong>{f.field}</strong>: {f.message}
        </li>
      ))}
    </ul>
  );
}

const statusTitles: Record<number, string> = {
  400: 'De invoer klopt niet',
  401: 'Log eerst in',
  403: 'Dit mag niet',
  404: 'Pagina niet gevonden',
  413: 'Te groot',
  415: 'Onbekende soort inhoud',
  429: 'Even geduld',
  503: 'Even niet beschikbaar',
};

export function ErrorPage(props: { status: number; message: string; fields: FieldError[]; user?: LayoutUser | null }) {
  const title = statusTitles[props.status] ?? (props.status >= 500 ? 'Er ging iets mis' : 'Dit lukt niet');
  return (
    <Layout title={title} user={props.user ?? null}>
      <h1>{title}</h1>
      <div class="notice error" role="alert">
        <p>{props.message}</p>
        <FieldErrors fields={props.fields} />
      </div>
      <p>
        <a href="/">Naar de startpagina</a> of <a href="/zoeken">hulp zoeken</a>.
      </p>
    </Layout>
  );
}
