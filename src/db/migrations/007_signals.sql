-- Signals ("dreigt uit beeld te raken", src/db/signals.ts) are computed, never
-- stored. For one person (the person page) or one contact person's caseload
-- they look up plans and self-registrations by person; without these indexes
-- that meant a scan of every plan and of every open registration of the
-- organisation. Deleting a person (on delete cascade) uses them too.
create index plan_person on plan (person_id);
create index self_registration_person on self_registration (person_id);
