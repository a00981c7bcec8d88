-- The Rechtencheck links every next step to offers by kind of help, where the
-- person lives and for their limitation, in one query per result
-- (src/features/rechtencheck/explain.ts). These filters read the search
-- projection; without these indexes each kinds set scanned every offer.
create index if not exists service_search_help_kinds on service_search using gin (help_kinds);
create index if not exists service_search_limitations on service_search using gin (limitations);
