-- Veranderkompas: trajectories of one gemeente or a group of gemeenten, with a
-- kartrekker, participants, dated meetings, marks and notes per meeting, an
-- action list with a status history, and bottlenecks (knelpunten) flagged
-- from practice without personal data. Only participants see a trajectory;
-- the queries in src/db/veranderkompas.ts enforce that.

create table veranderkompas_trajectory (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 1 and 120),
  focus text check (focus is null or char_length(focus) <= 1000),
  -- Set when the trajectory was started for a whole arbeidsmarktregio.
  arbeidsmarktregio_code text references arbeidsmarktregio (code),
  steps integer[] not null check (cardinality(steps) between 1 and 5 and steps <@ array[1, 2, 3, 4, 5]),
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now()
);

create table veranderkompas_trajectory_gemeente (
  trajectory_id uuid not null references veranderkompas_trajectory (id) on delete cascade,
  gemeente_code text not null references gemeente (code),
  primary key (trajectory_id, gemeente_code)
);
create index veranderkompas_trajectory_gemeente_code on veranderkompas_trajectory_gemeente (gemeente_code);

-- A participant is an account, or a named guest without a login (for example
-- an expert by experience); the kartrekker records a guest's marks.
-- Removing a participant ends access but keeps their earlier marks.
create table veranderkompas_participant (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references veranderkompas_trajectory (id) on delete cascade,
  account_id uuid references account (id) on delete cascade,
  guest_name text check (guest_name is null or char_length(guest_name) between 1 and 120),
  participant_role text not null check (participant_role in ('beleid', 'management', 'professional', 'ervaringsdeskundige', 'bestuur')),
  is_kartrekker boolean not null default false,
  added_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  removed_at timestamptz,
  check ((account_id is null) <> (guest_name is null)),
  check (not is_kartrekker or account_id is not null)
);
create unique index veranderkompas_participant_account on veranderkompas_participant (trajectory_id, account_id) where account_id is not null;
create index veranderkompas_participant_by_account on veranderkompas_participant (account_id) where removed_at is null;

create table veranderkompas_meeting (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references veranderkompas_trajectory (id) on delete cascade,
  meeting_date date not null,
  title text check (title is null or char_length(title) <= 120),
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now()
);
create index veranderkompas_meeting_trajectory on veranderkompas_meeting (trajectory_id, meeting_date);

-- One mark per participant, item and meeting: promising, already in place or
-- not relevant, with an optional note. Items are steering factors and
-- solution directions of the content (src/content/kennis/veranderkompas*.ts).
create table veranderkompas_mark (
  meeting_id uuid not null references veranderkompas_meeting (id) on delete cascade,
  participant_id uuid not null references veranderkompas_participant (id) on delete cascade,
  item_id text not null check (item_id ~ '^VK-S[1-5]-(SF|OR|TP)[0-9]{1,2}$'),
  mark text check (mark in ('kansrijk', 'aanwezig', 'niet-relevant')),
  note text check (note is null or char_length(note) between 1 and 500),
  recorded_by uuid references account (id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (meeting_id, participant_id, item_id),
  check (mark is not null or note is not null)
);

-- Notes per conversation question, per meeting.
create table veranderkompas_question_note (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references veranderkompas_meeting (id) on delete cascade,
  step integer not null check (step between 1 and 5),
  question_id text not null check (question_id ~ '^VK-(S[1-5]|ALG)-GV[0-9]{1,2}$'),
  text text not null check (char_length(text) between 1 and 2000),
  participant_id uuid not null references veranderkompas_participant (id) on delete cascade,
  created_at timestamptz not null default now()
);
create index veranderkompas_question_note_meeting on veranderkompas_question_note (meeting_id);

-- The action list: what, who, by when, linked to the steering factor it addresses.
create table veranderkompas_action (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null references veranderkompas_trajectory (id) on delete cascade,
  meeting_id uuid not null references veranderkompas_meeting (id) on delete cascade,
  what text not null check (char_length(what) between 1 and 300),
  who text not null check (char_length(who) between 1 and 120),
  due_date date not null,
  steering_factor_id text not null check (steering_factor_id ~ '^VK-S[1-5]-SF[0-9]$'),
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now()
);
create index veranderkompas_action_trajectory on veranderkompas_action (trajectory_id);

-- Every status of an action, with the meeting it was recorded in: the history
-- shows progress over the months. The newest row is the current status.
create table veranderkompas_action_update (
  id bigint generated always as identity primary key,
  action_id uuid not null references veranderkompas_action (id) on delete cascade,
  meeting_id uuid not null references veranderkompas_meeting (id) on delete cascade,
  status text not null check (status in ('open', 'bezig', 'klaar')),
  note text check (note is null or char_length(note) between 1 and 500),
  updated_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now()
);
create index veranderkompas_action_update_action on veranderkompas_action_update (action_id);

-- Bottlenecks from practice: about the way of working or policy, never about
-- one person. No person id, no free personal data (checked before storing).
create table bottleneck (
  id uuid primary key default gen_random_uuid(),
  gemeente_code text not null references gemeente (code),
  source text not null check (source in ('werkkaart', 'traject')),
  werkkaart_section text check (werkkaart_section is null or werkkaart_section ~ '^WK-[A-Za-z0-9.-]{1,30}$'),
  category text not null check (category ~ '^VK-S[1-5](-SF[0-9])?$'),
  text text not null check (char_length(text) between 1 and 1000),
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  check ((source = 'werkkaart') = (werkkaart_section is not null))
);
create index bottleneck_gemeente on bottleneck (gemeente_code, created_at);
