// The home page: the two ways in first (search with gemeente, the
// Rechtencheck), above the fold on a 390-pixel phone; topics after them.
import { helpKinds } from '../../../content/taxonomy.ts';
import { Layout } from '../../../web/layout.tsx';
import { searchUrl } from '../service.ts';
import { ui, withLang } from '../ui.ts';
import { LangSwitch, langOfCtx, type ViewContext } from './common.tsx';
import { emptyForm, SearchFormView } from './search-form.tsx';

export function HomePage({ ctx }: { ctx: ViewContext }) {
  const lang = langOfCtx(ctx);
  const t = ui[lang];
  return (
    <Layout title={t.homeTitle} path="/" user={ctx.user} csrfToken={ctx.csrfToken} lang={lang}>
      <h1 class="home-title">{t.homeTitle}</h1>
      <div class="ways-in">
        <section class="way" aria-labelledby="zoek-kop">
          <h2 id="zoek-kop">{t.findHelp}</h2>
          <SearchFormView form={emptyForm} errors={[]} gemeente={null} lang={lang} filters={false} />
        </section>
        <section class="way" aria-labelledby="rechten-kop">
          <h2 id="rechten-kop">{t.checkRights}</h2>
          <p>{t.checkRightsLead}</p>
          <p>
            <a class="button big" href={withLang('/rechtencheck', lang)}>{t.startCheck}</a>
          </p>
        </section>
      </div>
      <LangSwitch ctx={ctx} />
      <p class="lead">{t.homeLead}</p>
      <h2>{t.topics}</h2>
      <ul class="two-col topics">
        {helpKinds.map((kind) => (
          <li>
            <a href={withLang(searchUrl({ hulp: [kind.code] }), lang)}>{lang === 'en' ? kind.nameEn : kind.name}</a>
          </li>
        ))}
      </ul>
      <div class="two-col">
        <section class="notice" aria-labelledby="contact-kop">
          <h2 id="contact-kop">{t.contactTitle}</h2>
          <p>{t.contactLead}</p>
          <p>
            <a href="/aanmelden">{t.contactLink}</a>
          </p>
        </section>
        <section class="notice" aria-labelledby="prof-kop">
          <h2 id="prof-kop">{t.proTitle}</h2>
          <p>{t.proLead}</p>
          <p>
            <a href="/inloggen">{t.proLink}</a>
          </p>
          <p lang={lang === 'en' ? 'nl' : undefined}>
            <a href="/voor-werkgevers">Bent u werkgever? Lees wat iemand aannemen u brengt</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}
