-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_tiers" table
CREATE TABLE `new_tiers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `rank` integer NOT NULL, `description` text NOT NULL DEFAULT (''), `currency` text NOT NULL DEFAULT ('USD'), `min_revenue_t12m` integer NOT NULL DEFAULT (0), `min_won_deals` integer NOT NULL DEFAULT (0), `min_certified_people` integer NOT NULL DEFAULT (0), `min_approved_registrations` integer NOT NULL DEFAULT (0), `requires_manual_check` bool NOT NULL DEFAULT (false), `window_days` integer NOT NULL DEFAULT (365), `discount_bps` integer NOT NULL DEFAULT (0), `rebate_bps` integer NOT NULL DEFAULT (0), `coop_accrual_bps` integer NOT NULL DEFAULT (0), `mdf_quarterly_allowance` integer NOT NULL DEFAULT (0), `deal_protection_days` integer NOT NULL DEFAULT (90), `benefits` json NULL, PRIMARY KEY (`id`));
-- copy rows from old table "tiers" to new temporary table "new_tiers"
INSERT INTO `new_tiers` (`id`, `created_at`, `updated_at`, `name`, `rank`, `description`, `currency`, `min_revenue_t12m`, `min_won_deals`, `min_certified_people`, `min_approved_registrations`, `requires_manual_check`, `window_days`, `discount_bps`, `rebate_bps`, `mdf_quarterly_allowance`, `deal_protection_days`, `benefits`) SELECT `id`, `created_at`, `updated_at`, `name`, `rank`, `description`, `currency`, `min_revenue_t12m`, `min_won_deals`, `min_certified_people`, `min_approved_registrations`, `requires_manual_check`, `window_days`, `discount_bps`, `rebate_bps`, `mdf_quarterly_allowance`, `deal_protection_days`, `benefits` FROM `tiers`;
-- drop "tiers" table after copying rows
DROP TABLE `tiers`;
-- rename temporary table "new_tiers" to "tiers"
ALTER TABLE `new_tiers` RENAME TO `tiers`;
-- create index "tiers_name_key" to table: "tiers"
CREATE UNIQUE INDEX `tiers_name_key` ON `tiers` (`name`);
-- create index "tiers_rank_key" to table: "tiers"
CREATE UNIQUE INDEX `tiers_rank_key` ON `tiers` (`rank`);
-- create index "tier_created_at" to table: "tiers"
CREATE INDEX `tier_created_at` ON `tiers` (`created_at`);
-- create "new_mdf_ledger_entries" table
CREATE TABLE `new_mdf_ledger_entries` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `amount` integer NOT NULL, `currency` text NOT NULL, `note` text NOT NULL DEFAULT (''), `partner_id` text NOT NULL, `allocation_id` text NOT NULL, `request_id` text NULL, `claim_id` text NULL, `deal_id` text NULL, `actor_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `mdf_ledger_entries_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_ledger_entries_mdf_allocations_allocation` FOREIGN KEY (`allocation_id`) REFERENCES `mdf_allocations` (`id`) ON DELETE NO ACTION, CONSTRAINT `mdf_ledger_entries_mdf_requests_request` FOREIGN KEY (`request_id`) REFERENCES `mdf_requests` (`id`) ON DELETE SET NULL, CONSTRAINT `mdf_ledger_entries_mdf_claims_claim` FOREIGN KEY (`claim_id`) REFERENCES `mdf_claims` (`id`) ON DELETE SET NULL, CONSTRAINT `mdf_ledger_entries_deals_deal` FOREIGN KEY (`deal_id`) REFERENCES `deals` (`id`) ON DELETE SET NULL, CONSTRAINT `mdf_ledger_entries_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- copy rows from old table "mdf_ledger_entries" to new temporary table "new_mdf_ledger_entries"
INSERT INTO `new_mdf_ledger_entries` (`id`, `created_at`, `updated_at`, `kind`, `amount`, `currency`, `note`, `partner_id`, `allocation_id`, `request_id`, `claim_id`, `actor_id`) SELECT `id`, `created_at`, `updated_at`, `kind`, `amount`, `currency`, `note`, `partner_id`, `allocation_id`, `request_id`, `claim_id`, `actor_id` FROM `mdf_ledger_entries`;
-- drop "mdf_ledger_entries" table after copying rows
DROP TABLE `mdf_ledger_entries`;
-- rename temporary table "new_mdf_ledger_entries" to "mdf_ledger_entries"
ALTER TABLE `new_mdf_ledger_entries` RENAME TO `mdf_ledger_entries`;
-- create index "mdfledgerentry_allocation_id_kind" to table: "mdf_ledger_entries"
CREATE INDEX `mdfledgerentry_allocation_id_kind` ON `mdf_ledger_entries` (`allocation_id`, `kind`);
-- create index "mdfledgerentry_request_id" to table: "mdf_ledger_entries"
CREATE INDEX `mdfledgerentry_request_id` ON `mdf_ledger_entries` (`request_id`);
-- create index "mdfledgerentry_deal_id" to table: "mdf_ledger_entries"
CREATE INDEX `mdfledgerentry_deal_id` ON `mdf_ledger_entries` (`deal_id`);
-- create index "mdfledgerentry_partner_id_kind_created_at" to table: "mdf_ledger_entries"
CREATE INDEX `mdfledgerentry_partner_id_kind_created_at` ON `mdf_ledger_entries` (`partner_id`, `kind`, `created_at`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
