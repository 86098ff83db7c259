-- The retention board asks, for each active plan, its next open interview or visit and how many are past
-- due (JpaEmploymentRepository.BOARD): two probes of this index per plan. Plan ids are unique across
-- tenants, so the tenant need not lead (row-level security still filters every row).
create index case_promise_plan_open on case_promise (retention_plan_id, due_at)
    where done_at is null and retention_plan_id is not null;
drop index case_promise_retention_open;
