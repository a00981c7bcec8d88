// A person's work and nazorg: the career as one line of placements, with per
// placement its check-in moments, alerts, check-ins, end and follow-up.
import { iscoSubMajorGroups } from '../../content/nazorg/isco08.ts';
import { cameAbout, checklistItems, contractKinds, instruments, placementEndReasons, withWhomOptions } from '../../db/nazorg/labels.ts';
import type { NazorgItem } from '../../db/nazorg/list.ts';
import type { PersonNazorg, Placement } from '../../db/nazorg/placements.ts';
import type { CheckInMoment, MomentState } from '../../domain/nazorg/schedule.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import { formatDay } from '../personen/views.tsx';

export const placementLabel = (p: Pick<Placement, 'jobTitle' | 'employerName' | 'startDate'>) =>
  `${p.jobTitle} bij ${p.employerName}, sinds ${formatDay(p.startDate)}`;

const stateLabels: Record<MomentState, string> = { gepland: 'Gepland', open: 'Nu doen', 'te-laat': 'Te laat', gedaan: 'Gedaan' };

export interface PlacementView {
  placement: Placement;
  moments: Array<CheckInMoment & { state: MomentState }>;
}

function Facts({ p }: { p: Placement }) {
  const rows: Array<[string, string | null]> = [
    ['Werkgever', p.employerName],
    ['Contactpersoon werkgever', [p.employerContact, p.employerContactPhone].filter(Boolean).join(', ') || null],
    ['Beroepsgroep', p.occupationCode ? `${p.occupationCode} ${iscoSubMajorGroups[p.occupationCode] ?? ''}` : null],
    ['Uren per week', p.hoursPerWeek === null ? null : String(p.hoursPerWeek)],
    ['Contract', `${contractKinds[p.contractKind]}${p.contractEnd ? ` tot en met ${formatDay(p.contractEnd)}` : ''}`],
    ['Instrumenten', p.instruments.map((i) => instruments[i]).join(', ') || 'Geen'],
    ['Loonwaarde', p.loonwaarde === null ? null : `${p.loonwaarde}%${p.loonwaardeRemeasure ? `, opnieuw meten op ${formatDay(p.loonwaardeRemeasure)}` : ''}`],
    ['Besluit loonkostensubsidie tot', p.lksDecisionEnd ? formatDay(p.lksDecisionEnd) : null],
    ['Jobcoach', p.jobcoachProvider ? `${p.jobcoachProvider}${p.jobcoachEnd ? ` tot ${formatDay(p.jobcoachEnd)}` : ''}` : null],
    ['Banenafspraak', p.banenafspraak ? 'Telt mee' : 'Telt niet mee of onbekend'],
    ['Hoe de baan ontstond', cameAbout[p.cameAbout]],
    ['Wie houdt contact', p.agreementCheckins],
    ['Contact bij de werkgever', p.agreementEmployer],
    ['Wat de jobcoach meldt', p.agreementJobcoach],
    ['Startlijst geregeld', p.checklist.map((c) => checklistItems[c]).join('; ') || 'Nog niets'],
    ['Vervolg na het contract', p.contractFollowupAt ? `${formatDay(p.contractFollowupAt)}${p.contractFollowupNote ? `: ${p.contractFollowupNote}` : ''}` : null],
  ];
  return (
    <dl class="facts">
      {rows.filter(([, v]) => v).map(([k, v]) => (
        <>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </>
      ))}
    </dl>
  );
}

