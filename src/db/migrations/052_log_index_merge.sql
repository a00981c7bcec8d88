-- Merging the GIN pending list of the processing log's person index is for
-- the index owner only. The job runs as the least-privilege app role, so it
-- calls this function, which runs as the owner and does only that.
create or replace function inbeeld_merge_log_index() returns bigint
language sql security definer set search_path = pg_catalog, public
as $$ select gin_clean_pending_list('public.processing_log_persons'::regclass) $$;
