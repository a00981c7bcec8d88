-- The kind of limitation as the person describes it (issue 16 item 1, coverage
-- by limitation kind). Never a diagnosis: the person's own words, coded so the
-- monitor can count whom the gemeente reaches. Optional and multi-select; an
-- empty list means "not asked or not answered". Health data (AVG art. 9): the
-- purpose is in docs/access.md; the field is part of the 'basis' part of the
-- record, so consent governs who sees it.
alter table person add column limitation_kinds text[] not null default '{}'
  check (limitation_kinds <@ array['lichamelijk', 'psychisch', 'verstandelijk', 'zintuiglijk', 'chronische-ziekte',
    'niet-aangeboren-hersenletsel', 'anders', 'wil-ik-niet-zeggen']::text[]);
