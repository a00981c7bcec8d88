// Lists of the warme overdracht: referrals in a table, overdue answers and
// proposed handovers of the contact person.
import type { HandoverItem, OverdueReferral, ReferralListItem } from '../../db/referrals/index.ts';
import { Csrf, DataTable, TextInput } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { formatDateTime, formatDay } from '../personen/views.tsx';
import { personName, StateTag } from './pieces.tsx';

// ---------------------------------------------------------------- lists

export function ReferralTable({ caption, rows, side, today }: { caption: string; rows: ReferralListItem[]; side: 'sender' | 'receiver' | 'person'; today: string }) {
  const columns = [...(side !== 'person' ? ['Persoon'] : []), side === 'receiver' ? 'Van' : 'Naar', 'Status', 'Verstuurd', 'Antwoord vóór'];
  return (
    <DataTable caption={caption} columns={columns} isEmpty={rows.length === 0} empty={<p>Geen.</p>}>
        {rows.map((r) => {
          const name = personName(r);
          const to = side === 'receiver' ? r.senderOrganizationName : `${r.receiverOrganizationName}${r.serviceName ? `: ${r.serviceName}` : ''}`;
          const visible = r.givenName !== null || side === 'sender' || side === 'person';
          return (
            <tr>
              {side !== 'person' ? <td>{name}</td> : null}
              <td>
                {visible ? (
                  <a href={`/doorverwijzingen/${r.id}`}>
                    {to}
                    <span class="visually-hidden">{side !== 'person' ? `, ${name}` : ''}</span>
                  </a>
                ) : (
                  to
                )}
                {r.external ? ' (per e-maillink)' : ''}
              </td>
              <td>
                <StateTag state={r.state} />
                {r.escalated ? <strong> Termijn ruim voorbij</strong> : r.overdue ? <strong> Te laat</strong> : null}
                {!r.consentActive && r.state !== 'concept' ? <strong> Toestemming ingetrokken</strong> : null}
              </td>
              <td>{r.sentOn ? formatDay(r.sentOn) : 'Nog niet'}</td>
              <td>{r.responseDue && r.state === 'verstuurd' ? `${formatDay(r.responseDue)}${r.responseDue < today ? ' (voorbij)' : ''}` : ''}</td>
            </tr>
          );
        })}
    </DataTable>
  );
}

export function OverdueList({ rows, headingId }: { rows: OverdueReferral[]; headingId: string }) {
  if (rows.length === 0) return null;
  return (
    <section class="notice warn" aria-labelledby={headingId} id="te-laat">
      <h2 id={headingId}>Te laat: nog geen antwoord ({rows.length})</h2>
      <ul>
        {rows.map((o) => (
          <li>
            <strong>
              {o.givenName} {o.familyName}
            </strong>
            : {o.detail}{' '}
            <a href={o.actionPath}>
              {o.actionLabel}
              <span class="visually-hidden">
                : {o.givenName} {o.familyName}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HandoverList({ items, csrfToken, mode, errors }: { items: HandoverItem[]; csrfToken: string; mode: 'incoming' | 'outgoing' | 'person'; errors?: FieldError[] }) {
  if (items.length === 0) return <p>Geen.</p>;
  return (
    <ul class="results">
      {items.map((h) => (
        <li class="result">
          <p>
            <strong>{h.givenName ? `${h.givenName} ${h.familyName ?? ''}` : 'Een persoon'}</strong>: van {h.fromAccountName ?? 'niemand'} ({h.fromOrganizationName}) naar{' '}
            {h.toAccountName ?? `een medewerker van ${h.toOrganizationName}`}
            {h.betweenOrganizations ? ` (${h.toOrganizationName}; het dossier gaat mee)` : ''}. Voorgesteld op {formatDateTime(h.proposedAt)}
            {h.proposedByName ? ` door ${h.proposedByName}` : ''}.{h.note ? ` "${h.note}"` : ''}
          </p>
          {h.status !== 'voorgesteld' ? (
            <p>
              {h.status === 'geaccepteerd' ? 'Geaccepteerd' : h.status === 'afgewezen' ? 'Afgewezen' : 'Ingetrokken'}
              {h.decidedAt ? ` op ${formatDateTime(h.decidedAt)}` : ''}
              {h.decidedByName ? ` door ${h.decidedByName}` : ''}
              {h.declineReason ? `. Reden: ${h.declineReason}` : ''}.
            </p>
          ) : mode === 'incoming' ? (
            <>
              <p>Zolang je niet accepteert, blijft de huidige contactpersoon het vaste aanspreekpunt.</p>
              <form method="post" action={`/overdrachten/${h.id}/accepteren`} class="inline-form">
                <Csrf token={csrfToken} />
                <button type="submit">
                  Ik word het vaste aanspreekpunt<span class="visually-hidden"> van {h.givenName ?? 'deze persoon'}</span>
                </button>
              </form>
              <details>
                <summary>Afwijzen<span class="visually-hidden"> (overdracht van {h.givenName ?? 'deze persoon'})</span></summary>
                <form method="post" action={`/overdrachten/${h.id}/afwijzen`} novalidate>
                  <Csrf token={csrfToken} />
                  <TextInput id={`declineReason-${h.id}`} name="declineReason" label="Waarom wijs je de overdracht af?" value="" errors={errors ?? []} />
                  <button type="submit">Overdracht afwijzen</button>
                </form>
              </details>
            </>
          ) : (
            <>
              <p>Wacht op antwoord. De huidige contactpersoon blijft het vaste aanspreekpunt tot de overdracht is geaccepteerd.</p>
              <form method="post" action={`/overdrachten/${h.id}/intrekken`} class="inline-form">
                <Csrf token={csrfToken} />
                <button type="submit" class="link-button">
                  Overdracht intrekken<span class="visually-hidden"> ({h.givenName ?? 'persoon'})</span>
                </button>
              </form>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
