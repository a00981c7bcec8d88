// Samenwerkende Catalogi (SC) export: a gemeente's products as SC 4.0 XML, so
// the gemeente can feed them to the national product search (Logius/KOOP).
// Format: "Informatie Publicatie Model Samenwerkende Catalogi 4.0" (2012),
// schema http://standaarden.overheid.nl/sc/4.0/xsd/sc.xsd; the tests validate
// the export against a copy of that schema (test/fixtures/samenwerkende-catalogi).
import type { FastifyInstance } from 'fastify';
import { uplByUri } from '../../content/catalogue/upl.ts';
import type { ServiceRecord } from '../../db/catalogue.ts';
import { listGemeenteProducts } from '../../db/catalogue/products.ts';
import { getGemeente, type GemeenteRecord } from '../../db/reference.ts';
import { NotFoundError } from '../../web/errors.ts';

export const SC_NS = {
  overheidproduct: 'http://standaarden.overheid.nl/product/terms/',
  overheid: 'http://standaarden.overheid.nl/owms/terms/',
  dcterms: 'http://purl.org/dc/terms/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

export function scExportPath(gemeenteCode: string): string {
  return `/gemeenten/${gemeenteCode}/samenwerkende-catalogi.xml`;
}

function esc(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** OWMS identifier of a gemeente as SC feeds use it, e.g. ".../Assen_(gemeente)". */
export function gemeenteUri(name: string): string {
  return `${SC_NS.overheid}${name.replace(/ /g, '_')}_(gemeente)`;
}

function product(s: ServiceRecord, g: GemeenteRecord, baseUrl: string): string {
  const owms = gemeenteUri(g.name);
  const upl = s.uplUri ? uplByUri.get(s.uplUri) : undefined;
  const lines = [
    '<overheidproduct:scproduct owms-version="4.0">',
    '<overheidproduct:meta>',
    '<overheidproduct:owmskern>',
    `<dcterms:identifier>${esc(`${baseUrl}/aanbod/${s.key}`)}</dcterms:identifier>`,
    `<dcterms:title>${esc(s.name)}</dcterms:title>`,
    '<dcterms:language>nl</dcterms:language>',
    '<dcterms:type scheme="overheid:Informatietype">productbeschrijving</dcterms:type>',
    `<dcterms:modified>${esc(s.lastModified.slice(0, 10))}</dcterms:modified>`,
    `<dcterms:spatial scheme="overheid:Gemeente" resourceIdentifier="${esc(owms)}">${esc(g.name)}</dcterms:spatial>`,
    `<overheid:authority scheme="overheid:Gemeente" resourceIdentifier="${esc(owms)}">${esc(g.name)}</overheid:authority>`,
    '</overheidproduct:owmskern>',
    '<overheidproduct:owmsmantel>',
    '<dcterms:audience scheme="overheid:Doelgroep">particulier</dcterms:audience>',
    `<dcterms:abstract>${esc(s.summary)}</dcterms:abstract>`,
    '</overheidproduct:owmsmantel>',
    '<overheidproduct:scmeta>',
    `<overheidproduct:productID>${esc(s.key)}</overheidproduct:productID>`,
    '<overheidproduct:onlineAanvragen>nee</overheidproduct:onlineAanvragen>',
    ...(upl
      ? [`<overheidproduct:uniformeProductnaam scheme="overheid:UniformeProductnaam" resourceIdentifier="${esc(upl.uri)}">${esc(upl.name)}</overheidproduct:uniformeProductnaam>`]
      : []),
    '</overheidproduct:scmeta>',
    '</overheidproduct:meta>',
    '<overheidproduct:body>',
    `<overheidproduct:productHTML>${esc(`<p>${esc(s.summary)}</p><h2>Zo vraag je het aan</h2><p>${esc(s.howToApply)}</p><h2>Wie beslist?</h2><p>${esc(s.whoDecides)}</p>`)}</overheidproduct:productHTML>`,
    '</overheidproduct:body>',
    '</overheidproduct:scproduct>',
  ];
  return lines.join('\n');
}

export function scXml(products: ServiceRecord[], g: GemeenteRecord, baseUrl: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<overheidproduct:scproducten xmlns:overheidproduct="${SC_NS.overheidproduct}" xmlns:overheid="${SC_NS.overheid}" xmlns:dcterms="${SC_NS.dcterms}" xmlns:xsi="${SC_NS.xsi}" xsi:schemaLocation="${SC_NS.overheidproduct} http://standaarden.overheid.nl/sc/4.0/xsd/sc.xsd">`,
    ...products.map((p) => product(p, g, baseUrl)),
    '</overheidproduct:scproducten>',
    '',
  ].join('\n');
}

export async function scExportPlugin(app: FastifyInstance) {
  app.get('/gemeenten/:code/samenwerkende-catalogi.xml', { schema: { hide: true } }, async (request, reply) => {
    const code = String((request.params as { code: string }).code).toUpperCase();
    const gemeente = /^GM\d{4}$/.test(code) ? await getGemeente(app.db, code) : null;
    if (!gemeente) throw new NotFoundError('Deze gemeente kennen we niet. Een code ziet eruit als GM0106.');
    const products = await listGemeenteProducts(app.db, gemeente.code);
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(scXml(products, gemeente, app.config.baseUrl));
  });
}
