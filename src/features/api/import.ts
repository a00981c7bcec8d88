// Import of an HSDS JSON file: everything is checked first, then written in
// one transaction, so a file with one bad service changes nothing.
import type { ContentOrganization, ContentService } from '../../content/types.ts';
import type { Db } from '../../db/client.ts';
import { writeCatalogue } from '../../db/catalogue.ts';
import type { FieldError } from '../../web/errors.ts';
import { fromHsdsService } from './hsds.ts';

export const MAX_IMPORT_SERVICES = 20000;

export type ImportReport =
  | { ok: true; organizations: number; services: number }
  | { ok: false; errors: FieldError[] };

/** Accepts an HSDS page ({ contents: [...] }), an array of services, or one service. */
export function servicesOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    const obj = json as Record<string, unknown>;
    if (Array.isArray(obj.contents)) return obj.contents;
    if ('id' in obj && 'name' in obj) return [obj];
  }
  return null;
}

export async function importHsds(db: Db, json: unknown): Promise<ImportReport> {
  const items = servicesOf(json);
  if (!items) {
    return { ok: false, errors: [{ field: 'bestand', message: 'Dit is geen HSDS-bestand. Verwacht: een lijst met services, of een object met "contents".' }] };
  }
  if (items.length === 0) return { ok: false, errors: [{ field: 'bestand', message: 'Het bestand bevat geen services.' }] };
  if (items.length > MAX_IMPORT_SERVICES) {
    return { ok: false, errors: [{ field: 'bestand', message: `Het bestand is te groot: hoogstens ${MAX_IMPORT_SERVICES} services per keer.` }] };
  }
  const codes = await db.query<{ code: string }>('select code from gemeente union all select code from arbeidsmarktregio');
  const known = { areaCodes: new Set(codes.map((r) => r.code)) };
  const errors: FieldError[] = [];
  const organizations = new Map<string, ContentOrganization>();
  const services = new Map<string, ContentService>();
  items.forEach((raw, index) => {
    const result = fromHsdsService(raw, index, known);
    errors.push(...result.errors);
    if (!result.service || !result.org) return;
    if (services.has(result.service.key)) {
      errors.push({ field: `services[${index}]`, message: `De service "${result.service.key}" staat twee keer in het bestand. Haal er één weg.` });
    }
    services.set(result.service.key, result.service);
    organizations.set(result.org.key, result.org);
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, 200) };
  const counts = await db.transaction((tx) => writeCatalogue(tx, [...organizations.values()], [...services.values()]));
  return { ok: true, ...counts };
}
