-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "tier_checks" to table: "partners"
ALTER TABLE `partners` ADD COLUMN `tier_checks` json NULL;
-- create "new_tiers" table
CREATE TABLE `new_tiers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `rank` integer NOT NULL, `description` text NOT NULL DEFAULT (''), `currency` text NOT NULL DEFAULT ('USD'), `min_revenue_t12m` integer NOT NULL DEFAULT (0), `min_won_deals` integer NOT NULL DEFAULT (0), `min_certified_people` integer NOT NULL DEFAULT (0), `min_approved_registrations` integer NOT NULL DEFAULT (0), `requires_manual_check` bool NOT NULL DEFAULT (false), `window_days` integer NOT NULL DEFAULT (365), `discount_bps` integer NOT NULL DEFAULT (0), `rebate_bps` integer NOT NULL DEFAULT (0), `mdf_quarterly_allowance` integer NOT NULL DEFAULT (0), `deal_protection_days` integer NOT NULL DEFAULT (90), `benefits` json NULL, PRIMARY KEY (`id`));
-- copy rows from old table "tiers" to new temporary table "new_tiers"
INSERT INTO `new_tiers` (`id`, `created_at`, `updated_at`, `name`, `rank`, `description`, `currency`, `min_revenue_t12m`, `min_won_deals`, `min_certified_people`, `discount_bps`, `rebate_bps`, `mdf_quarterly_allowance`, `deal_protection_days`, `benefits`) SELECT `id`, `created_at`, `updated_at`, `name`, `rank`, `description`, `currency`, `min_revenue_t12m`, `min_won_deals`, `min_certified_people`, `discount_bps`, `rebate_bps`, `mdf_quarterly_allowance`, `deal_protection_days`, `benefits` FROM `tiers`;
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
-- create "health_scores" table
CREATE TABLE `health_scores` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `day` text NOT NULL, `score` real NOT NULL, `inputs` json NOT NULL, `partner_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `health_scores_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION);
-- create index "healthscore_partner_id_day" to table: "health_scores"
CREATE UNIQUE INDEX `healthscore_partner_id_day` ON `health_scores` (`partner_id`, `day`);
-- create "health_weights" table
CREATE TABLE `health_weights` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL DEFAULT ('program'), `registration_activity` integer NOT NULL DEFAULT (25), `win_rate` integer NOT NULL DEFAULT (25), `portal_activity` integer NOT NULL DEFAULT (15), `content_engagement` integer NOT NULL DEFAULT (15), `certifications` integer NOT NULL DEFAULT (20), PRIMARY KEY (`id`));
-- create index "healthweights_key" to table: "health_weights"
CREATE UNIQUE INDEX `healthweights_key` ON `health_weights` (`key`);
-- create "tier_changes" table
CREATE TABLE `tier_changes` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `from_tier_id` text NULL, `to_tier_id` text NULL, `kind` text NOT NULL, `status` text NOT NULL, `evaluation_id` text NULL, `reason` text NOT NULL DEFAULT (''), `open_key` text NULL, `grace_ends_at` datetime NULL, `grace_notice_at` datetime NULL, `grace_reminder_at` datetime NULL, `decided_by_id` text NULL, `decided_at` datetime NULL, `decision_note` text NOT NULL DEFAULT (''), `partner_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `tier_changes_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION);
-- create index "tierchange_open_key" to table: "tier_changes"
CREATE UNIQUE INDEX `tierchange_open_key` ON `tier_changes` (`open_key`);
-- create index "tierchange_partner_id_created_at" to table: "tier_changes"
CREATE INDEX `tierchange_partner_id_created_at` ON `tier_changes` (`partner_id`, `created_at`);
-- create index "tierchange_status" to table: "tier_changes"
CREATE INDEX `tierchange_status` ON `tier_changes` (`status`);
-- create "tier_evaluations" table
CREATE TABLE `tier_evaluations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `evaluated_at` datetime NOT NULL, `current_tier_id` text NULL, `qualifying_tier_id` text NULL, `triggered_by_id` text NULL, `tiers` json NOT NULL, `partner_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `tier_evaluations_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION);
-- create index "tierevaluation_partner_id_evaluated_at" to table: "tier_evaluations"
CREATE INDEX `tierevaluation_partner_id_evaluated_at` ON `tier_evaluations` (`partner_id`, `evaluated_at`);
-- create "tier_settings" table
CREATE TABLE `tier_settings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL DEFAULT ('program'), `auto_upgrade` bool NOT NULL DEFAULT (false), `grace_days` integer NOT NULL DEFAULT (90), `grace_reminder_days` integer NOT NULL DEFAULT (14), PRIMARY KEY (`id`));
-- create index "tiersettings_key" to table: "tier_settings"
CREATE UNIQUE INDEX `tiersettings_key` ON `tier_settings` (`key`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
