// Development aid: generate the bench catalogue once into a PostgreSQL
// database (BENCH_DATABASE_URL, kept) or a PGlite folder (BENCH_DATA_DIR, kept)
// and print EXPLAIN ANALYZE of the search, both forms (BENCH_OFFERS offers).
import { connect } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedReference } from '../src/db/seed.ts';
import { buildSearchQuery } from '../src/db/catalogue.ts';
import { generate } from './search.bench.ts';

const db = await connect(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : { dataDir: process.env.BENCH_DATA_DIR ?? 'memory://' });
const [has] = await db.query<{ n: number }>(`select count(*) as n from pg_tables where tablename = 'service_search'`);
if (!has!.n) {
  await migrate(db);
  await seedReference(db);
  await generate(db);
}
for (const [text, gemeente, heads] of [['werk', undefined, false], ['werk zoeken', 'GM0106', false], ['werk zoeken', 'GM0106', true]] as const) {
  const q = buildSearchQuery({ text, ...(gemeente ? { gemeenteCode: gemeente, arbeidsmarktregioCode: 'AM03' } : {}), page: 1, perPage: 10 }, { heads });
  await db.transaction(async (tx) => {
    if (q.setup) await tx.query(q.setup);
    const rows = await tx.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers off) ${q.sql}`, q.params);
    console.log(`--- ${text}${heads ? ' (second form, with heads)' : ''}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  });
}
await db.close();
