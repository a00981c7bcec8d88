// Whose work a consulent sees on Vandaag and the signals page: the persons
// they are the fixed contact person of, and the team's persons who have no
// contact person yet (someone has to pick those up). Signals and tasks are
// then computed for these persons only, not for the whole organisation.
// Only ids and pseudonyms leave this query: the lists that use them log what they show.
import { prepared, type Queryable } from '../client.ts';
import type { Actor } from '../persons.ts';

// Asked on every signals page and Vandaag: prepared, so each connection plans it once.
const SCOPE_SQL = prepared(`select p.id, p.pseudonym from person p
  where p.owner_organization_id = $1::uuid and p.erased_at is null
    and (p.contact_person_id = $2::uuid or p.contact_person_id is null)`);

export async function consulentScope(db: Queryable, actor: Actor): Promise<Array<{ id: string; pseudonym: string }>> {
  if (!actor.organizationId || !actor.accountId) return [];
  return db.query<{ id: string; pseudonym: string }>(SCOPE_SQL, [actor.organizationId, actor.accountId]);
}
