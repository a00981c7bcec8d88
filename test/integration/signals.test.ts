import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import { LEGAL_BASIS, type Actor, type ActorRole } from '../../src/db/persons.ts';
import { DEMO_ACCOUNTS } from '../../src/db/seed.ts';
import { computeSignals, countByKind, signalKinds, type Signal, type SignalKind } from '../../src/db/signals.ts';
import { uuidFromKey } from '../../src/domain/ids.ts';
import { seededDb, type TestDb } from '../helpers/db.ts';

// A fixed day, so the tests do not depend on the clock. 15 June 2026 is a Monday.
const TODAY = '2026-06-15';
const emmen = uuidFromKey('organization', 'demo-gemeente-emmen'); // gemeente GM0114
const hoogeveen = uuidFromKey('organization', 'demo-gemeente-hoogeveen');
const jobcoach = uuidFromKey('organization', 'demo-stap-verder-jobcoaching');

let t: TestDb;
const accounts = new Map<string, string>();

function day(offset: number): string {
  return new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

function actor(email: string, role: ActorRole, organizationId: string | null): Actor {
  return { accountId: accounts.get(email) ?? null, organizationId, role, traceId: `signals-test-${randomBytes(6).toString('hex')}` };
}
const consulent = () => actor(DEMO_ACCOUNTS.consulentEmmen, 'consulent', emmen);

interface PersonSpec {
  caseload?: 'actief' | 'passief' | 'beeindigd';
  gemeenteCode?: string | null;
  createdOn?: string;
  /** Account id of the fixed contact person; default the Emmen consulent. */
  contactPerson?: string | null;
  /** Review date of the current plan; null for no plan. */
  planReview?: string | null;
  /** Contact dates; default one contact a week ago. */
  contacts?: string[];
  erased?: boolean;
}

let counter = 0;
/** A person owned by Emmen with nothing wrong, unless the spec says otherwise. */
async function person(spec: PersonSpec = {}): Promise<string> {
  counter++;
  const [row] = await t.db.query<{ id: string }>(
    `insert into person (pseudonym, owner_organization_id, gemeente_code, given_name, family_name, caseload, contact_person_id, created_at, erased_at)
     values ($1, $2, $3, $4, $5, $6, $7, ($8::date + time '12:00') at time zone 'Europe/Amsterdam', case when $9 then now() end) returning id`,
    [
      `signals-test-${counter}-${randomBytes(4).toString('hex')}`, emmen, spec.gemeenteCode === undefined ? 'GM0114' : spec.gemeenteCode,
      `Test${counter}`, 'Signaal (test)', spec.caseload ?? 'actief',
      spec.contactPerson === undefined ? accounts.get(DEMO_ACCOUNTS.consulentEmmen) : spec.contactPerson,
      spec.createdOn ?? day(-400), spec.erased ?? false,
    ],
  );
  const id = row!.id;
  const review = spec.planReview === undefined ? day(30) : spec.planReview;
  if (review) await plan(id, review);
  for (const date of spec.contacts ?? [day(-7)]) {
    await t.db.query(`insert into contact (person_id, contact_date, channel) values ($1, $2, 'gesprek')`, [id, date]);
  }
  return id;
}

async function plan(personId: string, review: string, closedOn?: string): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into plan (person_id, goal_type, goal, review_date, closed_at)
     values ($1, 'regulier-werk', 'Werk in de zorg', $2, ($3::date + time '12:00') at time zone 'Europe/Amsterdam') returning id`,
    [personId, review, closedOn ?? null],
  );
  return row!.id;
}

async function signalsOf(personId: string, who: Actor = consulent()): Promise<Signal[]> {
  return computeSignals(t.db, who, TODAY, { personId });
}

async function kindsOf(personId: string): Promise<SignalKind[]> {
  return (await signalsOf(personId)).map((s) => s.kind);
}

async function only(personId: string, kind: SignalKind): Promise<Signal> {
  const signals = await signalsOf(personId);
  assert.deepEqual(signals.map((s) => s.kind), [kind]);
  return signals[0]!;
}

before(async () => {
  t = await seededDb();
  for (const row of await t.db.query<{ id: string; email: string }>('select id, email from account')) accounts.set(row.email, row.id);
});
after(async () => {
  await t?.close();
});
afterEach(async () => {
  await t.db.query('delete from gemeente_policy');
});

describe('geen-contact', () => {
  it('fires a day after 8 weeks without contact (actief), not on the day itself or before', async () => {
    const late = await person({ contacts: [day(-57)] });
    const s = await only(late, 'geen-contact');
    assert.equal(s.since, day(-1));
    assert.equal(s.detail, 'Laatste contact op 19 april 2026: 8 weken en 1 dag geleden. De grens is 8 weken.');
    assert.equal(s.actionPath, `/personen/${late}#contact`);
    assert.equal(s.actionLabel, signalKinds['geen-contact'].actionLabel);
    assert.deepEqual(await kindsOf(await person({ contacts: [day(-56)] })), []);
    assert.deepEqual(await kindsOf(await person({ contacts: [day(-55)] })), []);
  });

  it('says how long ago in weeks', async () => {
    const s = await only(await person({ contacts: [day(-100), '2026-03-23'] }), 'geen-contact');
    assert.equal(s.detail, 'Laatste contact op 23 maart 2026: 12 weken geleden. De grens is 8 weken.');
  });

  it('counts from the day the person came into view when there was never contact', async () => {
    const s = await only(await person({ createdOn: day(-57), contacts: [] }), 'geen-contact');
    assert.equal(s.since, day(-1));
    assert.match(s.detail, /^Nog geen contact vastgelegd\. In beeld sinds 19 april 2026: 8 weken en 1 dag geleden\./);
    assert.deepEqual(await kindsOf(await person({ createdOn: day(-55), contacts: [] })), []);
  });

  it('ignores contacts dated after today', async () => {
    assert.deepEqual(await kindsOf(await person({ contacts: [day(-60), day(3)] })), ['geen-contact']);
  });

  it('uses months for the passive caseload: 6 months and a day fires, 6 months does not', async () => {
    const s = await only(await person({ caseload: 'passief', contacts: ['2025-12-14'] }), 'geen-contact');
    assert.equal(s.since, '2026-06-14');
    assert.equal(s.detail, 'Laatste contact op 14 december 2025: 6 maanden en 1 dag geleden. De grens voor de passieve caseload is 6 maanden.');
    assert.deepEqual(await kindsOf(await person({ caseload: 'passief', contacts: ['2025-12-15'] })), []);
    assert.deepEqual(await kindsOf(await person({ caseload: 'passief', contacts: ['2025-12-16'] })), []);
    // The active limit of 8 weeks does not apply to the passive caseload.
    assert.deepEqual(await kindsOf(await person({ caseload: 'passief', contacts: [day(-100)] })), []);
  });

  it("takes the limits from the person's gemeente policy", async () => {
    await t.db.query(`insert into gemeente_policy (gemeente_code, active_no_contact_weeks, passive_no_contact_months) values ('GM0106', 4, 3)`);
    const s = await only(await person({ gemeenteCode: 'GM0106', contacts: [day(-29)] }), 'geen-contact');
    assert.match(s.detail, /De grens is 4 weken\.$/);
    assert.deepEqual(await kindsOf(await person({ gemeenteCode: 'GM0106', contacts: [day(-28)] })), []);
    assert.deepEqual(await kindsOf(await person({ gemeenteCode: 'GM0106', caseload: 'passief', contacts: ['2026-03-14'] })), ['geen-contact']);
    assert.deepEqual(await kindsOf(await person({ gemeenteCode: 'GM0106', caseload: 'passief', contacts: ['2026-03-15'] })), []);
    // Emmen has no policy row: the defaults hold there.
    assert.deepEqual(await kindsOf(await person({ gemeenteCode: 'GM0114', contacts: [day(-29)] })), []);
  });

  it("falls back to the organisation's gemeente when the record has none, and to the defaults", async () => {
    const noGemeente = await person({ gemeenteCode: null, contacts: [day(-60)] });
    assert.deepEqual(await kindsOf(noGemeente), ['geen-contact']); // defaults: 8 weeks
    await t.db.query(`insert into gemeente_policy (gemeente_code, active_no_contact_weeks) values ('GM0114', 12)`);
    assert.deepEqual(await kindsOf(noGemeente), []); // Emmen's 12 weeks
    // The person's own gemeente goes before the organisation's.
    await t.db.query(`insert into gemeente_policy (gemeente_code, active_no_contact_weeks) values ('GM0106', 4)`);
    assert.deepEqual(await kindsOf(await person({ gemeenteCode: 'GM0106', contacts: [day(-29)] })), ['geen-contact']);
  });
});

