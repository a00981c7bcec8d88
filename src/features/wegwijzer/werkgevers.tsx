// The Wegwijzer page for employers (issue 15): what hiring someone from this
// group brings (benefits with their law, support that applies), who the
// regional werkgeversservicepunt is, and a contact form that lands with the
// werkgeversadviseurs of the chosen organisation. Public, no login.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { matchingOrganizations } from '../../db/werkgevers/profiles.ts';
import { employerBenefits, benefitKeys } from '../../domain/matching/benefits.ts';
import { source } from '../../domain/rechtencheck/sources.ts';
import { Alert } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { text, type FormBody } from '../../web/form-input.ts';
import { Layout } from '../../web/layout.tsx';
import { today } from '../nazorg/clock.ts';

interface Desk {
  id: string;
  name: string;
  email: string | null;
  website: string | null;
  phones: Array<{ number: string; description?: string }>;
}

function EmployersPage(p: { csrfToken: string; desks: Desk[]; targets: Array<{ id: string; name: string }>; values: Record<string, string>; errors: FieldError[]; sent: boolean }) {
  const benefits = employerBenefits(benefitKeys, today());
  const jobcoach = source('rib-18');
  return (
    <Layout title="Voor werkgevers" path="/voor-werkgevers">
      <h1>Voor werkgevers: iemand aannemen met een arbeidsbeperking</h1>
      <p>
        Veel mensen met een arbeidsbeperking willen graag werken. Vaak krijgen ze geen uitkering. Ze zoeken werk dat past: soms minder uren, vaste
        taken of een rustige plek. Daarvoor is niet altijd een bestaande vacature nodig. Ook een baan die u samenstelt uit losse taken (jobcarving) kan
        heel goed werken, en duurt vaak lang.
      </p>
      <h2>Wat het u kan opleveren</h2>
      <p>Deze regelingen kunnen gelden. Of ze gelden, hangt af van de persoon. Het werkgeversservicepunt zoekt het met u uit.</p>
      {benefits.map((b) => (
        <section aria-labelledby={`voordeel-${b.key}`}>
          <h3 id={`voordeel-${b.key}`}>{b.title}</h3>
          <p>{b.inBrief}</p>
          <p>{b.condition}{b.amount ? ` ${b.amount}` : ''}</p>
          <p class="hint">
            Wet:{' '}
            {b.sources.map((s, i) => (
              <>
                {i ? '; ' : ''}
                <a href={s.url}>{s.law}, {s.article}</a> (geldt vanaf {s.validFrom})
              </>
            ))}
          </p>
        </section>
      ))}
      <h3>Steun op de werkvloer</h3>
      <p>
        Een jobcoach helpt de nieuwe collega en uw team op weg. Soms kan de werkplek worden aangepast. Wet: <a href={jobcoach.url}>{jobcoach.law}, {jobcoach.article}</a>{' '}
        (geldt vanaf {jobcoach.validFrom}), en de verordening van de gemeente.
      </p>
      <h2>Het werkgeversservicepunt in de regio</h2>
      {p.desks.length === 0 ? <p>Neem contact op met de gemeente waar uw bedrijf is.</p> : (
        <ul>
          {p.desks.map((d) => (
            <li>
              <strong>{d.name}</strong>
              {d.phones[0] ? <>, telefoon {d.phones[0].number}</> : null}
              {d.email ? <>, e-mail <a href={`mailto:${d.email}`}>{d.email}</a></> : null}
              {d.website ? <>, <a href={d.website}>website van {d.name}</a></> : null}
            </li>
          ))}
        </ul>
      )}
      <h2 id="contact">Neem contact op</h2>
      {p.sent ? <Alert type="ok" live title="Verstuurd">Dank u. Een werkgeversadviseur neemt binnen een paar werkdagen contact met u op.</Alert> : null}
      <ErrorSummary errors={p.errors} title="Nog niet verstuurd" />
      {p.targets.length === 0 ? <p>Het contactformulier is nu niet beschikbaar. Bel of mail het werkgeversservicepunt.</p> : (
        <form method="post" action="/voor-werkgevers" novalidate>
          <input type="hidden" name="_csrf" value={p.csrfToken} />
          <SelectField name="organisatie" label="Naar welk werkgeversservicepunt?" options={p.targets.map((t) => ({ code: t.id, name: t.name }))} value={p.values.organisatie ?? ''} errors={p.errors} empty="Kies" />
          <TextField name="bedrijf" label="Naam van uw bedrijf" values={p.values} errors={p.errors} autocomplete="organization" />
          <TextField name="naam" label="Uw naam" values={p.values} errors={p.errors} autocomplete="name" />
          <TextField name="email" label="Uw e-mailadres" type="email" hint="Vul een e-mailadres of een telefoonnummer in." values={p.values} errors={p.errors} autocomplete="email" />
          <TextField name="telefoon" label="Uw telefoonnummer" type="tel" values={p.values} errors={p.errors} autocomplete="tel" />
          <TextField name="bericht" label="Uw vraag" hint="Bijvoorbeeld: welk werk u heeft, en hoeveel uur." multiline values={p.values} errors={p.errors} />
          <button type="submit" class="button">Versturen</button>
        </form>
      )}
    </Layout>
  );
}

