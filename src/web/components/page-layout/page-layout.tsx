// The two page frames: the public site (short top menu) and the workspace
// for logged-in professionals (side menu by role, the organisation's theme).
// Layout picks the workspace frame for workspace paths, so feature pages
// keep calling <Layout title path user csrfToken>.
import type { ComponentChildren } from 'preact';
import { script, stylesheet } from '../../assets.ts';
import { DEFAULT_THEME, logoUrl, themeByKey, themeForGemeente, themeForOrganization, type Theme } from '../../themes/themes.ts';
import { SideNav, isCurrent } from '../side-nav/side-nav.tsx';
import { isWorkspacePath, workspaceMenu } from './workspace-menu.ts';

export interface LayoutUser {
  name: string;
  role: string;
  organizationId?: string | null;
  organizationName?: string | null;
  /** Seconds until the session ends without activity; drives the timeout warning. */
  sessionSeconds?: number;
}

export interface LayoutProps {
  title: string;
  /** Path of the current page, to mark the active menu item. */
  path?: string;
  user?: LayoutUser | null;
  /** Token for forms in the header (logout). */
  csrfToken?: string;
  /** Force a frame; by default workspace paths of a logged-in user get the workspace. */
  frame?: 'public' | 'workspace';
  /** Theme key to use instead of the default (public) or the organisation's (workspace), for previews. */
  theme?: string;
  /** Public pages about one gemeente (its code): shown in the theme that gemeente chose. */
  gemeente?: string | null | undefined;
  /** Language of the page content (default Dutch); menu and footer stay Dutch and say so. */
  lang?: 'nl' | 'en';
  children: ComponentChildren;
}

const publicMenu: Array<{ href: string; label: string }> = [
  { href: '/', label: 'Home' },
  { href: '/zoeken', label: 'Hulp zoeken' },
  { href: '/rechtencheck', label: 'Rechtencheck' },
  { href: '/kennis', label: 'Kennis' },
  { href: '/over', label: 'Over InBeeld' },
];

/** Where the workspace starts for a role (the first item of its menu). */
export function workspaceHome(role: string): string {
  return workspaceMenu(role)[0]?.href ?? '/';
}

function Document({ title, theme, user, csrfToken, lang = 'nl', children }: { title: string; theme: Theme; user?: LayoutUser | null | undefined; csrfToken?: string | undefined; lang?: 'nl' | 'en' | undefined; children: ComponentChildren }) {
  const css = stylesheet();
  const js = script();
  return (
    <html lang={lang} class={`utrecht-theme utrecht-html inbeeld-theme--${theme.key}`}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | InBeeld`}</title>
        <link rel="stylesheet" href={css.path} />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <script src={js.path} defer />
      </head>
      <body data-session-seconds={user?.sessionSeconds} data-csrf={user ? csrfToken : undefined}>
        <a class="skip-link utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud" lang={lang === 'nl' ? undefined : 'nl'}>
          Naar de inhoud
        </a>
        {children}
      </body>
    </html>
  );
}

function Logout({ user, csrfToken }: { user: LayoutUser; csrfToken?: string | undefined }) {
  return (
    <form method="post" action="/uitloggen" class="inline-form">
      <input type="hidden" name="_csrf" value={csrfToken ?? ''} />
      <button type="submit" class="link-button">
        Uitloggen als {user.name}
      </button>
    </form>
  );
}

function Footer({ lang = 'nl' }: { lang?: 'nl' | 'en' | undefined }) {
  return (
    <footer class="site-footer utrecht-page-footer" lang={lang === 'nl' ? undefined : 'nl'}>
      <p>
        InBeeld helpt mensen met een arbeidsbeperking zonder uitkering op weg naar werk. InBeeld geeft informatie. Je
        gemeente of UWV beslist.
      </p>
      <p>
        <a href="/toegankelijkheid">Toegankelijkheid</a> · <a href="/privacy">Privacy</a> ·{' '}
        <a href="/api/v1/openapi.json">Open data (API)</a>
      </p>
    </footer>
  );
}

export function PublicLayout({ title, path, user, csrfToken, theme: themeKey, gemeente, lang, children }: LayoutProps) {
  const theme = themeKey ? themeByKey(themeKey) : themeForGemeente(gemeente);
  return (
    <Document title={title} theme={theme} user={user} csrfToken={csrfToken} lang={lang}>
      <header class="site-header utrecht-page-header" lang={lang && lang !== 'nl' ? 'nl' : undefined}>
        <div class="bar">
          <a class="brand" href="/">
            {theme.key === DEFAULT_THEME ? null : <img src={logoUrl(theme)} alt="" width="32" height="32" />}
            InBeeld
          </a>
          <nav aria-label="Hoofdmenu">
            <ul>
              {publicMenu.map((item) => (
                <li>
                  <a href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
              {user ? (
                <>
                  <li>
                    <a href={workspaceHome(user.role)}>Mijn werkruimte</a>
                  </li>
                  <li>
                    <Logout user={user} csrfToken={csrfToken} />
                  </li>
                </>
              ) : (
                <li>
                  <a href="/inloggen" aria-current={isCurrent(path, '/inloggen') ? 'page' : undefined}>
                    Inloggen
                  </a>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1}>
        {children}
      </main>
      <Footer lang={lang} />
    </Document>
  );
}

export function WorkspaceLayout({ title, path, user, csrfToken, theme: themeKey, children }: LayoutProps & { user: LayoutUser }) {
  const theme = themeKey ? themeByKey(themeKey) : themeForOrganization(user.organizationId);
  return (
    <Document title={title} theme={theme} user={user} csrfToken={csrfToken}>
      <header class="workspace-header utrecht-page-header">
        <div class="bar">
          <a class="brand" href={workspaceHome(user.role)}>
            <img src={logoUrl(theme)} alt="" width="32" height="32" />
            <span>
              InBeeld werkruimte
              {user.organizationName ? <span class="brand-org">{user.organizationName}</span> : null}
            </span>
          </a>
          <ul class="workspace-tools">
            <li>
              <a href="/">Publieke site</a>
            </li>
            <li>
              <Logout user={user} csrfToken={csrfToken} />
            </li>
          </ul>
        </div>
      </header>
      <div class="workspace">
        <SideNav label="Werkruimte" items={workspaceMenu(user.role)} path={path} />
        <main id="inhoud" tabIndex={-1} class="workspace-main">
          {children}
        </main>
      </div>
      <Footer />
    </Document>
  );
}

export function Layout(props: LayoutProps) {
  const user = props.user;
  const workspace = props.frame ? props.frame === 'workspace' : isWorkspacePath(props.path);
  if (user && workspace) return <WorkspaceLayout {...props} user={user} />;
  return <PublicLayout {...props} />;
}
