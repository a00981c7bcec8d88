// The Trajecten sections of a person's dossier, each readable at a glance:
// signals, contact person, plan with agreements, contact moments,
// transitions, referrals and work, the request for contact and the intake.
// Every form is closed until asked for; ending support has its own page.
import { helpKinds } from '../../../content/taxonomy.ts';
import { cameIntoViewOptions, channels, endReasons, goalTypes, limitationKinds, noBenefitReasons, transitionKinds, type LimitationKind } from '../../../db/trajecten/index.ts';
import { Alert, ButtonLink, Csrf, DataTable, Details, LinkButton, StatusTag, SummaryList } from '../../../web/components/index.ts';
import { formatDateTime, formatDay } from '../../personen/views.tsx';
import { AgreementFormBox, ConfirmPlanBox, ContactFormBox, ContactPersonBox, IntakeFormBox, PlanFormBox, TransitionFormBox, howOptions, intakeValues } from './forms.tsx';
import type { DossierData } from './types.ts';

function Signals({ d }: { d: DossierData }) {
  if (!d.signals.length) return null;
  return (
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
  );
}

function ContactPerson({ d, base, open }: { d: DossierData; base: string; open: boolean }) {
  return (
    <section aria-labelledby="contactpersoon-kop" id="contactpersoon">
      <h2 id="contactpersoon-kop">Vast aanspreekpunt</h2>
      <p>{d.intake.contactPersonName ? `${d.intake.contactPersonName} is het vaste aanspreekpunt.` : 'Deze persoon heeft nog geen vast aanspreekpunt.'}</p>
      {open && !d.intake.contactPersonId ? <ContactPersonBox base={base} csrfToken={d.csrfToken} colleagues={d.colleagues} errors={d.forms.contactPerson?.errors ?? []} /> : null}
      {open && d.intake.contactPersonId ? (
        <p>
          Wisselt het aanspreekpunt? Draag het over: de nieuwe collega accepteert eerst, zodat er altijd iemand is.{' '}
          <a href={`${base}/doorverwijzingen#aanspreekpunt`}>Aanspreekpunt overdragen</a>
        </p>
      ) : null}
      {d.history.length ? (
        <Details summary={`Eerdere wissels (${d.history.length})`}>
          <ul>
            {d.history.map((h) => (
              <li>
                {formatDateTime(h.changedAt)}: van {h.fromName ?? 'niemand'} naar {h.toName ?? 'niemand'}
                {h.byName ? `, door ${h.byName}` : ''}
                {h.note ? `. ${h.note}` : ''}
              </li>
            ))}
          </ul>
        </Details>
      ) : null}
    </section>
  );
}

