// Ending support: a destructive step, so it has a page of its own with what
// it means, the reason, and a way back.
import { endReasons } from '../../../db/trajecten/index.ts';
import type { SessionUser } from '../../../web/auth.tsx';
import { Button, ButtonGroup, Csrf, ErrorSummary, Select } from '../../../web/components/index.ts';
import type { FieldError } from '../../../web/errors.ts';
import { Layout } from '../../../web/layout.tsx';
import { options } from './forms.tsx';

export function EndSupportPage({ user, csrfToken, personId, name, errors }: { user: SessionUser; csrfToken: string; personId: string; name: string; errors: FieldError[] }) {
  const base = `/personen/${personId}`;
  return (
    <Layout title={errors.length ? 'Fout: Ondersteuning beëindigen' : 'Ondersteuning beëindigen'} path="/personen" user={user} csrfToken={csrfToken}>
      <p>
        <a href={base}>Terug naar het dossier</a>
      </p>
      <h1>Ondersteuning beëindigen voor {name}</h1>
      <p>Daarna staat {name} niet meer op de werklijst en komen er geen signalen meer. Het dossier blijft bewaard. Loopt er nazorg bij werk? Die gaat door.</p>
      <p>Er zijn geen straffen of verplichtingen: kies de reden die het best past.</p>
      <form method="post" action={`${base}/beeindigen`} novalidate>
        <Csrf token={csrfToken} />
        <ErrorSummary errors={errors} title="Niet beëindigd" />
        <Select name="endReason" label="Reden" options={options(endReasons)} value="" errors={errors} empty="Kies een reden" />
        <ButtonGroup>
          <Button variant="danger">Ondersteuning beëindigen</Button>
          <a href={base}>Annuleren</a>
        </ButtonGroup>
      </form>
    </Layout>
  );
}
