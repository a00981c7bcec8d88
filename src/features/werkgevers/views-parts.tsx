// Pieces shared by the employer, vacancy and matching pages: the explanation
// of a match (met / not met / unknown with its reason, as in the Rechtencheck),
// a vacancy's conditions and the employer benefits with their legal sources.
import { occupationOptions } from '../../content/nazorg/isco08.ts';
import { gemeenteByCode } from '../../content/reference/index.ts';
import type { VacancyInput } from '../../db/werkgevers/employers.ts';
import { employerBenefits } from '../../domain/matching/benefits.ts';
import type { CriterionResult, MatchResult } from '../../domain/matching/rank.ts';
import { StatusTag, SummaryList, type Tone } from '../../web/components/index.ts';
import { DataTable } from '../../web/table.tsx';
import { originLabels, rosterLabels, spreadLabels, vacancyLevels } from './labels.ts';

const statusTone: Record<CriterionResult['status'], Tone> = { voldaan: 'ok', 'niet-voldaan': 'danger', onbekend: 'warning' };
const statusText: Record<CriterionResult['status'], string> = { voldaan: 'Voldaan', 'niet-voldaan': 'Niet voldaan', onbekend: 'Onbekend' };

export function ScoreText({ result }: { result: Pick<MatchResult, 'score' | 'maxScore' | 'unknowns'> }) {
  return (
    <>
      {result.score} van {result.maxScore} punten{result.unknowns ? `, ${result.unknowns} onbekend` : ''}
    </>
  );
}

/** Every criterion with its outcome, reason and points: the score is the sum of this column. */
export function Explanation({ criteria, caption }: { criteria: readonly CriterionResult[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={['Voorwaarde', 'Uitkomst', 'Waarom', { label: 'Punten', numeric: true }]}>
      {criteria.map((c) => (
        <tr class="utrecht-table__row">
          <th scope="row" class="utrecht-table__header-cell">{c.label}</th>
          <td class="utrecht-table__cell"><StatusTag tone={statusTone[c.status]}>{statusText[c.status]}{c.hard ? ' (harde voorwaarde)' : ''}</StatusTag></td>
          <td class="utrecht-table__cell">{c.reason}</td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric-column">{c.points} van {c.maxPoints}</td>
        </tr>
      ))}
    </DataTable>
  );
}

const yesNo = (b: boolean | null) => (b === null ? 'Niet bekend' : b ? 'Ja' : 'Nee');
const lvl = (key: keyof typeof vacancyLevels, value: 1 | 2 | 3 | null) => (value === null ? 'Niet bekend' : vacancyLevels[key].levels[value]);

export function occupationName(code: string | null): string {
  if (!code) return 'Niet bekend';
  return occupationOptions.find((o) => o.code === code)?.name ?? code;
}

export function gemeenteName(code: string | null): string {
  return code ? gemeenteByCode(code)?.name ?? code : 'Niet bekend';
}

export function VacancyConditionsList({ v }: { v: VacancyInput }) {
  return (
    <SummaryList
      items={[
        { key: 'Uren per week', value: `${v.hoursMin} tot ${v.hoursMax}${v.hoursSpread ? `, ${spreadLabels[v.hoursSpread].toLowerCase()}` : ''}` },
        { key: 'Rooster', value: v.roster ? rosterLabels[v.roster] : 'Niet bekend' },
        { key: vacancyLevels.pace.label, value: lvl('pace', v.pace) },
        { key: vacancyLevels.structure.label, value: lvl('structure', v.structure) },
        { key: vacancyLevels.clientContact.label, value: lvl('clientContact', v.clientContact) },
        { key: vacancyLevels.physical.label, value: lvl('physical', v.physical) },
        { key: vacancyLevels.stimuli.label, value: lvl('stimuli', v.stimuli) },
        { key: 'Werkplek', value: `${gemeenteName(v.gemeenteCode)}; met openbaar vervoer te bereiken: ${yesNo(v.ovReachable).toLowerCase()}` },
        { key: 'Aanpassingen mogelijk', value: yesNo(v.adaptationsPossible) },
        { key: 'Hoe de baan ontstond', value: originLabels[v.origin] },
        { key: 'Beroepsgroep (ISCO-08)', value: occupationName(v.occupationCode) },
        { key: 'Telt mee voor de banenafspraak', value: v.banenafspraak ? 'Ja' : 'Nee' },
      ]}
    />
  );
}

/** The benefits chosen for a vacancy, each with its amount and dated legal sources. */
export function Benefits({ keys, date, headingLevel = 2 }: { keys: VacancyInput['benefits']; date: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const items = employerBenefits(keys, date);
  if (!items.length) return null;
  return (
    <section aria-labelledby="voordelen">
      <H id="voordelen">Wat de werkgever kan krijgen</H>
      {items.map((b) => (
        <div class="benefit">
          <p><strong>{b.title}.</strong> {b.inBrief} {b.condition}{b.amount ? ` ${b.amount}` : ''}</p>
          <p class="hint">
            Bron:{' '}
            {b.sources.map((src, i) => (
              <>
                {i ? '; ' : ''}
                <a href={src.url}>{src.law}, {src.article}</a> (geldt vanaf {src.validFrom})
              </>
            ))}
          </p>
        </div>
      ))}
    </section>
  );
}
