// The `inbeeld` command: serve, migrate, seed, import, export, backup.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from './config.ts';
import { connect } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { grantAppRoleCli } from './db/roles.ts';
import { seed } from './db/seed.ts';
import { exportHsds } from './features/api/export.ts';
import { importHsds } from './features/api/import.ts';
import { openMigrated, serve } from './serve.ts';
import { applyRetention } from './db/persons.ts';
import { createAccount, createResetToken } from './web/auth.tsx';
import { roles, type Role } from './web/permissions.ts';

const help = `inbeeld: mensen met een arbeidsbeperking zonder uitkering in beeld

Gebruik: inbeeld <opdracht> [opties]

Opdrachten:
  serve                 Start de webapplicatie (poort: PORT, standaard 3000)
  migrate [--app-rol <naam>]
                        Werk het databaseschema bij (als eigenaar); met --app-rol ook de databasegebruiker
                        van de app maken en rechten geven (wachtwoord uit APP_DATABASE_PASSWORD; docs/postgresql.md)
  worker                Voer achtergrondtaken uit (bewaartermijn, e-mail, herinneringen); voor PostgreSQL
  seed [--demo]         Laad gemeenten, regio's en het landelijke aanbod (met --demo ook de demoregio)
  import <bestand>      Importeer aanbod uit een HSDS 3.0 JSON-bestand (alles of niets)
  export [--out f]      Exporteer al het aanbod als HSDS 3.0 JSON (standaard naar het scherm)
  backup <bestand>      Maak een back-up (PGlite: map als .tar.gz; PostgreSQL: gebruik pg_dump)
  import-transities <bestand.csv> --organisatie <sleutel>
                        Lees overgangen (taken voor de gemeente) in uit CSV (alles of niets, idempotent)
  import-plaatsingen <bestand.csv> --organisatie <sleutel>
                        Lees wijzigingen van plaatsingen in (verlengd, nieuwe einddatum, beëindigd; alles of niets)
  api-token --organisatie <sleutel> --naam <naam>
                        Maak een API-token voor /api/v1/transities (--lijst: tokens tonen, --intrekken <id>)
  account --email <e-mail> --naam <naam> --rol <rol> [--organisatie <sleutel>]
                        Maak of wijzig een account; drukt een eenmalige link af om een wachtwoord te kiezen
                        (rollen: consulent, teamleider, beleidsmedewerker, aanbieder-redacteur, functioneel-beheerder)
  retention             Anonimiseer persoonsdossiers die langer dan RETENTION_MONTHS niet zijn gewijzigd
  rechtencheck-batch <bestand.csv> [--out f] [--datum JJJJ-MM-DD] [--variant naam=waarde]
                        Rechtencheck voor een hele groep: tellingen per recht en uitkomst (--out: uitslag per persoon;
                        --variant: wat verandert er met ander gemeentebeleid, bijvoorbeeld jobcoachingZonderUitkering=nee)

Omgeving: DATABASE_URL (PostgreSQL), DATA_DIR (PGlite, standaard ./data), PORT, BASE_URL, SEED_DEMO.
Zie README.md en docs/.`;


