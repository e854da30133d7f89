-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_accounts" table
CREATE TABLE `new_accounts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `name_key` text NOT NULL DEFAULT (''), `match_keys` text NOT NULL DEFAULT (''), `domain` text NOT NULL, `owner_kind` text NOT NULL DEFAULT ('UNOWNED'), `industry` text NOT NULL DEFAULT (''), `size` text NULL, `country` text NOT NULL DEFAULT (''), `direct_owner_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `accounts_users_direct_owner` FOREIGN KEY (`direct_owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- copy rows from old table "accounts" to new temporary table "new_accounts"
INSERT INTO `new_accounts` (`id`, `created_at`, `updated_at`, `name`, `name_key`, `domain`, `owner_kind`, `industry`, `size`, `country`, `direct_owner_id`) SELECT `id`, `created_at`, `updated_at`, `name`, `name_key`, `domain`, `owner_kind`, `industry`, `size`, `country`, `direct_owner_id` FROM `accounts`;
-- drop "accounts" table after copying rows
DROP TABLE `accounts`;
-- rename temporary table "new_accounts" to "accounts"
ALTER TABLE `new_accounts` RENAME TO `accounts`;
-- create index "accounts_domain_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_domain_key` ON `accounts` (`domain`);
-- create index "account_name_key" to table: "accounts"
CREATE INDEX `account_name_key` ON `accounts` (`name_key`);
-- create index "account_match_keys" to table: "accounts"
CREATE INDEX `account_match_keys` ON `accounts` (`match_keys`);
-- create index "account_name_id" to table: "accounts"
CREATE INDEX `account_name_id` ON `accounts` (`name`, `id`);
-- create index "account_owner_kind" to table: "accounts"
CREATE INDEX `account_owner_kind` ON `accounts` (`owner_kind`);
-- create index "account_created_at" to table: "accounts"
CREATE INDEX `account_created_at` ON `accounts` (`created_at`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
