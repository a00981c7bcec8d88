// The monitor's sections, in page order. Each section loads its own
// aggregates and returns protected figures. A new section (for example
// placements and durability from Nazorg) is one more entry in `sections`.
import { definitionFor } from '../../content/monitor/definitions.ts';
import type { Queryable } from '../../db/client.ts';
import * as q from '../../db/monitor/queries.ts';
import { eventsOf, personsOf, type BatchContext } from '../../db/monitor/batched.ts';
import { cameIntoViewOptions, limitationKinds, noBenefitReasons, transitionKinds } from '../../db/trajecten/index.ts';
import { outcomes, reasons } from '../../domain/referral.ts';
import { cameAbout, contractKinds } from '../../db/nazorg/labels.ts';
import { durabilityCohort } from '../../db/nazorg/monitor.ts';
import type { SdcOptions } from '../../domain/sdc/index.ts';
import { signalKinds } from '../../db/signals.ts';
import { breakdownTables, funnelTable, stat, type Figure } from './figures.ts';
import { matchingFigures } from '../../db/werkgevers/monitor.ts';

export interface SectionContext extends BatchContext {
  db: Queryable;
  params: q.Params;
  sdc: Required<Pick<SdcOptions, 'minimum'>> & SdcOptions;
  /** The last day of the current period: which definition version is in force. */
  on: string;
}

export interface Section {
  key: string;
  title: string;
  /** Sections of the same lane share a connection; the two lanes run at once (service.ts). */
  lane: 0 | 1;
  load(ctx: SectionContext): Promise<Figure>;
}

const fig = (key: string, title: string, on: string, rest: Pick<Figure, 'tables' | 'stats'>): Figure => ({ key, title, definition: definitionFor(key, on), ...rest });

const sources: Record<string, string> = { ...cameIntoViewOptions, rechtencheck: 'Via een aanmelding na de Rechtencheck', onbekend: 'Niet vastgelegd' };
const reasonLabels: Record<string, string> = { ...noBenefitReasons };
const caseloadLabels = { actief: 'Actief', passief: 'Passief', beeindigd: 'Later beëindigd' };
const limitationLabels: Record<string, string> = { ...limitationKinds, 'meer-dan-een': 'Meer dan één soort', 'niet-vastgelegd': 'Niet gevraagd of niet ingevuld' };
const yesNo = (what: string) => ({ ja: `Met ${what}`, nee: `Zonder ${what}` });
const followUp = { 'op-tijd': 'Opgepakt binnen de termijn', 'te-laat': 'Opgepakt na de termijn', open: 'Nog niet opgepakt, termijn loopt nog', 'open-te-laat': 'Nog niet opgepakt, termijn verlopen' };
const referralStates: Record<string, string> = {
  verstuurd: 'Verstuurd, nog geen antwoord',
  geaccepteerd: 'Geaccepteerd',
  in_behandeling: 'In behandeling',
  gepauzeerd: 'Gepauzeerd',
  afgewezen: 'Afgewezen',
  niet_gelukt: 'Niet gelukt',
  ingetrokken: 'Ingetrokken',
  ...Object.fromEntries(Object.entries(outcomes).map(([k, v]) => [`afgerond:${k}`, `Afgerond: ${String(v).toLowerCase()}`])),
};

