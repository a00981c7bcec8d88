import { helpKinds } from '../../content/taxonomy.ts';
import {
  cameIntoViewOptions,
  channels,
  endReasons,
  goalTypes,
  noBenefitReasons,
  transitionKinds,
  type CaseloadRow,
  type CaseloadView,
  type ContactMoment,
  type ContactPersonChange,
  type GemeenteTeam,
  type Intake,
  type Plan,
  type RegistrationItem,
  type TransitionItem,
} from '../../db/trajecten.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { PersonLink, formatDateTime, formatDay } from '../personen/views.tsx';
import type { AgreementForm, ContactForm, IntakeForm, PlanForm, SelfRegistrationForm, TransitionForm } from './service.ts';
import { DataTable } from '../../web/table.tsx';

const options = (record: Record<string, string>) => Object.entries(record).map(([code, name]) => ({ code, name }));
const howOptions = [
  { code: 'in-persoon', name: 'In een gesprek' },
  { code: 'telefonisch', name: 'Telefonisch' },
  { code: 'schriftelijk', name: 'Schriftelijk' },
  { code: 'online', name: 'Online' },
];

/** Form state per section of the dossier: values and errors after a failed post. */
export interface SectionForms {
  intake?: { values: IntakeForm; errors: FieldError[] };
  plan?: { values: PlanForm; errors: FieldError[] };
  agreement?: { values: AgreementForm; errors: FieldError[] };
  contact?: { values: ContactForm; errors: FieldError[] };
  transition?: { values: TransitionForm; errors: FieldError[] };
  end?: { errors: FieldError[] };
  contactPerson?: { errors: FieldError[] };
}

export interface DossierData {
  personId: string;
  /** Preselects the gemeente of a bottleneck flag; never the person. */
  gemeenteCode: string | null;
  owned: boolean;
  today: string;
  csrfToken: string;
  intake: Intake;
  colleagues: Array<{ id: string; name: string }>;
  history: ContactPersonChange[];
  registrations: RegistrationItem[];
  plan: Plan | null;
  planVisible: boolean;
  contacts: ContactMoment[] | null;
  transitions: TransitionItem[];
  signals: Array<{ kind: string; detail: string; actionPath: string; actionLabel: string }>;
  forms: SectionForms;
}

function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

function intakeValues(intake: Intake): IntakeForm {
  return {
    cameIntoViewVia: intake.cameIntoViewVia ?? '',
    noBenefitReason: intake.noBenefitReason ?? '',
    story: intake.story ?? '',
    limitationEffect: intake.limitationEffect ?? '',
    helpKinds: intake.helpKinds,
    caseload: intake.caseload === 'passief' ? 'passief' : 'actief',
  };
}

