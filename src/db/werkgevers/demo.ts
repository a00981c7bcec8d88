// Demo data for werkgevers en matching (SEED_DEMO): employers on the list of
// Werkpunt Drenthe (the regional werkgeversservicepunt), vacancies with
// varied conditions, work profiles of invented Emmen persons who agreed to
// share them with Werkpunt Drenthe, and a few proposals at different steps.
// All names end in "(demo)". Runs once.
import { uuidFromKey } from '../../domain/ids.ts';
import type { Db } from '../client.ts';
import type { Actor } from '../persons.ts';
import { createVacancy, saveEmployer, type EmployerInput, type VacancyInput } from './employers.ts';
import { answerMatch, proposeMatch } from './matches.ts';
import { saveProfile, type ProfileInput } from './profiles.ts';

export const DEMO_WSP_KEY = 'demo-werkpunt-drenthe';

const employers: EmployerInput[] = [
  { name: 'Zorgcentrum De Horst (demo)', sector: 'Zorg', sizeClass: '50-249', gemeenteCode: 'GM0114', contactName: 'Anja Lubbers', contactPhone: '0591 000 201',
    contactEmail: 'anja.lubbers@example.org', openTo: ['deeltijd', 'jobcarving', 'jobcoach'], agreements: 'Twee plekken per jaar voor mensen uit het doelgroepregister.' },
  { name: 'Groenvoorziening Drenthe (demo)', sector: 'Groen', sizeClass: '10-49', gemeenteCode: 'GM0106', contactName: 'Henk Tiemens', contactPhone: '0592 000 202',
    contactEmail: null, openTo: ['deeltijd', 'flexibele-uren', 'jobcoach'], agreements: null },
  { name: 'Logistiek Centrum Zuidoost (demo)', sector: 'Logistiek', sizeClass: '250+', gemeenteCode: 'GM0114', contactName: 'Sandra Wolters', contactPhone: '0591 000 203',
    contactEmail: 'sandra.wolters@example.org', openTo: ['aangepaste-werkplek', 'jobcoach'], agreements: 'Proefplaatsing van een maand is mogelijk.' },
  { name: 'Bibliotheek Hoogeveen (demo)', sector: 'Cultuur', sizeClass: '10-49', gemeenteCode: 'GM0118', contactName: 'Ria Smeenge', contactPhone: null,
    contactEmail: 'ria.smeenge@example.org', openTo: ['deeltijd', 'jobcarving', 'aangepaste-werkplek'], agreements: null },
  { name: 'Kringloop Coevorden (demo)', sector: 'Detailhandel', sizeClass: '10-49', gemeenteCode: 'GM0109', contactName: 'Jan Hadders', contactPhone: '0524 000 205',
    contactEmail: null, openTo: ['deeltijd', 'flexibele-uren'], agreements: null },
];

