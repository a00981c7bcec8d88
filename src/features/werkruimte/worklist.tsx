// GET /caseload as a worklist: next action with its date and a late marker,
// open signals as tags, contact person and status; sortable on every column,
// filters for consulent, status and signal, search on name or birth year,
// pages of 25. Plain links and a GET form: no JavaScript needed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { logProcessing } from '../../db/persons.ts';
import { dutchDate, signalKinds } from '../../db/signals.ts';
import { caseloadRows, colleagues } from '../../db/trajecten/index.ts';
import { isLate, likeText, paginate, parseWorklistQuery, sortRows, worklistHref, type SortKey, type WorklistQuery, type WorklistRow } from '../../domain/worklist.ts';
import { actorOf, type SessionUser } from '../../web/auth.tsx';
import { Button, DataTable, Pagination, Select, StatusTag, TagList, Tabs, TextInput, type Column } from '../../web/components/index.ts';
import { Layout } from '../../web/layout.tsx';
import { PersonLink } from '../personen/views.tsx';
import { signalsFor, todayIso } from '../trajecten/routes.tsx';

const signalLabels: Record<string, string> = {
  ...Object.fromEntries(Object.entries(signalKinds).map(([k, v]) => [k, v.label])),
  'doorverwijzing-onbeantwoord': 'Doorverwijzing niet beantwoord',
};

const viewLabels = { mijn: 'Mijn caseload', team: 'Mijn team', 'zonder-contactpersoon': 'Zonder vast aanspreekpunt' } as const;
const statusLabels: Record<string, string> = { actief: 'Actief', passief: 'Passief', nazorg: 'Nazorg (aan het werk)' };

interface PageProps {
  user: SessionUser;
  csrfToken: string;
  q: WorklistQuery;
  rows: WorklistRow[];
  total: number;
  page: number;
  pages: number;
  today: string;
  consulents: Array<{ id: string; name: string }>;
}

function Filters({ q, consulents }: Pick<PageProps, 'q' | 'consulents'>) {
  return (
    <form method="get" action="/caseload" class="search-form" role="search" aria-label="Caseload filteren">
      <input type="hidden" name="weergave" value={q.view} />
      <div class="row">
        <div class="field">
          <TextInput name="zoek" label="Zoek op naam of geboortejaar" value={q.search} type="search" />
        </div>
        {q.view === 'team' ? (
          <div class="field">
            <Select name="consulent" label="Consulent" options={consulents.map((c) => ({ code: c.id, name: c.name }))} value={q.consulent} empty="Alle consulenten" />
          </div>
        ) : null}
        <div class="field">
          <Select name="status" label="Status" options={[{ code: 'actief', name: 'Alleen actief' }, { code: 'passief', name: 'Alleen passief' }, { code: 'nazorg', name: 'Alleen nazorg' }]} value={q.status === 'alle' ? '' : q.status} empty="Alle statussen" />
        </div>
        <div class="field">
          <Select name="signaal" label="Signaal" options={Object.entries(signalLabels).map(([code, name]) => ({ code, name }))} value={q.signal} empty="Alle personen" />
        </div>
      </div>
      <div class="button-row">
        <Button>Tonen</Button>
        <a href={worklistHref({ ...q, consulent: '', signal: '', search: '', status: 'alle', page: 1 })}>Filters wissen</a>
      </div>
    </form>
  );
}

const columns: Array<Column & { key: SortKey }> = [
  { label: 'Naam', key: 'naam' },
  { label: 'Volgende actie', key: 'actie' },
  { label: 'Signalen', key: 'signalen' },
  { label: 'Contactpersoon', key: 'contactpersoon' },
  { label: 'Status', key: 'status' },
  { label: 'Laatste contact', key: 'contact' },
];

