-- create "mdf_settings" table
CREATE TABLE `mdf_settings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL DEFAULT ('program'), `grace_days` integer NOT NULL DEFAULT (14), `claim_window_days` integer NOT NULL DEFAULT (60), PRIMARY KEY (`id`));
-- create index "mdfsettings_key" to table: "mdf_settings"
CREATE UNIQUE INDEX `mdfsettings_key` ON `mdf_settings` (`key`);
