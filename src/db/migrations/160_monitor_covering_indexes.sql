-- Monitor (issue 16, speed): the event figures (contact requests,
-- transitions, referrals, signals) read one or two periods of rows through
-- these date indexes. With the columns the figures use included, that read
-- is an index-only scan of a few hundred index pages instead of a visit to
-- every heap page holding such a row (about 4,800 for a half year of
-- referrals at 100,000 persons). Each replaces the plain date index of
-- migration 081 or 125, which it serves as well (same leading column).
create index referral_sent_on_monitor on referral (sent_on)
  include (person_id, state, outcome, reason, receiver_organization_id, sent_at, responded_at);
drop index referral_sent_on;
create index transition_event_date_monitor on transition (event_date) include (person_id, kind, picked_up_at, deadline);
drop index transition_event_date;
create index self_registration_created_monitor on self_registration (created_at) include (person_id, picked_up_at, deadline);
drop index self_registration_created;
create index signal_episode_started_monitor on signal_episode (started_on) include (person_id, kind, resolved_on);
drop index signal_episode_started;
