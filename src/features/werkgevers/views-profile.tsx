// The consulent's side: a person's work profile with their consent, the
// proposals for them, vacancies that fit, and the placement form for an
// accepted match.
import { occupationOptions } from '../../content/nazorg/isco08.ts';
import { contractKinds, options } from '../../db/nazorg/labels.ts';
import type { MatchRow } from '../../db/werkgevers/matches.ts';
import type { Profile } from '../../db/werkgevers/profiles.ts';
import type { RankedVacancy } from '../../db/werkgevers/ranking.ts';
import { Alert } from '../../web/components/index.ts';
import type { SessionUser } from '../../web/auth.tsx';
import type { FieldError } from '../../web/errors.ts';
import { Choices, ErrorSummary, SelectField, TextField } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import { hardLabels, levelOptions, profileLevels, rosterLabels, stateLabels } from './labels.ts';
import type { Values } from './service.ts';
import { MatchActions, RankedVacancies } from './views-matching.tsx';

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const arr = (v: Values, k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);
const opts = (o: Record<string, string>) => Object.entries(o).map(([code, name]) => ({ code, name }));

export function profileValues(p: Profile): Values {
  const n = (x: number | null) => (x === null ? '' : String(x));
  return {
    wishes: p.wishes ?? '', skills: p.skills ?? '', helps: p.helps ?? '', hoursMin: n(p.hoursMin), hoursMax: String(p.hoursMax), rosterNeed: p.rosterNeed ?? '',
    paceMax: n(p.paceMax), structureNeed: n(p.structureNeed), clientContactMax: n(p.clientContactMax), physicalMax: n(p.physicalMax), stimuliMax: n(p.stimuliMax),
    needsOv: p.needsOv ? 'ja' : 'nee', needsAdaptations: p.needsAdaptations ? 'ja' : 'nee', occupationCodes: p.occupationCodes, reachGemeenten: p.reachGemeenten,
    hard: p.hard, shareWith: p.sharedWith.map((s) => s.organizationId), agreed: 'ja', method: 'in-persoon',
  };
}

