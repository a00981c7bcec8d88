-- The recompute functions take a batch of person ids. PL/pgSQL keeps a plan
-- per statement for the whole session; after five calls PostgreSQL may switch
-- to one generic plan, made without knowing how many ids the array holds (it
-- guesses 10). After a few small changes, an import of 10,000 transitions then
-- ran the signal update as a nested loop over both sides: 21 s instead of 2.5 s
-- on PGlite (issue 17). Planning each call with the real array costs well
-- under a millisecond.
alter function inbeeld_signal_recompute(text, uuid[]) set plan_cache_mode = force_custom_plan;
alter function inbeeld_monitor_plan_recompute(uuid[]) set plan_cache_mode = force_custom_plan;
alter function inbeeld_monitor_registration_recompute(uuid[]) set plan_cache_mode = force_custom_plan;
alter function inbeeld_career_rebuild(uuid[]) set plan_cache_mode = force_custom_plan;
