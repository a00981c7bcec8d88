// Matching pages: consented candidate profiles (pseudonymous outside the
// owner until an introduction is agreed), one candidate with vacancies ranked
// by fit, and the proposals with each step and the answer forms.
import type { MatchEvent, MatchRow } from '../../db/werkgevers/matches.ts';
import type { ProfileListItem, Profile } from '../../db/werkgevers/profiles.ts';
import type { RankedVacancy } from '../../db/werkgevers/ranking.ts';
import { Alert, Details, StatusTag, SummaryList, type Tone } from '../../web/components/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { ErrorSummary } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import { formatDateTime } from '../personen/views.tsx';
import { hardLabels, profileLevels, rosterLabels, stateLabels } from './labels.ts';
import { Explanation, gemeenteName, occupationName, ScoreText } from './views-parts.tsx';

interface Base {
  user: SessionUser;
  csrfToken: string;
}

const who = (p: { name: string | null; code: string | null }) => p.name ?? `Kandidaat ${p.code ?? '(profiel ingetrokken)'}`;

export function ProfileSummary({ profile }: { profile: Omit<Profile, 'sharedWith' | 'name' | 'ownerOrganizationId' | 'personId' | 'code' | 'id'> }) {
  const lv = (k: keyof typeof profileLevels, v: 1 | 2 | 3 | null) => (v === null ? 'Geen grens' : profileLevels[k].levels[v]);
  return (
    <SummaryList
      items={[
        { key: 'Wensen', value: profile.wishes ?? 'Niet ingevuld' },
        { key: 'Kunnen en ervaring', value: profile.skills ?? 'Niet ingevuld' },
        { key: 'Wat helpt bij het werk', value: profile.helps ?? 'Niet ingevuld' },
        { key: 'Soort werk', value: profile.occupationCodes.map(occupationName).join('; ') || 'Staat open voor elk soort werk' },
        { key: 'Uren per week', value: `${profile.hoursMin ?? 1} tot ${profile.hoursMax} (hoogstens ${profile.hoursMax} is altijd een harde voorwaarde)` },
        { key: 'Rooster', value: profile.rosterNeed ? rosterLabels[profile.rosterNeed] : 'Geen voorkeur' },
        ...(Object.keys(profileLevels) as Array<keyof typeof profileLevels>).map((k) => ({ key: profileLevels[k].label, value: lv(k, profile[k]) })),
        { key: 'Kan werken in', value: profile.reachGemeenten.map(gemeenteName).join(', ') || 'Niet ingevuld' },
        { key: 'Reist met het openbaar vervoer', value: profile.needsOv ? 'Ja' : 'Nee' },
        { key: 'Heeft aanpassingen nodig', value: profile.needsAdaptations ? 'Ja' : 'Nee' },
        { key: 'Harde voorwaarden', value: profile.hard.map((h) => hardLabels[h]).join(', ') || 'Alleen het aantal uren' },
      ]}
    />
  );
}

