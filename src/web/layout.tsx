import type { ComponentChildren } from 'preact';
import { script, stylesheet } from './assets.ts';

export interface LayoutUser {
  name: string;
  role: string;
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
  /** Language of the page content (default Dutch); menu and footer stay Dutch and say so. */
  lang?: 'nl' | 'en';
  children: ComponentChildren;
}

const menu: Array<{ href: string; label: string }> = [
  { href: '/', label: 'Home' },
  { href: '/zoeken', label: 'Hulp zoeken' },
  { href: '/rechtencheck', label: 'Rechtencheck' },
  { href: '/kennis', label: 'Kennis' },
  { href: '/over', label: 'Over InBeeld' },
];

/** Menu items for a logged-in user, by role. */
function workLinks(role: string): Array<{ href: string; label: string }> {
  const compass = { href: '/veranderkompas', label: 'Veranderkompas' };
  const monitor = { href: '/monitor', label: 'Monitor' };
  if (role === 'consulent' || role === 'teamleider') {
    return [
      { href: '/caseload', label: 'Caseload' },
      { href: '/personen', label: 'Personen' },
      { href: '/doorverwijzingen', label: 'Doorverwijzingen' },
      { href: '/nazorg', label: 'Nazorg' },
      ...(role === 'teamleider' ? [monitor] : []),
      compass,
    ];
  }
  if (role === 'beleidsmedewerker') return [monitor, { href: '/nazorg/duurzaamheid', label: 'Duurzaamheid' }, compass];
  if (role === 'aanbieder-redacteur' || role === 'functioneel-beheerder') return [{ href: '/beheer', label: 'Beheer' }, compass];
  return [compass];
}

function isCurrent(path: string | undefined, href: string): boolean {
  if (!path) return false;
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function Layout({ title, path, user, csrfToken, lang = 'nl', children }: LayoutProps) {
  const frameLang = lang === 'nl' ? undefined : 'nl';
  const css = stylesheet();
  const js = script();
  return (
    <html lang={lang} class="utrecht-theme utrecht-html">
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
        <a class="skip-link" href="#inhoud" lang={frameLang}>
          Naar de inhoud
        </a>
        <header class="site-header" lang={frameLang}>
          <div class="bar">
            <a class="brand" href="/">
              InBeeld
            </a>
            <nav aria-label="Hoofdmenu">
              <ul>
                {menu.map((item) => (
                  <li>
                    <a href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
                {user ? (
                  <>
                    {workLinks(user.role).map((item) => (
                      <li>
                        <a href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
                          {item.label}
                        </a>
                      </li>
                    ))}
                    <li>
                      <form method="post" action="/uitloggen" class="inline-form">
                        <input type="hidden" name="_csrf" value={csrfToken ?? ''} />
                        <button type="submit" class="link-button">
                          Uitloggen ({user.name})
                        </button>
                      </form>
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
        <footer class="site-footer" lang={frameLang}>
          <p>
            InBeeld helpt mensen met een arbeidsbeperking zonder uitkering op weg naar werk. InBeeld geeft informatie. Je
            gemeente of UWV beslist.
          </p>
          <p>
            <a href="/toegankelijkheid">Toegankelijkheid</a> · <a href="/privacy">Privacy</a> ·{' '}
            <a href="/api/v1/openapi.json">Open data (API)</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
