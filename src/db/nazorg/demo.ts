// Demo data with history (SEED_DEMO): two years of invented placements,
// check-ins and ends for invented people of gemeente Emmen, all marked
// "(demo)", so the nazorg list and the durability figures show something on
// first start. Deterministic: a fixed-seed generator, dates relative to the
// day of the seed. Generated people have ended support "werk gevonden", so
// they show up through nazorg only, as real people in work would.
import { randomBytes } from 'node:crypto';
import { uuidFromKey } from '../../domain/ids.ts';
import { addDays, addMonths } from '../../domain/nazorg/dates.ts';
import { checkInSchedule } from '../../domain/nazorg/schedule.ts';
import { addWorkingDays } from '../../domain/workdays.ts';
import type { Db } from '../client.ts';
import { logProcessing, type Actor } from '../persons.ts';
import { mulberry32 } from '../../domain/random.ts';

/** A small deterministic generator, so every demo seed is the same. */
const rng = mulberry32;

const GIVEN = ['Daan', 'Sem', 'Lucas', 'Milan', 'Noah', 'Emma', 'Julia', 'Sophie', 'Tess', 'Sara', 'Yusuf', 'Amira', 'Bram', 'Fenna', 'Jesse', 'Iris', 'Mohamed', 'Lina', 'Thijs', 'Roos'];
const FAMILY = ['Bos', 'Vos', 'Kok', 'Smit', 'Post', 'Hoekstra', 'Dijkstra', 'Bouma', 'Mulder', 'Meijer', 'Veenstra', 'Wiersma', 'Kuipers', 'Brouwer', 'Schipper'];
const EMPLOYERS = [
  ['Zorgcentrum De Horst (demo)', 'Anja Lubbers', 'Medewerker facilitaire dienst', '91'],
  ['Bouwbedrijf Emmen-Noord (demo)', 'Gert Hulshof', 'Hulp op de bouw', '93'],
  ['Supermarkt De Weiden (demo)', 'Marieke Oosting', 'Vakkenvuller', '52'],
  ['Groenvoorziening Drenthe (demo)', 'Henk Tiemens', 'Medewerker groen', '92'],
  ['Drukkerij Hondsrug (demo)', 'Wim Bakker', 'Medewerker afwerking', '73'],
  ['Logistiek Centrum Zuidoost (demo)', 'Sandra Wolters', 'Orderpicker', '93'],
  ['Gemeentehuis Emmen (demo)', 'Piet Zwiers', 'Medewerker post en archief', '44'],
  ['Restaurant Het Wapen (demo)', 'Esther Kamps', 'Hulp in de keuken', '94'],
] as const;
const KINDS = ['tijdelijk', 'tijdelijk', 'tijdelijk', 'vast', 'uitzend', 'proefplaatsing', 'beschut-werk', 'detachering'] as const;
const CAME = ['gecreeerd', 'jobcarving', 'bestaande-vacature', 'bestaande-vacature', 'zelf-gevonden'] as const;
const REASONS = ['niet-verlengd', 'ontslag-proeftijd', 'zelf-gestopt', 'gezondheid', 'conflict', 'reorganisatie-of-sluiting', 'anders'] as const;
const PEOPLE = 60;

export interface DemoPlan {
  persons: Array<{ id: string; givenName: string; familyName: string; birthYear: number }>;
  employers: Array<{ id: string; name: string; contact: string }>;
  placements: Array<Record<string, unknown> & { id: string; person_id: string; start_date: string; end_date: string | null }>;
  checkins: Array<{ placement_id: string; person_id: string; moment_key: string | null; checkin_date: string; with_whom: string[]; rating: number; note: string }>;
  followups: Array<{ placement_id: string; person_id: string; deadline: string; picked_up: boolean }>;
}