export function WorkProfilePage(p: {
  user: SessionUser; csrfToken: string; personId: string; personName: string; profile: Profile | null; values: Values; errors: FieldError[];
  organizations: Array<{ id: string; name: string }>; region: Array<{ code: string; name: string }>; matches: MatchRow[]; ranked: RankedVacancy[]; notice?: string | undefined;
}) {
  const v = p.values;
  const noLimit = { code: '', name: 'Geen grens' };
  return (
    <Layout title={`Werkprofiel: ${p.personName}`} path="/personen" user={p.user} csrfToken={p.csrfToken}>
      <p><a href={`/personen/${p.personId}`}>Terug naar {p.personName}</a></p>
      <h1>Werkprofiel van {p.personName}</h1>
      {p.notice ? <Alert type="ok" live>{p.notice}</Alert> : null}
      <p>
        Met een werkprofiel kunnen werkgeversadviseurs passend werk zoeken. Bespreek het profiel samen met de persoon. De persoon beslist of het profiel
        gedeeld wordt, en met wie. Schrijf nooit een diagnose op: beschrijf wat helpt. Buiten jullie eigen organisatie ziet een adviseur alleen een code, tot
        de persoon wil kennismaken.
      </p>
      {p.profile ? (
        <Alert type="info" title="Het profiel is gedeeld">
          <p>Code: {p.profile.code}. Gedeeld met: {p.profile.sharedWith.map((s) => s.organizationName).join(', ')}.</p>
          <form method="post" action={`/personen/${p.personId}/werkprofiel/intrekken`}>
            <input type="hidden" name="_csrf" value={p.csrfToken} />
            <button type="submit" class="button danger">Toestemming intrekken en profiel verwijderen</button>
          </form>
        </Alert>
      ) : (
        <p>Er is nog geen werkprofiel. Dat is ook goed: het is een keuze van de persoon.</p>
      )}
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/personen/${p.personId}/werkprofiel`} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <h2>Wat de persoon zoekt en kan</h2>
        <TextField name="wishes" label="Wensen" hint="Welk werk, welke plek, wat de persoon graag doet." multiline values={v} errors={p.errors} />
        <TextField name="skills" label="Kunnen en ervaring" multiline values={v} errors={p.errors} />
        <TextField name="helps" label="Wat helpt bij het werk" hint="Bijvoorbeeld: vaste taken, een vaste collega, een rustige plek. Geen diagnose." multiline values={v} errors={p.errors} />
        <Choices kind="checkbox" name="occupationCodes" legend="Soort werk (leeg: elk soort werk)" options={occupationOptions} checked={arr(v, 'occupationCodes')} errors={p.errors} />
        <h2>Voorwaarden</h2>
        <TextField name="hoursMin" label="Uren per week, minstens" hint="Mag leeg blijven." values={v} errors={p.errors} />
        <TextField name="hoursMax" label="Uren per week, hoogstens" hint="Een heel getal van 1 tot en met 40. Meer uren stellen we nooit voor." values={v} errors={p.errors} />
        <Choices kind="radio" name="rosterNeed" legend="Rooster" options={[{ code: '', name: 'Geen voorkeur' }, ...opts(rosterLabels)]} checked={[str(v, 'rosterNeed')]} errors={p.errors} />
        {(Object.keys(profileLevels) as Array<keyof typeof profileLevels>).map((k) => (
          <Choices kind="radio" name={k} legend={profileLevels[k].label} options={[noLimit, ...levelOptions(profileLevels[k].levels)]} checked={[str(v, k)]} errors={p.errors} />
        ))}
        <Choices kind="checkbox" name="reachGemeenten" legend="In welke gemeenten kan de persoon werken?" options={p.region} checked={arr(v, 'reachGemeenten')} errors={p.errors} />
        <Choices kind="radio" name="needsOv" legend="Reist de persoon met het openbaar vervoer?" options={[{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee' }]} checked={[str(v, 'needsOv') || 'nee']} errors={p.errors} />
        <Choices kind="radio" name="needsAdaptations" legend="Heeft de persoon aanpassingen op het werk nodig?" options={[{ code: 'ja', name: 'Ja' }, { code: 'nee', name: 'Nee' }]} checked={[str(v, 'needsAdaptations') || 'nee']} errors={p.errors} />
        <Choices kind="checkbox" name="hard" legend="Welke voorwaarden zijn hard?" hint="Een harde voorwaarde wordt nooit weggestreept tegen een goede score op iets anders." options={opts(hardLabels)} checked={arr(v, 'hard')} errors={p.errors} />
        <h2>Toestemming</h2>
        <Choices kind="checkbox" name="shareWith" legend="Delen met (jullie eigen organisatie ziet het altijd)" options={p.organizations.map((o) => ({ code: o.id, name: o.name }))} checked={arr(v, 'shareWith')} errors={p.errors} />
        <SelectField name="method" label="Hoe gaf de persoon toestemming?" options={[{ code: 'in-persoon', name: 'In een gesprek' }, { code: 'telefonisch', name: 'Telefonisch' }, { code: 'schriftelijk', name: 'Schriftelijk' }, { code: 'online', name: 'Online' }]} value={str(v, 'method')} errors={p.errors} empty="Kies" />
        <Choices kind="checkbox" name="agreed" legend="Toestemming voor bemiddeling" options={[{ code: 'ja', name: 'De persoon wil dit profiel laten zien aan werkgeversadviseurs, voor bemiddeling naar werk. Intrekken kan altijd.' }]} checked={[str(v, 'agreed')]} errors={p.errors} />
        <button type="submit" class="button">Profiel opslaan en delen</button>
      </form>
      <h2>Voorstellen voor {p.personName}</h2>
      {p.matches.length === 0 ? <p>Nog geen voorstellen.</p> : (
        <ul class="match-list">
          {p.matches.map((m) => (
            <li>
              <p><strong>{m.vacancyTitle} bij {m.employerName}</strong>: {stateLabels[m.state]}. {m.score} van {m.maxScore} punten.</p>
              <MatchActions m={m} csrfToken={p.csrfToken} role={p.user.role} />
            </li>
          ))}
        </ul>
      )}
      {p.profile ? (
        <>
          <h2>Vacatures die passen</h2>
          <RankedVacancies ranked={p.ranked} csrfToken={p.csrfToken} profileId={p.profile.id} propose={false} />
        </>
      ) : null}
    </Layout>
  );
}

export function PlacementFromMatchPage(p: { user: SessionUser; csrfToken: string; match: MatchRow; values: Values; errors: FieldError[] }) {
  const m = p.match;
  return (
    <Layout title={`Plaatsing vastleggen: ${m.name ?? ''}`} path="/voorstellen" user={p.user} csrfToken={p.csrfToken}>
      <p><a href="/voorstellen">Terug naar voorstellen</a></p>
      <h1>Plaatsing vastleggen</h1>
      <p>{m.name} begint als {m.vacancyTitle} bij {m.employerName}. De baan komt bij werk en nazorg, met het plan voor de nazorggesprekken.</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/voorstellen/${m.id}/plaatsing`} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <TextField name="startDate" label="Startdatum" type="date" values={p.values} errors={p.errors} />
        <SelectField name="contractKind" label="Soort contract" options={options(contractKinds)} value={str(p.values, 'contractKind')} errors={p.errors} empty="Kies" />
        <TextField name="contractEnd" label="Einddatum contract" hint="Verplicht bij een tijdelijk contract." type="date" values={p.values} errors={p.errors} />
        <TextField name="hoursPerWeek" label="Uren per week" values={p.values} errors={p.errors} />
        <button type="submit" class="button">Plaatsing opslaan</button>
      </form>
    </Layout>
  );
}
