-- English name and summary of an offer, for the English Wegwijzer pages (issue 13).
-- Optional: without them the Dutch text is shown, marked as Dutch.
alter table service add column name_en text;
alter table service add column summary_en text;