type V = Omit<VacancyInput, 'benefits'> & { employer: number; benefits?: VacancyInput['benefits'] };
const base = { description: null, hoursSpread: null, ovReachable: true, adaptationsPossible: null, banenafspraak: true } as const;
const vacancies: V[] = [
  { ...base, employer: 0, title: 'Medewerker facilitaire dienst (demo)', occupationCode: '91', gemeenteCode: 'GM0114', hoursMin: 12, hoursMax: 20, hoursSpread: 'ochtenden',
    roster: 'vast', pace: 1, structure: 3, clientContact: 2, physical: 2, stimuli: 1, origin: 'jobcarving', adaptationsPossible: true, benefits: ['loonkostenvoordeel', 'no-riskpolis'] },
  { ...base, employer: 0, title: 'Gastvrouw of gastheer restaurant (demo)', occupationCode: '51', gemeenteCode: 'GM0114', hoursMin: 16, hoursMax: 24, roster: 'flexibel',
    pace: 2, structure: 2, clientContact: 3, physical: 2, stimuli: 3, origin: 'bestaande-vacature', benefits: ['loonkostenvoordeel'] },
  { ...base, employer: 1, title: 'Medewerker groenonderhoud (demo)', occupationCode: '92', gemeenteCode: 'GM0106', hoursMin: 20, hoursMax: 32, roster: 'vast',
    pace: 2, structure: 3, clientContact: 1, physical: 3, stimuli: 2, origin: 'bestaande-vacature', benefits: ['loonkostensubsidie', 'no-riskpolis'] },
  { ...base, employer: 2, title: 'Orderpicker (demo)', occupationCode: '93', gemeenteCode: 'GM0114', hoursMin: 24, hoursMax: 38, roster: 'flexibel',
    pace: 3, structure: 2, clientContact: 1, physical: 3, stimuli: 3, origin: 'bestaande-vacature', adaptationsPossible: true, benefits: ['loonkostenvoordeel', 'no-riskpolis'] },
  { ...base, employer: 2, title: 'Medewerker retouren (demo)', occupationCode: '93', gemeenteCode: 'GM0114', hoursMin: 8, hoursMax: 16, hoursSpread: 'verspreid', roster: 'vast',
    pace: 1, structure: 3, clientContact: 1, physical: 1, stimuli: 2, origin: 'gecreeerd', adaptationsPossible: true, benefits: ['loonkostenvoordeel', 'no-riskpolis', 'loonkostensubsidie'] },
  { ...base, employer: 3, title: 'Medewerker uitleenbalie en boeken terugzetten (demo)', occupationCode: '44', gemeenteCode: 'GM0118', hoursMin: 10, hoursMax: 16,
    roster: 'vast', pace: 1, structure: 2, clientContact: 2, physical: 1, stimuli: 1, origin: 'jobcarving', adaptationsPossible: true, benefits: ['loonkostenvoordeel'] },
  { ...base, employer: 4, title: 'Medewerker sorteren en prijzen (demo)', occupationCode: '52', gemeenteCode: 'GM0109', hoursMin: 8, hoursMax: 24, roster: null,
    pace: null, structure: 2, clientContact: null, physical: 2, stimuli: null, origin: 'bestaande-vacature', ovReachable: null, banenafspraak: false },
];

const profiles: ProfileInput[] = [
  { wishes: 'Eerst een paar uur per week, later meer.', skills: 'Technisch, handig met gereedschap.', helps: 'Korte werkdagen en pauzes op vaste tijden.',
    occupationCodes: [], hoursMin: null, hoursMax: 16, rosterNeed: 'vast', paceMax: 1, structureNeed: 2, clientContactMax: 1, physicalMax: 2, stimuliMax: 2,
    needsOv: false, reachGemeenten: ['GM0114', 'GM0106', 'GM0109'], needsAdaptations: true, hard: ['klantcontact', 'tempo'] },
  { wishes: 'Werk in loondienst met een aangepaste werkplek.', skills: 'Had een eigen winkel; kan plannen en met klanten omgaan.', helps: 'Een werkplek waar zitten kan.',
    occupationCodes: ['52', '41', '44'], hoursMin: 12, hoursMax: 24, rosterNeed: null, paceMax: 2, structureNeed: null, clientContactMax: 3, physicalMax: 1, stimuliMax: 2,
    needsOv: false, reachGemeenten: ['GM0114', 'GM0118', 'GM0109'], needsAdaptations: true, hard: ['fysiek', 'aanpassingen'] },
  { wishes: 'Werk met vaste taken, het liefst in een team dat rustig is.', skills: 'Netjes, precies, ervaring met archief en post.', helps: 'Een vaste collega om vragen aan te stellen.',
    occupationCodes: ['41', '44', '91'], hoursMin: 8, hoursMax: 16, rosterNeed: 'vast', paceMax: 1, structureNeed: 3, clientContactMax: 2, physicalMax: 2, stimuliMax: 1,
    needsOv: true, reachGemeenten: ['GM0114', 'GM0109'], needsAdaptations: false, hard: ['prikkels'] },
  { wishes: 'Buiten werken.', skills: 'Sterk, werkte in de bouw.', helps: 'Duidelijke opdrachten.', occupationCodes: ['92', '93'], hoursMin: 20, hoursMax: 32,
    rosterNeed: null, paceMax: 2, structureNeed: 3, clientContactMax: 1, physicalMax: 3, stimuliMax: 3, needsOv: false, reachGemeenten: ['GM0114', 'GM0106'], needsAdaptations: false, hard: [] },
  { wishes: 'Iets in de zorg of de keuken.', skills: 'Zorgzaam, kookt graag.', helps: 'Een vast rooster.', occupationCodes: ['51', '91', '94'], hoursMin: 16, hoursMax: 24,
    rosterNeed: 'vast', paceMax: 2, structureNeed: 2, clientContactMax: 3, physicalMax: 2, stimuliMax: 2, needsOv: true, reachGemeenten: ['GM0114'], needsAdaptations: false, hard: ['rooster'] },
];

