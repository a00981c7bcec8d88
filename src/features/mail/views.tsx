// Unsent mail for the functioneel-beheerder, and the development outbox.
import type { SessionUser } from '../../web/auth/session.ts';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';

export interface UnsentMail {
  toAddress: string;
  subject: string;
  body: string;
  reason: string;
  createdAt: string;
}

export function UnsentMailPage(props: { user: SessionUser; csrfToken: string; mails: UnsentMail[]; devOutbox: boolean }) {
  return (
    <Layout title="Niet verzonden e-mail" path="/beheer/mail" user={props.user} csrfToken={props.csrfToken}>
      <h1>Niet verzonden e-mail</h1>
      <p>
        Deze e-mails heeft InBeeld niet kunnen versturen. Ze zijn niet verloren: ze staan hier tot een mailserver is ingesteld
        (SMTP_URL). De tekst staat hier niet, omdat er links in kunnen staan die alleen voor de ontvanger zijn.
      </p>
      {props.devOutbox ? (
        <p>
          Dit is een ontwikkelomgeving. De tekst van de e-mails staat op <a href="/ontwikkeling/outbox">de outbox-pagina</a>.
        </p>
      ) : null}
      {props.mails.length === 0 ? (
        <p>Er zijn geen niet verzonden e-mails.</p>
      ) : (
        <DataTable caption="Niet verzonden e-mail, nieuwste eerst" columns={['Datum', 'Aan', 'Onderwerp', 'Status']}>
          {props.mails.map((m) => (
            <tr>
              <td>{m.createdAt}</td>
              <td>{m.toAddress}</td>
              <td>{m.subject}</td>
              <td>
                Niet verzonden. {m.reason}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

export function OutboxPage(props: { user: SessionUser; csrfToken: string; mails: UnsentMail[] }) {
  return (
    <Layout title="Outbox (ontwikkeling)" path="/beheer" user={props.user} csrfToken={props.csrfToken}>
      <h1>Outbox (ontwikkeling)</h1>
      <p>
        Deze pagina staat aan omdat DEV_OUTBOX=true is ingesteld. Gebruik dat alleen bij ontwikkelen en testen. Hier staan de
        e-mails die InBeeld niet heeft verstuurd, met hun tekst, de nieuwste bovenaan.
      </p>
      {props.mails.length === 0 ? <p>Er zijn nog geen e-mails.</p> : null}
      {props.mails.map((m, i) => (
        <article class="result" aria-labelledby={`mail-${i}`}>
          <h2 id={`mail-${i}`}>{m.subject}</h2>
          <p>
            Aan: {m.toAddress} · {m.createdAt} · niet verzonden
          </p>
          <pre class="mail-body">{m.body}</pre>
        </article>
      ))}
    </Layout>
  );
}
