// The job queue (pg-boss over our Db): duties run once, mail is retried, and
// on PostgreSQL a job enqueued twice runs once with two workers on two pools.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { connect, type Db } from '../../src/db/client.ts';
import { MAIL_JOB } from '../../src/features/jobs/duties.ts';
import { startJobs, type Jobs } from '../../src/features/jobs/queue.ts';
import { onPostgres, seededDb, type TestDb } from '../helpers/db.ts';

const config = { ...loadConfig({ PORT: '0' }), baseUrl: 'http://localhost:3000', smtpUrl: undefined };
let t: TestDb;
before(async () => {
  t = await seededDb();
});
after(async () => t.close());

async function until(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail('timed out waiting for the job queue');
}

async function jobState(db: Db, name: string, id: string): Promise<string | undefined> {
  const rows = await db.query<{ state: string }>(
    `select state from pgboss.job where name = $1 and id = $2::uuid union all select state from pgboss.archive where name = $1 and id = $2::uuid`,
    [name, id],
  );
  return rows[0]?.state;
}

test('escalation duty: one mail per overdue referral to its sender, none on the second run', async () => {
  const db = t.db;
  const [seedRow] = await db.query<{ personId: string; senderOrg: string; sender: string; receiver: string }>(
    `select p.id as "personId", p.owner_organization_id as "senderOrg", a.id as sender,
       (select id from organization where id <> p.owner_organization_id order by key limit 1) as receiver
     from person p join account a on a.email = 'consulent.emmen@inbeeld.demo' and a.organization_id = p.owner_organization_id limit 1`,
  );
  assert.ok(seedRow, 'the demo region has a person of gemeente Emmen');
  await db.query(
    `insert into referral (person_id, sender_organization_id, sender_account_id, receiver_organization_id, question, parts, state, sent_at, sent_on, response_due, escalation_due)
     values ($1, $2, $3, $4, 'Kan deze persoon starten?', array['basis'], 'verstuurd', now() - interval '30 days', current_date - 30, current_date - 20, current_date - 10)`,
    [seedRow.personId, seedRow.senderOrg, seedRow.sender, seedRow.receiver],
  );
  const [{ expected }] = (await db.query<{ expected: number }>(
    `select count(*)::int as expected from referral where state = 'verstuurd' and escalation_due < current_date and sender_account_id is not null`,
  )) as [{ expected: number }];
  const jobs = await startJobs(db, config, { work: true, schedule: false, pollingIntervalSeconds: 0.5 });
  try {
    const outbox = () => db.query<{ to_address: string; body: string }>(`select to_address, body from outbox where subject like 'Een doorverwijzing wacht%'`);
    assert.equal(await jobs.enqueue('referral.escalation', {}, 'test-1'), true);
    await until(async () => (await outbox()).length === expected);
    const mails = await outbox();
    assert.ok(mails.some((m) => m.to_address === 'consulent.emmen@inbeeld.demo'));
    assert.ok(mails.every((m) => !m.body.includes('Kan deze persoon starten')), 'no person data in the mail');
    // A second run finds every referral marked.
    await jobs.enqueue('referral.escalation', {}, 'test-2');
    await until(async () => (await jobState(db, 'referral.escalation', (await import('../../src/features/jobs/duties.ts')).jobId('referral.escalation', 'test-2'))) === 'completed');
    await new Promise((r) => setTimeout(r, 600));
    assert.equal((await outbox()).length, expected);
  } finally {
    await jobs.stop();
  }
});

test('mail.send is retried after a failure and then sent once', async () => {
  const db = t.db;
  let calls = 0;
  const jobs = await startJobs(db, config, {
    work: true,
    schedule: false,
    pollingIntervalSeconds: 0.5,
    handlers: {
      [MAIL_JOB]: async (ctx, id, data) => {
        calls += 1;
        if (calls === 1) throw new Error('smtp down');
        const { duties } = await import('../../src/features/jobs/duties.ts');
        return duties.mail(ctx, id, data);
      },
    },
  });
  try {
    await jobs.boss.updateQueue(MAIL_JOB, { name: MAIL_JOB, retryLimit: 3, retryDelay: 0, retryBackoff: false });
    await jobs.enqueue(MAIL_JOB, { to: 'retry@inbeeld.demo', subject: 'Proef', text: 'Proef' }, 'retry-1');
    await until(async () => (await db.query(`select 1 from outbox where to_address = 'retry@inbeeld.demo'`)).length === 1);
    assert.equal(calls, 2);
  } finally {
    await jobs.stop();
  }
});

