-- Placement updates from outside (a werkgeversservicepunt or a jobcoach
-- organisation: "contract verlengd", "beëindigd op", "nieuwe einddatum"),
-- through the API or CSV. The sender's reference makes a resend harmless:
-- the same extern_id within an organisation is applied once.
create table placement_update (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organization (id),
  external_id text not null,
  placement_id uuid not null references placement (id) on delete cascade,
  kind text not null check (kind in ('verlengd', 'nieuwe-einddatum', 'beeindigd')),
  update_date date not null,
  source text not null check (source in ('csv', 'api')),
  created_at timestamptz not null default now(),
  unique (organization_id, external_id)
);
create index placement_update_placement on placement_update (placement_id);
