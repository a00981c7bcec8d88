// The history of signals ("dreigt uit beeld te raken") for the monitor: the
// daily job records, per organisation, which signals fire today (opening an
// episode) and which stopped (closing it). Signals themselves stay computed
// (src/db/signals.ts); this only keeps when each one started and ended.
// The episodes are aggregated by the monitor and shown per person nowhere.
import type { Queryable } from '../client.ts';
import { computeSignals } from '../signals.ts';

/** Records today's signals of one organisation. Returns how many episodes were opened and closed. */
export async function recordSignalEpisodes(
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
  organizationId: string,
  today: string,
): Promise<{ opened: number; closed: number }> {
  // The owner's view of its own records, computed as the worklist computes it; an aggregate, so no list is logged.
  const signals = await computeSignals(db, { accountId: null, organizationId, role: 'teamleider', traceId: `job-monitor-signals-${today}` }, today, { log: false });
  const firing = new Map<string, { personId: string; kind: string; since: string }>();
  for (const s of signals) {
    const key = `${s.personId}|${s.kind}`;
    const since = s.since <= today ? s.since : today;
    const had = firing.get(key);
    if (!had || since < had.since) firing.set(key, { personId: s.personId, kind: s.kind, since });
  }
  const list = [...firing.values()];
  return db.transaction(async (tx) => {
    const closed = await tx.query(
      `update signal_episode e set resolved_on = greatest($2::date, e.started_on)
       from person p
       where p.id = e.person_id and p.owner_organization_id = $1::uuid and e.resolved_on is null
         and not exists (select 1 from unnest($3::uuid[], $4::text[]) as c(person_id, kind) where c.person_id = e.person_id and c.kind = e.kind)
       returning e.id`,
      [organizationId, today, list.map((s) => s.personId), list.map((s) => s.kind)],
    );
    const opened = await tx.query(
      `insert into signal_episode (person_id, kind, started_on)
       select person_id, kind, since from unnest($1::uuid[], $2::text[], $3::date[]) as c(person_id, kind, since)
       on conflict (person_id, kind) where resolved_on is null do nothing
       returning id`,
      [list.map((s) => s.personId), list.map((s) => s.kind), list.map((s) => s.since)],
    );
    return { opened: opened.length, closed: closed.length };
  });
}

/** Every organisation that owns person records: the job records each in turn. */
export async function organisationsWithPersons(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ id: string }>(`select distinct owner_organization_id as id from person where erased_at is null order by 1`);
  return rows.map((r) => r.id);
}
