// The transition commands of `inbeeld`:
//   inbeeld import-transities <bestand.csv> --organisatie <key>
//   inbeeld api-token --organisatie <key> --naam <naam>     (prints a new token once)
//   inbeeld api-token --organisatie <key> --lijst
//   inbeeld api-token --organisatie <key> --intrekken <id>
// Exit code 0: done; 1: rows rejected, nothing written; 2: wrong use.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { connect, type Db } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { todayIso } from './api.ts';
import { parseTransitionsCsv } from './csv.ts';
import { importTransitions, type RejectedRow, type TransitionImportReport } from './import.ts';
import { createApiToken, listApiTokens, organizationByKey, revokeApiToken, type Organization } from './tokens.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const nodeIo: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

export const IMPORT_USAGE = 'Gebruik: inbeeld import-transities <bestand.csv> --organisatie <sleutel van de organisatie>';
export const TOKEN_USAGE = 'Gebruik: inbeeld api-token --organisatie <sleutel> --naam <naam>   (of --lijst, of --intrekken <id>)';

async function openDb(): Promise<Db> {
  const config = loadConfig();
  const db = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db);
  return db;
}

async function withOrganization<T>(
  io: CliIo,
  given: Db | undefined,
  key: string | undefined,
  usage: string,
  fn: (db: Db, org: Organization) => Promise<T>,
): Promise<T | 2> {
  if (!key) {
    io.stderr(`Geef de organisatie op met --organisatie <sleutel>, bijvoorbeeld demo-gemeente-emmen.\n${usage}\n`);
    return 2;
  }
  const db = given ?? (await openDb());
  try {
    const org = await organizationByKey(db, key);
    if (!org) {
      io.stderr(`Er is geen organisatie met de sleutel "${key}". De sleutel staat in het adres van de organisatiepagina: /organisaties/<sleutel>.\n`);
      return 2;
    }
    return await fn(db, org);
  } finally {
    if (!given) await db.close();
  }
}

export function formatRejected(rejected: RejectedRow[], unit: 'regel' | 'overgang'): string {
  return rejected
    .map((r) => `${unit} ${r.row}${r.externId ? ` (extern_id ${r.externId})` : ''}:\n${r.fields.map((f) => `  - ${f.field}: ${f.message}`).join('\n')}`)
    .join('\n');
}

export function formatReport(report: Extract<TransitionImportReport, { ok: true }>, file: string, org: Organization): string {
  const lines = [
    `Ingelezen uit ${file} voor ${org.name}: ${report.created} nieuwe overgang(en), ${report.alreadyPresent} waren er al (zelfde extern_id), ${report.personsCreated} nieuwe perso(o)n(en).`,
  ];
  for (const r of report.rows) {
    lines.push(`regel ${r.row}\t${r.externId}\t${r.status}\tdeadline ${r.deadline}\tpersoon ${r.personId}${r.personCreated ? ' (nieuw)' : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `inbeeld import-transities`; returns the exit code. Tests pass their own database. */
export async function runImportTransities(args: string[], io: CliIo = nodeIo, db?: Db): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: false, options: { organisatie: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    io.stderr(`Geef een CSV-bestand op.\n${IMPORT_USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    io.stderr(`Het bestand ${file} kan niet worden gelezen: ${(error as Error).message}\n`);
    return 2;
  }
  const key = typeof values.organisatie === 'string' ? values.organisatie : undefined;
  return withOrganization(io, db, key, IMPORT_USAGE, async (db, org) => {
    const parsed = parseTransitionsCsv(bytes);
    if (!parsed.ok) {
      io.stderr(`Niets ingelezen: het bestand ${file} kan niet worden gelezen.\n${formatRejected(parsed.rejected, 'regel')}\n`);
      return 1;
    }
    const actor = { accountId: null, organizationId: org.id, role: 'systeem' as const, traceId: randomUUID() };
    const report = await importTransitions(db, parsed.rows, { actor, source: 'csv', today: todayIso(), unreadable: parsed.rejected });
    if (!report.ok) {
      io.stderr(`${report.message}\n${formatRejected(report.rejected, 'regel')}\n`);
      return 1;
    }
    io.stdout(formatReport(report, file, org));
    return 0;
  });
}

/** `inbeeld api-token`; returns the exit code. Tests pass their own database. */
export async function runApiToken(args: string[], io: CliIo = nodeIo, db?: Db): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    options: { organisatie: { type: 'string' }, naam: { type: 'string' }, intrekken: { type: 'string' }, lijst: { type: 'boolean' } },
  });
  const key = typeof values.organisatie === 'string' ? values.organisatie : undefined;
  const name = typeof values.naam === 'string' ? values.naam.trim() : '';
  const revoke = typeof values.intrekken === 'string' ? values.intrekken.trim() : undefined;
  if (!values.lijst && revoke === undefined && (name === '' || name.length > 100)) {
    io.stderr(`Geef het token een naam van 1 tot 100 tekens met --naam, bijvoorbeeld --naam "UWV doelgroepregister".\n${TOKEN_USAGE}\n`);
    return 2;
  }
  if (revoke !== undefined && !UUID_PATTERN.test(revoke)) {
    io.stderr(`"${revoke}" is geen token-id. Zoek het id op met --lijst.\n${TOKEN_USAGE}\n`);
    return 2;
  }
  return withOrganization(io, db, key, TOKEN_USAGE, async (db, org) => {
    if (values.lijst) {
      const tokens = await listApiTokens(db, org.id);
      if (tokens.length === 0) io.stdout(`${org.name} heeft geen API-tokens.\n`);
      for (const t of tokens) {
        io.stdout(`${t.id}\t${t.name}\tgemaakt ${t.createdAt}\t${t.revokedAt ? `ingetrokken ${t.revokedAt}` : 'actief'}\t${t.lastUsedAt ? `laatst gebruikt ${t.lastUsedAt}` : 'nooit gebruikt'}\n`);
      }
      return 0;
    }
    if (revoke !== undefined) {
      if (!(await revokeApiToken(db, org.id, revoke))) {
        io.stderr(`${org.name} heeft geen actief token met id ${revoke}. Zoek het id op met --lijst.\n`);
        return 2;
      }
      io.stdout(`Token ${revoke} is ingetrokken. Het werkt vanaf nu niet meer.\n`);
      return 0;
    }
    const { id, token } = await createApiToken(db, org.id, name);
    io.stderr(`Nieuw API-token "${name}" voor ${org.name} (id ${id}). Bewaar het token nu veilig: het wordt niet nog een keer getoond.\n`);
    io.stdout(`${token}\n`);
    return 0;
  });
}
