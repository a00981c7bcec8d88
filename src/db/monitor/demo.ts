// Demo history for the monitor: two years of people coming into view in the
// five demo gemeenten, with contact requests, contacts, plans, transitions
// and referrals and a signal history, so every monitor figure shows something on first start.
// Deterministic (pseudo-random from md5 of a row number and a salt, no
// clock other than `today`), set-based, and marked: pseudonyms start with
// "demo-historie-" and family names end in "(demo)". Only with SEED_DEMO.
import type { Queryable } from '../client.ts';
import { uuidFromKey } from '../../domain/ids.ts';

const gemeenten: Array<[string, string, number]> = [
  // organisation key, gemeente code, people per month
  ['demo-gemeente-emmen', 'GM0114', 14],
  ['demo-gemeente-assen', 'GM0106', 12],
  ['demo-gemeente-hoogeveen', 'GM0118', 9],
  ['demo-gemeente-meppel', 'GM0119', 5],
  ['demo-gemeente-coevorden', 'GM0109', 4],
];
const receivers = ['demo-werkbedrijf-veenkracht', 'demo-stap-verder-jobcoaching', 'demo-koersvast-reintegratie', 'demo-ggz-esdorp', 'demo-samen-aan-de-slag-emmen'];

/** A number in [0, 1) from row `g` and a salt, the same on every run and on both databases. */
const r = (salt: string) => `((('x' || substr(md5(g::text || '${salt}'), 1, 8))::bit(32)::bigint & 2147483647) / 2147483648.0)`;
/** Picks from a list by cumulative weights. */
function pick(salt: string, options: Array<[string, number]>): string {
  const total = options.reduce((s, o) => s + o[1], 0);
  let acc = 0;
  const whens = options.map(([v, w]) => { acc += w; return `when ${r(salt)} < ${acc / total} then '${v}'`; });
  return `(case ${whens.join(' ')} else '${options.at(-1)![0]}' end)`;
}

const limitationMix: Array<[string, number]> = [['psychisch', 30], ['lichamelijk', 20], ['chronische-ziekte', 15], ['verstandelijk', 12], ['niet-aangeboren-hersenletsel', 8], ['zintuiglijk', 5], ['anders', 5], ['wil-ik-niet-zeggen', 5]];
// Two kinds are both named kinds ("wil ik niet zeggen" stands alone, as in the form).
const namedKinds = limitationMix.filter(([k]) => k !== 'wil-ik-niet-zeggen');