describe('geen-doel and doel-verlopen', () => {
  it('geen-doel fires without a plan, since the person came into view', async () => {
    const s = await only(await person({ planReview: null, createdOn: '2026-05-01' }), 'geen-doel');
    assert.equal(s.since, '2026-05-01');
    assert.equal(s.detail, 'Er is nog geen plan met een doel. In beeld sinds 1 mei 2026.');
    assert.equal(s.actionPath.endsWith('#plan'), true);
  });

  it('geen-doel fires when the only plans are closed, since the last one closed', async () => {
    const id = await person({ planReview: null });
    await plan(id, day(-100), '2026-02-01');
    await plan(id, day(-10), '2026-06-01');
    const s = await only(id, 'geen-doel');
    assert.equal(s.since, '2026-06-01');
    assert.equal(s.detail, 'Er is geen lopend plan. Het laatste plan is gesloten op 1 juni 2026.');
  });

  it('geen-doel does not fire with a current plan', async () => {
    const id = await person({ planReview: day(1) });
    await plan(id, day(-50), '2026-01-10');
    assert.deepEqual(await kindsOf(id), []);
  });

  it('doel-verlopen fires the day after the review date, not on it', async () => {
    const s = await only(await person({ planReview: day(-1) }), 'doel-verlopen');
    assert.equal(s.since, day(-1));
    assert.equal(s.detail, 'Het plan moest op 14 juni 2026 opnieuw besproken worden. Dat is 1 dag geleden.');
    assert.deepEqual(await kindsOf(await person({ planReview: TODAY })), []);
  });

  it('a closed plan past its review date is not doel-verlopen', async () => {
    const id = await person({ planReview: null });
    await plan(id, day(-30), '2026-06-01');
    assert.deepEqual(await kindsOf(id), ['geen-doel']);
  });
});