/** The Trajecten sections of a person's dossier, rendered into the person page. */
export function DossierSections(d: DossierData) {
  const intakeForm = d.forms.intake ?? { values: intakeValues(d.intake), errors: [] };
  const iv = intakeForm.values as unknown as Record<string, unknown>;
  const planForm = d.forms.plan ?? {
    values: d.plan
      ? { goalType: d.plan.goalType, goal: d.plan.goal, reviewDate: d.plan.reviewDate, personExpects: d.plan.personExpects ?? '', professionalExpects: d.plan.professionalExpects ?? '' }
      : { goalType: '', goal: '', reviewDate: '', personExpects: '', professionalExpects: '' },
    errors: [],
  };
  const pv = planForm.values as unknown as Record<string, unknown>;
  const agreementForm = d.forms.agreement ?? { values: { description: '', owner: '', dueDate: '' }, errors: [] };
  const contactForm = d.forms.contact ?? { values: { contactDate: d.today, channel: '', note: '', nextContactDate: '' }, errors: [] };
  const transitionForm = d.forms.transition ?? { values: { kind: '', eventDate: '', note: '' }, errors: [] };
  const ended = d.intake.endReason !== null;
  const base = `/personen/${d.personId}`;
  return (
    <>
      {d.signals.length ? (
        <section class="notice warn" aria-labelledby="signalen-kop" id="signalen">
          <h2 id="signalen-kop">Let op: deze persoon dreigt uit beeld te raken</h2>
          <ul>
            {d.signals.map((s) => (
              <li>
                {s.detail} <a href={s.actionPath}>{s.actionLabel}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ended ? (
        <div class="notice">
          <p>
            De ondersteuning is beëindigd op {formatDateTime(d.intake.endedAt!)}. Reden: {endReasons[d.intake.endReason!]}.
          </p>
        </div>
      ) : null}

      <section aria-labelledby="contactpersoon-kop" id="contactpersoon">
        <h2 id="contactpersoon-kop">Vast aanspreekpunt</h2>
        <p>{d.intake.contactPersonName ? `${d.intake.contactPersonName} is het vaste aanspreekpunt.` : 'Deze persoon heeft nog geen vast aanspreekpunt.'}</p>
        {d.owned && !ended && !d.intake.contactPersonId ? (
          <form method="post" action={`${base}/contactpersoon`} novalidate>
            <Csrf token={d.csrfToken} />
            <ErrorSummary errors={d.forms.contactPerson?.errors ?? []} title="Niet gewijzigd" />
            <SelectField name="accountId" label="Vast aanspreekpunt" options={d.colleagues.map((c) => ({ code: c.id, name: c.name }))} value="" errors={d.forms.contactPerson?.errors ?? []} />
            <TextField name="note" label="Notitie (niet verplicht)" values={{}} errors={[]} />
            <button type="submit">Aanspreekpunt vastleggen</button>
          </form>
        ) : null}
        {d.owned && !ended && d.intake.contactPersonId ? (
          <p>
            Wisselt het aanspreekpunt? Draag het over: de nieuwe collega accepteert eerst, zodat er altijd iemand is.{' '}
            <a href={`${base}/doorverwijzingen#aanspreekpunt`}>Aanspreekpunt overdragen</a>
          </p>
        ) : null}
        {d.owned && !ended ? (
          <p>
            <a href={`${base}/doorverwijzingen`}>Doorverwijzingen en overdracht</a> ·{' '}
            <a href={`${base}/doorverwijzingen#nieuw`}>Doorverwijzen naar een aanbod of organisatie</a> ·{' '}
            <a href={`/knelpunten/nieuw?bron=traject${d.gemeenteCode ? `&gemeente=${d.gemeenteCode}` : ''}`}>Knelpunt melden (zonder persoonsgegevens)</a>
          </p>
        ) : null}
        {d.history.length ? (
          <details>
            <summary>Eerdere wissels ({d.history.length})</summary>
            <ul>
              {d.history.map((h) => (
                <li>
                  {formatDateTime(h.changedAt)}: van {h.fromName ?? 'niemand'} naar {h.toName ?? 'niemand'}
                  {h.byName ? `, door ${h.byName}` : ''}
                  {h.note ? `. ${h.note}` : ''}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {d.registrations.length ? (
        <section aria-labelledby="aanmelding-kop" id="aanmelding">
          <h2 id="aanmelding-kop">Aanmelding door de persoon zelf</h2>
          <ul>
            {d.registrations.map((r) => (
              <li>
                Op {formatDateTime(r.createdAt)}: "{r.about}". Contact via {r.reachBy}
                {r.preferredTime ? `, het liefst ${r.preferredTime}` : ''}.{r.rechtencheckCode ? ` Rechtencheck-code: ${r.rechtencheckCode}.` : ''}{' '}
                {r.pickedUpAt ? `Opgepakt op ${formatDateTime(r.pickedUpAt)}.` : `Nog niet opgepakt. Reageren vóór ${formatDay(r.deadline)}.`}
                {!r.pickedUpAt && d.owned ? (
                  <form method="post" action={`/aanmeldingen/${r.id}/oppakken`} class="inline-form">
                    <Csrf token={d.csrfToken} />{' '}
                    <button type="submit" class="link-button">Oppakken</button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {d.owned ? (
        <section aria-labelledby="intake-kop" id="intake">
          <h2 id="intake-kop">Intake</h2>
          <p>Schrijf het verhaal één keer op. Met toestemming deel je het, zodat de persoon het niet opnieuw hoeft te vertellen.</p>
          <form method="post" action={`${base}/intake`} novalidate>
            <Csrf token={d.csrfToken} />
            <ErrorSummary errors={intakeForm.errors} />
            <SelectField name="cameIntoViewVia" label="Hoe kwam de persoon in beeld?" options={options(cameIntoViewOptions)} value={intakeForm.values.cameIntoViewVia} errors={intakeForm.errors} empty="Nog niet bekend" />
            <SelectField name="noBenefitReason" label="Waarom is er geen uitkering?" options={options(noBenefitReasons)} value={intakeForm.values.noBenefitReason} errors={intakeForm.errors} empty="Nog niet bekend" />
            <TextField name="story" label="De beperking, in de woorden van de persoon" values={iv} errors={intakeForm.errors} multiline />
            <TextField name="limitationEffect" label="Wat betekent dit voor werk?" values={iv} errors={intakeForm.errors} multiline />
            <Choices kind="checkbox" name="helpKinds" legend="Hulpvraag" options={helpKinds} checked={intakeForm.values.helpKinds} errors={intakeForm.errors} />
            <Choices kind="radio" name="caseload" legend="Caseload" options={[{ code: 'actief', name: 'Actief: we werken samen aan een doel' }, { code: 'passief', name: 'Passief: we houden contact' }]} checked={[intakeForm.values.caseload]} errors={intakeForm.errors} />
            <button type="submit">Intake opslaan</button>
          </form>
        </section>
      ) : null}

      {d.planVisible ? (
        <section aria-labelledby="plan-kop" id="plan">
          <h2 id="plan-kop">Plan van aanpak</h2>
          {d.plan ? (
            <>
              <dl class="facts">
                <dt>Doel</dt>
                <dd>
                  {goalTypes[d.plan.goalType]}: {d.plan.goal}
                </dd>
                <dt>Bespreken op</dt>
                <dd>{formatDay(d.plan.reviewDate)}</dd>
                <dt>Wat de persoon mag verwachten</dt>
                <dd>{d.plan.personExpects ?? 'Nog niet ingevuld'}</dd>
                <dt>Wat wij van de persoon verwachten</dt>
                <dd>{d.plan.professionalExpects ?? 'Nog niet ingevuld'}</dd>
                <dt>Bevestigd door de persoon</dt>
                <dd>{d.plan.confirmedAt ? `Ja, op ${formatDateTime(d.plan.confirmedAt)} (${howOptions.find((h) => h.code === d.plan!.confirmedHow)?.name.toLowerCase() ?? ''})` : 'Nog niet'}</dd>
              </dl>
              <p>
                <a href={`${base}/plan.pdf`}>Plan als PDF</a> (om mee te geven of op te sturen)
              </p>
              <h3 id="afspraken">Afspraken</h3>
              {d.plan.agreements.length ? (
                <DataTable caption="Afspraken" columns={['Afspraak', 'Wie', 'Klaar op', 'Status']}>
                    {d.plan.agreements.map((a) => (
                      <tr>
                        <td>{a.description}</td>
                        <td>{a.owner === 'persoon' ? 'De persoon' : a.ownerName ?? 'Professional'}</td>
                        <td>{formatDay(a.dueDate)}</td>
                        <td>
                          {a.doneAt ? `Gedaan op ${formatDateTime(a.doneAt)}` : a.dueDate < d.today ? 'Te laat' : 'Open'}
                          {!a.doneAt && d.owned ? (
                            <form method="post" action={`${base}/afspraken/${a.id}/klaar`} class="inline-form">
                              <Csrf token={d.csrfToken} />{' '}
                              <button type="submit" class="link-button">
                                Gedaan<span class="visually-hidden">: {a.description}</span>
                              </button>
                            </form>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                </DataTable>
              ) : (
                <p>Er zijn nog geen afspraken.</p>
              )}
              {d.owned && !ended ? (
                <form method="post" action={`${base}/afspraken`} novalidate>
                  <Csrf token={d.csrfToken} />
                  <ErrorSummary errors={agreementForm.errors} title="Afspraak niet opgeslagen" />
                  <TextField name="description" label="Nieuwe afspraak" values={agreementForm.values as unknown as Record<string, unknown>} errors={agreementForm.errors} />
                  <Choices kind="radio" name="owner" legend="Wie doet het?" options={[{ code: 'persoon', name: 'De persoon' }, { code: 'professional', name: 'Ik (de professional)' }]} checked={[agreementForm.values.owner]} errors={agreementForm.errors} />
                  <TextField name="dueDate" label="Klaar op" type="date" values={agreementForm.values as unknown as Record<string, unknown>} errors={agreementForm.errors} />
                  <button type="submit">Afspraak toevoegen</button>
                </form>
              ) : null}
              {d.owned && !d.plan.confirmedAt && !ended ? (
                <form method="post" action={`${base}/plan/bevestigen`} novalidate>
                  <Csrf token={d.csrfToken} />
                  <Choices kind="radio" name="how" legend="De persoon bevestigt het plan. Hoe?" options={howOptions} checked={[]} errors={[]} />
                  <button type="submit">Bevestiging vastleggen</button>
                </form>
              ) : null}
            </>
          ) : (
            <p>Er is nog geen plan van aanpak.</p>
          )}
          {d.owned && !ended ? (
            <details open={planForm.errors.length > 0 || !d.plan}>
              <summary>{d.plan ? 'Plan aanpassen' : 'Plan maken'}</summary>
              <form method="post" action={`${base}/plan`} novalidate>
                <Csrf token={d.csrfToken} />
                <ErrorSummary errors={planForm.errors} title="Plan niet opgeslagen" />
                <SelectField name="goalType" label="Soort doel" options={options(goalTypes)} value={planForm.values.goalType} errors={planForm.errors} empty="Kies een doel" />
                <TextField name="goal" label="Het doel, in gewone woorden" values={pv} errors={planForm.errors} multiline />
                <TextField name="reviewDate" label="Wanneer bespreken we het plan weer?" type="date" values={pv} errors={planForm.errors} />
                <TextField name="personExpects" label="Wat mag de persoon van ons verwachten?" values={pv} errors={planForm.errors} multiline />
                <TextField name="professionalExpects" label="Wat verwachten wij van de persoon?" hint="Er zijn geen verplichtingen en geen straffen. Schrijf op wat jullie samen afspreken." values={pv} errors={planForm.errors} multiline />
                <button type="submit">Plan opslaan</button>
              </form>
            </details>
          ) : null}
        </section>
      ) : null}

      {d.contacts ? (
        <section aria-labelledby="contact-kop" id="contact">
          <h2 id="contact-kop">Contactmomenten</h2>
          {d.contacts.length ? (
            <DataTable caption="Contactmomenten" columns={['Datum', 'Hoe', 'Wie', 'Notitie', 'Volgend contact']}>
                {d.contacts.map((c) => (
                  <tr>
                    <td>{formatDay(c.contactDate)}</td>
                    <td>{channels[c.channel]}</td>
                    <td>{c.accountName ?? ''}</td>
                    <td>{c.note ?? ''}</td>
                    <td>{c.nextContactDate ? formatDay(c.nextContactDate) : ''}</td>
                  </tr>
                ))}
            </DataTable>
          ) : (
            <p>Er is nog geen contact vastgelegd.</p>
          )}
          {d.owned && !ended ? (
            <form method="post" action={`${base}/contacten`} novalidate>
              <Csrf token={d.csrfToken} />
              <ErrorSummary errors={contactForm.errors} title="Contact niet opgeslagen" />
              <TextField name="contactDate" label="Datum van het contact" type="date" values={contactForm.values as unknown as Record<string, unknown>} errors={contactForm.errors} />
              <SelectField name="channel" label="Hoe was het contact?" options={options(channels)} value={contactForm.values.channel} errors={contactForm.errors} empty="Kies" />
              <TextField name="note" label="Korte notitie (niet verplicht)" values={contactForm.values as unknown as Record<string, unknown>} errors={contactForm.errors} multiline />
              <TextField name="nextContactDate" label="Volgend contact (niet verplicht)" type="date" values={contactForm.values as unknown as Record<string, unknown>} errors={contactForm.errors} />
              <button type="submit">Contact vastleggen</button>
            </form>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="transities-kop" id="transities">
        <h2 id="transities-kop">Overgangen</h2>
        <p>Een overgang is een moment waarop mensen vaak uit beeld raken. Elke overgang wordt een taak met een termijn.</p>
        {d.transitions.length ? (
          <ul>
            {d.transitions.map((t) => (
              <li>
                {transitionKinds[t.kind]} op {formatDay(t.eventDate)}.{t.note ? ` ${t.note}.` : ''}{' '}
                {t.pickedUpAt ? `Opgevolgd op ${formatDateTime(t.pickedUpAt)}.` : `Opvolgen vóór ${formatDay(t.deadline)}.`}
                {!t.pickedUpAt && d.owned ? (
                  <form method="post" action={`${base}/transities/${t.id}/oppakken`} class="inline-form">
                    <Csrf token={d.csrfToken} />{' '}
                    <button type="submit" class="link-button">
                      Opgevolgd<span class="visually-hidden">: {transitionKinds[t.kind]}</span>
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>Er zijn geen overgangen vastgelegd.</p>
        )}
        {d.owned && !ended ? (
          <form method="post" action={`${base}/transities`} novalidate>
            <Csrf token={d.csrfToken} />
            <ErrorSummary errors={transitionForm.errors} title="Overgang niet opgeslagen" />
            <SelectField name="kind" label="Soort overgang" options={options(transitionKinds)} value={transitionForm.values.kind} errors={transitionForm.errors} empty="Kies" />
            <TextField name="eventDate" label="Datum van de overgang" type="date" values={transitionForm.values as unknown as Record<string, unknown>} errors={transitionForm.errors} />
            <TextField name="note" label="Notitie (niet verplicht)" values={transitionForm.values as unknown as Record<string, unknown>} errors={transitionForm.errors} />
            <button type="submit">Overgang vastleggen</button>
          </form>
        ) : null}
      </section>

      {d.owned && !ended ? (
        <section aria-labelledby="einde-kop" id="einde">
          <h2 id="einde-kop">Ondersteuning beëindigen</h2>
          <form method="post" action={`${base}/beeindigen`} novalidate>
            <Csrf token={d.csrfToken} />
            <ErrorSummary errors={d.forms.end?.errors ?? []} title="Niet beëindigd" />
            <SelectField name="endReason" label="Reden" options={options(endReasons)} value="" errors={d.forms.end?.errors ?? []} empty="Kies een reden" />
            <button type="submit">Ondersteuning beëindigen</button>
          </form>
        </section>
      ) : null}
    </>
  );
}

// ---------------------------------------------------------------- caseload and queue


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
              <input type="hidden" name="_csrf" value={csrfToken} />
              <button type="submit">
                Oppakken<span class="visually-hidden">: {r.givenName} {r.familyName}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

// ---------------------------------------------------------------- self-registration (public)

export function SelfRegistrationPage({ values, errors, teams, csrfToken }: { values: SelfRegistrationForm; errors: FieldError[]; teams: GemeenteTeam[]; csrfToken: string }) {
  const v = values as unknown as Record<string, unknown>;
  return (
    <Layout title={errors.length ? 'Fout: Neem contact met mij op' : 'Neem contact met mij op'} path="/aanmelden">
      <h1>Neem contact met mij op</h1>
      <p class="lead">Wil je hulp bij werk? Vraag je gemeente om contact met je op te nemen. Dat mag ook als je geen uitkering hebt.</p>
      <p>Vul alleen in wat nodig is. Je gemeente ziet wat je hier invult. Niemand anders.</p>
      {teams.length === 0 ? (
        <div class="notice">
          <p>Er werkt nog geen gemeente met InBeeld. Bel of mail je gemeente en vraag naar hulp bij werk.</p>
        </div>
      ) : (
        <form method="post" action="/aanmelden" novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <ErrorSummary errors={errors} title="Je aanvraag is nog niet verstuurd" />
          <SelectField name="gemeenteCode" label="Je gemeente" options={teams.map((t) => ({ code: t.gemeenteCode, name: t.gemeenteName }))} value={values.gemeenteCode} errors={errors} empty="Kies je gemeente" />
          <p class="hint">Staat je gemeente er niet bij? Dan werkt je gemeente nog niet met InBeeld. Bel je gemeente en vraag naar hulp bij werk.</p>
          <TextField name="givenName" label="Voornaam" values={v} errors={errors} autocomplete="given-name" />
          <TextField name="familyName" label="Achternaam" values={v} errors={errors} autocomplete="family-name" />
          <Choices kind="radio" name="reachBy" legend="Hoe wil je dat we contact opnemen?" options={[{ code: 'telefoon', name: 'Bel mij' }, { code: 'e-mail', name: 'Mail mij' }]} checked={[values.reachBy]} errors={errors} />
          <TextField name="phone" label="Telefoonnummer" type="tel" values={v} errors={errors} autocomplete="tel" />
          <TextField name="email" label="E-mailadres" type="email" values={v} errors={errors} autocomplete="email" />
          <TextField name="preferredTime" label="Wanneer kunnen we je het best bereiken? (niet verplicht)" hint="Bijvoorbeeld: dinsdagochtend, of na 15.00 uur." values={v} errors={errors} />
          <TextField name="about" label="Waarover wil je praten?" hint="Een paar zinnen is genoeg. Je hoeft niets over je gezondheid te vertellen als je dat niet wilt." values={v} errors={errors} multiline />
          <Choices kind="checkbox" name="helpKinds" legend="Waar wil je hulp bij? (niet verplicht)" options={helpKinds} checked={values.helpKinds} errors={errors} />
          <TextField name="rechtencheckCode" label="Code van je Rechtencheck (niet verplicht)" hint="Heb je de Rechtencheck gedaan en een code gemaakt? Vul die in. Dan ziet je gemeente je uitslag." values={v} errors={errors} />
          <button type="submit">Verstuur</button>
        </form>
      )}
    </Layout>
  );
}

export function SelfRegistrationDone({ team, deadline }: { team: GemeenteTeam; deadline: string }) {
  return (
    <Layout title="Je aanvraag is verstuurd" path="/aanmelden">
      <h1>Je aanvraag is verstuurd</h1>
      <div class="notice" role="status">
        <p>
          {team.organizationName} heeft je aanvraag gekregen. Zij nemen uiterlijk op {formatDay(deadline)} contact met je op.
        </p>
      </div>
      <h2>Wat gebeurt er nu?</h2>
      <ol>
        <li>Iemand van de gemeente leest je aanvraag.</li>
        <li>Je wordt gebeld of gemaild, zoals je hebt gekozen. Dat gebeurt uiterlijk op {formatDay(deadline)}.</li>
        <li>Jullie maken samen een afspraak voor een gesprek. In dat gesprek kijken jullie welke hulp bij je past.</li>
      </ol>
      <p>Hoor je niets vóór die datum? Bel dan je gemeente en zeg dat je een aanvraag hebt gedaan via InBeeld.</p>
      <p>
        <a href="/zoeken">Bekijk intussen welke hulp er is</a>
      </p>
    </Layout>
  );
}

// ---------------------------------------------------------------- signals

export interface SignalRow {
  personId: string;
  givenName: string;
  familyName: string;
  kind: string;
  since: string;
  detail: string;
  actionPath: string;
  actionLabel: string;
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
