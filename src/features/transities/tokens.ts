// API tokens: machine clients send `Authorization: Bearer <token>` to /api/.
// A token acts for one organisation, as a consulent named "API: <name>".
// Only the sha256 of a token is stored; the token itself is shown once.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/client.ts';
import type { SessionUser } from '../../web/auth/session.ts';

/** Tokens start with this, so they are recognisable in configuration and by secret scanners. */
export const TOKEN_PREFIX = 'inbeeld_';

export function apiTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface Organization {
  id: string;
  key: string;
  name: string;
  gemeenteCode: string | null;
}

export async function organizationByKey(db: Queryable, key: string): Promise<Organization | null> {
  const [row] = await db.query<Organization>(
    `select id, key, name, gemeente_code as "gemeenteCode" from organization where key = $1`,
    [key],
  );
  return row ?? null;
}

/** Makes a token for the organisation; returns the token (shown once) and its id. */
export async function createApiToken(db: Queryable, organizationId: string, name: string): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const [row] = await db.query<{ id: string }>(
    `insert into api_token (organization_id, name, token_hash) values ($1, $2, $3) returning id`,
    [organizationId, name, apiTokenHash(token)],
  );
  return { id: row!.id, token };
}

/** Revokes a token by id (of that organisation); false when there is no such active token. */
export async function revokeApiToken(db: Queryable, organizationId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    `update api_token set revoked_at = now() where id = $1::uuid and organization_id = $2 and revoked_at is null returning id`,
    [id, organizationId],
  );
  return rows.length > 0;
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export async function listApiTokens(db: Queryable, organizationId: string): Promise<ApiTokenInfo[]> {
  const iso = (c: string) => `to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  return db.query<ApiTokenInfo>(
    `select id, name, ${iso('created_at')} as "createdAt", ${iso('revoked_at')} as "revokedAt", ${iso('last_used_at')} as "lastUsedAt"
     from api_token where organization_id = $1 order by created_at`,
    [organizationId],
  );
}

/**
 * The user a bearer token acts as, or null for an unknown or revoked token.
 * The user's id is the token's id: the audit log records which token did it.
 */
export async function userForApiToken(db: Queryable, token: string): Promise<SessionUser | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db.query<{ id: string; name: string; organizationId: string; organizationName: string }>(
    `with t as (
       select id, name, organization_id, last_used_at from api_token where token_hash = $1 and revoked_at is null
     ), used as (
       update api_token set last_used_at = now()
       where id in (select id from t where last_used_at is null or last_used_at < now() - interval '1 minute')
     )
     select t.id, t.name, t.organization_id as "organizationId", o.name as "organizationName"
     from t join organization o on o.id = t.organization_id`,
    [apiTokenHash(token)],
  );
  if (!row) return null;
  return {
    id: row.id,
    email: '',
    name: `API: ${row.name}`,
    role: 'consulent',
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    sessionSeconds: 0,
  };
}

/** The token of an `Authorization: Bearer <token>` header; null when there is no bearer header. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer(?:\s+(.*))?$/i.exec(header.trim()) : null;
  return match ? (match[1] ?? '').trim() : null;
}