describe('afspraak-verlopen', () => {
  async function agreement(personId: string, due: string, done = false): Promise<void> {
    const [p] = await t.db.query<{ id: string }>('select id from plan where person_id = $1 and closed_at is null', [personId]);
    await t.db.query(
      `insert into agreement (plan_id, person_id, description, owner, due_date, done_at) values ($1, $2, 'Cv opsturen', 'persoon', $3, case when $4 then now() end)`,
      [p!.id, personId, due, done],
    );
  }

  it('gives one signal per person with the count and the oldest due date', async () => {
    const id = await person();
    await agreement(id, day(-1));
    await agreement(id, day(-10));
    await agreement(id, day(-20), true); // done
    await agreement(id, day(5));
    const s = await only(id, 'afspraak-verlopen');
    assert.equal(s.since, day(-10));
    assert.equal(s.detail, '2 afspraken zijn niet op tijd klaar. De oudste moest klaar zijn op 5 juni 2026: 10 dagen geleden.');
    assert.equal(s.actionPath, `/personen/${id}#afspraken`);
  });

  it('does not fire on the due date itself', async () => {
    const id = await person();
    await agreement(id, TODAY);
    await agreement(id, day(-3), true);
    assert.deepEqual(await kindsOf(id), []);
    await agreement(id, day(-1));
    assert.equal((await only(id, 'afspraak-verlopen')).detail, '1 afspraak is niet op tijd klaar. Die moest klaar zijn op 14 juni 2026: 1 dag geleden.');
  });
});

