-- The caseload's "newest intake first" sort reads the page straight from an index, like the other sorts.
create index support_case_tenant_received on support_case (tenant_id, received_on desc, case_number desc);