/** The demo history as rows; pure, so the same `today` gives the same rows. */
export function planNazorgDemo(today: string): DemoPlan {
  const r = rng(14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const plan: DemoPlan = { persons: [], employers: [], placements: [], checkins: [], followups: [] };
  for (const [name, contact] of EMPLOYERS) plan.employers.push({ id: uuidFromKey('demo-employer', name), name, contact });
  const startYear = Number(today.slice(0, 4));
  for (let i = 0; i < PEOPLE; i++) {
    const personId = uuidFromKey('demo-nazorg-person', String(i));
    const age = [19, 22, 24, 26, 31, 38, 45, 52, 58][i % 9]!;
    plan.persons.push({ id: personId, givenName: GIVEN[i % GIVEN.length]!, familyName: `${FAMILY[(i * 7) % FAMILY.length]} (demo)`, birthYear: startYear - age });
    // The first job starts somewhere in the last two years.
    let start = addDays(today, -Math.floor(30 + r() * 700));
    let previous: string | null = null;
    for (let j = 0; j < 3 && start < today; j++) {
      const id = uuidFromKey('demo-placement', `${i}-${j}`);
      const employer = pick(plan.employers.map((_, k) => k));
      const kind = pick(KINDS);
      const lks = r() < 0.45;
      const coach = r() < 0.5;
      // Most dropout falls around half a year; some jobs last.
      const lasts = r() < 0.55;
      const months = lasts ? 36 : 1 + Math.floor(r() * 14);
      const endCandidate = addMonths(start, months);
      const end = endCandidate < today ? endCandidate : null;
      const moveOn = end !== null && r() < 0.4;
      let contractEnd = kind === 'vast' ? null : addMonths(start, kind === 'proefplaatsing' ? 2 : 12);
      // Renewed while the job goes on; an end before the contract end was an early end.
      while (contractEnd && end === null && contractEnd < today) contractEnd = addMonths(contractEnd, 12);
      if (contractEnd && end !== null && contractEnd < end) contractEnd = end;
      // A contract ending within two months has mostly been talked over already (renewal or next step recorded).
      const talkedOver = end === null && contractEnd !== null && contractEnd <= addDays(today, 60) && r() < 0.7;
      plan.placements.push({
        id, person_id: personId, employer_id: plan.employers[employer]!.id, job_title: EMPLOYERS[employer]![2], occupation_code: EMPLOYERS[employer]![3],
        start_date: start, hours_per_week: [12, 16, 20, 24, 28, 32][Math.floor(r() * 6)], contract_kind: kind,
        contract_end: contractEnd, contract_followup_at: talkedOver ? addDays(today, -Math.floor(r() * 20)) : null,
        contract_followup_note: talkedOver ? 'Demo: verlenging besproken met de werkgever.' : null,
        instruments: [...(lks ? ['loonkostensubsidie'] : []), ...(coach ? ['jobcoach'] : []), ...(r() < 0.3 ? ['no-riskpolis'] : [])],
        loonwaarde: lks ? 30 + Math.floor(r() * 50) : null, loonwaarde_remeasure: lks ? addMonths(start, 12) : null,
        lks_decision_end: lks ? addMonths(start, 24) : null, jobcoach_provider: coach ? 'Stap Verder Jobcoaching (demo)' : null,
        jobcoach_end: coach ? addMonths(start, 12) : null, banenafspraak: r() < 0.6, came_about: pick(CAME),
        checklist: ['introductie', 'verwachtingen', 'passend-werk', 'afspraken-werkgever'].filter(() => r() < 0.7),
        previous_placement_id: previous, end_date: end, end_reason: end ? (moveOn ? 'andere-baan' : pick(REASONS)) : null,
      });
      // Check-ins as a team that keeps up: nearly every moment held, mostly in
      // its window, now and then a bit late (the check-in names its moment).
      // Only a moment that closed in the last six weeks is sometimes still
      // open, so the list shows a handful overdue, not a backlog.
      const limit = end ?? today;
      const held: string[] = [];
      for (const m of checkInSchedule(start)) {
        if (m.from >= limit) break;
        const closed = m.until < limit;
        const recent = end === null && closed && m.until >= addDays(today, -42);
        const running = !closed && addDays(m.from, 7) <= limit;
        if (closed ? (recent ? r() < 0.6 : true) : running && r() < 0.5) {
          const late = closed && r() < 0.2;
          const date = late ? addDays(m.until, 1 + Math.floor(r() * 10)) : addDays(m.from, Math.floor(r() * 10));
          if (date >= limit) continue;
          held.push(date);
          plan.checkins.push({
            placement_id: id, person_id: personId, moment_key: m.key, checkin_date: date,
            with_whom: r() < 0.3 ? ['driegesprek'] : ['persoon', ...(r() < 0.5 ? ['werkgever'] : [])], rating: 2 + Math.floor(r() * 4), note: 'Demo: gesprek over hoe het werk gaat.',
          });
        }
      }
      // Between the fixed moments (after month 12 they are a year apart) the
      // consulent keeps in touch about every ten weeks; a rare person is missed.
      if (r() < 0.95) {
        const last = held.sort().at(-1) ?? start;
        for (let next = addDays(last, 63 + Math.floor(r() * 14)); next < limit; next = addDays(next, 63 + Math.floor(r() * 14))) {
          plan.checkins.push({
            placement_id: id, person_id: personId, moment_key: null, checkin_date: next,
            with_whom: ['persoon'], rating: 2 + Math.floor(r() * 4), note: 'Demo: tussendoor even gebeld.',
          });
        }
      }
      if (end === null) break;
      plan.followups.push({ placement_id: id, person_id: personId, deadline: addWorkingDays(end, 10), picked_up: addDays(end, 20) < today || r() < 0.5 });
      if (!moveOn && r() < 0.5) break;
      start = addDays(end, moveOn ? 1 + Math.floor(r() * 20) : 40 + Math.floor(r() * 120));
      previous = moveOn ? id : null;
    }
  }
  return plan;
}

/** Writes the demo history for the Emmen demo team, once. Called at the end of the demo seed. */
export async function seedNazorgDemo(db: Db, consulent: Actor, today = new Date().toISOString().slice(0, 10)): Promise<void> {
  const [done] = await db.query<{ n: number }>(`select count(*)::int as n from placement where source = 'demo' and organization_id = $1`, [consulent.organizationId]);
  if (done!.n > 0) return;
  const plan = planNazorgDemo(today);
  await db.transaction(async (tx) => {
    const persons = plan.persons.map((p) => ({ ...p, pseudonym: randomBytes(12).toString('base64url') }));
    await tx.query(
      `insert into person (id, pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year, contact_person_id, came_into_view_via,
         caseload, end_reason, ended_at)
       select x.id, x.pseudonym, $2, 'GM0114', x."givenName", x."familyName", x."birthYear", $3, 'uwv', 'beeindigd', 'werk-gevonden', now()
       from json_to_recordset($1::json) as x(id uuid, pseudonym text, "givenName" text, "familyName" text, "birthYear" int)`,
      [JSON.stringify(persons), consulent.organizationId, consulent.accountId],
    );
    await tx.query(
      `insert into employer (id, organization_id, name, contact_name) select x.id, $2, x.name, x.contact
       from json_to_recordset($1::json) as x(id uuid, name text, contact text) on conflict do nothing`,
      [JSON.stringify(plan.employers), consulent.organizationId],
    );
    await tx.query(
      `insert into placement (id, person_id, organization_id, employer_id, job_title, occupation_code, start_date, hours_per_week, contract_kind, contract_end,
         instruments, loonwaarde, loonwaarde_remeasure, lks_decision_end, jobcoach_provider, jobcoach_end, banenafspraak, came_about, checklist,
         previous_placement_id, end_date, end_reason, contract_followup_at, contract_followup_note, source, created_by)
       select x.id, x.person_id, $2, x.employer_id, x.job_title, x.occupation_code, x.start_date, x.hours_per_week, x.contract_kind, x.contract_end,
         array(select json_array_elements_text(x.instruments)), x.loonwaarde, x.loonwaarde_remeasure, x.lks_decision_end, x.jobcoach_provider, x.jobcoach_end,
         x.banenafspraak, x.came_about, array(select json_array_elements_text(x.checklist)), x.previous_placement_id, x.end_date, x.end_reason,
         x.contract_followup_at::timestamptz, x.contract_followup_note, 'demo', $3
       from json_to_recordset($1::json) as x(id uuid, person_id uuid, employer_id uuid, job_title text, occupation_code text, start_date date,
         hours_per_week numeric, contract_kind text, contract_end date, instruments json, loonwaarde numeric, loonwaarde_remeasure date,
         lks_decision_end date, jobcoach_provider text, jobcoach_end date, banenafspraak boolean, came_about text, checklist json,
         previous_placement_id uuid, end_date date, end_reason text, contract_followup_at date, contract_followup_note text)`,
      [JSON.stringify(plan.placements), consulent.organizationId, consulent.accountId],
    );
    await tx.query(
      `insert into checkin (placement_id, person_id, moment_key, checkin_date, with_whom, rating, note, account_id)
       select x.placement_id, x.person_id, x.moment_key, x.checkin_date, array(select json_array_elements_text(x.with_whom)), x.rating, x.note, $2
       from json_to_recordset($1::json) as x(placement_id uuid, person_id uuid, moment_key text, checkin_date date, with_whom json, rating int, note text)`,
      [JSON.stringify(plan.checkins), consulent.accountId],
    );
    await tx.query(
      `insert into nazorg_followup (placement_id, person_id, organization_id, deadline, picked_up_at, picked_up_by, note)
       select x.placement_id, x.person_id, $2, x.deadline, case when x.picked_up then x.deadline::timestamptz end, case when x.picked_up then $3::uuid end,
         case when x.picked_up then 'Demo: contact gehad na het einde.' end
       from json_to_recordset($1::json) as x(placement_id uuid, person_id uuid, deadline date, picked_up boolean)`,
      [JSON.stringify(plan.followups), consulent.organizationId, consulent.accountId],
    );
    // Lotte (an existing demo person) started five weeks ago: her first check-in is due and her contract ends soon.
    const [lotte] = await tx.query<{ id: string; pseudonym: string }>(
      `select id, pseudonym from person where owner_organization_id = $1 and family_name = 'Jansen (demo)' and given_name = 'Lotte'`,
      [consulent.organizationId],
    );
    if (lotte) {
      await tx.query(
        `insert into placement (person_id, organization_id, employer_id, job_title, occupation_code, start_date, hours_per_week, contract_kind, contract_end,
           instruments, jobcoach_provider, jobcoach_end, banenafspraak, came_about, agreement_checkins, checklist, source, created_by)
         values ($1, $2, $3, 'Administratief medewerker', '41', $4::date, 24, 'tijdelijk', $5::date, '{jobcoach}', 'Stap Verder Jobcoaching (demo)', $6::date,
           true, 'zelf-gevonden', 'Sanne belt Lotte na vier weken', '{introductie,verwachtingen}', 'demo', $7)`,
        [lotte.id, consulent.organizationId, plan.employers[6]!.id, addDays(today, -33), addDays(today, 25), addDays(today, 150), consulent.accountId],
      );
    }
    await logProcessing(tx, { ...consulent, role: 'systeem' }, 'persoon.aanmaken', persons.map((p) => p.pseudonym));
    if (lotte) await logProcessing(tx, { ...consulent, role: 'systeem' }, 'persoon.wijzigen', [lotte.pseudonym]);
  });
}
