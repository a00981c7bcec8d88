// Export of the whole catalogue as HSDS 3.0 services with nested objects.
import type { Queryable } from '../../db/client.ts';
import { listAllServices, listOrganizations, locationsOfService } from '../../db/catalogue.ts';
import { hsdsPage, toHsdsService } from './hsds.ts';

export async function exportHsds(db: Queryable): Promise<Record<string, unknown>> {
  const [services, organizations] = [await listAllServices(db), await listOrganizations(db)];
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const contents = [];
  for (const service of services) {
    contents.push(toHsdsService(service, orgById.get(service.organizationId)!, await locationsOfService(db, service.id)));
  }
  return hsdsPage(contents, contents.length, 1, Math.max(1, contents.length));
}
