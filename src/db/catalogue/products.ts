// The products of one gemeente, for its Samenwerkende Catalogi export: offers
// of gemeente organisations that hold in this gemeente (its own offers, and
// the national offers every gemeente gives, such as loonkostensubsidie).
import type { ServiceRecord } from '../catalogue.ts';
import type { Queryable } from '../client.ts';
import { serviceColumns } from './columns.ts';

export async function listGemeenteProducts(db: Queryable, gemeenteCode: string): Promise<ServiceRecord[]> {
  return db.query<ServiceRecord>(
    `select ${serviceColumns} from service s join organization o on o.id = s.organization_id
     where s.status = 'active' and o.type = 'gemeente'
       and (s.area_scope = 'national' or (s.area_scope = 'gemeente' and s.area_codes @> array[$1]::text[]))
     order by s.area_scope desc, s.name`,
    [gemeenteCode],
  );
}