export async function seedWerkgeversDemo(db: Db, adviserAccountId: string, consulent: Actor): Promise<void> {
  const wsp = uuidFromKey('organization', DEMO_WSP_KEY);
  const [done] = await db.query<{ n: number }>(`select count(*)::int as n from vacancy where organization_id = $1`, [wsp]);
  if (done!.n > 0) return;
  const adviser: Actor = { accountId: adviserAccountId, organizationId: wsp, role: 'werkgeversadviseur', traceId: 'demo-seed' };
  const employerIds: string[] = [];
  for (const e of employers) employerIds.push((await saveEmployer(db, adviser, e))!);
  const vacancyIds: string[] = [];
  for (const { employer, benefits, ...v } of vacancies) {
    vacancyIds.push((await createVacancy(db, wsp, employerIds[employer]!, { ...v, benefits: benefits ?? [] }, adviserAccountId, 'demo'))!);
  }
  // The named demo persons first (Ahmed, Mirjam), then generated Emmen persons without a job.
  const persons = await db.query<{ id: string }>(
    `select p.id from person p where p.owner_organization_id = $1 and p.erased_at is null
       and not exists (select 1 from placement pl where pl.person_id = p.id and pl.end_date is null)
     order by (p.family_name like 'Benali%') desc, (p.family_name like 'de Boer%') desc, p.id limit $2`,
    [consulent.organizationId, profiles.length],
  );
  const profileIds: string[] = [];
  for (const [i, person] of persons.entries()) {
    await saveProfile(db, consulent, person.id, profiles[i]!, { organizationIds: [wsp], method: 'in-persoon' });
    const [row] = await db.query<{ id: string }>('select id from candidate_profile where person_id = $1', [person.id]);
    profileIds.push(row!.id);
  }
  // Proposals at different steps: waiting for the person, and waiting for the employer.
  const proposals: Array<[number, number, 'persoon' | null]> = [[4, 0, null], [5, 1, 'persoon'], [2, 3, null]];
  for (const [vacancy, profile, answered] of proposals) {
    if (!profileIds[profile]) continue;
    const r = await proposeMatch(db, adviser, vacancyIds[vacancy]!, profileIds[profile]!);
    if (r.ok && answered) await answerMatch(db, consulent, r.id, 'persoon', true, 'Wil graag kennismaken.');
  }
  // One employer who wrote in through /voor-werkgevers, so the adviser's Vandaag shows the message list in use.
  await db.query(
    `insert into employer_enquiry (organization_id, company, contact_name, email, message, created_at)
     values ($1, 'Fietsenmaker Het Spaakje (demo)', 'Jeroen Kuipers', 'jeroen@spaakje.invalid',
       'Wij zoeken iemand voor 12 uur per week in de werkplaats. Kan iemand ons uitleggen wat de loonkostensubsidie is?', now() - interval '1 day')`,
    [wsp],
  );
}
