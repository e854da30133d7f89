-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "mdf_allocations" table
CREATE TABLE `mdf_allocations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `period_start` datetime NOT NULL, `period_end` datetime NOT NULL, `currency` text NOT NULL, `source` text NOT NULL DEFAULT ('MANUAL'), `created_by_id` text NULL, `partner_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `mdf_allocations_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION);
-- create index "mdfallocation_partner_id_period_start_period_end" to table: "mdf_allocations"
CREATE UNIQUE INDEX `mdfallocation_partner_id_period_start_period_end` ON `mdf_allocations` (`partner_id`, `period_start`, `period_end`);
-- create index "mdfallocation_period_end" to table: "mdf_allocations"
CREATE INDEX `mdfallocation_period_end` ON `mdf_allocations` (`period_end`);
-- create index "mdfallocation_period_start_id" to table: "mdf_allocations"
CREATE INDEX `mdfallocation_period_start_id` ON `mdf_allocations` (`period_start`, `id`);
-- create "mdf_claims" table
CREATE TABLE `mdf_claims` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `amount` integer NOT NULL, `currency` text NOT NULL, `actual_leads` integer NOT NULL DEFAULT (0), `pipeline_generated` integer NOT NULL DEFAULT (0), `note` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('SUBMITTED'), `submitted_at` datetime NOT NULL, `review_note` text NOT NULL DEFAULT (''), `reviewed_at` datetime NULL, `payment_reference` text NOT NULL DEFAULT (''), `paid_at` datetime NULL, `partner_id` text NOT NULL, `request_id` text NOT NULL, `submitted_by_id` text NULL, `reviewer_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `mdf_claims_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_claims_mdf_requests_request` FOREIGN KEY (`request_id`) REFERENCES `mdf_requests` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_claims_users_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `mdf_claims_users_reviewer` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "mdfclaim_request_id" to table: "mdf_claims"
CREATE UNIQUE INDEX `mdfclaim_request_id` ON `mdf_claims` (`request_id`) WHERE status <> 'REJECTED';
-- create index "mdfclaim_partner_id_status" to table: "mdf_claims"
CREATE INDEX `mdfclaim_partner_id_status` ON `mdf_claims` (`partner_id`, `status`);
-- create index "mdfclaim_status_submitted_at" to table: "mdf_claims"
CREATE INDEX `mdfclaim_status_submitted_at` ON `mdf_claims` (`status`, `submitted_at`);
-- create index "mdfclaim_submitted_at_id" to table: "mdf_claims"
CREATE INDEX `mdfclaim_submitted_at_id` ON `mdf_claims` (`submitted_at`, `id`);
-- create "mdf_ledger_entries" table
CREATE TABLE `mdf_ledger_entries` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `amount` integer NOT NULL, `currency` text NOT NULL, `note` text NOT NULL DEFAULT (''), `partner_id` text NOT NULL, `allocation_id` text NOT NULL, `request_id` text NULL, `claim_id` text NULL, `actor_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `mdf_ledger_entries_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_ledger_entries_mdf_allocations_allocation` FOREIGN KEY (`allocation_id`) REFERENCES `mdf_allocations` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_ledger_entries_mdf_requests_request` FOREIGN KEY (`request_id`) REFERENCES `mdf_requests` (`id`) ON DELETE SET NULL, CONSTRAINT `mdf_ledger_entries_mdf_claims_claim` FOREIGN KEY (`claim_id`) REFERENCES `mdf_claims` (`id`) ON DELETE SET NULL, CONSTRAINT `mdf_ledger_entries_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "mdfledgerentry_allocation_id_kind" to table: "mdf_ledger_entries"
CREATE INDEX `mdfledgerentry_allocation_id_kind` ON `mdf_ledger_entries` (`allocation_id`, `kind`);
-- create index "mdfledgerentry_request_id" to table: "mdf_ledger_entries"
CREATE INDEX `mdfledgerentry_request_id` ON `mdf_ledger_entries` (`request_id`);
-- create index "mdfledgerentry_partner_id_kind_created_at" to table: "mdf_ledger_entries"
CREATE INDEX `mdfledgerentry_partner_id_kind_created_at` ON `mdf_ledger_entries` (`partner_id`, `kind`, `created_at`);
-- create "mdf_requests" table
CREATE TABLE `mdf_requests` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `activity_type` text NOT NULL, `title` text NOT NULL, `plan` text NOT NULL DEFAULT (''), `start_date` datetime NOT NULL, `end_date` datetime NOT NULL, `requested_amount` integer NOT NULL, `approved_amount` integer NULL, `currency` text NOT NULL, `expected_leads` integer NOT NULL DEFAULT (0), `status` text NOT NULL DEFAULT ('SUBMITTED'), `decision_note` text NOT NULL DEFAULT (''), `decided_at` datetime NULL, `claim_deadline` datetime NOT NULL, `partner_id` text NOT NULL, `allocation_id` text NOT NULL, `requester_id` text NULL, `decided_by_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `mdf_requests_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_requests_mdf_allocations_allocation` FOREIGN KEY (`allocation_id`) REFERENCES `mdf_allocations` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_requests_users_requester` FOREIGN KEY (`requester_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `mdf_requests_users_decided_by` FOREIGN KEY (`decided_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "mdfrequest_allocation_id_status" to table: "mdf_requests"
CREATE INDEX `mdfrequest_allocation_id_status` ON `mdf_requests` (`allocation_id`, `status`);
-- create index "mdfrequest_partner_id_status" to table: "mdf_requests"
CREATE INDEX `mdfrequest_partner_id_status` ON `mdf_requests` (`partner_id`, `status`);
-- create index "mdfrequest_status_created_at" to table: "mdf_requests"
CREATE INDEX `mdfrequest_status_created_at` ON `mdf_requests` (`status`, `created_at`);
-- create index "mdfrequest_created_at_id" to table: "mdf_requests"
CREATE INDEX `mdfrequest_created_at_id` ON `mdf_requests` (`created_at`, `id`);
-- the files table is rebuilt last: its new foreign key names mdf_claims, which must exist first
-- create "new_files" table
CREATE TABLE `new_files` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `storage_key` text NOT NULL, `name` text NOT NULL, `media_type` text NOT NULL, `size` integer NOT NULL, `sha256` text NOT NULL, `uploaded_by_id` text NULL, `content_id` text NULL, `mdf_claim_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `files_users_uploader` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `files_contents_content` FOREIGN KEY (`content_id`) REFERENCES `contents` (`id`) ON DELETE SET NULL, CONSTRAINT `files_mdf_claims_mdf_claim` FOREIGN KEY (`mdf_claim_id`) REFERENCES `mdf_claims` (`id`) ON DELETE SET NULL);
-- copy rows from old table "files" to new temporary table "new_files"
INSERT INTO `new_files` (`id`, `created_at`, `updated_at`, `storage_key`, `name`, `media_type`, `size`, `sha256`, `uploaded_by_id`, `content_id`) SELECT `id`, `created_at`, `updated_at`, `storage_key`, `name`, `media_type`, `size`, `sha256`, `uploaded_by_id`, `content_id` FROM `files`;
-- drop "files" table after copying rows
DROP TABLE `files`;
-- rename temporary table "new_files" to "files"
ALTER TABLE `new_files` RENAME TO `files`;
-- create index "files_storage_key_key" to table: "files"
CREATE UNIQUE INDEX `files_storage_key_key` ON `files` (`storage_key`);
-- create index "file_content_id" to table: "files"
CREATE INDEX `file_content_id` ON `files` (`content_id`);
-- create index "file_mdf_claim_id" to table: "files"
CREATE INDEX `file_mdf_claim_id` ON `files` (`mdf_claim_id`);
-- create index "file_created_at" to table: "files"
CREATE INDEX `file_created_at` ON `files` (`created_at`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
