-- Forgiving search (issue 13): trigram matching for "bedoelde je …?" and a
-- ranking index on name and summary.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner that runs
-- migrations may create it; the application role only uses it. PGlite loads it
-- from @electric-sql/pglite/contrib/pg_trgm (see src/db/client.ts).
create extension if not exists pg_trgm;

-- The catalogue's own words (names and summaries of active offers, and the
-- one-word forms of the search vocabulary), with how many offers use them.
-- Rebuilt when it is stale: a statement trigger on service marks it.
create table search_word (
  word text primary key,
  docs integer not null
);
create index search_word_trgm on search_word using gin (word gin_trgm_ops);

create table search_word_state (
  id boolean primary key default true check (id),
  stale boolean not null
);
insert into search_word_state (id, stale) values (true, true);

create function search_word_mark_stale() returns trigger language plpgsql as $$
begin
  update search_word_state set stale = true where not stale;
  return null;
end
$$;
create trigger search_word_mark_stale after insert or update or delete on service
  for each statement execute function search_word_mark_stale();

-- Candidates for ranking come from name and summary first (see buildSearchQuery).
create index service_search_head on service_search using gin (search_head);

-- The gemeente filter (national, or listed for the gemeente or its regio) from
-- indexes, so a bitmap of the text match and of the area can be combined and
-- only offers that pass both are read.
create index service_search_scope on service_search (area_scope);
create index service_search_area on service_search using gin (area_codes);
