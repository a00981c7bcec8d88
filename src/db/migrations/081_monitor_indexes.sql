-- Monitor (src/db/monitor/queries.ts): every figure selects rows of one
-- period in a set of gemeenten. Without these, each figure scanned all
-- persons, contact requests, transitions or referrals (bench/monitor.bench.ts).
create index person_gemeente_created on person (gemeente_code, created_at);
create index self_registration_created on self_registration (created_at);
create index transition_event_date on transition (event_date);
create index referral_sent_on on referral (sent_on);
