// Dutch alphabetical order of persons: by the surname without its prefix
// (tussenvoegsel), as the BRP keeps them apart and as people look names up:
// "de Boer" under B, "van der Meer" under M. The prefix list is the one source
// for both the JavaScript sort (worklist) and the SQL order (person list).

/** Prefixes that do not count for the order; several may follow each other ("van der", "in 't"). */
export const FAMILY_NAME_PREFIXES = ['van', 'von', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'aan', 'bij', 'uit', 'voor', 'onder', 'over', 'tot', 'la', 'le', 'du'] as const;

// No prefix has a character special to a regular expression: the same text works in JavaScript and in PostgreSQL's ARE.
const alternatives = FAMILY_NAME_PREFIXES.join('|');
const prefixPattern = new RegExp(`^(?:(?:${alternatives})\\s+)+`, 'i');

/** The key a surname sorts by: without leading prefixes, lower case; a name that is only a prefix keeps it. */
export function familyNameSortKey(familyName: string): string {
  const trimmed = familyName.trim();
  return (trimmed.replace(prefixPattern, '') || trimmed).toLowerCase();
}

/** The same key in SQL, for `column` (a code constant, never input). */
export function familyNameSortSql(column: string): string {
  const pattern = `^(?:(?:${alternatives.replace(/'/g, "''")})\\s+)+`;
  return `lower(coalesce(nullif(regexp_replace(btrim(${column}), '${pattern}', '', 'i'), ''), btrim(${column})))`;
}
