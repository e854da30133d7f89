-- create "mdf_allocations" table
CREATE TABLE "mdf_allocations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "period_start" timestamptz NOT NULL, "period_end" timestamptz NOT NULL, "currency" character varying NOT NULL, "source" character varying NOT NULL DEFAULT 'MANUAL', "created_by_id" character varying NULL, "partner_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "mdf_allocations_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "mdfallocation_partner_id_period_start_period_end" to table: "mdf_allocations"
CREATE UNIQUE INDEX "mdfallocation_partner_id_period_start_period_end" ON "mdf_allocations" ("partner_id", "period_start", "period_end");
-- create index "mdfallocation_period_end" to table: "mdf_allocations"
CREATE INDEX "mdfallocation_period_end" ON "mdf_allocations" ("period_end");
-- create index "mdfallocation_period_start_id" to table: "mdf_allocations"
CREATE INDEX "mdfallocation_period_start_id" ON "mdf_allocations" ("period_start", "id");
-- create "mdf_requests" table
CREATE TABLE "mdf_requests" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "activity_type" character varying NOT NULL, "title" character varying NOT NULL, "plan" character varying NOT NULL DEFAULT '', "start_date" timestamptz NOT NULL, "end_date" timestamptz NOT NULL, "requested_amount" bigint NOT NULL, "approved_amount" bigint NULL, "currency" character varying NOT NULL, "expected_leads" bigint NOT NULL DEFAULT 0, "status" character varying NOT NULL DEFAULT 'SUBMITTED', "decision_note" character varying NOT NULL DEFAULT '', "decided_at" timestamptz NULL, "claim_deadline" timestamptz NOT NULL, "partner_id" character varying NOT NULL, "allocation_id" character varying NOT NULL, "requester_id" character varying NULL, "decided_by_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "mdf_requests_mdf_allocations_allocation" FOREIGN KEY ("allocation_id") REFERENCES "mdf_allocations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "mdf_requests_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "mdf_requests_users_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "mdf_requests_users_requester" FOREIGN KEY ("requester_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "mdfrequest_allocation_id_status" to table: "mdf_requests"
CREATE INDEX "mdfrequest_allocation_id_status" ON "mdf_requests" ("allocation_id", "status");
-- create index "mdfrequest_created_at_id" to table: "mdf_requests"
CREATE INDEX "mdfrequest_created_at_id" ON "mdf_requests" ("created_at", "id");
-- create index "mdfrequest_partner_id_status" to table: "mdf_requests"
CREATE INDEX "mdfrequest_partner_id_status" ON "mdf_requests" ("partner_id", "status");
-- create index "mdfrequest_status_created_at" to table: "mdf_requests"
CREATE INDEX "mdfrequest_status_created_at" ON "mdf_requests" ("status", "created_at");
-- create "mdf_claims" table
CREATE TABLE "mdf_claims" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "amount" bigint NOT NULL, "currency" character varying NOT NULL, "actual_leads" bigint NOT NULL DEFAULT 0, "pipeline_generated" bigint NOT NULL DEFAULT 0, "note" character varying NOT NULL DEFAULT '', "status" character varying NOT NULL DEFAULT 'SUBMITTED', "submitted_at" timestamptz NOT NULL, "review_note" character varying NOT NULL DEFAULT '', "reviewed_at" timestamptz NULL, "payment_reference" character varying NOT NULL DEFAULT '', "paid_at" timestamptz NULL, "partner_id" character varying NOT NULL, "request_id" character varying NOT NULL, "submitted_by_id" character varying NULL, "reviewer_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "mdf_claims_mdf_requests_request" FOREIGN KEY ("request_id") REFERENCES "mdf_requests" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "mdf_claims_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "mdf_claims_users_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "mdf_claims_users_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "mdfclaim_partner_id_status" to table: "mdf_claims"
CREATE INDEX "mdfclaim_partner_id_status" ON "mdf_claims" ("partner_id", "status");
-- create index "mdfclaim_request_id" to table: "mdf_claims"
CREATE UNIQUE INDEX "mdfclaim_request_id" ON "mdf_claims" ("request_id") WHERE ((status)::text <> 'REJECTED'::text);
-- create index "mdfclaim_status_submitted_at" to table: "mdf_claims"
CREATE INDEX "mdfclaim_status_submitted_at" ON "mdf_claims" ("status", "submitted_at");
-- create index "mdfclaim_submitted_at_id" to table: "mdf_claims"
CREATE INDEX "mdfclaim_submitted_at_id" ON "mdf_claims" ("submitted_at", "id");
-- modify "files" table
ALTER TABLE "files" ADD COLUMN "mdf_claim_id" character varying NULL, ADD CONSTRAINT "files_mdf_claims_mdf_claim" FOREIGN KEY ("mdf_claim_id") REFERENCES "mdf_claims" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- create index "file_mdf_claim_id" to table: "files"
CREATE INDEX "file_mdf_claim_id" ON "files" ("mdf_claim_id");
-- create "mdf_ledger_entries" table
CREATE TABLE "mdf_ledger_entries" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "amount" bigint NOT NULL, "currency" character varying NOT NULL, "note" character varying NOT NULL DEFAULT '', "partner_id" character varying NOT NULL, "allocation_id" character varying NOT NULL, "request_id" character varying NULL, "claim_id" character varying NULL, "actor_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "mdf_ledger_entries_mdf_allocations_allocation" FOREIGN KEY ("allocation_id") REFERENCES "mdf_allocations" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "mdf_ledger_entries_mdf_claims_claim" FOREIGN KEY ("claim_id") REFERENCES "mdf_claims" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "mdf_ledger_entries_mdf_requests_request" FOREIGN KEY ("request_id") REFERENCES "mdf_requests" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "mdf_ledger_entries_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "mdf_ledger_entries_users_actor" FOREIGN KEY ("actor_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "mdfledgerentry_allocation_id_kind" to table: "mdf_ledger_entries"
CREATE INDEX "mdfledgerentry_allocation_id_kind" ON "mdf_ledger_entries" ("allocation_id", "kind");
-- create index "mdfledgerentry_partner_id_kind_created_at" to table: "mdf_ledger_entries"
CREATE INDEX "mdfledgerentry_partner_id_kind_created_at" ON "mdf_ledger_entries" ("partner_id", "kind", "created_at");
-- create index "mdfledgerentry_request_id" to table: "mdf_ledger_entries"
CREATE INDEX "mdfledgerentry_request_id" ON "mdf_ledger_entries" ("request_id");