function PlanSection({ d, base, open }: { d: DossierData; base: string; open: boolean }) {
  const planErrors = d.forms.plan?.errors ?? [];
  const planState = d.forms.plan && planErrors.some((e) => e.field !== 'how')
    ? d.forms.plan
    : {
        values: d.plan
          ? { goalType: d.plan.goalType, goal: d.plan.goal, reviewDate: d.plan.reviewDate, personExpects: d.plan.personExpects ?? '', professionalExpects: d.plan.professionalExpects ?? '' }
          : { goalType: '', goal: '', reviewDate: '', personExpects: '', professionalExpects: '' },
        errors: [],
      };
  const p = d.plan;
  return (
    <section aria-labelledby="plan-kop" id="plan">
      <h2 id="plan-kop">Plan van aanpak</h2>
      {p ? (
        <>
          <SummaryList
            items={[
              { key: 'Doel', value: `${goalTypes[p.goalType]}: ${p.goal}` },
              { key: 'Bespreken op', value: formatDay(p.reviewDate) },
              { key: 'Wat de persoon mag verwachten', value: p.personExpects ?? 'Nog niet ingevuld' },
              { key: 'Wat wij van de persoon verwachten', value: p.professionalExpects ?? 'Nog niet ingevuld' },
              { key: 'Bevestigd door de persoon', value: p.confirmedAt ? `Ja, op ${formatDateTime(p.confirmedAt)} (${howOptions.find((h) => h.code === p.confirmedHow)?.name.toLowerCase() ?? ''})` : 'Nog niet' },
            ]}
          />
          <p>
            <a href={`${base}/plan.pdf`}>Plan als PDF</a> (om mee te geven of op te sturen)
          </p>
          <h3 id="afspraken">Afspraken</h3>
          <DataTable caption="Afspraken" columns={['Afspraak', 'Wie', 'Klaar op', 'Status']} isEmpty={p.agreements.length === 0} empty={<p>Er zijn nog geen afspraken.</p>}>
            {p.agreements.map((a) => (
              <tr>
                <td>{a.description}</td>
                <td>{a.owner === 'persoon' ? 'De persoon' : a.ownerName ?? 'Professional'}</td>
                <td>{formatDay(a.dueDate)}</td>
                <td>
                  {a.doneAt ? `Gedaan op ${formatDateTime(a.doneAt)}` : a.dueDate < d.today ? <StatusTag tone="danger">Te laat</StatusTag> : 'Open'}
                  {!a.doneAt && d.owned ? (
                    <form method="post" action={`${base}/afspraken/${a.id}/klaar`} class="inline-form">
                      <Csrf token={d.csrfToken} />{' '}
                      <LinkButton>
                        Gedaan<span class="visually-hidden">: {a.description}</span>
                      </LinkButton>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
          {open ? <AgreementFormBox base={base} csrfToken={d.csrfToken} state={d.forms.agreement ?? { values: { description: '', owner: '', dueDate: '' }, errors: [] }} /> : null}
          {open && !p.confirmedAt ? <ConfirmPlanBox base={base} csrfToken={d.csrfToken} errors={planErrors.filter((e) => e.field === 'how')} /> : null}
        </>
      ) : (
        <p>Er is nog geen plan van aanpak.</p>
      )}
      {open ? <PlanFormBox base={base} csrfToken={d.csrfToken} state={planState} exists={Boolean(p)} /> : null}
    </section>
  );
}

function Contacts({ d, base, open }: { d: DossierData; base: string; open: boolean }) {
  if (!d.contacts) return null;
  return (
    <section aria-labelledby="contact-kop" id="contact">
      <h2 id="contact-kop">Contactmomenten</h2>
      <DataTable caption="Contactmomenten, nieuwste eerst" columns={['Datum', 'Hoe', 'Wie', 'Notitie', 'Volgend contact']} isEmpty={d.contacts.length === 0} empty={<p>Er is nog geen contact vastgelegd.</p>}>
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
      {open ? <ContactFormBox base={base} csrfToken={d.csrfToken} state={d.forms.contact ?? { values: { contactDate: d.today, channel: '', note: '', nextContactDate: '' }, errors: [] }} /> : null}
    </section>
  );
}

function Transitions({ d, base, open }: { d: DossierData; base: string; open: boolean }) {
  return (
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
                  <LinkButton>
                    Opgevolgd<span class="visually-hidden">: {transitionKinds[t.kind]}</span>
                  </LinkButton>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Er zijn geen overgangen vastgelegd.</p>
      )}
      {open ? <TransitionFormBox base={base} csrfToken={d.csrfToken} state={d.forms.transition ?? { values: { kind: '', eventDate: '', note: '' }, errors: [] }} /> : null}
    </section>
  );
}

function Registrations({ d }: { d: DossierData }) {
  if (!d.registrations.length) return null;
  return (
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
                <Csrf token={d.csrfToken} /> <LinkButton>Oppakken</LinkButton>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function IntakeSection({ d, base, open }: { d: DossierData; base: string; open: boolean }) {
  const i = d.intake;
  const helps = helpKinds.filter((h) => i.helpKinds.includes(h.code)).map((h) => h.name);
  return (
    <section aria-labelledby="intake-kop" id="intake">
      <h2 id="intake-kop">Intake</h2>
      <p>Schrijf het verhaal één keer op. Met toestemming deel je het, zodat de persoon het niet opnieuw hoeft te vertellen.</p>
      <SummaryList
        items={[
          { key: 'In beeld via', value: i.cameIntoViewVia ? cameIntoViewOptions[i.cameIntoViewVia] : 'Nog niet bekend' },
          { key: 'Geen uitkering omdat', value: i.noBenefitReason ? noBenefitReasons[i.noBenefitReason] : 'Nog niet bekend' },
          { key: 'De beperking', value: i.story ?? 'Nog niet ingevuld' },
          { key: 'Wat dit betekent voor werk', value: i.limitationEffect ?? 'Nog niet ingevuld' },
          { key: 'Soort beperking (eigen woorden)', value: i.limitationKinds.length ? i.limitationKinds.map((k) => limitationKinds[k as LimitationKind] ?? k).join(', ') : 'Nog niet ingevuld' },
          { key: 'Hulpvraag', value: helps.length ? helps.join(', ') : 'Nog niet ingevuld' },
        ]}
      />
      {open ? <IntakeFormBox base={base} csrfToken={d.csrfToken} state={d.forms.intake ?? { values: intakeValues(i), errors: [] }} empty={!i.cameIntoViewVia && !i.story} /> : null}
    </section>
  );
}

/** The sections of the dossier below its summary. */
export function DossierSections(d: DossierData) {
  const ended = d.intake.endReason !== null;
  const open = d.owned && !ended;
  const base = `/personen/${d.personId}`;
  return (
    <>
      <Signals d={d} />
      {ended ? (
        <Alert>
          <p>
            De ondersteuning is beëindigd op {formatDateTime(d.intake.endedAt!)}. Reden: {endReasons[d.intake.endReason!]}.
          </p>
        </Alert>
      ) : null}
      <ContactPerson d={d} base={base} open={open} />
      <Registrations d={d} />
      {d.planVisible ? <PlanSection d={d} base={base} open={open} /> : null}
      <Contacts d={d} base={base} open={open} />
      <Transitions d={d} base={base} open={open} />
      {d.owned ? (
        <section aria-labelledby="verwijzen-kop" id="doorverwijzingen">
          <h2 id="verwijzen-kop">Doorverwijzingen en werk</h2>
          <ul>
            <li><a href={`${base}/doorverwijzingen`}>Doorverwijzingen en overdracht</a></li>
            {d.planVisible ? <li><a href={`${base}/nazorg`}>Werk en nazorg (plaatsingen)</a></li> : null}
            <li><a href={`${base}/werkprofiel`}>Werkprofiel en voorstellen voor werk</a></li>
            {open ? <li><a href={`${base}/doorverwijzingen#nieuw`}>Doorverwijzen naar een aanbod of organisatie</a></li> : null}
            {open ? <li><a href={`/knelpunten/nieuw?bron=traject${d.gemeenteCode ? `&gemeente=${d.gemeenteCode}` : ''}`}>Knelpunt melden (zonder persoonsgegevens)</a></li> : null}
          </ul>
        </section>
      ) : null}
      {d.owned ? <IntakeSection d={d} base={base} open={open} /> : null}
    </>
  );
}

/** The link to the page that ends support; the dossier never holds the form itself. */
export function EndSupportLink({ d }: { d: DossierData }) {
  if (!d.owned || d.intake.endReason !== null) return null;
  return (
    <section aria-labelledby="einde-kop" id="einde">
      <h2 id="einde-kop">Ondersteuning beëindigen</h2>
      <p>Stopt de ondersteuning, bijvoorbeeld omdat de persoon werk heeft of verhuist? Je kiest de reden op de volgende pagina.</p>
      <ButtonLink href={`/personen/${d.personId}/beeindigen`} variant="secondary">Ondersteuning beëindigen</ButtonLink>
    </section>
  );
}
