// The team's queue of requests for contact and the signals page.
import type { RegistrationItem } from '../../../db/trajecten/index.ts';
import type { SessionUser } from '../../../web/auth.tsx';
import { Button, Csrf, DataTable } from '../../../web/components/index.ts';
import { Layout } from '../../../web/layout.tsx';
import { PersonLink, formatDateTime, formatDay } from '../../personen/views.tsx';
import type { SignalRow } from './types.ts';

export function QueuePage({ user, csrfToken, items, today }: { user: SessionUser; csrfToken: string; items: RegistrationItem[]; today: string }) {
  return (
    <Layout title="Aanmeldingen" path="/caseload" user={user} csrfToken={csrfToken}>
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

export function SignalsPage({ user, csrfToken, signals, labels, kind, mine }: { user: SessionUser; csrfToken: string; signals: SignalRow[]; labels: Record<string, string>; kind: string; mine: boolean }) {
  const counts = new Map<string, number>();
  for (const s of signals) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const shown = kind ? signals.filter((s) => s.kind === kind) : signals;
  return (
    <Layout title="Signalen: dreigt uit beeld te raken" path="/caseload" user={user} csrfToken={csrfToken}>
      <h1>Dreigt uit beeld te raken</h1>
      <p>
        {mine ? 'Jouw mensen, en de mensen van je team zonder vaste contactpersoon, met een signaal.' : 'Deze mensen van je organisatie hebben een signaal.'} Bij elk signaal staat waarom, en wat je kunt doen.
      </p>
      <nav aria-label="Soort signaal">
        <ul class="pager">
          <li>
            <a href="/signalen" aria-current={kind === '' ? 'page' : undefined}>
              Alle ({signals.length})
            </a>
          </li>
          {Object.entries(labels).map(([code, label]) => (
            <li>
              <a href={`/signalen?soort=${code}`} aria-current={kind === code ? 'page' : undefined}>
                {label} ({counts.get(code) ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {shown.length === 0 ? <p role="status">Er zijn geen signalen.</p> : null}
      {shown.length ? (
        <DataTable caption="Signalen" columns={['Naam', 'Signaal', 'Waarom', 'Actie']}>
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
    </Layout>
  );
}