function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      email: { type: 'string' },
      naam: { type: 'string' },
      rol: { type: 'string' },
      organisatie: { type: 'string' },
      'app-rol': { type: 'string' },
    },
    strict: false,
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    process.stdout.write(`${help}\n`);
    return;
  }
  // A wrong setting is a message that says how to fix it, not a stack trace.
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail((error as Error).message);
  }
  switch (command) {
    case 'serve': {
      await serve(config);
      return;
    }
    case 'worker': {
      await (await import('./features/jobs/worker-cli.ts')).runWorker(await openMigrated(config), config);
      return;
    }
    case 'account': {
      const email = typeof values.email === 'string' ? values.email.trim().toLowerCase() : '';
      const name = typeof values.naam === 'string' ? values.naam.trim() : '';
      const role = typeof values.rol === 'string' ? values.rol : '';
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('Geef een geldig e-mailadres: --email naam@gemeente.nl');
      if (!name) fail('Geef een naam: --naam "Voornaam Achternaam"');
      if (!(roles as readonly string[]).includes(role)) fail(`Kies een rol met --rol: ${roles.join(', ')}`);
      const db = await openMigrated(config);
      let organizationId: string | null = null;
      if (role !== 'functioneel-beheerder') {
        const key = typeof values.organisatie === 'string' ? values.organisatie : '';
        const [org] = await db.query<{ id: string }>('select id from organization where key = $1', [key]);
        if (!org) {
          await db.close();
          fail(`Organisatie "${key}" bestaat niet. Geef de sleutel van de organisatie met --organisatie.`);
        }
        organizationId = org.id;
      }
      const id = await createAccount(db, { email, name, password: null, role: role as Role, organizationId });
      const token = await createResetToken(db, id, 7 * 24 * 60);
      await db.close();
      process.stdout.write(`Account ${email} (${role}) is klaar.\nStuur deze link aan de gebruiker om een wachtwoord te kiezen (7 dagen geldig, één keer te gebruiken):\n${config.baseUrl}/wachtwoord-herstellen?token=${token}\n`);
      return;
    }
    case 'retention': {
      const db = await openMigrated(config);
      const count = await applyRetention(db, config.retentionMonths, `retention-cli-${Date.now()}`);
      await db.close();
      process.stdout.write(`Geanonimiseerd: ${count} dossier(s) die langer dan ${config.retentionMonths} maanden niet zijn gewijzigd.\n`);
      return;
    }
    case 'migrate': {
      const db = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const applied = await migrate(db);
      process.stdout.write(applied.length ? `Toegepast: ${applied.join(', ')}\n` : 'Het schema is al bijgewerkt.\n');
      if (typeof values['app-rol'] === 'string') await grantAppRoleCli(db, values['app-rol']);
      await db.close();
      return;
    }
    case 'seed': {
      const db = await openMigrated(config);
      const counts = await seed(db, { demo: values.demo === true, demoHistory: values.demo === true });
      process.stdout.write(`Geladen: ${counts.organizations} organisaties en ${counts.services} aanbiedingen.\n`);
      await db.close();
      return;
    }
    case 'import': {
      const file = rest[0] ?? fail('Geef een bestand op: inbeeld import aanbod.json');
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        fail(`Het bestand ${file} kan niet worden gelezen als JSON: ${(error as Error).message}`);
      }
      const db = await openMigrated(config);
      const report = await importHsds(db, json);
      await db.close();
      if (!report.ok) {
        process.stderr.write(`Niets geïmporteerd. ${report.errors.length} fout(en):\n`);
        for (const e of report.errors) process.stderr.write(`- ${e.field}: ${e.message}\n`);
        process.exit(1);
      }
      process.stdout.write(`Geïmporteerd: ${report.services} aanbiedingen van ${report.organizations} organisaties.\n`);
      return;
    }
    case 'export': {
      const db = await openMigrated(config);
      const json = JSON.stringify(await exportHsds(db), null, 2);
      await db.close();
      if (typeof values.out === 'string') writeFileSync(values.out, json);
      else process.stdout.write(`${json}\n`);
      return;
    }
    case 'backup': {
      const file = rest[0] ?? fail('Geef een bestand op: inbeeld backup backup.tar.gz');
      if (config.databaseUrl) fail('Gebruik voor PostgreSQL pg_dump, zie docs/postgresql.md.');
      const { PGlite } = await import('@electric-sql/pglite');
      const pglite = await PGlite.create(config.dataDir);
      const dump = await pglite.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      await pglite.close();
      process.stdout.write(`Back-up geschreven naar ${file}.\n`);
      return;
    }
    case 'rechtencheck-batch': {
      const { runRechtencheckBatch, databasePolicies } = await import('./features/rechtencheck/batch-cli.ts');
      process.exitCode = await runRechtencheckBatch(argv.filter((_, i) => i !== argv.indexOf(command)), undefined, databasePolicies(config));
      return;
    }
    case 'import-transities':
    case 'api-token': {
      const transities = await import('./features/transities/cli.ts');
      const args = argv.filter((_, i) => i !== argv.indexOf(command));
      process.exitCode = await (command === 'api-token' ? transities.runApiToken(args) : transities.runImportTransities(args));
      return;
    }
    case 'import-plaatsingen':
      process.exitCode = await (await import('./features/nazorg/cli.ts')).runImportPlacements(argv.filter((_, i) => i !== argv.indexOf(command)));
      return;
    default:
      fail(`Onbekende opdracht "${command}". Gebruik inbeeld --help.`);
  }
}

await main(process.argv.slice(2));
