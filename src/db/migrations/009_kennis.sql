-- Kennis: answers to the reflection questions of the werkkaart. An answer is
-- private to the account that wrote it: only that account reads it back
-- (src/features/kennis/reflection.ts). Question ids are the stable content
-- ids (e.g. 'WK-4-R2'); an empty answer is deleted, not stored.
create table reflection_answer (
  account_id uuid not null references account (id) on delete cascade,
  question_id text not null check (question_id ~ '^WK-[0-9.]+-R[0-9]+$'),
  answer text not null check (char_length(answer) between 1 and 4000),
  updated_at timestamptz not null default now(),
  primary key (account_id, question_id)
);
