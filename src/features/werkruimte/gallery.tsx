// /ontwikkeling/componenten: every example of the component kit on one page,
// for developers and for the e2e axe check. Only with DEV_OUTBOX=true (the
// same switch as the development outbox) and only for a functioneel-beheerder.
import type { FastifyInstance } from 'fastify';
import { componentExamples } from '../../web/components/examples.ts';
import { Layout, type LayoutUser } from '../../web/layout.tsx';
import { NotFoundError } from '../../web/errors.ts';
import { DEFAULT_THEME, themes } from '../../web/themes/themes.ts';

export function devPagesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DEV_OUTBOX === 'true';
}

function GalleryPage({ user, csrfToken, theme }: { user: LayoutUser; csrfToken: string; theme: string }) {
  return (
    <Layout title="Componenten (ontwikkeling)" path="/ontwikkeling/componenten" user={user} csrfToken={csrfToken} theme={theme}>
      <h1>Componenten</h1>
      <p>Alle voorbeelden uit de componentenset (src/web/components). Deze pagina is er alleen in ontwikkeling.</p>
      <p>
        Bekijk in een thema:{' '}
        {themes.map((t, i) => (
          <>
            {i > 0 ? ' · ' : null}
            <a href={`/ontwikkeling/componenten?thema=${t.key}`} aria-current={t.key === theme ? 'true' : undefined}>
              {t.name}
            </a>
          </>
        ))}
      </p>
      <nav aria-label="Componenten op deze pagina">
        <ul>
          {componentExamples.map((c) => (
            <li>
              <a href={`#${c.component}`}>{c.component}</a>
            </li>
          ))}
        </ul>
      </nav>
      {componentExamples.map((c) => (
        <section aria-labelledby={c.component}>
          <h2 id={c.component}>{c.component}</h2>
          {c.examples.map((e) => (
            <div class="gallery-example">
              <h3>{e.name}</h3>
              {e.render()}
            </div>
          ))}
        </section>
      ))}
    </Layout>
  );
}

export async function galleryRoutes(app: FastifyInstance) {
  app.get('/ontwikkeling/componenten', { schema: { hide: true } }, async (request, reply) => {
    if (!devPagesEnabled()) throw new NotFoundError('Deze pagina bestaat alleen in ontwikkeling.');
    const asked = (request.query as { thema?: string }).thema;
    const theme = themes.find((t) => t.key === asked)?.key ?? DEFAULT_THEME;
    return reply.page(<GalleryPage user={request.user!} csrfToken={reply.generateCsrf()} theme={theme} />);
  });
}
