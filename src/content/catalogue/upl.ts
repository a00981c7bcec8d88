// UPL (Uniforme Productnamenlijst): the national list of product names of the
// Dutch government, so a gemeente's offer can be matched to the same product
// elsewhere (Samenwerkende Catalogi, the national product search).
// Source: https://standaarden.overheid.nl/owms/oquery/UPL-actueel.json
// (Logius/KOOP), as stored on 2023-07-27 by the open-source PDC of Gemeente
// Utrecht (github.com/frameless/strapi, packages/upl/dist/UPL-actueel.ts,
// commit 50d4ce4). Only the names InBeeld uses are copied here, each with the
// legal basis the UPL gives. A name is linked to an offer only where it fits
// what the offer is; offers without a fitting name have none.
export const uplSource = {
  source: 'UPL-actueel (standaarden.overheid.nl/owms/oquery/UPL-actueel.json), kopie van 27 juli 2023 in github.com/frameless/strapi',
  url: 'https://standaarden.overheid.nl/owms/oquery/UPL-actueel.json',
  date: '2023-07-27',
};

export interface UplName {
  uri: string;
  name: string;
  /** Legal basis as the UPL gives it. */
  basis: string;
}

const T = 'http://standaarden.overheid.nl/owms/terms/';

export const uplNames = {
  reIntegratie: { uri: `${T}re-integratie`, name: 're-integratie', basis: 'Artikel 7 Participatiewet' },
  loonkostensubsidie: { uri: `${T}loonkostSub`, name: 'loonkostensubsidie', basis: 'Artikel 10d Participatiewet' },
  werkbegeleiding: { uri: `${T}werkbegeleiding_werkzoekenden`, name: 'werkbegeleiding werkzoekenden', basis: 'Artikel 10da Participatiewet' },
  beschutWerk: { uri: `${T}beschWerk`, name: 'beschut werk', basis: 'Artikel 10b Participatiewet' },
  bijstand: { uri: `${T}bijstand`, name: 'bijstand', basis: 'Artikel 11 Participatiewet' },
  registerArbeidsbeperkten: { uri: `${T}regArbBepIns`, name: 'register arbeidsbeperkten inschrijving', basis: 'Artikel 38d Wet financiering sociale verzekeringen' },
  werkzoekendeInschrijving: { uri: `${T}werkzInschr`, name: 'werkzoekende inschrijving', basis: 'Artikel 26 Werkloosheidswet' },
  arbeidsplaatsvoorziening: { uri: `${T}arbeidsplaatsvoorziening`, name: 'arbeidsplaatsvoorziening', basis: 'Artikel 35 Wet werk en inkomen naar arbeidsvermogen' },
  schuldhulpverlening: { uri: `${T}schuldhulpverlening`, name: 'schuldhulpverlening', basis: 'Artikel 3 Wet gemeentelijke schuldhulpverlening' },
} satisfies Record<string, UplName>;

/** Offer key -> UPL name, for national and gemeente offers where the name fits. */
export const uplByService: Record<string, UplName> = {
  'ondersteuning-naar-werk': uplNames.reIntegratie,
  're-integratie-gemeente': uplNames.reIntegratie,
  proefplaatsing: uplNames.reIntegratie,
  'werkvoorzieningen-gemeente': uplNames.reIntegratie,
  loonkostensubsidie: uplNames.loonkostensubsidie,
  'jobcoaching-gemeente': uplNames.werkbegeleiding,
  'beschut-werk': uplNames.beschutWerk,
  bijstand: uplNames.bijstand,
  'doelgroepregister-praktijkroute': uplNames.registerArbeidsbeperkten,
  'doelgroepregister-uwv': uplNames.registerArbeidsbeperkten,
  'inschrijven-werkzoekende': uplNames.werkzoekendeInschrijving,
  'werkvoorzieningen-uwv': uplNames.arbeidsplaatsvoorziening,
  'demo-assen-ondersteuning-naar-werk': uplNames.reIntegratie,
  'demo-emmen-ondersteuning-naar-werk': uplNames.reIntegratie,
  'demo-meppel-ondersteuning-naar-werk': uplNames.reIntegratie,
  'demo-coevorden-werkloket': uplNames.reIntegratie,
  'demo-coevorden-werkervaringsplaats': uplNames.reIntegratie,
  'demo-hoogeveen-inloopspreekuur-werk': uplNames.reIntegratie,
  'demo-hoogeveen-werkcoach-zonder-uitkering': uplNames.werkbegeleiding,
  'demo-assen-loonkostensubsidie': uplNames.loonkostensubsidie,
  'demo-emmen-schuldhulp': uplNames.schuldhulpverlening,
};

export const uplByUri = new Map<string, UplName>(Object.values(uplNames).map((n) => [n.uri, n]));