describe('aanmelding-niet-opgepakt and transitie-niet-opgepakt', () => {
  async function registration(personId: string, deadline: string, pickedUp = false): Promise<void> {
    await t.db.query(
      `insert into self_registration (person_id, organization_id, reach_by, about, deadline, picked_up_at)
       values ($1, $2, 'telefoon', 'Ik zoek werk', $3, case when $4 then now() end)`,
      [personId, emmen, deadline, pickedUp],
    );
  }
  async function transition(personId: string, deadline: string, pickedUp = false): Promise<void> {
    await t.db.query(
      `insert into transition (person_id, organization_id, kind, event_date, source, deadline, picked_up_at)
       values ($1, $2, 'wajong-afgewezen', $3::date - 14, 'hand', $3, case when $4 then now() end)`,
      [personId, emmen, deadline, pickedUp],
    );
  }

  it('aanmelding fires the day after its deadline', async () => {
    const id = await person();
    await registration(id, day(-1));
    const s = await only(id, 'aanmelding-niet-opgepakt');
    assert.equal(s.since, day(-1));
    assert.match(s.detail, /De termijn liep af op 14 juni 2026: 1 dag geleden\.$/);
    assert.equal(s.actionPath, `/personen/${id}#aanmelding`);
  });

  it('aanmelding does not fire on its deadline, nor when picked up', async () => {
    const id = await person();
    await registration(id, TODAY);
    await registration(id, day(-5), true);
    assert.deepEqual(await kindsOf(id), []);
  });

  it('transitie fires the day after its deadline, naming the kind', async () => {
    const id = await person();
    await transition(id, day(-1));
    await transition(id, day(-3));
    const s = await only(id, 'transitie-niet-opgepakt');
    assert.equal(s.since, day(-3));
    assert.match(s.detail, /^2 overgangen zijn niet opgepakt\. De oudste \(Wajong afgewezen\) had als termijn 12 juni 2026: 3 dagen geleden\.$/);
    assert.equal(s.actionPath, `/personen/${id}#transities`);
  });

  it('transitie does not fire on its deadline, nor when picked up', async () => {
    const id = await person();
    await transition(id, TODAY);
    await transition(id, day(-30), true);
    assert.deepEqual(await kindsOf(id), []);
  });
});

describe('geen-contactpersoon', () => {
  it('fires without a contact person, since the person came into view', async () => {
    const s = await only(await person({ contactPerson: null, createdOn: '2026-03-03' }), 'geen-contactpersoon');
    assert.equal(s.since, '2026-03-03');
    assert.equal(s.contactPersonId, null);
    assert.equal(s.actionPath.endsWith('#contactpersoon'), true);
  });

  it('counts from the change that removed the contact person', async () => {
    const id = await person({ contactPerson: null });
    await t.db.query(
      `insert into contact_person_change (person_id, from_account_id, to_account_id, changed_at) values ($1, $2, null, '2026-06-01 10:00+02')`,
      [id, accounts.get(DEMO_ACCOUNTS.consulentEmmen)],
    );
    const s = await only(id, 'geen-contactpersoon');
    assert.equal(s.since, '2026-06-01');
    assert.equal(s.detail, 'Deze persoon heeft geen vaste contactpersoon meer, sinds 1 juni 2026.');
  });

  it('does not fire with a contact person', async () => {
    const s = await signalsOf(await person({ contactPerson: accounts.get(DEMO_ACCOUNTS.teamleiderEmmen)! }));
    assert.deepEqual(s, []);
  });
});

