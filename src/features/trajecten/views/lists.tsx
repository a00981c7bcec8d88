// The team's queue of requests for contact and the signals page.

import type { RegistrationItem } from '../../../db/trajecten/index.ts';
import type { SessionUser } from '../../../web/auth.tsx';
import type { SignalsPage as SignalsPageData } from '../../../db/signals/page.ts';
import { Button, Csrf, DataTable, Pagination } from '../../../web/components/index.ts';
import { Layout } from '../../../web/layout.tsx';
import { PersonLink, formatDateTime, formatDay } from '../../personen/views.tsx';

/** Signals per page on /signalen (the route asks the database for one page of this size). */
export const SIGNALS_PER_PAGE = 50;

export function QueuePage({ user, csrfToken, items, today }: { user: SessionUser; csrfToken: string; items: RegistrationItem[]; today: string }) {
  return (
    <Layout title="Aanmeldingen" path="/aanmeldingen" user={user} csrfToken={csrfToken}>
      <h1>Aanmeldingen</h1>
      <p>Mensen die vroegen om contact. Neem contact op vóór de datum die erbij staat.</p>
      {items.length === 0 ? <p>Er zijn geen open aanmeldingen.</p> : null}
      <ul class="results">
        {items.map((r) => (
          <li class="result">
            <h2>
              <PersonLink id={r.personId} person={r} />
            </h2>
            <p>"{r.about}"</p>
            <p>
              Wil contact via {r.reachBy === 'telefoon' ? `telefoon (${r.phone ?? ''})` : `e-mail (${r.email ?? ''})`}
              {r.preferredTime ? `, het liefst ${r.preferredTime}` : ''}. Aangemeld op {formatDateTime(r.createdAt)}.
            </p>
            <p>
              <strong>{r.deadline < today ? `Te laat: reageren moest vóór ${formatDay(r.deadline)}.` : `Reageren vóór ${formatDay(r.deadline)}.`}</strong>
            </p>
            <form method="post" action={`/aanmeldingen/${r.id}/oppakken`}>
              <Csrf token={csrfToken} />
              <Button>
                Oppakken<span class="visually-hidden">: {r.givenName} {r.familyName}</span>
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function SignalsPage({ user, csrfToken, result, labels, kind, mine }: { user: SessionUser; csrfToken: string; result: SignalsPageData; labels: Record<string, string>; kind: string; mine: boolean }) {
  const { counts, total, signals: shown, page, pages } = result;
  const href = (p: number) => `/signalen?${new URLSearchParams({ ...(kind ? { soort: kind } : {}), ...(p > 1 ? { pagina: String(p) } : {}) })}`.replace(/\?$/, '');
  return (
    <Layout title={pages > 1 ? `Signalen, pagina ${page} van ${pages}: dreigt uit beeld te raken` : 'Signalen: dreigt uit beeld te raken'} path="/signalen" user={user} csrfToken={csrfToken}>
      <h1>Dreigt uit beeld te raken</h1>
      <p>
        {mine ? 'Jouw mensen, en de mensen van je team zonder vaste contactpersoon, met een signaal.' : 'Deze mensen van je organisatie hebben een signaal.'} Bij elk signaal staat waarom, en wat je kunt doen.
        {pages > 1 ? ` Het oudste signaal staat bovenaan. Je ziet ${SIGNALS_PER_PAGE} signalen per pagina.` : ''}
      </p>
      <nav aria-label="Soort signaal">
        <ul class="pager">
          <li>
            <a href="/signalen" aria-current={kind === '' ? 'page' : undefined}>
              Alle ({total})
            </a>
          </li>
          {Object.entries(labels).map(([code, label]) => (
            <li>
              <a href={`/signalen?soort=${code}`} aria-current={kind === code ? 'page' : undefined}>
                {label} ({counts[code] ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {shown.length === 0 ? <p role="status">Er zijn geen signalen.</p> : null}
      {shown.length ? (
        <DataTable caption={pages > 1 ? `Signalen, pagina ${page} van ${pages}` : 'Signalen'} columns={['Naam', 'Signaal', 'Waarom', 'Actie']}>
            {shown.map((s) => (
              <tr>
                <td>
                  <PersonLink id={s.personId} person={s} />
                </td>
                <td>{labels[s.kind] ?? s.kind}</td>
                <td>{s.detail}</td>
                <td>
                  <a href={s.actionPath}>{s.actionLabel}<span class="visually-hidden">: {s.givenName} {s.familyName}</span></a>
                </td>
              </tr>
            ))}
        </DataTable>
      ) : null}
      <Pagination page={page} pages={pages} href={href} label="Pagina’s van de signalen" />
    </Layout>
  );
}
