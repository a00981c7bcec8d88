// Vacancy pages: the form (also for the employer's own link), the list, and
// one vacancy with the matching workbench: candidates ranked by fit, each with
// its explanation and a button to propose.
import { occupationOptions } from '../../content/nazorg/isco08.ts';
import type { VacancyRow } from '../../db/werkgevers/employers.ts';
import type { RankedCandidate } from '../../db/werkgevers/ranking.ts';
import { Alert, ButtonLink, Details, StatusTag } from '../../web/components/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { DataTable } from '../../web/table.tsx';
import { benefitLabels, levelOptions, originLabels, rosterLabels, spreadLabels, vacancyLevels } from './labels.ts';
import type { Values } from './service.ts';
import { gemeenteOptions } from './views-employers.tsx';
import { Benefits, Explanation, ScoreText, VacancyConditionsList } from './views-parts.tsx';

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const arr = (v: Values, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);
const opts = (o: Record<string, string>) => Object.entries(o).map(([code, name]) => ({ code, name }));
const yesNoOptions = [{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee' }, { code: 'onbekend', name: 'Weet ik niet' }];

/** The vacancy fields; `hidden` adds fields such as the link token. */
export function VacancyFields({ values: v, errors, withStatus }: { values: Values; errors: FieldError[]; withStatus?: boolean }) {
  return (
    <>
      <TextField name="title" label="Functie" hint="Bijvoorbeeld: medewerker groenonderhoud." values={v} errors={errors} />
      <TextField name="description" label="Omschrijving van het werk" multiline values={v} errors={errors} />
      <SelectField name="occupationCode" label="Beroepsgroep (ISCO-08)" options={occupationOptions} value={str(v, 'occupationCode')} errors={errors} empty="Nog niet bekend" />
      <SelectField name="gemeenteCode" label="Gemeente van de werkplek" options={gemeenteOptions} value={str(v, 'gemeenteCode')} errors={errors} empty="Niet bekend" />
      <h2>Uren</h2>
      <TextField name="hoursMin" label="Uren per week, minstens" hint="Een heel getal van 1 tot en met 40." values={v} errors={errors} />
      <TextField name="hoursMax" label="Uren per week, hoogstens" values={v} errors={errors} />
      <SelectField name="hoursSpread" label="Verdeling van de uren" options={opts(spreadLabels)} value={str(v, 'hoursSpread')} errors={errors} empty="Niet bekend" />
      <Choices kind="radio" name="roster" legend="Rooster" options={opts(rosterLabels)} checked={[str(v, 'roster')]} errors={errors} />
      <h2>Het werk</h2>
      {(Object.keys(vacancyLevels) as Array<keyof typeof vacancyLevels>).map((k) => (
        <Choices kind="radio" name={k} legend={vacancyLevels[k].label} options={levelOptions(vacancyLevels[k].levels)} checked={[str(v, k)]} errors={errors} />
      ))}
      <Choices kind="radio" name="ovReachable" legend="Is de werkplek goed te bereiken met het openbaar vervoer?" options={yesNoOptions} checked={[str(v, 'ovReachable') || 'onbekend']} errors={errors} />
      <Choices kind="radio" name="adaptationsPossible" legend="Kan de werkplek worden aangepast?" options={yesNoOptions} checked={[str(v, 'adaptationsPossible') || 'onbekend']} errors={errors} />
      <Choices kind="radio" name="origin" legend="Hoe ontstond de baan?" options={opts(originLabels)} checked={[str(v, 'origin')]} errors={errors} />
      <Choices kind="radio" name="banenafspraak" legend="Telt de baan mee voor de banenafspraak?" options={[{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee of weet ik niet' }]} checked={[str(v, 'banenafspraak') || 'nee']} errors={errors} />
      <Choices kind="checkbox" name="benefits" legend="Welke voordelen kunnen gelden voor de werkgever?" hint="Wat ze inhouden staat op de pagina van de vacature, met de wet erbij." options={opts(benefitLabels)} checked={arr(v, 'benefits')} errors={errors} />
      {withStatus ? (
        <Choices kind="radio" name="status" legend="Status" options={[{ code: 'open', name: 'Open' }, { code: 'vervuld', name: 'Vervuld' }, { code: 'gesloten', name: 'Gesloten' }]} checked={[str(v, 'status') || 'open']} errors={errors} />
      ) : null}
    </>
  );
}

export function VacancyFormPage(p: { user: SessionUser; csrfToken: string; employerId: string; employerName: string; values: Values; errors: FieldError[] }) {
  return (
    <Layout title={`Vacature toevoegen: ${p.employerName}`} path="/vacatures" user={p.user} csrfToken={p.csrfToken}>
      <p><a href={`/werkgevers/${p.employerId}`}>Terug naar {p.employerName}</a></p>
      <h1>Vacature toevoegen bij {p.employerName}</h1>
      <p>Vul in wat u weet. Wat u niet weet, blijft "onbekend". Dan ziet u bij het zoeken naar kandidaten wat u nog moet navragen.</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/werkgevers/${p.employerId}/vacatures`} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <VacancyFields values={p.values} errors={p.errors} />
        <button type="submit" class="button">Vacature opslaan</button>
      </form>
    </Layout>
  );
}

export function VacancyListPage(p: { user: SessionUser; csrfToken: string; vacancies: VacancyRow[] }) {
  return (
    <Layout title="Vacatures" path="/vacatures" user={p.user} csrfToken={p.csrfToken}>
      <h1>Vacatures</h1>
      <p>Kies een vacature om te zien welke kandidaten passen. Een vacature voegt u toe bij de werkgever.</p>
      <DataTable caption="Vacatures" columns={['Functie', 'Werkgever', 'Uren', 'Hoe ontstaan', 'Status', { label: 'Open voorstellen', numeric: true }]}
        isEmpty={p.vacancies.length === 0} empty={<p>Er zijn nog geen vacatures. <a href="/werkgevers">Kies een werkgever</a> om er een toe te voegen.</p>}>
        {p.vacancies.map((v) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell"><a href={`/vacatures/${v.id}`}>{v.title}</a></td>
            <td class="utrecht-table__cell">{v.employerName}</td>
            <td class="utrecht-table__cell">{v.hoursMin}–{v.hoursMax}</td>
            <td class="utrecht-table__cell">{originLabels[v.origin]}</td>
            <td class="utrecht-table__cell"><StatusTag tone={v.status === 'open' ? 'info' : 'neutral'}>{v.status}</StatusTag></td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{v.openMatches}</td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

export function VacancyPage(p: { user: SessionUser; csrfToken: string; vacancy: VacancyRow; ranked: RankedCandidate[]; today: string; notice?: string | undefined; errors?: FieldError[] }) {
  const v = p.vacancy;
  return (
    <Layout title={`${v.title}: ${v.employerName}`} path="/vacatures" user={p.user} csrfToken={p.csrfToken}>
      <p><a href={`/werkgevers/${v.employerId}`}>Terug naar {v.employerName}</a></p>
      <h1>{v.title}</h1>
      <p>Bij {v.employerName}. <StatusTag tone={v.status === 'open' ? 'info' : 'neutral'}>{v.status}</StatusTag></p>
      {p.notice ? <Alert type="ok" live>{p.notice}</Alert> : null}
      {p.errors?.length ? <ErrorSummary errors={p.errors} title="Niet voorgesteld" /> : null}
      {v.description ? <p>{v.description}</p> : null}
      <VacancyConditionsList v={v} />
      <Benefits keys={v.benefits} date={p.today} />
      <h2 id="kandidaten">Passende kandidaten</h2>
      <p>
        Alleen mensen die toestemming gaven staan hier. De beste past bovenaan. Een harde voorwaarde van de persoon die niet past, telt nooit mee: die
        kandidaat staat hier dan niet. U stelt voor; eerst beslist de persoon, daarna de werkgever.
      </p>
      {v.status !== 'open' ? <p>Deze vacature is niet meer open.</p> : null}
      {p.ranked.length === 0 ? <p>Er zijn nu geen kandidaten die passen.</p> : null}
      <ol class="ranked-list">
        {p.ranked.map(({ profile, result }) => (
          <li>
            <h3>{profile.name ?? `Kandidaat ${profile.code}`}: <ScoreText result={result} /></h3>
            <p><a href={`/kandidaten/${profile.id}`}>Profiel van {profile.name ?? profile.code} bekijken</a></p>
            <Details id={`uitleg-${profile.id}`} summary={`Waarom ${profile.name ?? profile.code} wel of niet past`}>
              <Explanation criteria={result.criteria} caption={`Uitleg voor ${profile.name ?? profile.code}`} />
            </Details>
            {v.status === 'open' ? (
              <form method="post" action={`/vacatures/${v.id}/voorstellen`}>
                <input type="hidden" name="_csrf" value={p.csrfToken} />
                <input type="hidden" name="profileId" value={profile.id} />
                <button type="submit" class="button">Voorstellen: {profile.name ?? profile.code}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
      <p><ButtonLink href="/voorstellen" variant="secondary">Alle voorstellen</ButtonLink></p>
    </Layout>
  );
}
