// Random vacancies and candidates for the matching property tests (unit and integration).
import fc from 'fast-check';
import { hardKeys, type CandidateConditions, type Level, type VacancyConditions } from '../../src/domain/matching/criteria.ts';

const level = fc.constantFrom<Level>(1, 2, 3);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const gemeente = fc.constantFrom('GM0106', 'GM0114', 'GM0118', 'GM0119');
const isco = fc.constantFrom('41', '43', '51', '52', '91', '93');
const uuid = fc.uuid();

export const vacancyArb: fc.Arbitrary<VacancyConditions> = fc
  .record({
    id: uuid,
    a: fc.integer({ min: 1, max: 40 }),
    b: fc.integer({ min: 1, max: 40 }),
    roster: maybe(fc.constantFrom<'vast' | 'flexibel'>('vast', 'flexibel')),
    pace: maybe(level), structure: maybe(level), clientContact: maybe(level), physical: maybe(level), stimuli: maybe(level),
    gemeenteCode: maybe(gemeente), ovReachable: maybe(fc.boolean()), adaptationsPossible: maybe(fc.boolean()), occupationCode: maybe(isco),
  })
  .map(({ a, b, ...rest }) => ({ ...rest, hoursMin: Math.min(a, b), hoursMax: Math.max(a, b) }));

export const candidateArb: fc.Arbitrary<CandidateConditions> = fc
  .record({
    id: uuid,
    a: fc.integer({ min: 1, max: 40 }),
    b: fc.integer({ min: 1, max: 40 }),
    withMin: fc.boolean(),
    rosterNeed: maybe(fc.constantFrom<'vast' | 'flexibel'>('vast', 'flexibel')),
    paceMax: maybe(level), structureNeed: maybe(level), clientContactMax: maybe(level), physicalMax: maybe(level), stimuliMax: maybe(level),
    needsOv: fc.boolean(), reachGemeenten: fc.uniqueArray(gemeente, { maxLength: 4 }), needsAdaptations: fc.boolean(),
    occupationCodes: fc.uniqueArray(isco, { maxLength: 3 }), hard: fc.subarray([...hardKeys]),
  })
  .map(({ a, b, withMin, ...rest }) => ({ ...rest, hoursMin: withMin ? Math.min(a, b) : null, hoursMax: Math.max(a, b) }));
