-- Signals over time for the monitor (issue 16): signals ("dreigt uit beeld te
-- raken") are computed, never stored (007_signals.sql), so their history is
-- kept here: one row per period in which a kind of signal fired for a person.
-- The daily job `monitor.signals` (src/db/monitor/signal-history.ts) opens a
-- row for a signal that fires and has no open row, and closes the open rows
-- whose signal no longer fires. The monitor counts these rows per period;
-- no route shows them per person. Rows go with the person (on delete cascade).
create table signal_episode (
  id bigint generated always as identity primary key,
  person_id uuid not null references person (id) on delete cascade,
  kind text not null,
  started_on date not null,
  resolved_on date,
  check (resolved_on is null or resolved_on >= started_on)
);
-- At most one open episode per person and kind; the job's insert relies on it.
create unique index signal_episode_open on signal_episode (person_id, kind) where resolved_on is null;
create index signal_episode_started on signal_episode (started_on);
