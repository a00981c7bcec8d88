-- Rechtencheck: anonymous drafts of the questionnaire and share codes.
-- Neither table holds a name, contact data or an IP address: only the answers
-- (facts) and the receipt of rule versions. See docs/rechtencheck.md.

-- A draft keeps the answers while a person walks through the questions, so
-- the questionnaire works without JavaScript and without login. The random id
-- lives only in the URL; we store its sha256. Deleted 24 hours after the last
-- change, or at once when the person clicks "Wis mijn antwoorden".
create table rechtencheck_draft (
  id_hash text primary key,
  facts jsonb not null default '{}'::jsonb,
  -- Question ids in the order they were shown (never more than 12).
  path text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index rechtencheck_draft_expires on rechtencheck_draft (expires_at);

-- A result the person chose to share with a professional, under a short code.
-- We store sha256 hashes of the code and of the secret delete key. When the
-- code expires or the person deletes it, facts and receipt are removed at
-- once; the empty row stays 30 days so we can say "verlopen" or "verwijderd".
create table rechtencheck_share (
  code_hash text primary key,
  delete_hash text not null,
  facts jsonb,
  receipt jsonb,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  deleted_at timestamptz
);
create index rechtencheck_share_expires on rechtencheck_share (expires_at);
