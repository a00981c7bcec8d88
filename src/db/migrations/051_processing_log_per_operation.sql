-- The processing log per processing operation (issue 17). A list view is one
-- operation: it gets one line naming every person it showed, in
-- person_pseudonyms, instead of one line per person. Logboek
-- Dataverwerkingen (Logius standard, 2024) logs per processing operation
-- with the data subjects it touched, so this is the same record, cheaper:
-- 55,000 persons on a signals list were 110,000 inserted rows, now 2.
-- A line names either one person (person_pseudonym) or a set (person_pseudonyms).
alter table processing_log alter column person_pseudonym drop not null;
alter table processing_log add column person_pseudonyms text[];
-- NOT VALID: every existing line has person_pseudonym set, so nothing needs checking
-- and a large log is not scanned under lock; new lines are checked.
alter table processing_log add constraint processing_log_one_subject_form
  check ((person_pseudonym is null) <> (person_pseudonyms is null)) not valid;
-- Inzage finds the list lines that name a person through this index. New
-- entries go to the index's pending list (a cheap append); the job
-- `log.index` merges that list into the index every minute
-- (gin_clean_pending_list), so no request pays for the merge. The large limit
-- only matters when no worker runs; lookups read the pending list too, so
-- inzage stays complete either way.
create index processing_log_persons on processing_log using gin (person_pseudonyms)
  with (fastupdate = on, gin_pending_list_limit = 262144) where person_pseudonyms is not null;
