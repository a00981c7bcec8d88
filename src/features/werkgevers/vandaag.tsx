// The werkgeversadviseur's start page: open vacancies, proposals waiting for a
// step, and messages from employers through the public page.
import type { Queryable } from '../../db/client.ts';
import type { VacancyRow } from '../../db/werkgevers/employers.ts';
import type { MatchRow } from '../../db/werkgevers/matches.ts';
import { ButtonLink } from '../../web/components/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import { formatDateTime } from '../personen/views.tsx';
import { stateLabels } from './labels.ts';

export interface Enquiry {
  id: string;
  company: string;
  contactName: string;
  email: string | null;
  phone: string | null;
  message: string;
  createdAt: string;
}

export async function openEnquiries(db: Queryable, organizationId: string): Promise<Enquiry[]> {
  return db.query<Enquiry>(
    `select id, company, contact_name as "contactName", email, phone, message, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt"
     from employer_enquiry where organization_id = $1 and handled_at is null order by created_at limit 100`,
    [organizationId],
  );
}

export function StartPage(p: { user: SessionUser; csrfToken: string; vacancies: VacancyRow[]; matches: MatchRow[]; enquiries: Enquiry[] }) {
  const waiting = p.matches.filter((m) => m.state === 'persoon-akkoord' && m.ownVacancy);
  return (
    <Layout title="Vandaag" path="/werkgevers/vandaag" user={p.user} csrfToken={p.csrfToken}>
      <h1>Vandaag</h1>
      <h2>Voorstellen die op de werkgever wachten ({waiting.length})</h2>
      {waiting.length === 0 ? <p>Geen voorstellen die op u wachten.</p> : (
        <ul>
          {waiting.map((m) => <li><a href={`/voorstellen#voorstel-${m.id}`}>{m.name ?? m.code} voor {m.vacancyTitle} bij {m.employerName}</a></li>)}
        </ul>
      )}
      <h2>Open voorstellen ({p.matches.length})</h2>
      {p.matches.length === 0 ? <p>Geen open voorstellen.</p> : (
        <ul>
          {p.matches.map((m) => <li>{m.name ?? `Kandidaat ${m.code}`} voor {m.vacancyTitle}: {stateLabels[m.state]}</li>)}
        </ul>
      )}
      <h2>Open vacatures ({p.vacancies.length})</h2>
      <DataTable caption="Open vacatures" columns={['Functie', 'Werkgever', 'Uren', { label: 'Open voorstellen', numeric: true }]} isEmpty={p.vacancies.length === 0}
        empty={<p>Geen open vacatures. <a href="/werkgevers">Voeg een vacature toe bij een werkgever.</a></p>}>
        {p.vacancies.map((v) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"><a href={`/vacatures/${v.id}`}>{v.title}</a></td>
            <td class="utrecht-table__cell">{v.employerName}</td>
            <td class="utrecht-table__cell">{v.hoursMin}–{v.hoursMax}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{v.openMatches}</td>
          </tr>
        ))}
      </DataTable>
      <h2>Berichten van werkgevers ({p.enquiries.length})</h2>
      {p.enquiries.length === 0 ? <p>Geen nieuwe berichten.</p> : (
        <ul class="enquiry-list">
          {p.enquiries.map((e) => (
            <li>
              <p><strong>{e.company}</strong>, {e.contactName} ({[e.email, e.phone].filter(Boolean).join(', ')}), {formatDateTime(e.createdAt)}</p>
              <p>{e.message}</p>
              <form method="post" action={`/werkgevers/berichten/${e.id}/afgehandeld`}>
                <input type="hidden" name="_csrf" value={p.csrfToken} />
                <button type="submit" class="button secondary">Afgehandeld: bericht van {e.company}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p><ButtonLink href="/werkgevers/nieuw">Werkgever toevoegen</ButtonLink></p>
    </Layout>
  );
}
