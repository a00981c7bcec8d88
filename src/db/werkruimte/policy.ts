// Signal thresholds and grace periods per gemeente (gemeente_policy), and the
// history of their changes (gemeente_policy_change, 031_signal_grace.sql).
import { defaultSignalPolicy, policyFields, type SignalPolicy } from '../../domain/signal-policy.ts';
import type { Queryable } from '../client.ts';

type Tx = Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };

const columns = policyFields.map((f) => `${f.column} as "${f.key}"`).join(', ');

export async function readSignalPolicy(db: Queryable, gemeenteCode: string): Promise<SignalPolicy & { changed: boolean }> {
  const [row] = await db.query<SignalPolicy>(`select ${columns} from gemeente_policy where gemeente_code = $1`, [gemeenteCode]);
  return row ? { ...row, changed: true } : { ...defaultSignalPolicy, changed: false };
}

export interface PolicyChange {
  changedAt: string;
  changedByName: string | null;
  settings: SignalPolicy;
}

export async function policyHistory(db: Queryable, gemeenteCode: string): Promise<PolicyChange[]> {
  return db.query<PolicyChange>(
    `select to_char(changed_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD HH24:MI') as "changedAt", changed_by_name as "changedByName", settings
     from gemeente_policy_change where gemeente_code = $1 order by changed_at desc, id desc limit 50`,
    [gemeenteCode],
  );
}

/** Saves all values at once and records the change; one transaction, so never half. */
export async function saveSignalPolicy(db: Tx, gemeenteCode: string, policy: SignalPolicy, by: { accountId: string; name: string }): Promise<void> {
  const names = policyFields.map((f) => f.column);
  const values = policyFields.map((f) => policy[f.key]);
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into gemeente_policy (gemeente_code, ${names.join(', ')}, updated_by, updated_at)
       values ($1, ${names.map((_, i) => `$${i + 2}`).join(', ')}, $${names.length + 2}, now())
       on conflict (gemeente_code) do update set ${names.map((n) => `${n} = excluded.${n}`).join(', ')}, updated_by = excluded.updated_by, updated_at = now()`,
      [gemeenteCode, ...values, by.accountId],
    );
    await tx.query(`insert into gemeente_policy_change (gemeente_code, changed_by, changed_by_name, settings) values ($1, $2, $3, $4::jsonb)`, [
      gemeenteCode, by.accountId, by.name, JSON.stringify(policy),
    ]);
  });
}

/** The gemeente a teamleider sets thresholds for: their organisation's. */
export async function organizationGemeente(db: Queryable, organizationId: string | null): Promise<string | null> {
  if (!organizationId) return null;
  const [row] = await db.query<{ code: string | null }>('select gemeente_code as code from organization where id = $1', [organizationId]);
  return row?.code ?? null;
}

export async function gemeenteOptions(db: Queryable): Promise<Array<{ code: string; name: string }>> {
  return db.query('select code, name from gemeente order by name');
}

/** The public-site theme a gemeente chose (gemeente.public_theme, 130_public_theme.sql); null = the default. */
export async function readPublicTheme(db: Queryable, gemeenteCode: string): Promise<string | null> {
  const [row] = await db.query<{ theme: string | null }>('select public_theme as theme from gemeente where code = $1', [gemeenteCode]);
  return row?.theme ?? null;
}

export async function savePublicTheme(db: Queryable, gemeenteCode: string, themeKey: string | null): Promise<void> {
  await db.query('update gemeente set public_theme = $2 where code = $1', [gemeenteCode, themeKey]);
}
