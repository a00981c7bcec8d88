-- Warme overdracht: closed-loop referrals between organisations, the handover
-- of the fixed contact person, the person's own link, and per-organisation
-- response times. The state machine is src/domain/referral.ts; see
-- docs/overdracht.md.

-- Response time per receiving organisation (working days). An organisation
-- without a row uses the defaults: answer within 5, escalation at 10.
create table referral_policy (
  organization_id uuid primary key references organization (id) on delete cascade,
  response_working_days integer not null default 5 check (response_working_days between 1 and 60),
  escalation_working_days integer not null default 10 check (escalation_working_days between 1 and 90),
  updated_at timestamptz not null default now(),
  updated_by uuid references account (id) on delete set null,
  check (escalation_working_days >= response_working_days)
);

create table referral (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  -- The organisation that owned the record when it referred, and who did it.
  sender_organization_id uuid not null references organization (id),
  sender_account_id uuid references account (id) on delete set null,
  receiver_organization_id uuid not null references organization (id),
  -- The Wegwijzer offer, when the referral is to an offer; its name is kept
  -- so reports stay readable when the offer is removed.
  service_id uuid references service (id) on delete set null,
  service_name text,
  -- The question for the receiver. Erased with the person's record.
  question text not null,
  -- The record parts chosen to travel with this referral; basis always.
  parts text[] not null check (cardinality(parts) > 0 and 'basis' = any (parts)
    and parts <@ array['basis', 'verhaal', 'plan', 'contacten', 'doorverwijzingen']),
  -- The consent recorded when it was sent (null for a concept, or after erasure).
  consent_id uuid references consent (id) on delete set null,
  -- A receiver without InBeeld accounts answers through an e-mailed link.
  external boolean not null default false,
  external_email text,
  state text not null default 'concept' check (state in (
    'concept', 'verstuurd', 'geaccepteerd', 'afgewezen', 'in_behandeling', 'gepauzeerd', 'afgerond', 'niet_gelukt', 'ingetrokken')),
  reason text check (reason in (
    'niet-in-aanmerking', 'geen-plek', 'geen-financiering', 'te-weinig-informatie', 'verkeerde-organisatie', 'wachtlijst',
    'gezondheid', 'op-verzoek-persoon', 'wacht-op-besluit', 'niet-bereikt', 'persoon-gestopt', 'past-niet',
    'verkeerd-verstuurd', 'persoon-wil-niet', 'andere-oplossing', 'toestemming-ingetrokken', 'anders')),
  reason_note text,
  outcome text check (outcome in (
    'geholpen', 'aan-het-werk', 'opleiding-gestart', 'plaatsing-gestart', 'niet-in-aanmerking', 'geen-capaciteit',
    'niet-bereikt', 'geen-interesse', 'elders-verwezen')),
  -- The chain of handovers: this referral came from, or led to, another one.
  previous_referral_id uuid references referral (id),
  follow_up_referral_id uuid references referral (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz,
  sent_on date,
  response_due date,
  escalation_due date,
  responded_at timestamptz,
  closed_at timestamptz,
  -- The rules of the state machine that the database can see for itself.
  check (state not in ('afgewezen', 'gepauzeerd', 'niet_gelukt', 'ingetrokken') or reason is not null),
  check (state <> 'afgerond' or outcome is not null),
  check (outcome is distinct from 'elders-verwezen' or follow_up_referral_id is not null),
  check (state = 'concept' or state = 'ingetrokken' or sent_at is not null),
  check (receiver_organization_id <> sender_organization_id),
  check (not external or external_email is not null)
);
create index referral_person on referral (person_id);
create index referral_sender on referral (sender_organization_id, state);
create index referral_receiver on referral (receiver_organization_id, state);
create index referral_service on referral (service_id);

-- Every change, with who made it: the history both sides see, and the
-- input for the report. Replaying it through the state machine gives the
-- referral's state.
create table referral_event (
  id bigint generated always as identity primary key,
  referral_id uuid not null references referral (id) on delete cascade,
  action text not null,
  from_state text,
  to_state text not null,
  role text not null check (role in ('sender', 'receiver', 'external')),
  account_id uuid references account (id) on delete set null,
  organization_id uuid references organization (id),
  reason text,
  reason_note text,
  outcome text,
  follow_up_referral_id uuid,
  occurred_at timestamptz not null default now()
);
create index referral_event_referral on referral_event (referral_id, id);

-- The e-mailed link for a receiver without InBeeld accounts: a random token,
-- only its sha256 stored, valid for 14 days.
create table referral_link (
  token_hash text primary key,
  referral_id uuid not null references referral (id) on delete cascade,
  email text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index referral_link_referral on referral_link (referral_id);

-- Handover of the fixed contact person. The old contact person stays until
-- the new one accepts, so there is never a moment without one. Between
-- organisations the record moves to the new organisation on acceptance.
create table contact_handover (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  from_organization_id uuid not null references organization (id),
  from_account_id uuid references account (id) on delete set null,
  to_organization_id uuid not null references organization (id),
  -- A named colleague (within the organisation), or anyone of the team (between organisations).
  to_account_id uuid references account (id) on delete set null,
  consent_id uuid references consent (id) on delete set null,
  note text,
  status text not null default 'voorgesteld' check (status in ('voorgesteld', 'geaccepteerd', 'afgewezen', 'ingetrokken')),
  proposed_by uuid references account (id) on delete set null,
  proposed_at timestamptz not null default now(),
  decided_by uuid references account (id) on delete set null,
  decided_at timestamptz,
  decline_reason text,
  check (status = 'voorgesteld' or decided_at is not null),
  check (status <> 'afgewezen' or decline_reason is not null)
);
-- One open proposal per person.
create unique index contact_handover_open on contact_handover (person_id) where status = 'voorgesteld';
create index contact_handover_to on contact_handover (to_organization_id) where status = 'voorgesteld';

-- The person's own link to see where they were referred: a random token,
-- only its sha256 stored. The person (or the consulent) can turn it off.
create table person_link (
  token_hash text primary key,
  person_id uuid not null references person (id) on delete cascade,
  created_by uuid references account (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz
);
create index person_link_person on person_link (person_id);

-- Erasure of a person's record (on request or after retention) also erases
-- what referrals say about them, and ends their links.
create function referral_erase() returns trigger language plpgsql as $$
begin
  update referral set question = 'Geanonimiseerd', reason_note = null where person_id = new.id;
  update referral_event set reason_note = null where referral_id in (select id from referral where person_id = new.id);
  update contact_handover set note = null, decline_reason = case when decline_reason is null then null else 'Geanonimiseerd' end where person_id = new.id;
  delete from referral_link where referral_id in (select id from referral where person_id = new.id);
  delete from person_link where person_id = new.id;
  return new;
end
$$;
create trigger person_erase_referrals after update of erased_at on person
  for each row when (old.erased_at is null and new.erased_at is not null) execute function referral_erase();
