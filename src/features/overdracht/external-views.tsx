// Pages without an account: the receiver behind the e-mailed link and the
// person's own page.
import type { ExternalView, PersonOverview } from '../../db/referrals/index.ts';
import { actionLabels, availableActions, outcomes, reasons, rules, stateForPerson } from '../../domain/referral.ts';
import { Alert, Csrf, ErrorSummary, type Option } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { Layout } from '../../web/layout.tsx';
import { formatDateTime, formatDay } from '../personen/views.tsx';
import type { ComponentChildren } from 'preact';
import { ActionFields, StateTag } from './pieces.tsx';
import type { ActionForm } from './service.ts';

// ---------------------------------------------------------------- external receiver (e-mailed link)

export function ExternalPage(props: { csrfToken: string; token: string; view: ExternalView; errors: FieldError[]; form: ActionForm | null; organizations: Option[]; notice?: string }) {
  const v = props.view;
  const actions = availableActions(v.state, 'external');
  const mine = (a: string) => props.form?.actie === a;
  const errs = (a: string) => (mine(a) ? props.errors : []);
  return (
    <Layout title={props.errors.length ? 'Fout: Doorverwijzing' : 'Doorverwijzing via InBeeld'} path="/overdracht/extern">
      <h1>Doorverwijzing van {v.senderOrganizationName}</h1>
      {props.notice ? <Alert live>{props.notice}</Alert> : null}
      <p>
        {v.senderOrganizationName} verwijst iemand door naar {v.receiverOrganizationName}
        {v.serviceName ? ` (${v.serviceName})` : ''}. U ziet hier alleen wat nodig is om te antwoorden. Deze link werkt tot {formatDateTime(v.expiresAt)}.
      </p>
      <dl class="facts">
        {v.givenName !== null ? (
          <>
            <dt>Voornaam</dt>
            <dd>{v.givenName}</dd>
            <dt>Vraag</dt>
            <dd>{v.question}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>
          <StateTag state={v.state} />
          {v.outcome ? ` Uitkomst: ${outcomes[v.outcome]}.` : ''}
          {v.reason ? ` Reden: ${reasons[v.reason]}.` : ''}
        </dd>
        {v.responseDue && v.state === 'verstuurd' ? (
          <>
            <dt>Graag antwoord vóór</dt>
            <dd>{formatDay(v.responseDue)}</dd>
          </>
        ) : null}
      </dl>
      {v.givenName === null ? (
        <p>Deze doorverwijzing is afgesloten. Daarom ziet u de voornaam en de vraag hier niet meer.</p>
      ) : (
        <p>Na uw antwoord neemt {v.senderOrganizationName} contact op met u en de persoon over de verdere gegevens.</p>
      )}
      {actions.length ? <h2>Uw antwoord</h2> : <p>Er is niets meer te doen. Dank u wel.</p>}
      <ErrorSummary errors={props.errors} title="Niet opgeslagen" />
      {actions.map((a) => {
        const rule = rules[a];
        return (
          <section aria-labelledby={`kop-${a}`}>
            <h3 id={`kop-${a}`}>{actionLabels[a]}</h3>
            <form method="post" action="/overdracht/extern" novalidate>
              <Csrf token={props.csrfToken} />
              <input type="hidden" name="sleutel" value={props.token} />
              <input type="hidden" name="actie" value={a} />
              {rule.reasons || rule.outcome ? <ActionFields action={a} form={mine(a) ? props.form : null} errors={errs(a)} organizations={props.organizations} external /> : null}
              <button type="submit">{actionLabels[a]}</button>
            </form>
          </section>
        );
      })}
    </Layout>
  );
}

export function MessagePage(props: { title: string; message: string; path: string; children?: ComponentChildren }) {
  return (
    <Layout title={props.title} path={props.path}>
      <h1>{props.title}</h1>
      <div class="notice" role="status">
        <p>{props.message}</p>
      </div>
      {props.children}
    </Layout>
  );
}

// ---------------------------------------------------------------- the person's own page

export function PersonOverviewPage(props: { csrfToken: string; token: string; o: PersonOverview; work?: ComponentChildren }) {
  const { o } = props;
  return (
    <Layout title="Mijn doorverwijzingen" path="/mijn-doorverwijzingen">
      <h1>Hallo {o.givenName}</h1>
      <p class="lead">Hier zie je waar je naartoe bent verwezen, hoe het ervoor staat en wie je vaste contactpersoon is.</p>
      <h2>Je vaste contactpersoon</h2>
      <p>
        {o.contactPersonName
          ? `${o.contactPersonName}${o.contactPersonOrganizationName ? ` van ${o.contactPersonOrganizationName}` : ''} is je vaste contactpersoon. Heb je een vraag? Neem contact op met deze persoon.`
          : `Je hebt nu nog geen vaste contactpersoon. ${o.ownerOrganizationName} zoekt iemand voor je.`}
      </p>
      {o.pendingHandover ? <p>Er komt misschien een nieuwe contactpersoon, van {o.pendingHandover.toOrganizationName}. Tot die ja zegt, blijft je contactpersoon dezelfde.</p> : null}
      <h2>Waar ben je naartoe verwezen?</h2>
      {o.referrals.length === 0 ? <p>Je bent nog nergens naartoe verwezen.</p> : null}
      <ul>
        {o.referrals.map((r) => (
          <li>
            <strong>
              {r.organizationName}
              {r.serviceName ? `: ${r.serviceName}` : ''}
            </strong>
            . {stateForPerson(r.state, r.organizationName, r.outcome)}
            {r.sentOn ? ` Aangemeld op ${formatDay(r.sentOn)}.` : ''}
          </li>
        ))}
      </ul>
      {props.work}
      <h2>Deze pagina uitzetten</h2>
      <p>Deze link werkt tot {formatDay(o.expiresAt)}. Wil je niet dat iemand anders deze pagina kan zien? Zet de link dan uit. Je contactpersoon kan je een nieuwe link geven.</p>
      <form method="post" action="/mijn-doorverwijzingen/uitzetten">
        <Csrf token={props.csrfToken} />
        <input type="hidden" name="sleutel" value={props.token} />
        <button type="submit" class="secondary">
          Zet deze link uit
        </button>
      </form>
    </Layout>
  );
}
