// The search form, on the home page and the search page, built from the shared form pieces.
import { helpKinds, limitationTypes } from '../../../content/taxonomy.ts';
import type { GemeenteRecord } from '../../../db/reference.ts';
import type { FieldError } from '../../../web/errors.ts';
import { Choices, SelectField, TextField } from '../../../web/forms.tsx';
import type { SearchForm } from '../service.ts';
import { ui, type Lang } from '../ui.ts';

export const emptyForm: SearchForm = { q: '', waar: '', gemeente: '', hulp: [], beperking: [], zonderUitkering: false, pagina: 1 };

export function SearchFormView(props: { form: SearchForm; errors: FieldError[]; gemeente: GemeenteRecord | null; lang: Lang; filters?: boolean; idPrefix?: string }) {
  const { form, errors, gemeente, lang } = props;
  const t = ui[lang];
  const values = { q: form.q, waar: gemeente ? gemeente.name : form.waar };
  const term = (o: { code: string; name: string; nameEn?: string }) => ({ code: o.code, name: lang === 'en' ? (o.nameEn ?? o.name) : o.name });
  return (
    <form method="get" action="/zoeken" class="search-form" role="search" aria-label={t.searchLabel}>
      {lang === 'en' ? <input type="hidden" name="taal" value="en" /> : null}
      <div class="row">
        <div class="field">
          <TextField name="q" label={t.whatLabel} hint={t.whatHint} values={values} errors={errors} />
        </div>
        <div class="field">
          <TextField name="waar" label={t.whereLabel} hint={t.whereHint} values={values} errors={errors} autocomplete="address-level2" />
        </div>
      </div>
      {props.filters === false ? null : (
        <>
          <div class="row">
            <div class="field">
              <SelectField name="hulp" label={t.helpKind} empty={t.allHelpKinds} options={helpKinds.map(term)} value={form.hulp[0] ?? ''} errors={errors} />
            </div>
            <div class="field">
              <SelectField name="beperking" label={t.limitation} empty={t.allLimitations} options={limitationTypes.map(term)} value={form.beperking[0] ?? ''} errors={errors} />
            </div>
          </div>
          <Choices kind="checkbox" name="zonder_uitkering" legend={t.benefitLegend} options={[{ code: 'ja', name: t.withoutBenefit }]} checked={form.zonderUitkering ? ['ja'] : []} errors={errors} />
        </>
      )}
      <div class="row">
        <button type="submit" class="button big">{t.searchButton}</button>
      </div>
    </form>
  );
}