export function WorklistPage(p: PageProps) {
  const { q } = p;
  return (
    <Layout title={viewLabels[q.view]} path="/caseload" user={p.user} csrfToken={p.csrfToken}>
      <h1>{viewLabels[q.view]}</h1>
      <Tabs label="Weergave" items={(Object.keys(viewLabels) as Array<keyof typeof viewLabels>).map((v) => ({ href: worklistHref({ ...q, view: v, consulent: '', page: 1 }), label: viewLabels[v], current: v === q.view }))} />
      <Filters q={q} consulents={p.consulents} />
      <p role="status">
        {p.total === 1 ? '1 persoon' : `${p.total} personen`}
        {p.pages > 1 ? `, pagina ${p.page} van ${p.pages}` : ''}. Wat het eerst moet, staat bovenaan.
      </p>
      <DataTable
        caption={`${viewLabels[q.view]}: werklijst`}
        columns={columns}
        sort={{ key: q.sort, dir: q.dir, href: (key, dir) => worklistHref(q, { sort: key as SortKey, dir, page: 1 }) }}
        isEmpty={p.rows.length === 0}
        empty={<p>Niemand gevonden. <a href={worklistHref({ ...q, consulent: '', signal: '', search: '', status: 'alle', page: 1 })}>Wis de filters</a> of kies een andere weergave.</p>}
      >
        {p.rows.map((r) => (
          <tr>
            <td><PersonLink id={r.id} person={r} /></td>
            <td>
              {r.nextAction ? (
                <>
                  {r.nextActionLabel}: {dutchDate(r.nextAction)}{' '}
                  {isLate(r, p.today) ? <StatusTag tone="danger">Te laat</StatusTag> : r.nextAction === p.today ? <StatusTag tone="info">Vandaag</StatusTag> : null}
                </>
              ) : (
                'Geen'
              )}
            </td>
            <td>
              {r.signals.length ? (
                <TagList>
                  {r.signals.map((k) => (
                    <li><StatusTag tone="warning">{signalLabels[k] ?? k}</StatusTag></li>
                  ))}
                </TagList>
              ) : (
                'Geen'
              )}
            </td>
            <td>{r.contactPersonName ?? 'Niemand'}</td>
            <td>{statusLabels[r.caseload] ?? r.caseload}</td>
            <td>{r.lastContact ? dutchDate(r.lastContact) : 'Nog geen'}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={p.page} pages={p.pages} href={(n) => worklistHref(q, { page: n })} label="Pagina’s van de caseload" />
    </Layout>
  );
}

/** The handler of GET /caseload (registered by the trajecten plugin). */
export async function showWorklist(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const user = request.user as SessionUser;
  const actor = actorOf(request);
  const today = todayIso();
  const q = parseWorklistQuery(request.query as Record<string, unknown>, Object.keys(signalLabels));
  // The colleagues (for the team filter) are read alongside the rows: one wait instead of two.
  const [raw, consulents] = await Promise.all([
    caseloadRows(app.db, actor, q.view, q.status, { consulentId: q.view === 'team' ? q.consulent || null : null, search: likeText(q.search) }),
    q.view === 'team' ? colleagues(app.db, actor) : Promise.resolve([]),
  ]);
  // Signals unlogged (the page logs the persons it shows, once), and only for
  // the persons of the page: all rows are needed only to sort or filter on signals.
  const withSignals = async <T extends (typeof raw)[number]>(persons: T[]) => {
    const signals = persons.length ? await signalsFor(app.db, actor, today, undefined, { log: false, persons }) : [];
    const byPerson = new Map<string, string[]>();
    for (const s of signals) byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s.kind]);
    return persons.map((r) => ({ ...r, signals: [...new Set(byPerson.get(r.id) ?? [])] }));
  };
  let shown: { rows: Awaited<ReturnType<typeof withSignals>>; page: number; pages: number };
  let total: number;
  if (q.sort === 'signalen' || q.signal) {
    const rows = (await withSignals(raw)).filter((r) => !q.signal || r.signals.includes(q.signal));
    shown = paginate(sortRows(rows, q.sort, q.dir), q.page);
    total = rows.length;
  } else {
    const page = paginate(sortRows(raw.map((r) => ({ ...r, signals: [] as string[] })), q.sort, q.dir), q.page);
    shown = { ...page, rows: await withSignals(page.rows) };
    total = raw.length;
  }
  // One statement writes both log tables: atomic without a transaction around it.
  await logProcessing(app.db, actor, 'persoon.lijst', shown.rows.map((r) => r.pseudonym));
  return reply.page(
    <WorklistPage user={user} csrfToken={reply.generateCsrf()} q={q} rows={shown.rows} total={total} page={shown.page} pages={shown.pages} today={today} consulents={consulents} />,
  );
}
