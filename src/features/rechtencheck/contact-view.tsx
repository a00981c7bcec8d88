// "Neem contact met mij op" from the result: the form (minimum data, the
// person chooses whether the result goes along) and the page after sending.
import type { GemeenteTeam } from '../../db/trajecten/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { formatDay } from '../personen/views.tsx';
import { formatShareCode } from '../../db/rechtencheck.ts';
import type { ViewContext } from '../wegwijzer/views.tsx';
import { PATH } from './route-helpers.ts';

export type ContactValues = Record<string, string>;

/** Days the result stays readable for the gemeente (the longest share). */
export const CONTACT_SHARE_DAYS = 30;

export function ContactPage(p: { ctx: ViewContext; concept: string; values: ContactValues; errors: FieldError[]; teams: GemeenteTeam[]; gemeenteName: string | null }) {
  const title = 'Neem contact met mij op';
  const known = p.teams.some((t) => t.gemeenteCode === p.values.gemeenteCode);
  return (
    <Layout title={p.errors.length ? `Fout: ${title}` : title} path={PATH} user={p.ctx.user} csrfToken={p.ctx.csrfToken} gemeente={p.values.gemeenteCode || null}>
      <h1>{title}</h1>
      <p class="lead">Je gemeente belt of mailt je. Samen kijken jullie welke hulp bij werk past. Dat mag ook als je geen uitkering hebt.</p>
      <p>Vul alleen in wat nodig is. Alleen je gemeente ziet wat je hier invult.</p>
      {p.gemeenteName && !known ? (
        <div class="notice">
          <p>{p.gemeenteName} werkt nog niet met InBeeld. Bel of mail je gemeente en vraag naar hulp bij werk. Neem je uitslag mee (als PDF of op papier).</p>
        </div>
      ) : null}
      {p.teams.length === 0 ? null : (
        <form method="post" action={`${PATH}/contact`} novalidate>
          <input type="hidden" name="_csrf" value={p.ctx.csrfToken ?? ''} />
          <input type="hidden" name="concept" value={p.concept} />
          <ErrorSummary errors={p.errors} title="Je aanvraag is nog niet verstuurd" />
          <SelectField name="gemeenteCode" label="Je gemeente" options={p.teams.map((t) => ({ code: t.gemeenteCode, name: t.gemeenteName }))} value={p.values.gemeenteCode ?? ''} errors={p.errors} empty="Kies je gemeente" />
          <TextField name="givenName" label="Voornaam" values={p.values} errors={p.errors} autocomplete="given-name" />
          <TextField name="familyName" label="Achternaam" values={p.values} errors={p.errors} autocomplete="family-name" />
          <Choices kind="radio" name="reachBy" legend="Hoe wil je dat we contact opnemen?" options={[{ code: 'telefoon', name: 'Bel mij' }, { code: 'e-mail', name: 'Mail mij' }]} checked={[p.values.reachBy ?? '']} errors={p.errors} />
          <TextField name="phone" label="Telefoonnummer" type="tel" values={p.values} errors={p.errors} autocomplete="tel" />
          <TextField name="email" label="E-mailadres" type="email" values={p.values} errors={p.errors} autocomplete="email" />
          <TextField name="preferredTime" label="Wanneer kunnen we je het best bereiken? (niet verplicht)" hint="Bijvoorbeeld: dinsdagochtend, of na 15.00 uur." values={p.values} errors={p.errors} />
          <TextField name="about" label="Waarover wil je praten?" hint="Een paar zinnen is genoeg. Je hoeft niets over je gezondheid te vertellen als je dat niet wilt." values={p.values} errors={p.errors} multiline />
          <Choices
            kind="radio"
            name="uitslagMee"
            legend="Mag je gemeente je uitslag van de Rechtencheck zien?"
            hint={`Kies je ja? Dan ziet je gemeente je antwoorden en je uitslag, ${CONTACT_SHARE_DAYS} dagen lang. Daar staat je naam niet in. Je krijgt een link om de uitslag eerder te wissen. Kies je nee? Dan ziet je gemeente alleen wat je hierboven invult.`}
            options={[
              { code: 'ja', name: 'Ja, stuur mijn uitslag mee' },
              { code: 'nee', name: 'Nee, stuur mijn uitslag niet mee' },
            ]}
            checked={[p.values.uitslagMee ?? '']}
            errors={p.errors}
          />
          <button type="submit">Verstuur</button>
        </form>
      )}
      <p class="no-print">
        <a href={`${PATH}/uitslag?concept=${p.concept}`}>Terug naar je uitslag</a>
      </p>
    </Layout>
  );
}

export function ContactSentPage(p: {
  ctx: ViewContext;
  concept: string;
  team: GemeenteTeam;
  deadline: string;
  share: { code: string; deleteUrl: string; expiresAt: string } | null;
}) {
  return (
    <Layout title="Je aanvraag is verstuurd" path={PATH} user={p.ctx.user} csrfToken={p.ctx.csrfToken} gemeente={p.team.gemeenteCode}>
      <h1>Je aanvraag is verstuurd</h1>
      <div class="notice" role="status">
        <p>
          {p.team.organizationName} heeft je aanvraag gekregen. Zij nemen uiterlijk op {formatDay(p.deadline)} contact met je op.
        </p>
      </div>
      {p.share ? (
        <>
          <h2>Je uitslag is meegestuurd</h2>
          <p>
            Je gemeente ziet je antwoorden en je uitslag met code <strong id="deelcode">{formatShareCode(p.share.code)}</strong>. Je naam staat er niet in. De code werkt tot{' '}
            {formatDay(p.share.expiresAt.slice(0, 10))}.
          </p>
          <p>Wil je de uitslag eerder wissen? Bewaar dan deze link. Je ziet hem maar één keer.</p>
          <p>
            <a href={p.share.deleteUrl} id="verwijderlink">
              {p.share.deleteUrl}
            </a>
          </p>
        </>
      ) : (
        <p>Je uitslag is niet meegestuurd. Wil je hem toch laten zien? Neem dan de PDF mee naar het gesprek.</p>
      )}
      <h2>Wat gebeurt er nu?</h2>
      <ol>
        <li>Iemand van de gemeente leest je aanvraag.</li>
        <li>Je wordt gebeld of gemaild, zoals je hebt gekozen.</li>
        <li>Jullie maken samen een afspraak. In dat gesprek kijken jullie welke hulp bij je past. De gemeente beslist, niet de Rechtencheck.</li>
      </ol>
      <p>Hoor je niets vóór {formatDay(p.deadline)}? Bel dan je gemeente en zeg dat je een aanvraag hebt gedaan via InBeeld.</p>
      <p class="no-print">
        <a href={`${PATH}/uitslag?concept=${p.concept}`}>Terug naar je uitslag</a>
      </p>
    </Layout>
  );
}

/** The short block on the result page that leads to the form. */
export function ContactBlock({ concept, lang = 'nl' }: { concept: string; lang?: 'nl' | 'en' }) {
  // The form itself is in Dutch (as the Wegwijzer's); the link says so in English.
  return (
    <section aria-labelledby="contact-kop" class="no-print">
      <h2 id="contact-kop">{lang === 'en' ? 'Help from your gemeente' : 'Hulp van je gemeente'}</h2>
      <p>
        <a href={`${PATH}/contact?concept=${concept}`} {...(lang === 'en' ? { hreflang: 'nl' } : {})}>
          {lang === 'en' ? 'Ask your gemeente to contact me (form in Dutch)' : 'Neem contact met mij op'}
        </a>
      </p>
    </section>
  );
}