test('a job enqueued twice runs once, with two workers on two connections', { skip: !onPostgres && 'needs TEST_DATABASE_URL' }, async () => {
  const second = await connect({ databaseUrl: t.url! });
  const runs: string[] = [];
  const counting = (who: string) => ({ retention: async () => void runs.push(who) });
  const workers: Jobs[] = [];
  try {
    workers.push(await startJobs(t.db, config, { work: true, schedule: true, pollingIntervalSeconds: 0.5, handlers: counting('a') }));
    workers.push(await startJobs(second, config, { work: true, schedule: true, pollingIntervalSeconds: 0.5, handlers: counting('b') }));
    const first = await workers[0]!.enqueue('retention', {}, 'twice');
    const again = await workers[1]!.enqueue('retention', {}, 'twice');
    assert.deepEqual([first, again], [true, false]);
    // Many distinct jobs spread over both workers, each still once.
    for (let i = 0; i < 20; i++) await workers[i % 2]!.enqueue('retention', {}, `many-${i}`);
    await until(async () => runs.length >= 21);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(runs.length, 21);
  } finally {
    for (const w of workers) await w.stop();
    await second.close();
  }
});

test('reminders: a teamleider hears of late queue work once a day', async () => {
  const db = t.db;
  const [row] = await db.query<{ personId: string; orgId: string }>(
    `select p.id as "personId", p.owner_organization_id as "orgId" from person p
     join account a on a.email = 'teamleider.emmen@inbeeld.demo' and a.organization_id = p.owner_organization_id limit 1`,
  );
  assert.ok(row);
  await db.query(
    `insert into self_registration (person_id, organization_id, reach_by, about, deadline) values ($1, $2, 'telefoon', 'Ik zoek werk', current_date - 3)`,
    [row.personId, row.orgId],
  );
  const jobs = await startJobs(db, config, { work: true, schedule: false, pollingIntervalSeconds: 0.5 });
  try {
    const mails = () => db.query<{ body: string }>(`select body from outbox where to_address = 'teamleider.emmen@inbeeld.demo' and subject like 'Herinnering%'`);
    await jobs.enqueue('reminders', {}, 'day-1');
    await until(async () => (await mails()).length === 1);
    assert.match((await mails())[0]!.body, /aanmelding/);
    assert.doesNotMatch((await mails())[0]!.body, /Ik zoek werk/);
    await jobs.enqueue('reminders', {}, 'day-1-again');
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal((await mails()).length, 1, 'the same day sends no second reminder');
  } finally {
    await jobs.stop();
  }
});

test('log.index merges list lines into the index; inzage finds them before and after', async () => {
  const db = t.db;
  const { logProcessing } = await import('../../src/db/persons.ts');
  await db.transaction((tx) => logProcessing(tx, { accountId: null, organizationId: null, role: 'consulent', traceId: 'gin-test' }, 'persoon.lijst', ['gin-a', 'gin-b']));
  const named = async () => (await db.query(`select 1 from processing_log where person_pseudonyms @> array['gin-b'] and person_pseudonyms is not null`)).length;
  assert.equal(await named(), 1);
  const jobs = await startJobs(db, config, { work: true, schedule: false, pollingIntervalSeconds: 0.5 });
  try {
    await jobs.enqueue('log.index', {}, 'now');
    await until(async () => (await db.query(`select 1 from pgboss.job where name = 'log.index' and state = 'completed'`)).length === 1);
    assert.equal(await named(), 1);
  } finally {
    await jobs.stop();
  }
});
