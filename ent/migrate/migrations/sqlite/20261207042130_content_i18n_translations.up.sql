-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_contents" table
CREATE TABLE `new_contents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NOT NULL, `summary` text NOT NULL DEFAULT (''), `kind` text NOT NULL, `body` text NOT NULL DEFAULT (''), `external_url` text NOT NULL DEFAULT (''), `partner_types` json NOT NULL, `tags` json NOT NULL, `language` text NOT NULL DEFAULT ('en'), `translation_group` text NOT NULL, `version` integer NOT NULL DEFAULT (1), `status` text NOT NULL DEFAULT ('DRAFT'), `published_at` datetime NULL, `review_by` datetime NULL, `min_tier_id` text NULL, `owner_id` text NULL, `file_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `contents_tiers_min_tier` FOREIGN KEY (`min_tier_id`) REFERENCES `tiers` (`id`) ON DELETE SET NULL, CONSTRAINT `contents_users_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `contents_files_file` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL);
-- copy rows from old table (hand-edited: every existing item is an original, its own group)
-- copy rows from old table "contents" to new temporary table "new_contents"
INSERT INTO `new_contents` (`id`, `created_at`, `updated_at`, `title`, `summary`, `kind`, `body`, `external_url`, `partner_types`, `tags`, `language`, `translation_group`, `version`, `status`, `published_at`, `review_by`, `min_tier_id`, `owner_id`, `file_id`) SELECT `id`, `created_at`, `updated_at`, `title`, `summary`, `kind`, `body`, `external_url`, `partner_types`, `tags`, `language`, `id`, `version`, `status`, `published_at`, `review_by`, `min_tier_id`, `owner_id`, `file_id` FROM `contents`;
-- drop "contents" table after copying rows
DROP TABLE `contents`;
-- rename temporary table "new_contents" to "contents"
ALTER TABLE `new_contents` RENAME TO `contents`;
-- create index "content_status_review_by" to table: "contents"
CREATE INDEX `content_status_review_by` ON `contents` (`status`, `review_by`);
-- create index "content_created_at" to table: "contents"
CREATE INDEX `content_created_at` ON `contents` (`created_at`);
-- create index "content_owner_id" to table: "contents"
CREATE INDEX `content_owner_id` ON `contents` (`owner_id`);
-- create index "content_published_at_id" to table: "contents"
CREATE INDEX `content_published_at_id` ON `contents` (`published_at`, `id`);
-- create index "content_title_id" to table: "contents"
CREATE INDEX `content_title_id` ON `contents` (`title`, `id`);
-- create index "content_translation_group_language" to table: "contents"
CREATE UNIQUE INDEX `content_translation_group_language` ON `contents` (`translation_group`, `language`);
-- add column "preferred_language" to table: "users"
ALTER TABLE `users` ADD COLUMN `preferred_language` text NULL;
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
