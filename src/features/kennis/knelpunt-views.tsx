// The form to flag a bottleneck (knelpunt) from practice, from the werkkaart
// or from a Trajecten dossier. It goes, counted and grouped, to the
// veranderkompas trajectories of the gemeente. No personal data.
import { steps } from '../../content/kennis/veranderkompas.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { MAX_BOTTLENECK_LENGTH, type BottleneckForm } from './knelpunt-service.ts';
import { Csrf, Notice } from '../../web/components/index.ts';

export function BottleneckPage({ user, csrfToken, values, errors, gemeenten, notice }: { user: SessionUser; csrfToken: string; values: BottleneckForm; errors: FieldError[]; gemeenten: Array<{ code: string; name: string }>; notice?: string | undefined }) {
  const categoryError = errors.find((e) => e.field === 'category')?.message;
  const fromWerkkaart = values.source === 'werkkaart';
  return (
    <Layout title={errors.length ? 'Fout: Knelpunt melden' : 'Knelpunt melden'} path="/knelpunten/nieuw" user={user} csrfToken={csrfToken}>
      <h1>Knelpunt melden</h1>
      <Notice text={notice} />
      <p class="lead">
        Loop je in je werk ergens tegenaan door de werkwijze of het beleid? Meld het hier. Beleidsmedewerkers en managers zien de knelpunten, geteld per onderwerp, in het veranderkompas van de
        gemeente. Zo gaan ze mee naar de volgende bijeenkomst.
      </p>
      <div class="notice warn">
        <p>
          <strong>Geen persoonsgegevens.</strong> Schrijf niet over één persoon: geen namen, geen BSN, geen e-mailadressen en geen telefoonnummers. Schrijf bijvoorbeeld “een inwoner” of “mensen
          die net van school komen”.
        </p>
      </div>
      <p>
        Je meldt dit vanuit {fromWerkkaart ? `de werkkaart (onderdeel ${values.section || 'onbekend'})` : 'je werk met een traject'}.
      </p>
      <form method="post" action="/knelpunten/nieuw" novalidate>
        <Csrf token={csrfToken} />
        <input type="hidden" name="bron" value={values.source} />
        {fromWerkkaart ? <input type="hidden" name="sectie" value={values.section} /> : null}
        <ErrorSummary errors={errors} title="Knelpunt niet opgeslagen" />
        <SelectField name="gemeenteCode" label="In welke gemeente speelt het?" options={gemeenten} value={values.gemeenteCode} errors={errors} empty="Kies een gemeente" />
        <div class="form-field">
          <label for="category">Onderwerp uit het veranderkompas</label>
          <p class="hint" id="category-hint">
            Kies de stuurfactor die het beste past. Twijfel je? Kies dan de stap (algemeen).
          </p>
          {categoryError ? (
            <p class="hint" id="category-fout">
              <strong>Let op:</strong> {categoryError}
            </p>
          ) : null}
          <select id="category" name="category" aria-describedby={categoryError ? 'category-hint category-fout' : 'category-hint'} aria-invalid={categoryError ? 'true' : undefined}>
            <option value="">Kies een onderwerp</option>
            {steps.map((s) => (
              <optgroup label={`Stap ${s.number}: ${s.shortTitle.nl}`}>
                <option value={s.id} selected={values.category === s.id}>
                  Stap {s.number}: {s.shortTitle.nl} (algemeen)
                </option>
                {s.steeringFactors.map((f) => (
                  <option value={f.id} selected={values.category === f.id}>
                    {f.title.nl}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <TextField
          name="text"
          label="Wat is het knelpunt?"
          hint={`Beschrijf wat er gebeurt en waarom het een probleem is. Hoogstens ${MAX_BOTTLENECK_LENGTH} tekens.`}
          values={values as unknown as Record<string, unknown>}
          errors={errors}
          multiline
        />
        <button type="submit">Knelpunt melden</button>
      </form>
    </Layout>
  );
}
