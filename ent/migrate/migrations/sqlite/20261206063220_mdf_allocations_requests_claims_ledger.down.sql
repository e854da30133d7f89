-- reverse: create index "mdfrequest_created_at_id" to table: "mdf_requests"
DROP INDEX `mdfrequest_created_at_id`;
-- reverse: create index "mdfrequest_status_created_at" to table: "mdf_requests"
DROP INDEX `mdfrequest_status_created_at`;
-- reverse: create index "mdfrequest_partner_id_status" to table: "mdf_requests"
DROP INDEX `mdfrequest_partner_id_status`;
-- reverse: create index "mdfrequest_allocation_id_status" to table: "mdf_requests"
DROP INDEX `mdfrequest_allocation_id_status`;
-- reverse: create "mdf_requests" table
DROP TABLE `mdf_requests`;
-- reverse: create index "mdfledgerentry_partner_id_kind_created_at" to table: "mdf_ledger_entries"
DROP INDEX `mdfledgerentry_partner_id_kind_created_at`;
-- reverse: create index "mdfledgerentry_request_id" to table: "mdf_ledger_entries"
DROP INDEX `mdfledgerentry_request_id`;
-- reverse: create index "mdfledgerentry_allocation_id_kind" to table: "mdf_ledger_entries"
DROP INDEX `mdfledgerentry_allocation_id_kind`;
-- reverse: create "mdf_ledger_entries" table
DROP TABLE `mdf_ledger_entries`;
-- reverse: create index "mdfclaim_submitted_at_id" to table: "mdf_claims"
DROP INDEX `mdfclaim_submitted_at_id`;
-- reverse: create index "mdfclaim_status_submitted_at" to table: "mdf_claims"
DROP INDEX `mdfclaim_status_submitted_at`;
-- reverse: create index "mdfclaim_partner_id_status" to table: "mdf_claims"
DROP INDEX `mdfclaim_partner_id_status`;
-- reverse: create index "mdfclaim_request_id" to table: "mdf_claims"
DROP INDEX `mdfclaim_request_id`;
-- reverse: create "mdf_claims" table
DROP TABLE `mdf_claims`;
-- reverse: create index "mdfallocation_period_start_id" to table: "mdf_allocations"
DROP INDEX `mdfallocation_period_start_id`;
-- reverse: create index "mdfallocation_period_end" to table: "mdf_allocations"
DROP INDEX `mdfallocation_period_end`;
-- reverse: create index "mdfallocation_partner_id_period_start_period_end" to table: "mdf_allocations"
DROP INDEX `mdfallocation_partner_id_period_start_period_end`;
-- reverse: create "mdf_allocations" table
DROP TABLE `mdf_allocations`;
-- reverse: create index "file_created_at" to table: "files"
DROP INDEX `file_created_at`;
-- reverse: create index "file_mdf_claim_id" to table: "files"
DROP INDEX `file_mdf_claim_id`;
-- reverse: create index "file_content_id" to table: "files"
DROP INDEX `file_content_id`;
-- reverse: create index "files_storage_key_key" to table: "files"
DROP INDEX `files_storage_key_key`;
-- reverse: create "new_files" table
DROP TABLE `new_files`;
