// The job queue's tables, installed by the database owner. pg-boss creates
// its schema and one partition per queue with DDL (ALTER TABLE … ATTACH
// PARTITION needs the owner of pgboss.job), which the least-privilege app
// role may not do. `inbeeld migrate --app-rol` runs this before granting, so
// the app only reads and writes rows; creating a queue that exists is a no-op.
import PgBoss from 'pg-boss';
import type { Db } from '../../db/client.ts';
import { queues } from './queue.ts';

export const JOB_SCHEMA = 'pgboss';

export async function installJobQueue(db: Db): Promise<void> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => db.executeSql(text, values) },
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
  } as PgBoss.ConstructorOptions);
  await boss.start();
  for (const q of Object.values(queues)) await boss.createQueue(q.name, { name: q.name, ...q.options });
  await boss.stop({ graceful: false, wait: true } as PgBoss.StopOptions);
}
