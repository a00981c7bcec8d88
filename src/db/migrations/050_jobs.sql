-- Background duties (issue 17). The job queue itself (pg-boss) keeps its
-- tables in its own schema, `pgboss`, created when a worker starts. These
-- markers make each duty's mail go out once, however many workers run:
-- the worker that marks a row in a transaction enqueues its mail in the same one.
alter table referral add column escalation_mailed_at timestamptz;
create index referral_escalation_open on referral (escalation_due) where state = 'verstuurd' and escalation_mailed_at is null;

-- One reminder per account per day.
create table reminder_sent (
  account_id uuid not null references account (id) on delete cascade,
  day date not null,
  primary key (account_id, day)
);
