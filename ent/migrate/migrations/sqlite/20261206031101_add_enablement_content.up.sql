-- create "contents" table
CREATE TABLE `contents` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NOT NULL, `summary` text NOT NULL DEFAULT (''), `kind` text NOT NULL, `body` text NOT NULL DEFAULT (''), `external_url` text NOT NULL DEFAULT (''), `partner_types` json NOT NULL, `tags` json NOT NULL, `language` text NOT NULL DEFAULT ('en'), `version` integer NOT NULL DEFAULT (1), `status` text NOT NULL DEFAULT ('DRAFT'), `published_at` datetime NULL, `review_by` datetime NULL, `min_tier_id` text NULL, `owner_id` text NULL, `file_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `contents_tiers_min_tier` FOREIGN KEY (`min_tier_id`) REFERENCES `tiers` (`id`) ON DELETE SET NULL, CONSTRAINT `contents_users_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `contents_files_file` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL);
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
-- create "content_events" table
CREATE TABLE `content_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `user_id` text NOT NULL, `partner_id` text NULL, `tier_id` text NULL, `kind` text NOT NULL, `content_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `content_events_contents_content` FOREIGN KEY (`content_id`) REFERENCES `contents` (`id`) ON DELETE NO ACTION);
-- create index "contentevent_created_at_content_id" to table: "content_events"
CREATE INDEX `contentevent_created_at_content_id` ON `content_events` (`created_at`, `content_id`);
-- create index "contentevent_content_id_kind" to table: "content_events"
CREATE INDEX `contentevent_content_id_kind` ON `content_events` (`content_id`, `kind`);
-- create index "contentevent_partner_id_created_at" to table: "content_events"
CREATE INDEX `contentevent_partner_id_created_at` ON `content_events` (`partner_id`, `created_at`);
-- create "files" table
CREATE TABLE `files` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `storage_key` text NOT NULL, `name` text NOT NULL, `media_type` text NOT NULL, `size` integer NOT NULL, `sha256` text NOT NULL, `uploaded_by_id` text NULL, `content_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `files_users_uploader` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `files_contents_content` FOREIGN KEY (`content_id`) REFERENCES `contents` (`id`) ON DELETE SET NULL);
-- create index "files_storage_key_key" to table: "files"
CREATE UNIQUE INDEX `files_storage_key_key` ON `files` (`storage_key`);
-- create index "file_content_id" to table: "files"
CREATE INDEX `file_content_id` ON `files` (`content_id`);
-- create index "file_created_at" to table: "files"
CREATE INDEX `file_created_at` ON `files` (`created_at`);
