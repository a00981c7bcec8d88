// One referral: its facts, history and the actions the viewer may take.
import type { RecordPart } from '../../db/persons.ts';
import type { ReferralDetail } from '../../db/referrals/index.ts';
import { actionLabels, availableActions, fhirTaskStatus, outcomes, reasons, type ReferralAction, type ReferralRole, rules, stateLabels } from '../../domain/referral.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Alert, Csrf, DataTable, ErrorSummary, type Option } from '../../web/components/index.ts';
import type { FieldError } from '../../web/errors.ts';
import { Layout } from '../../web/layout.tsx';
import { formatDateTime, formatDay } from '../personen/views.tsx';
import { ActionFields, SendFields, StateTag } from './pieces.tsx';
import { type ActionForm, partShort, type ReferralForm } from './service.ts';

// ---------------------------------------------------------------- one referral

function ActionForms({ d, csrfToken, errors, form, organizations }: { d: ReferralDetail; csrfToken: string; errors: FieldError[]; form: ActionForm | null; organizations: Option[] }) {
  const role: ReferralRole = d.role;
  const actions = availableActions(d.state, role).filter((a) => a !== 'versturen');
  // Without consent the receiver cannot act; the sender can still withdraw.
  const allowed = role === 'receiver' && !d.consentActive ? [] : actions;
  if (allowed.length === 0) return null;
  const mine = (a: ReferralAction) => form?.actie === a;
  return (
    <section aria-labelledby="acties-kop" id="acties">
      <h2 id="acties-kop">Wat wil je doen?</h2>
      {allowed.map((a) => {
        const rule = rules[a];
        const errs = mine(a) ? errors : [];
        if (!rule.reasons && !rule.outcome) {
          return (
            <form method="post" action={`/doorverwijzingen/${d.id}/actie`} class="inline-form">
              <Csrf token={csrfToken} />
              <input type="hidden" name="actie" value={a} />
              <button type="submit">{actionLabels[a]}</button>{' '}
            </form>
          );
        }
        return (
          <div class="form-field">
          <details open={mine(a) && errors.length > 0}>
            <summary>{actionLabels[a]}</summary>
            <form method="post" action={`/doorverwijzingen/${d.id}/actie`} novalidate>
              <Csrf token={csrfToken} />
              <input type="hidden" name="actie" value={a} />
              <ActionFields action={a} form={mine(a) ? form : null} errors={errs} organizations={organizations} />
              <button type="submit">{actionLabels[a]}</button>
            </form>
          </details>
          </div>
        );
      })}
    </section>
  );
}

const roleLabel: Record<ReferralRole, string> = { sender: 'verwijzer', receiver: 'ontvanger', external: 'ontvanger via e-maillink' };