export function PersonNazorgPage(props: { user: SessionUser; csrfToken: string; data: PersonNazorg; views: PlacementView[]; items: NazorgItem[]; notice?: string }) {
  const { data, csrfToken } = props;
  const name = `${data.givenName} ${data.familyName}`;
  const open = props.views.filter((v) => v.placement.endDate === null);
  return (
    <Layout title={`Werk en nazorg: ${name}`} path="/nazorg" user={props.user} csrfToken={csrfToken}>
      <p><a href={`/personen/${data.personId}`}>Naar het dossier van {name}</a> · <a href="/nazorg">Naar de nazorglijst</a></p>
      <h1>Werk en nazorg: {name}</h1>
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      {data.owned ? <p><a class="button" href={`/personen/${data.personId}/plaatsingen/nieuw`}>Baan vastleggen</a></p> : null}
      {props.items.length ? (
        <section aria-labelledby="nu-doen">
          <h2 id="nu-doen">Nu doen</h2>
          <ul>
            {props.items.map((i) => (
              <li>
                <strong>{i.overdue ? 'Te laat: ' : ''}</strong>
                {i.label} ({formatDay(i.date)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>Loopbaan</h2>
      {props.views.length === 0 ? <p>Nog geen baan vastgelegd.</p> : (
        <ol>
          {props.views.map((v) => (
            <li>
              <a href={`#baan-${v.placement.id}`}>{placementLabel(v.placement)}</a>
              {v.placement.endDate ? `, gestopt op ${formatDay(v.placement.endDate)} (${placementEndReasons[v.placement.endReason!]})` : ', werkt hier nu'}
              {v.placement.previousPlacementId ? '. Vervolg op de vorige baan.' : ''}
            </li>
          ))}
        </ol>
      )}
      {props.views.map((v) => {
        const p = v.placement;
        const checkins = data.checkins.filter((c) => c.placementId === p.id);
        const followups = data.followups.filter((f) => f.placementId === p.id);
        return (
          <section id={`baan-${p.id}`} aria-labelledby={`kop-${p.id}`}>
            <h2 id={`kop-${p.id}`}>{p.jobTitle} bij {p.employerName}</h2>
            <Facts p={p} />
            {p.endDate === null && data.owned ? (
              <p>
                <a href={`/personen/${data.personId}/plaatsingen/${p.id}/gesprek`}>Nazorggesprek vastleggen</a> ·{' '}
                <a href={`/personen/${data.personId}/plaatsingen/${p.id}/einde`}>Einde van de baan vastleggen</a>
              </p>
            ) : null}
            {p.endDate ? <p>Gestopt op {formatDay(p.endDate)}: {placementEndReasons[p.endReason!]}{p.endNote ? `. ${p.endNote}` : ''}</p> : null}
            {v.moments.length && p.endDate === null ? (
              <DataTable caption={`Nazorgplan ${p.jobTitle}`} columns={['Moment', 'Wanneer', 'Stand']}>
                {v.moments.map((m) => (
                  <tr>
                    <td>{m.label}</td>
                    <td>{formatDay(m.from)} tot en met {formatDay(m.until)}</td>
                    <td>{stateLabels[m.state]}</td>
                  </tr>
                ))}
              </DataTable>
            ) : null}
            {p.endDate === null && data.owned && p.contractEnd && p.contractKind !== 'vast' ? (
              <form method="post" action={`/personen/${data.personId}/plaatsingen/${p.id}/vervolg`} class="search-form">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <h3>Vervolg na het contract vastleggen</h3>
                <div class="form-field">
                  <label for={`newEnd-${p.id}`}>Nieuwe einddatum (bij verlenging)</label>
                  <input type="date" id={`newEnd-${p.id}`} name="newEnd" />
                </div>
                <div class="form-field">
                  <label for={`note-${p.id}`}>Wat is er afgesproken?</label>
                  <input type="text" id={`note-${p.id}`} name="note" />
                </div>
                <button type="submit">Vervolg opslaan</button>
              </form>
            ) : null}
            {checkins.length ? (
              <DataTable caption={`Nazorggesprekken ${p.jobTitle}`} columns={['Datum', 'Met wie', 'Hoe gaat het', 'Risico’s en acties']}>
                {checkins.map((c) => (
                  <tr>
                    <td>{formatDay(c.checkinDate)}</td>
                    <td>{c.withWhom.map((w) => withWhomOptions[w]).join(', ')}</td>
                    <td>{c.rating} van 5{c.note ? `: ${c.note}` : ''}</td>
                    <td>{[c.risks, c.actions].filter(Boolean).join(' · ') || 'Geen'}</td>
                  </tr>
                ))}
              </DataTable>
            ) : <p>Nog geen nazorggesprek.</p>}
            {followups.map((f) =>
              f.pickedUpAt ? (
                <p>Opvolging na het einde gedaan op {formatDay(f.pickedUpAt)}{f.note ? `: ${f.note}` : ''}.</p>
              ) : data.owned ? (
                <form method="post" action={`/personen/${data.personId}/nazorg-opvolging/${f.id}`} class="search-form">
                  <input type="hidden" name="_csrf" value={csrfToken} />
                  <p>Opvolging na het einde: neem uiterlijk {formatDay(f.deadline)} contact op.</p>
                  <div class="form-field">
                    <label for={`f-${f.id}`}>Wat is er afgesproken?</label>
                    <input type="text" id={`f-${f.id}`} name="note" />
                  </div>
                  <button type="submit">Opvolging gedaan</button>
                </form>
              ) : null,
            )}
          </section>
        );
      })}
      {open.length === 0 && props.views.length > 0 ? <p>Er is nu geen lopende baan.</p> : null}
    </Layout>
  );
}
