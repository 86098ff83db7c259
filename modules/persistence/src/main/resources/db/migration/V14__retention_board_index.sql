-- The retention board asks, for each active plan, its next open interview or visit, how many are past
-- due, and its last contact (JpaEmploymentRepository.BOARD): short probes of these indexes per plan.
-- Plan ids are unique across tenants, so the tenant need not lead; it is carried in the index so that
-- row-level security is checked without reading the table.
create index case_promise_plan_open on case_promise (retention_plan_id, due_at) include (tenant_id)
    where done_at is null and retention_plan_id is not null;
drop index case_promise_retention_open;
create index retention_contact_plan_last on retention_contact (plan_id, contacted_on) include (tenant_id);
drop index retention_contact_plan;
