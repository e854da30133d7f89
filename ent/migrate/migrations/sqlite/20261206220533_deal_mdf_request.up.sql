-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_deals" table
CREATE TABLE `new_deals` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `customer_name` text NOT NULL, `customer_domain` text NOT NULL, `contact_name` text NOT NULL DEFAULT (''), `contact_email` text NOT NULL DEFAULT (''), `title` text NOT NULL, `description` text NOT NULL DEFAULT (''), `amount` integer NOT NULL, `currency` text NOT NULL, `expected_close_date` datetime NOT NULL, `products` json NULL, `source` text NOT NULL, `status` text NOT NULL DEFAULT ('SUBMITTED'), `decision_due_at` datetime NOT NULL, `decision_note` text NOT NULL DEFAULT (''), `decided_at` datetime NULL, `conflict_overridden` bool NOT NULL DEFAULT (false), `protection_expires_at` datetime NULL, `expiry_notice_at` datetime NULL, `co_sell` bool NOT NULL DEFAULT (false), `closed_at` datetime NULL, `closed_amount` integer NULL, `partner_id` text NOT NULL, `registered_by_id` text NOT NULL, `account_id` text NOT NULL, `reviewer_id` text NULL, `direct_rep_id` text NULL, `mdf_request_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `deals_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION, CONSTRAINT `deals_users_registered_by` FOREIGN KEY (`registered_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `deals_accounts_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `deals_users_reviewer` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `deals_users_direct_rep` FOREIGN KEY (`direct_rep_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `deals_mdf_requests_mdf_request` FOREIGN KEY (`mdf_request_id`) REFERENCES `mdf_requests` (`id`) ON DELETE SET NULL);
-- copy rows from old table "deals" to new temporary table "new_deals"
INSERT INTO `new_deals` (`id`, `created_at`, `updated_at`, `customer_name`, `customer_domain`, `contact_name`, `contact_email`, `title`, `description`, `amount`, `currency`, `expected_close_date`, `products`, `source`, `status`, `decision_due_at`, `decision_note`, `decided_at`, `conflict_overridden`, `protection_expires_at`, `expiry_notice_at`, `co_sell`, `closed_at`, `closed_amount`, `partner_id`, `registered_by_id`, `account_id`, `reviewer_id`, `direct_rep_id`) SELECT `id`, `created_at`, `updated_at`, `customer_name`, `customer_domain`, `contact_name`, `contact_email`, `title`, `description`, `amount`, `currency`, `expected_close_date`, `products`, `source`, `status`, `decision_due_at`, `decision_note`, `decided_at`, `conflict_overridden`, `protection_expires_at`, `expiry_notice_at`, `co_sell`, `closed_at`, `closed_amount`, `partner_id`, `registered_by_id`, `account_id`, `reviewer_id`, `direct_rep_id` FROM `deals`;
-- drop "deals" table after copying rows
DROP TABLE `deals`;
-- rename temporary table "new_deals" to "deals"
ALTER TABLE `new_deals` RENAME TO `deals`;
-- create index "deal_account_id_status" to table: "deals"
CREATE INDEX `deal_account_id_status` ON `deals` (`account_id`, `status`);
-- create index "deal_partner_id_status" to table: "deals"
CREATE INDEX `deal_partner_id_status` ON `deals` (`partner_id`, `status`);
-- create index "deal_registered_by_id" to table: "deals"
CREATE INDEX `deal_registered_by_id` ON `deals` (`registered_by_id`);
-- create index "deal_status_decision_due_at" to table: "deals"
CREATE INDEX `deal_status_decision_due_at` ON `deals` (`status`, `decision_due_at`);
-- create index "deal_status_protection_expires_at" to table: "deals"
CREATE INDEX `deal_status_protection_expires_at` ON `deals` (`status`, `protection_expires_at`);
-- create index "deal_created_at" to table: "deals"
CREATE INDEX `deal_created_at` ON `deals` (`created_at`);
-- create index "deal_mdf_request_id_status" to table: "deals"
CREATE INDEX `deal_mdf_request_id_status` ON `deals` (`mdf_request_id`, `status`);
-- create index "deal_expected_close_date_id" to table: "deals"
CREATE INDEX `deal_expected_close_date_id` ON `deals` (`expected_close_date`, `id`);
-- create index "deal_decision_due_at_id" to table: "deals"
CREATE INDEX `deal_decision_due_at_id` ON `deals` (`decision_due_at`, `id`);
-- create index "deal_amount_id" to table: "deals"
CREATE INDEX `deal_amount_id` ON `deals` (`amount`, `id`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