export function CandidateListPage(p: Base & { profiles: ProfileListItem[] }) {
  return (
    <Layout title="Kandidaten" path="/kandidaten" user={p.user} csrfToken={p.csrfToken}>
      <h1>Kandidaten</h1>
      <p>
        Hier staan alleen mensen die toestemming gaven om hun werkprofiel te laten zien. Buiten de eigen gemeente ziet u een code in plaats van een naam,
        tot de persoon wil kennismaken. Trekt iemand de toestemming in, dan is het profiel meteen weg.
      </p>
      <DataTable caption="Kandidaten met toestemming" columns={['Kandidaat', 'Uren', 'Soort werk', 'Kan werken in']} isEmpty={p.profiles.length === 0}
        empty={<p>Er zijn nu geen profielen gedeeld met uw organisatie.</p>}>
        {p.profiles.map((c) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"><a href={`/kandidaten/${c.id}`}>{who(c)}</a></td>
            <td class="utrecht-table__cell">{c.hoursMin ?? 1}–{c.hoursMax}</td>
            <td class="utrecht-table__cell">{c.occupationCodes.map(occupationName).join('; ') || 'Elk soort werk'}</td>
            <td class="utrecht-table__cell">{c.reachGemeenten.map(gemeenteName).join(', ') || '–'}</td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

/** Vacancies ranked for one candidate, with explanation; `propose` shows a button per open vacancy of the actor's organisation. */
export function RankedVacancies({ ranked, csrfToken, profileId, propose }: { ranked: RankedVacancy[]; csrfToken: string; profileId: string; propose: boolean }) {
  if (ranked.length === 0) return <p>Er zijn nu geen open vacatures die passen.</p>;
  return (
    <ol class="ranked-list">
      {ranked.map(({ vacancy, result }) => (
        <li>
          <h3>{vacancy.title} bij {vacancy.employerName}: <ScoreText result={result} /></h3>
          <Details summary={`Waarom ${vacancy.title} wel of niet past`}>
            <Explanation criteria={result.criteria} caption={`Uitleg voor ${vacancy.title}`} />
          </Details>
          {propose ? (
            <form method="post" action={`/vacatures/${vacancy.id}/voorstellen`}>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <input type="hidden" name="profileId" value={profileId} />
              <button type="submit" class="button">Voorstellen voor {vacancy.title}</button>
            </form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function CandidatePage(p: Base & { profile: ProfileListItem; ranked: RankedVacancy[] }) {
  return (
    <Layout title={who(p.profile)} path="/kandidaten" user={p.user} csrfToken={p.csrfToken}>
      <p><a href="/kandidaten">Terug naar kandidaten</a></p>
      <h1>{who(p.profile)}</h1>
      <p>Werkprofiel, gedeeld met toestemming voor bemiddeling. Er staat geen diagnose in.</p>
      <ProfileSummary profile={p.profile} />
      <h2>Passende vacatures</h2>
      <RankedVacancies ranked={p.ranked} csrfToken={p.csrfToken} profileId={p.profile.id} propose />
    </Layout>
  );
}

const stateTone: Record<MatchRow['state'], Tone> = {
  voorgesteld: 'info', 'persoon-akkoord': 'info', 'werkgever-akkoord': 'ok', geplaatst: 'ok', 'persoon-nee': 'neutral', 'werkgever-nee': 'neutral', ingetrokken: 'neutral',
};

/** The next step for this match that the actor's organisation can take. */
export function MatchActions({ m, csrfToken, role }: { m: MatchRow; csrfToken: string; role: string }) {
  const answer = (path: string, label: string) => (
    <form method="post" action={`/voorstellen/${m.id}/${path}`} class="inline-form">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <button type="submit" name="antwoord" value="ja" class="button">{label}: ja</button>{' '}
      <button type="submit" name="antwoord" value="nee" class="button secondary">{label}: nee</button>
    </form>
  );
  const caseworker = role === 'consulent' || role === 'teamleider';
  if (m.state === 'voorgesteld' && m.ownedPerson && caseworker) return answer('persoon', `${who(m)} wil kennismaken`);
  if (m.state === 'persoon-akkoord' && m.ownVacancy && role === 'werkgeversadviseur') return answer('werkgever', `${m.employerName} wil ${who(m)} aannemen`);
  if (m.state === 'werkgever-akkoord' && m.ownedPerson && caseworker) return <a href={`/voorstellen/${m.id}/plaatsing`}>Plaatsing vastleggen voor {who(m)}</a>;
  if (m.state === 'geplaatst' && m.ownedPerson && caseworker) return <a href={`/personen/${m.personId}/nazorg`}>Werk en nazorg van {who(m)}</a>;
  return null;
}

export function MatchListPage(p: Base & { matches: MatchRow[]; events: Map<string, MatchEvent[]>; notice?: string | undefined; errors?: FieldError[] }) {
  return (
    <Layout title="Voorstellen" path="/voorstellen" user={p.user} csrfToken={p.csrfToken}>
      <h1>Voorstellen</h1>
      <p>Een voorstel gaat eerst naar de persoon (via de consulent), daarna naar de werkgever. Als beiden akkoord zijn, legt de consulent de plaatsing vast. Dan begint de nazorg.</p>
      {p.notice ? <Alert type="ok" live>{p.notice}</Alert> : null}
      {p.errors?.length ? <ErrorSummary errors={p.errors} title="Niet gelukt" /> : null}
      {p.matches.length === 0 ? <p>Er zijn nog geen voorstellen.</p> : null}
      <ul class="match-list">
        {p.matches.map((m) => (
          <li id={`voorstel-${m.id}`}>
            <h2>{who(m)} voor {m.vacancyTitle} bij {m.employerName}</h2>
            <p><StatusTag tone={stateTone[m.state]}>{stateLabels[m.state]}</StatusTag> {m.score} van {m.maxScore} punten.</p>
            <MatchActions m={m} csrfToken={p.csrfToken} role={p.user.role} />
            <Details summary={`Stappen van dit voorstel (${who(m)})`}>
              <ul>
                {(p.events.get(m.id) ?? []).map((e) => (
                  <li>{formatDateTime(e.occurredAt)}: {stateLabels[e.state as MatchRow['state']] ?? e.state}{e.via === 'werkgever-link' ? ' (door de werkgever via de link)' : e.accountName ? ` (${e.accountName})` : ''}{e.note ? `. ${e.note}` : ''}</li>
                ))}
              </ul>
            </Details>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
