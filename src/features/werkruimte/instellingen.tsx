// /instellingen/signalen: thresholds and grace periods for signals per
// gemeente, with the history of changes. A teamleider sets those of their own
// organisation's gemeente; a functioneel-beheerder chooses a gemeente.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { gemeenteOptions, organizationGemeente, policyHistory, readPublicTheme, readSignalPolicy, savePublicTheme, saveSignalPolicy, type PolicyChange } from '../../db/werkruimte/policy.ts';
import { policyFields, validatePolicy, type PolicyForm } from '../../domain/signal-policy.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Alert, Button, Csrf, DataTable, ErrorSummary, Select, TextInput } from '../../web/components/index.ts';
import { InputError } from '../../web/errors.ts';
import type { FieldError } from '../../web/errors.ts';
import { Layout } from '../../web/layout.tsx';
import { DEFAULT_THEME, loadOrganizationThemes, themes } from '../../web/themes/themes.ts';

interface PageProps {
  user: SessionUser;
  csrfToken: string;
  gemeente: { code: string; name: string };
  /** Functioneel-beheerder: every gemeente, to choose from. */
  gemeenten: Array<{ code: string; name: string }> | null;
  values: PolicyForm;
  errors: FieldError[];
  history: PolicyChange[];
  saved: boolean;
  /** Functioneel-beheerder: the gemeente's public-site theme, to change it here. */
  publicTheme: string | null;
}

function PublicThemeForm({ gemeente, theme, csrfToken }: { gemeente: { code: string; name: string }; theme: string; csrfToken: string }) {
  return (
    <section aria-labelledby="thema-kop">
      <h2 id="thema-kop">Thema van de publieke site</h2>
      <p>
        Pagina’s over {gemeente.name} op de publieke site (zoeken in de gemeente, het aanbod en de Rechtencheck) krijgen dit NL Design
        System-thema. Een nieuw thema is binnen 30 seconden overal te zien.
      </p>
      <form method="post" action={`/instellingen/thema?gemeente=${gemeente.code}`}>
        <Csrf token={csrfToken} />
        <Select name="thema" label="Thema" options={themes.map((t) => ({ code: t.key, name: t.name }))} value={theme} />
        <Button variant="secondary">Thema opslaan</Button>
      </form>
    </section>
  );
}