export function DetailPage(props: {
  user: SessionUser;
  csrfToken: string;
  d: ReferralDetail;
  errors: FieldError[];
  actionForm: ActionForm | null;
  sendForm: ReferralForm;
  sendCheck: { organizationName: string; usesInBeeld: boolean; alreadyVisible: RecordPart[] } | null;
  organizations: Option[];
  notice?: string;
}) {
  const { d } = props;
  const title = d.role === 'sender' ? `Doorverwijzing naar ${d.receiverOrganizationName}` : `Doorverwijzing van ${d.senderOrganizationName}`;
  const name = d.person ? `${d.person.givenName} ${d.person.familyName}` : 'Niet zichtbaar';
  return (
    <Layout title={props.errors.length ? `Fout: ${title}` : title} path="/doorverwijzingen" user={props.user} csrfToken={props.csrfToken}>
      <p>
        <a href={d.role === 'sender' ? '/doorverwijzingen' : '/doorverwijzingen/ontvangen'}>{d.role === 'sender' ? 'Terug naar verstuurde doorverwijzingen' : 'Terug naar ontvangen doorverwijzingen'}</a>
      </p>
      <h1>{title}</h1>
      {props.notice ? <Alert live>{props.notice}</Alert> : null}
      {!d.consentActive && d.state !== 'concept' ? (
        <div class="notice warn" role="status" id="toestemming-ingetrokken">
          <p>
            <strong>Toestemming ingetrokken.</strong> {d.receiverOrganizationName} kan deze doorverwijzing en het dossier niet meer zien
            {d.consentWithdrawnAt ? ` (sinds ${formatDateTime(d.consentWithdrawnAt)})` : ''}.
            {['afgewezen', 'afgerond', 'niet_gelukt', 'ingetrokken'].includes(d.state) ? '' : ' Trek de doorverwijzing in, of vraag de persoon opnieuw om toestemming.'}
          </p>
        </div>
      ) : null}
      {d.escalated ? (
        <div class="notice warn" role="status">
          <p>De termijn om te antwoorden is ruim voorbij (sinds {formatDay(d.escalationDue!)}). Neem contact op met {d.receiverOrganizationName}, of verwijs door naar een ander aanbod.</p>
        </div>
      ) : d.overdue ? (
        <div class="notice warn" role="status">
          <p>{d.role === 'sender' ? `${d.receiverOrganizationName} heeft nog niet geantwoord. De termijn liep af op ${formatDay(d.responseDue!)}.` : `Je bent te laat met antwoorden. De termijn liep af op ${formatDay(d.responseDue!)}.`}</p>
        </div>
      ) : null}
      <p>
        Status: <StateTag state={d.state} /> <span class="hint">(FHIR Task: {fhirTaskStatus[d.state]})</span>
      </p>
      <dl class="facts">
        <dt>Persoon</dt>
        <dd>{d.person ? <a href={`/personen/${d.personId}`}>{name}</a> : name}</dd>
        <dt>Van</dt>
        <dd>
          {d.senderOrganizationName}
          {d.senderAccountName ? `, ${d.senderAccountName}` : ''}
        </dd>
        <dt>Naar</dt>
        <dd>
          {d.receiverOrganizationName}
          {d.serviceName ? (
            <>
              : {d.serviceKey ? <a href={`/aanbod/${d.serviceKey}`}>{d.serviceName}</a> : d.serviceName}
            </>
          ) : null}
          {d.external ? ' (werkt niet met InBeeld: antwoordt via een beveiligde e-maillink)' : ''}
        </dd>
        <dt>Vraag</dt>
        <dd>{d.question}</dd>
        <dt>Gegevens die meegaan</dt>
        <dd>{d.parts.map((x) => partShort[x]).join(', ')}</dd>
        <dt>Verstuurd</dt>
        <dd>{d.sentAt ? formatDateTime(d.sentAt) : 'Nog niet'}</dd>
        {d.responseDue ? (
          <>
            <dt>Antwoord vóór</dt>
            <dd>
              {formatDay(d.responseDue)} (escalatie na {formatDay(d.escalationDue!)})
              {d.respondedAt ? `. Beantwoord op ${formatDateTime(d.respondedAt)}` : ''}
            </dd>
          </>
        ) : null}
        {d.reason ? (
          <>
            <dt>Reden</dt>
            <dd>
              {reasons[d.reason]}
              {d.reasonNote ? `: ${d.reasonNote}` : ''}
            </dd>
          </>
        ) : null}
        {d.outcome ? (
          <>
            <dt>Uitkomst</dt>
            <dd>{outcomes[d.outcome]}</dd>
          </>
        ) : null}
        {d.previous ? (
          <>
            <dt>Kwam voort uit</dt>
            <dd>
              <a href={`/doorverwijzingen/${d.previous.id}`}>
                doorverwijzing naar {d.previous.receiverName}
                {d.previous.serviceName ? `: ${d.previous.serviceName}` : ''}
              </a>{' '}
              ({stateLabels[d.previous.state]})
            </dd>
          </>
        ) : null}
        {d.followUp ? (
          <>
            <dt>Vervolg</dt>
            <dd>
              <a href={`/doorverwijzingen/${d.followUp.id}`}>doorverwijzing naar {d.followUp.receiverName}</a> ({stateLabels[d.followUp.state]})
            </dd>
          </>
        ) : null}
      </dl>
      {d.external && d.role === 'sender' ? (
        <section aria-labelledby="link-kop">
          <h2 id="link-kop">Beveiligde e-maillink</h2>
          <p>
            {d.receiverOrganizationName} werkt niet met InBeeld. De link ging naar {d.externalEmail ?? 'het opgegeven adres'}
            {d.linkExpiresAt ? ` en werkt tot ${formatDateTime(d.linkExpiresAt)}` : ''}.
          </p>
          {['verstuurd', 'geaccepteerd', 'in_behandeling', 'gepauzeerd'].includes(d.state) && d.consentActive ? (
            <form method="post" action={`/doorverwijzingen/${d.id}/nieuwe-link`}>
              <Csrf token={props.csrfToken} />
              <button type="submit" class="secondary">
                Stuur een nieuwe link
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
      {d.role === 'receiver' && d.person ? (
        <section aria-labelledby="persoon-kop">
          <h2 id="persoon-kop">Over {d.person.givenName}</h2>
          <dl class="facts">
            <dt>Geboortejaar</dt>
            <dd>{d.person.birthYear ?? 'Niet bekend'}</dd>
            <dt>E-mail</dt>
            <dd>{d.person.email ?? 'Niet bekend'}</dd>
            <dt>Telefoon</dt>
            <dd>{d.person.phone ?? 'Niet bekend'}</dd>
            {d.person.story ? (
              <>
                <dt>Verhaal</dt>
                <dd>{d.person.story}</dd>
              </>
            ) : null}
          </dl>
          <p>
            <a href={`/personen/${d.personId}`}>Open wat je van het dossier mag zien</a>
          </p>
        </section>
      ) : null}
      {d.state === 'concept' && d.role === 'sender' && props.sendCheck ? (
        <section aria-labelledby="versturen-kop">
          <h2 id="versturen-kop">Versturen</h2>
          <ErrorSummary errors={props.actionForm ? [] : props.errors} title="Niet verstuurd" />
          <form method="post" action={`/doorverwijzingen/${d.id}/versturen`} novalidate>
            <Csrf token={props.csrfToken} />
            <SendFields form={props.sendForm} errors={props.actionForm ? [] : props.errors} check={props.sendCheck} alreadyVisible={props.sendCheck.alreadyVisible} />
            <button type="submit">Versturen</button>
          </form>
        </section>
      ) : null}
      {props.actionForm ? <ErrorSummary errors={props.errors} title="Niet gewijzigd" /> : null}
      <ActionForms d={d} csrfToken={props.csrfToken} errors={props.errors} form={props.actionForm} organizations={props.organizations} />
      <section aria-labelledby="geschiedenis-kop">
        <h2 id="geschiedenis-kop">Geschiedenis</h2>
        <DataTable caption="Geschiedenis van de doorverwijzing" columns={['Wanneer', 'Wie', 'Wat']}>
            {d.events.map((e) => (
              <tr>
                <td>{formatDateTime(e.occurredAt)}</td>
                <td>
                  {e.accountName ?? e.organizationName ?? ''}
                  {e.accountName && e.organizationName ? ` (${e.organizationName})` : ''} als {roleLabel[e.role]}
                </td>
                <td>
                  {e.action === 'aanmaken' ? 'Aangemaakt als concept' : `${actionLabels[e.action as ReferralAction] ?? e.action}: ${stateLabels[e.toState]}`}
                  {e.reason ? `. Reden: ${reasons[e.reason]}` : ''}
                  {e.outcome ? `. Uitkomst: ${outcomes[e.outcome]}` : ''}
                  {e.reasonNote ? `. "${e.reasonNote}"` : ''}
                </td>
              </tr>
            ))}
        </DataTable>
      </section>
    </Layout>
  );
}