function validate(v: Record<string, string>, targets: string[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!targets.includes(v.organisatie ?? '')) errors.push({ field: 'organisatie', message: 'Werkgeversservicepunt: kies er een uit de lijst.' });
  if (!v.bedrijf) errors.push({ field: 'bedrijf', message: 'Naam van uw bedrijf: vul dit in.' });
  else if (v.bedrijf.length > 200) errors.push({ field: 'bedrijf', message: 'Naam van uw bedrijf: gebruik hoogstens 200 tekens.' });
  if (!v.naam) errors.push({ field: 'naam', message: 'Uw naam: vul dit in.' });
  else if (v.naam.length > 200) errors.push({ field: 'naam', message: 'Uw naam: gebruik hoogstens 200 tekens.' });
  if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) errors.push({ field: 'email', message: 'Uw e-mailadres: dit is geen geldig e-mailadres. Gebruik bijvoorbeeld naam@bedrijf.nl.' });
  if (v.telefoon && !/^[0-9 +()-]{6,20}$/.test(v.telefoon)) errors.push({ field: 'telefoon', message: 'Uw telefoonnummer: gebruik alleen cijfers, spaties en + ( ) -, bijvoorbeeld 0591 123 456.' });
  if (!v.email && !v.telefoon) errors.push({ field: 'email', message: 'Uw e-mailadres: vul een e-mailadres of een telefoonnummer in, zodat we u kunnen bereiken.' });
  if (!v.bericht) errors.push({ field: 'bericht', message: 'Uw vraag: schrijf kort wat u zoekt.' });
  else if (v.bericht.length > 4000) errors.push({ field: 'bericht', message: 'Uw vraag: gebruik hoogstens 4000 tekens.' });
  return errors;
}

export async function employersPagePlugin(app: FastifyInstance) {
  const hide = { schema: { hide: true } };
  const desks = () => app.db.query<Desk>(`select id, name, email, website, phones from organization where type = 'werkcentrum' order by name`);

  app.get('/voor-werkgevers', hide, async (request, reply) => {
    const sent = (request.query as Record<string, unknown>).verstuurd === '1';
    return reply.page(EmployersPage({ csrfToken: reply.generateCsrf(), desks: await desks(), targets: await matchingOrganizations(app.db), values: {}, errors: [], sent }));
  });

  app.post('/voor-werkgevers', { ...hide, preValidation: app.csrfProtection, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (request: FastifyRequest, reply) => {
    const b = (request.body ?? {}) as FormBody;
    const v: Record<string, string> = {};
    for (const f of ['organisatie', 'bedrijf', 'naam', 'email', 'telefoon', 'bericht']) v[f] = text(b, f, 5000);
    const targets = await matchingOrganizations(app.db);
    const errors = validate(v, targets.map((t) => t.id));
    if (errors.length) return reply.page(EmployersPage({ csrfToken: reply.generateCsrf(), desks: await desks(), targets, values: v, errors, sent: false }), 400);
    await app.db.query(
      `insert into employer_enquiry (organization_id, company, contact_name, email, phone, message) values ($1, $2, $3, $4, $5, $6)`,
      [v.organisatie, v.bedrijf, v.naam, v.email?.toLowerCase() || null, v.telefoon || null, v.bericht],
    );
    return reply.redirect('/voor-werkgevers?verstuurd=1#contact', 303);
  });
}