export async function seedMonitorDemo(db: Queryable, today: string): Promise<number> {
  const [done] = await db.query<{ n: number }>(`select count(*)::int as n from person where pseudonym like 'demo-historie-%'`);
  if (done!.n > 0) return 0;
  let total = 0;
  for (const [key, code, perMonth] of gemeenten) {
    const n = perMonth * 24;
    const org = uuidFromKey('organization', key);
    const rows = await db.query<{ n: number }>(
      `with g as (select g from generate_series(1, $3::int) g),
       p as (
         select g, $4::date - (${r('dag')} * 730)::int as day,
           ${pick('bron', [['zelf', 30], ['uwv', 20], ['school', 15], ['wijkteam', 20], ['werkgever', 5], ['anders', 10]])} as via,
           ${pick('reden', [['inkomen-partner-of-ouders', 40], ['eigen-vermogen', 8], ['medische-urenbeperking', 12], ['ww-of-ziektewet-gestopt', 12], ['uitkering-of-wajong-afgewezen', 12], ['zelfstandige', 6], ['jaren-buitenland', 3], ['onbekend', 7]])} as reden,
           1958 + (${r('jaar')} * 48)::int as birth, ${r('eind')} as eind, ${r('aanspreek')} as aanspreek,
           -- Kind of limitation as the person names it: not asked for a third, sometimes two kinds.
           case when ${r('beperking')} < 0.33 then '{}'::text[]
             when ${r('beperking2')} < 0.15 then array[${pick('soort', namedKinds)}, ${pick('soort2', namedKinds)}]
             else array[${pick('soort', limitationMix)}] end as beperking
         from g)
       insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, birth_year, came_into_view_via, no_benefit_reason,
         caseload, ended_at, end_reason, created_at, updated_at, limitation_kinds)
       select 'demo-historie-' || $1 || '-' || g, $2::uuid, $1, 'Persoon ' || g, 'Historie (demo)', birth, via, reden,
         case when eind < 0.35 and day < $4::date - 60 then 'beeindigd' when eind < 0.5 then 'passief' else 'actief' end,
         case when eind < 0.35 and day < $4::date - 60 then (day + 60 + (eind * 300)::int)::timestamptz end,
         case when eind < 0.35 and day < $4::date - 60 then (case when eind < 0.15 then 'werk-gevonden' when eind < 0.25 then 'ondersteuning-elders' else 'geen-hulpvraag-meer' end) end,
         (day + time '10:00')::timestamptz, (day + time '10:00')::timestamptz, array(select distinct unnest(beperking) order by 1)
       from p returning 1`,
      [code, org, n, today],
    );
    total += rows.length;
    const mine = `from (select p.*, substring(p.pseudonym from '[0-9]+$')::int as g from person p where p.pseudonym like 'demo-historie-${code}-%') p`;
    // Most people still in view have a fixed contact person, spread over the gemeente's consulenten, so
    // the team's worklist is not one pile of people without one.
    await db.query(
      `update person set contact_person_id = c.id
       from (select p.id as person_id, p.g ${mine} where p.caseload <> 'beeindigd' and ${r('aanspreek')} < 0.85) x,
            (select id, (row_number() over (order by email) - 1)::int as i, count(*) over ()::int as n from account where organization_id = $1::uuid and role = 'consulent') c
       where person.id = x.person_id and c.i = x.g % c.n`,
      [org],
    );
    // Contact requests for those who came in themselves; a third of them after the Rechtencheck.
    await db.query(
      `insert into self_registration (person_id, organization_id, reach_by, about, rechtencheck_code, deadline, created_at, picked_up_at)
       select p.id, $1::uuid, 'telefoon', 'Wil hulp bij werk (demo)', case when ${r('rc')} < 0.35 then 'DEMO' || g end,
         (p.created_at::date + 7), p.created_at,
         case when ${r('op')} < 0.1 and p.created_at > $2::date - 20 then null else p.created_at + make_interval(days => (${r('op')} * 12)::int) end
       ${mine} where p.came_into_view_via = 'zelf'`,
      [org, today],
    );
    // First contact for most, a plan with a goal for about half.
    await db.query(
      `insert into contact (person_id, contact_date, channel)
       select p.id, least($1::date, p.created_at::date + (${r('c')} * 25)::int), 'gesprek' ${mine} where ${r('heeftc')} < 0.8`,
      [today],
    );
    await db.query(
      `insert into plan (person_id, goal_type, goal, review_date, created_at, updated_at, confirmed_at, confirmed_how)
       select p.id, ${pick('doel', [['regulier-werk', 35], ['werk-met-loonkostensubsidie', 25], ['beschut-werk', 8], ['scholing', 12], ['proefplaatsing', 8], ['vrijwilligerswerk', 7], ['andere-participatie', 5]])},
         'Doel (demo)', least($1::date, p.created_at::date + 200), p.created_at + make_interval(days => 20 + (${r('pd')} * 50)::int), p.created_at + make_interval(days => 20 + (${r('pd')} * 50)::int),
         case when ${r('bev')} < 0.7 then p.created_at + make_interval(days => 30 + (${r('pd')} * 50)::int) end, case when ${r('bev')} < 0.7 then 'in-persoon' end
       ${mine} where ${r('heeftc')} < 0.55 and p.created_at < $1::date - 70`,
      [today],
    );
    // Transitions for people who came in through UWV or school.
    await db.query(
      `insert into transition (person_id, organization_id, kind, event_date, source, deadline, created_at, picked_up_at)
       select p.id, $1::uuid,
         case when p.came_into_view_via = 'school' then (case when ${r('tk')} < 0.5 then 'school-verlaten-vso' else 'school-verlaten-pro' end)
           else ${pick('tk', [['uitkering-afgewezen', 40], ['wajong-afgewezen', 25], ['doelgroepregister-registratie', 20], ['einde-contract', 15]])} end,
         p.created_at::date - (${r('td')} * 10)::int, 'csv', p.created_at::date - (${r('td')} * 10)::int + 14, p.created_at,
         case when ${r('tp')} < 0.12 then null else p.created_at + make_interval(days => (${r('tp')} * 20)::int) end
       ${mine} where p.came_into_view_via in ('uwv', 'school')`,
      [org],
    );
    // Referrals to the demo providers.
    const receiverCase = `(array[${receivers.map((k) => `'${uuidFromKey('organization', k)}'`).join(', ')}])[1 + (${r('ontv')} * ${receivers.length})::int % ${receivers.length}]::uuid`;
    await db.query(
      `with x as (select p.id, p.created_at, ${receiverCase} as receiver, ${pick('st', [['afgerond', 45], ['in_behandeling', 15], ['geaccepteerd', 8], ['verstuurd', 7], ['afgewezen', 12], ['niet_gelukt', 10], ['ingetrokken', 3]])} as state,
           ${pick('uit', [['geholpen', 30], ['aan-het-werk', 25], ['opleiding-gestart', 10], ['plaatsing-gestart', 15], ['niet-in-aanmerking', 8], ['geen-capaciteit', 7], ['niet-bereikt', 5]])} as outcome,
           ${pick('red', [['geen-plek', 30], ['niet-in-aanmerking', 20], ['niet-bereikt', 15], ['past-niet', 15], ['geen-financiering', 10], ['anders', 10]])} as reason,
           p.created_at + make_interval(days => 15 + (${r('vd')} * 60)::int) as sent, ${r('ant')} as ant
         ${mine} where ${r('verw')} < 0.4)
       insert into referral (person_id, sender_organization_id, receiver_organization_id, question, parts, state, reason, outcome,
         created_at, updated_at, sent_at, sent_on, responded_at, closed_at)
       select id, $1::uuid, receiver, 'Vraag (demo)', array['basis'], state,
         case when state in ('afgewezen', 'niet_gelukt', 'ingetrokken') then (case when state = 'ingetrokken' then 'op-verzoek-persoon' else reason end) end,
         case when state = 'afgerond' then outcome end,
         sent, sent, sent, sent::date,
         case when state <> 'verstuurd' then sent + make_interval(days => 1 + (ant * 14)::int) end,
         case when state in ('afgerond', 'afgewezen', 'niet_gelukt', 'ingetrokken') then sent + make_interval(days => 20 + (ant * 90)::int) end
       from x where sent < $2::date`,
      [org, today],
    );
    // Signal history (what the nightly monitor.signals job records): a signal for about a third,
    // most solved within weeks; the still open ones are recent.
    await db.query(
      `insert into signal_episode (person_id, kind, started_on, resolved_on)
       select p.id, ${pick('sk', [['geen-contact', 45], ['geen-doel', 30], ['aanmelding-niet-opgepakt', 10], ['geen-contactpersoon', 15]])},
         least($1::date, p.created_at::date + 20 + (${r('ss')} * 200)::int) as started,
         case when ${r('so')} < 0.85 or p.created_at::date + 20 + (${r('ss')} * 200)::int < $1::date - 60
           then least($1::date, p.created_at::date + 20 + (${r('ss')} * 200)::int + 2 + (${r('sd')} * 40)::int) end
       ${mine} where ${r('sig')} < 0.35`,
      [today],
    );
  }
  return total;
}