export const sections: Section[] = [
  {
    key: 'instroom',
    title: 'Instroom: wie komt in beeld',
    lane: 0,
    async load(ctx) {
      const rows = (await personsOf(ctx)).inflow;
      return fig('instroom', this.title, ctx.on, {
        tables: breakdownTables(rows, [
          { key: 'bron', caption: 'Instroom per bron', header: 'Bron', pick: (r) => r.a, labels: sources },
          { key: 'reden', caption: 'Instroom per reden zonder uitkering', header: 'Reden zonder uitkering', pick: (r) => r.b ?? 'onbekend', labels: reasonLabels },
        ], ctx.sdc),
        stats: [],
      });
    },
  },
  {
    key: 'bestand',
    title: 'In beeld op het eind van de periode',
    lane: 0,
    async load(ctx) {
      const rows = await q.stock(ctx.db, ctx.params);
      return fig('bestand', this.title, ctx.on, {
        tables: breakdownTables(rows, [
          { key: 'status', caption: 'In beeld per status', header: 'Status', pick: (r) => r.a, labels: caseloadLabels },
          { key: 'aanspreekpunt', caption: 'In beeld met en zonder vast aanspreekpunt', header: 'Vast aanspreekpunt', pick: (r) => (r.b ?? 'nee|nee').split('|')[0]!, labels: yesNo('vast aanspreekpunt') },
          { key: 'plan', caption: 'In beeld met en zonder plan met een doel', header: 'Plan met een doel', pick: (r) => (r.b ?? 'nee|nee').split('|')[1]!, labels: yesNo('plan met een doel') },
        ], ctx.sdc),
        stats: [],
      });
    },
  },
  {
    key: 'trechter',
    title: 'Van in beeld naar een plan',
    lane: 0,
    async load(ctx) {
      const { rows, toContact, toPlan } = (await personsOf(ctx)).funnel;
      const furthest = (p: 'cur' | 'prev', min: number) => rows.filter((r) => Number(r.a.slice(0, 1)) >= min).reduce((s, r) => s + r[p], 0);
      const steps = [
        { key: 'in-beeld', label: 'In beeld gekomen', min: 1 },
        { key: 'contact', label: 'Contactmoment gehad', min: 2 },
        { key: 'plan', label: 'Plan met een doel', min: 3 },
        { key: 'bevestigd', label: 'Plan bevestigd door de persoon', min: 4 },
      ].map((s) => ({ key: s.key, label: s.label, counts: [furthest('cur', s.min), furthest('prev', s.min)] }));
      return fig('trechter', this.title, ctx.on, {
        tables: [funnelTable(steps, 'Stappen van de mensen die in de periode in beeld kwamen', ctx.sdc)],
        stats: [stat('Dagen tot het eerste contactmoment', toContact, ctx.sdc.minimum), stat('Dagen tot een plan met een doel', toPlan, ctx.sdc.minimum)],
      });
    },
  },
  {
    key: 'contact',
    title: 'Tijd tot het eerste contact',
    lane: 1,
    async load(ctx) {
      const { rows, pickup } = (await eventsOf(ctx)).contactRequests;
      return fig('contact', this.title, ctx.on, {
        tables: breakdownTables(rows, [{ key: 'termijn', caption: 'Verzoeken om contact, naar termijn', header: 'Opgepakt', pick: (r) => r.a, labels: followUp }], ctx.sdc),
        stats: [stat('Dagen tot het verzoek is opgepakt', pickup, ctx.sdc.minimum)],
      });
    },
  },
  {
    key: 'transities',
    title: 'Overgangsmomenten',
    lane: 1,
    async load(ctx) {
      const { rows, latency } = (await eventsOf(ctx)).transitions;
      return fig('transities', this.title, ctx.on, {
        tables: breakdownTables(rows, [
          { key: 'soort', caption: 'Overgangsmomenten per soort', header: 'Soort', pick: (r) => r.a, labels: { ...transitionKinds } },
          { key: 'termijn', caption: 'Overgangsmomenten, naar termijn', header: 'Opgepakt', pick: (r) => r.b ?? 'open', labels: followUp },
        ], ctx.sdc),
        stats: [stat('Dagen van het moment tot het oppakken', latency, ctx.sdc.minimum)],
      });
    },
  },
  {
    key: 'signalen',
    title: 'Dreigt uit beeld te raken: signalen',
    lane: 1,
    async load(ctx) {
      const { rows, resolve } = (await eventsOf(ctx)).signals;
      return fig('signalen', this.title, ctx.on, {
        tables: breakdownTables(rows, [
          { key: 'soort', caption: 'Signalen die in de periode begonnen, per soort', header: 'Soort signaal', pick: (r) => r.a, labels: Object.fromEntries(Object.entries(signalKinds).map(([k, v]) => [k, v.label])) },
          { key: 'stand', caption: 'Signalen die in de periode begonnen: opgelost of nog open', header: 'Stand nu', pick: (r) => r.b ?? 'open', labels: { opgelost: 'Opgelost', open: 'Nog open' } },
        ], ctx.sdc),
        stats: [stat('Dagen tot het signaal was opgelost', resolve, ctx.sdc.minimum)],
      });
    },
  },
  {
    key: 'doorverwijzingen',
    title: 'Doorverwijzingen',
    lane: 1,
    async load(ctx) {
      const { rows, reasons: failed, response } = (await eventsOf(ctx)).referrals;
      return fig('doorverwijzingen', this.title, ctx.on, {
        tables: [
          ...breakdownTables(rows, [
            { key: 'uitkomst', caption: 'Doorverwijzingen per stand of uitkomst', header: 'Stand of uitkomst', pick: (r) => r.a, labels: referralStates },
            { key: 'ontvanger', caption: 'Doorverwijzingen per ontvangende organisatie', header: 'Ontvangende organisatie', pick: (r) => r.b ?? 'onbekend', labels: {} },
          ], ctx.sdc),
          ...breakdownTables(failed, [{ key: 'reden', caption: 'Als het niet lukte: de reden', header: 'Reden', pick: (r) => r.a, labels: { ...reasons } }], ctx.sdc),
        ],
        stats: [stat('Dagen tot het eerste antwoord', response, ctx.sdc.minimum)],
      });
    },
  },
  {
    key: 'werk',
    title: 'Aan het werk: plaatsingen',
    lane: 0,
    async load(ctx) {
      const rows = await q.placements(ctx.db, ctx.params);
      return fig('werk', this.title, ctx.on, {
        tables: breakdownTables(rows, [
          { key: 'ontstaan', caption: 'Plaatsingen per manier waarop de baan ontstond', header: 'Hoe de baan ontstond', pick: (r) => r.a, labels: { ...cameAbout } },
          { key: 'contract', caption: 'Plaatsingen per soort contract', header: 'Soort contract', pick: (r) => (r.b ?? 'onbekend|nee').split('|')[0]!, labels: { ...contractKinds } },
          { key: 'lks', caption: 'Plaatsingen met en zonder loonkostensubsidie', header: 'Loonkostensubsidie', pick: (r) => (r.b ?? 'onbekend|nee').split('|')[1]!, labels: yesNo('loonkostensubsidie') },
        ], ctx.sdc),
        stats: [],
      });
    },
  },
  {
    key: 'duurzaamheid',
    title: 'Duurzaamheid: blijven mensen aan het werk?',
    lane: 0,
    async load(ctx) {
      const c = await durabilityCohort(ctx.db, ctx.params);
      const steps = [
        { key: 'begonnen', label: 'Begonnen met werk, een jaar vóór de periode', counts: c.started },
        { key: 'na-3', label: 'Na 3 maanden nog aan het werk', counts: c.at3 },
        { key: 'na-6', label: 'Na 3 en 6 maanden nog aan het werk', counts: c.at6 },
        { key: 'na-12', label: 'Na 3, 6 en 12 maanden nog aan het werk', counts: c.at12 },
      ];
      return fig('duurzaamheid', this.title, ctx.on, {
        tables: [{ ...funnelTable(steps, 'Mensen die een jaar vóór de periode aan het werk gingen: nog aan het werk na 3, 6 en 12 maanden', ctx.sdc), key: 'duurzaamheid' }],
        stats: [],
      });
    },
  },
  {
    key: 'bereik',
    title: 'Bereik: wie komt in beeld en wie niet',
    lane: 0,
    async load(ctx) {
      const rows = (await personsOf(ctx)).coverage;
      return fig('bereik', this.title, ctx.on, {
        tables: breakdownTables(rows, [
          { key: 'leeftijd', caption: 'Instroom per leeftijd', header: 'Leeftijd', pick: (r) => r.a, labels: { '0-26': 'Jonger dan 27', '27-44': '27 tot 45', '45-54': '45 tot 55', '55+': '55 of ouder', onbekend: 'Niet bekend' } },
          { key: 'zzp', caption: 'Instroom: zelfstandigen (zzp)', header: 'Zelfstandige', pick: (r) => (r.b ?? 'niet-zzp|').split('|')[0]!, labels: { zzp: 'Zelfstandige (zzp)', 'niet-zzp': 'Geen zelfstandige' } },
          { key: 'beperking', caption: 'Instroom per soort beperking (zoals de persoon het zelf noemt)', header: 'Soort beperking', pick: (r) => (r.b ?? '|niet-vastgelegd').split('|')[1]!, labels: limitationLabels },
        ], ctx.sdc),
        stats: [],
      });
    },
  },
  {
    // Werkgevers en matching (issue 15): vacancies by condition and origin, proposals by how far they got.
    key: 'matching',
    title: 'Werkgevers en matching: vacatures en voorstellen',
    lane: 0,
    async load(ctx) {
      const rows = await matchingFigures(ctx.db, ctx.params);
      const part = (a: string) => rows.filter((r) => r.a === a);
      return fig('matching', this.title, ctx.on, {
        tables: [
          ...breakdownTables(part('ontstaan'), [{ key: 'ontstaan', caption: 'Nieuwe vacatures per manier waarop de baan ontstond', header: 'Hoe de baan ontstond', pick: (r) => r.b ?? 'onbekend', labels: { ...cameAbout, gecreeerd: 'Baan gemaakt voor deze doelgroep' } }], ctx.sdc),
          ...breakdownTables(part('uren'), [{ key: 'uren', caption: 'Nieuwe vacatures per aantal uren', header: 'Uren per week (minstens)', pick: (r) => r.b ?? 'onbekend', labels: { 'tot-24': 'Kan met 24 uur of minder', 'meer-dan-24': 'Vraagt meer dan 24 uur' } }], ctx.sdc),
          ...breakdownTables(part('rooster'), [{ key: 'rooster', caption: 'Nieuwe vacatures per rooster', header: 'Rooster', pick: (r) => r.b ?? 'onbekend', labels: { vast: 'Vast rooster', flexibel: 'Wisselend rooster', onbekend: 'Niet bekend' } }], ctx.sdc),
          ...breakdownTables(part('voorstel'), [{ key: 'voorstel', caption: 'Voorstellen per stand', header: 'Stand', pick: (r) => r.b ?? 'onbekend', labels: { lopend: 'Loopt nog', akkoord: 'Persoon en werkgever akkoord', geplaatst: 'Geplaatst', 'niet-doorgegaan': 'Niet doorgegaan', ingetrokken: 'Ingetrokken' } }], ctx.sdc),
        ],
        stats: [],
      });
    },
  },
];