function SettingsPage(p: PageProps) {
  return (
    <Layout title={`${p.errors.length ? 'Fout: ' : ''}Signalen instellen`} path="/instellingen/signalen" user={p.user} csrfToken={p.csrfToken}>
      <h1>Signalen instellen voor {p.gemeente.name}</h1>
      <p>
        Hier stel je in wanneer InBeeld een signaal geeft en hoeveel tijd een team heeft. Dit zijn werkafspraken van de gemeente, geen
        wettelijke termijnen. Een wijziging geldt meteen voor alle signalen.
      </p>
      {p.saved ? <Alert type="ok" live>De instellingen zijn opgeslagen.</Alert> : null}
      {p.gemeenten ? (
        <form method="get" action="/instellingen/signalen" class="search-form">
          <Select name="gemeente" label="Gemeente" options={p.gemeenten} value={p.gemeente.code} />
          <Button variant="secondary">Kies gemeente</Button>
        </form>
      ) : null}
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/instellingen/signalen?gemeente=${p.gemeente.code}`} novalidate>
        <Csrf token={p.csrfToken} />
        {policyFields.map((f) => (
          <TextInput name={f.key} label={f.label} hint={`${f.hint} Van ${f.min} tot en met ${f.max}; standaard ${f.default}.`} value={p.values[f.key]} errors={p.errors} type="number" width="short" />
        ))}
        <Button>Instellingen opslaan</Button>
      </form>
      {p.publicTheme !== null ? <PublicThemeForm gemeente={p.gemeente} theme={p.publicTheme} csrfToken={p.csrfToken} /> : null}
      <h2>Eerdere wijzigingen</h2>
      <DataTable caption="Eerdere wijzigingen, nieuwste eerst" columns={['Wanneer', 'Door wie', ...policyFields.map((f) => f.label)]} isEmpty={p.history.length === 0} empty={<p>Nog niets gewijzigd: de standaardwaarden gelden.</p>}>
        {p.history.map((h) => (
          <tr>
            <td>{h.changedAt}</td>
            <td>{h.changedByName ?? 'Onbekend'}</td>
            {policyFields.map((f) => (
              <td>{h.settings[f.key]}</td>
            ))}
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

export async function settingsRoutes(app: FastifyInstance) {
  const hide = { schema: { hide: true } };

  /** The gemeente this request is about; a teamleider only ever gets their own. */
  async function gemeenteOf(request: FastifyRequest) {
    const user = request.user as SessionUser;
    const all = await gemeenteOptions(app.db);
    const asked = String((request.query as Record<string, unknown>).gemeente ?? '');
    if (user.role === 'teamleider') {
      const own = await organizationGemeente(app.db, user.organizationId);
      const gemeente = all.find((g) => g.code === own);
      if (!gemeente) throw new InputError('Je organisatie hoort niet bij een gemeente. Vraag de functioneel beheerder om de instellingen.', [], 400);
      return { gemeente, gemeenten: null };
    }
    const gemeente = all.find((g) => g.code === asked) ?? all[0]!;
    if (asked && gemeente.code !== asked) throw new InputError('Deze gemeente bestaat niet. Kies een gemeente uit de lijst.', [{ field: 'gemeente', message: 'Kies een gemeente uit de lijst.' }]);
    return { gemeente, gemeenten: all };
  }

  /** Only the functioneel-beheerder chooses the public theme; null hides the form. */
  async function publicThemeFor(request: FastifyRequest, code: string): Promise<string | null> {
    if ((request.user as SessionUser).role !== 'functioneel-beheerder') return null;
    return (await readPublicTheme(app.db, code)) ?? DEFAULT_THEME;
  }

  app.post('/instellingen/thema', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const { gemeente } = await gemeenteOf(request);
    const asked = String((request.body as Record<string, unknown> | undefined)?.thema ?? '');
    const theme = themes.find((t) => t.key === asked);
    if (!theme) throw new InputError('Dit thema bestaat niet. Kies een thema uit de lijst.', [{ field: 'thema', message: 'Kies een thema uit de lijst.' }]);
    await savePublicTheme(app.db, gemeente.code, theme.key === DEFAULT_THEME ? null : theme.key);
    // This instance shows the change at once; other instances within THEME_MAX_AGE_MS.
    await loadOrganizationThemes(app.db);
    return reply.redirect(`/instellingen/signalen?gemeente=${gemeente.code}&melding=opgeslagen`, 303);
  });

  app.get('/instellingen/signalen', hide, async (request, reply) => {
    const { gemeente, gemeenten } = await gemeenteOf(request);
    const policy = await readSignalPolicy(app.db, gemeente.code);
    const values = Object.fromEntries(policyFields.map((f) => [f.key, String(policy[f.key])])) as PolicyForm;
    const saved = (request.query as Record<string, unknown>).melding === 'opgeslagen';
    return reply.page(
      <SettingsPage user={request.user as SessionUser} csrfToken={reply.generateCsrf()} gemeente={gemeente} gemeenten={gemeenten} values={values} errors={[]} history={await policyHistory(app.db, gemeente.code)} saved={saved} publicTheme={await publicThemeFor(request, gemeente.code)} />,
    );
  });

  app.post('/instellingen/signalen', { ...hide, preValidation: app.csrfProtection }, async (request, reply) => {
    const user = request.user as SessionUser;
    const { gemeente, gemeenten } = await gemeenteOf(request);
    const { values, errors, policy } = validatePolicy((request.body ?? {}) as Record<string, unknown>);
    if (!policy) {
      return reply.page(
        <SettingsPage user={user} csrfToken={reply.generateCsrf()} gemeente={gemeente} gemeenten={gemeenten} values={values} errors={errors} history={await policyHistory(app.db, gemeente.code)} saved={false} publicTheme={await publicThemeFor(request, gemeente.code)} />,
        400,
      );
    }
    await saveSignalPolicy(app.db, gemeente.code, policy, { accountId: user.id, name: user.name });
    return reply.redirect(`/instellingen/signalen?gemeente=${gemeente.code}&melding=opgeslagen`, 303);
  });
}