describe('scope and access', () => {
  let troubled: string;
  before(async () => {
    // Everything wrong at once: no plan, no contact for long, no contact person.
    troubled = await person({ planReview: null, contacts: [day(-200)], contactPerson: null });
  });

  it('gives all kinds that apply to one person, oldest first', async () => {
    const s = await signalsOf(troubled);
    assert.deepEqual(s.map((x) => x.kind), ['geen-doel', 'geen-contactpersoon', 'geen-contact']);
    assert.deepEqual(s.map((x) => x.since), [day(-400), day(-400), day(-200 + 56)]);
  });

  it('leaves out erased and ended records', async () => {
    const spec = { planReview: null, contacts: [day(-200)], contactPerson: null };
    assert.deepEqual(await kindsOf(await person({ ...spec, erased: true })), []);
    assert.deepEqual(await kindsOf(await person({ ...spec, caseload: 'beeindigd' })), []);
  });

  it('covers the whole organisation, sorted by since, and can narrow to a contact person', async () => {
    const all = await computeSignals(t.db, consulent(), TODAY);
    assert.ok(all.some((s) => s.personId === troubled));
    const since = all.map((s) => s.since);
    assert.deepEqual(since, [...since].sort());
    const [demo] = await t.db.query<{ id: string }>(`select id from person where owner_organization_id = $1 and family_name like '%(demo)'`, [emmen]);
    assert.ok(all.some((s) => s.personId === demo!.id), 'the demo persons are in view too');
    const teamleiderId = accounts.get(DEMO_ACCOUNTS.teamleiderEmmen)!;
    const mine = await person({ contactPerson: teamleiderId, planReview: null });
    const narrowed = await computeSignals(t.db, consulent(), TODAY, { contactPersonId: teamleiderId });
    assert.deepEqual([...new Set(narrowed.map((s) => s.personId))], [mine]);
    // A teamleider of the same organisation sees the same.
    const asTeamleider = await computeSignals(t.db, actor(DEMO_ACCOUNTS.teamleiderEmmen, 'teamleider', emmen), TODAY);
    assert.deepEqual(asTeamleider.map((s) => `${s.personId} ${s.kind}`), (await computeSignals(t.db, consulent(), TODAY)).map((s) => `${s.personId} ${s.kind}`));
  });

  it("another organisation's actor sees none of these persons", async () => {
    const owned = new Set((await t.db.query<{ id: string }>('select id from person where owner_organization_id = $1', [emmen])).map((r) => r.id));
    for (const other of [
      actor(DEMO_ACCOUNTS.consulentHoogeveen, 'consulent', hoogeveen),
      actor(DEMO_ACCOUNTS.consulentJobcoach, 'consulent', jobcoach),
    ]) {
      const signals = await computeSignals(t.db, other, TODAY);
      assert.equal(signals.filter((s) => owned.has(s.personId)).length, 0);
      assert.deepEqual(await signalsOf(troubled, other), []);
    }
  });

  it('a consent does not make another organisation see the signals (owned records only)', async () => {
    await t.db.query(
      `insert into consent (person_id, organization_id, parts, purpose, valid_from, method) values ($1, $2, '{basis,plan,contacten}', 'Test', '2020-01-01', 'in-persoon')`,
      [troubled, hoogeveen],
    );
    assert.deepEqual(await signalsOf(troubled, actor(DEMO_ACCOUNTS.consulentHoogeveen, 'consulent', hoogeveen)), []);
  });

  it('gives [] to other roles, and logs nothing for them', async () => {
    const [beforeCount] = await t.db.query<{ n: number }>('select count(*) as n from processing_log');
    for (const who of [
      actor(DEMO_ACCOUNTS.beleidEmmen, 'beleidsmedewerker', emmen),
      actor(DEMO_ACCOUNTS.beheerder, 'functioneel-beheerder', null),
      actor(DEMO_ACCOUNTS.redacteur, 'aanbieder-redacteur', emmen),
      actor(DEMO_ACCOUNTS.consulentEmmen, 'consulent', null),
    ]) {
      assert.deepEqual(await computeSignals(t.db, who, TODAY), []);
    }
    const [afterwards] = await t.db.query<{ n: number }>('select count(*) as n from processing_log');
    assert.equal(afterwards!.n, beforeCount!.n);
  });

  it('writes one processing-log line for the list, naming every person returned, with the audit record', async () => {
    const who = consulent();
    const signals = await computeSignals(t.db, who, TODAY);
    const persons = new Set(signals.map((s) => s.personId));
    assert.ok(signals.length > persons.size, 'some persons have more than one signal');
    const lines = await t.db.query<{ pseudonym: string | null; pseudonyms: string[]; activity: string; operation: string; account: string | null }>(
      `select l.person_pseudonym as pseudonym, l.person_pseudonyms as pseudonyms, l.activity, l.operation, a.account_id as account
       from processing_log l join audit_log a on a.processing_log_id = l.id where l.trace_id = $1`,
      [who.traceId],
    );
    assert.equal(lines.length, 1, 'one processing operation, one line');
    const [line] = lines;
    assert.ok(line!.activity === 'persoon.lijst' && line!.operation === 'lezen' && line!.account === who.accountId && line!.pseudonym === null);
    const pseudonyms = await t.db.query<{ pseudonym: string }>('select pseudonym from person where id = any($1::uuid[])', [[...persons]]);
    assert.deepEqual([...line!.pseudonyms].sort(), pseudonyms.map((p) => p.pseudonym).sort());
  });

  it('keeps inzage and export unchanged: each person shown sees the list line, others do not', async () => {
    const { processingHistory, exportPerson } = await import('../../src/db/persons.ts');
    const who = consulent();
    const shown = [...new Set((await computeSignals(t.db, consulent(), TODAY)).map((s) => s.personId))];
    const [notShown] = await t.db.query<{ id: string }>(
      'select id from person where owner_organization_id = $1 and not (id = any($2::uuid[])) and erased_at is null limit 1',
      [emmen, shown],
    );
    const listLines = async (id: string) => ((await processingHistory(t.db, who, id)) ?? []).filter((l) => l.activity === 'persoon.lijst');
    const before = new Map<string, number>();
    for (const id of [...shown.slice(0, 3), notShown!.id]) before.set(id, (await listLines(id)).length);
    await computeSignals(t.db, who, TODAY);
    for (const id of shown.slice(0, 3)) {
      const lines = await listLines(id);
      assert.equal(lines.length, before.get(id)! + 1, 'the list shows in the inzage of every person on it');
      assert.deepEqual(
        { operation: lines[0]!.operation, purpose: lines[0]!.purpose, legalBasis: lines[0]!.legalBasis },
        { operation: 'lezen', purpose: 'Ondersteuning naar werk', legalBasis: LEGAL_BASIS },
      );
      assert.match(lines[0]!.organizationName ?? '', /Emmen/, 'names the organisation that processed');
      const exported = await exportPerson(t.db, who, id);
      assert.equal(exported!.processing.filter((l) => l.activity === 'persoon.lijst').length, before.get(id)! + 1, 'the export lists it too');
    }
    assert.equal((await listLines(notShown!.id)).length, before.get(notShown!.id), 'a person not on the list does not see it');
  });

  it('logs nothing when no person is returned', async () => {
    const who = consulent();
    assert.deepEqual(await computeSignals(t.db, who, TODAY, { personId: await person() }), []);
    const [row] = await t.db.query<{ n: number }>('select count(*) as n from processing_log where trace_id = $1', [who.traceId]);
    assert.equal(row!.n, 0);
  });

  it('refuses a malformed date', async () => {
    await assert.rejects(computeSignals(t.db, consulent(), '15-06-2026'), RangeError);
    await assert.rejects(computeSignals(t.db, consulent(), '2026-02-30'), RangeError);
  });
});

describe('countByKind', () => {
  it('counts each kind, zero for the missing ones', () => {
    const counts = countByKind([{ kind: 'geen-doel' }, { kind: 'geen-doel' }, { kind: 'geen-contact' }]);
    assert.deepEqual(counts, {
      'geen-contact': 1,
      'geen-doel': 2,
      'doel-verlopen': 0,
      'afspraak-verlopen': 0,
      'aanmelding-niet-opgepakt': 0,
      'transitie-niet-opgepakt': 0,
      'geen-contactpersoon': 0,
      'nazorg-gesprek-te-laat': 0,
      'contract-eindigt': 0,
      'baan-gestopt': 0,
      'nazorg-geen-contact': 0,
    });
    assert.deepEqual(Object.keys(counts), Object.keys(signalKinds));
  });
});
