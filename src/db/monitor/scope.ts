// Which gemeenten a monitor covers: the account's own gemeente, or every
// gemeente of its arbeidsmarktregio. Aggregates only; no person is read here.
import type { Queryable } from '../client.ts';

export interface Scope {
  level: 'gemeente' | 'regio';
  name: string;
  /** Gemeente codes the figures count persons of. */
  codes: string[];
  gemeenteCode: string;
}

export async function scopeFor(db: Queryable, organizationId: string | null, level: 'gemeente' | 'regio'): Promise<Scope | null> {
  if (!organizationId) return null;
  const [org] = await db.query<{ code: string | null; name: string | null; regio: string | null; regioName: string | null }>(
    `select g.code, g.name, g.arbeidsmarktregio_code as regio, r.name as "regioName"
     from organization o left join gemeente g on g.code = o.gemeente_code left join arbeidsmarktregio r on r.code = g.arbeidsmarktregio_code
     where o.id = $1::uuid`,
    [organizationId],
  );
  if (!org?.code) return null;
  if (level === 'gemeente' || !org.regio) return { level: 'gemeente', name: `gemeente ${org.name}`, codes: [org.code], gemeenteCode: org.code };
  const rows = await db.query<{ code: string }>('select code from gemeente where arbeidsmarktregio_code = $1 order by code', [org.regio]);
  return { level: 'regio', name: `arbeidsmarktregio ${org.regioName}`, codes: rows.map((r) => r.code), gemeenteCode: org.code };
}
