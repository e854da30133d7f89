-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_users" table
CREATE TABLE `new_users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `name` text NOT NULL, `password_hash` text NULL, `role` text NOT NULL, `job_function` text NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `last_login_at` datetime NULL, `partner_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `users_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL);
-- copy rows from old table "users" to new temporary table "new_users"
INSERT INTO `new_users` (`id`, `created_at`, `updated_at`, `email`, `name`, `password_hash`, `role`, `job_function`, `status`, `last_login_at`, `partner_id`) SELECT `id`, `created_at`, `updated_at`, `email`, `name`, `password_hash`, `role`, `job_function`, `status`, `last_login_at`, `partner_id` FROM `users`;
-- drop "users" table after copying rows
DROP TABLE `users`;
-- rename temporary table "new_users" to "users"
ALTER TABLE `new_users` RENAME TO `users`;
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);
-- create index "user_partner_id" to table: "users"
CREATE INDEX `user_partner_id` ON `users` (`partner_id`);
-- create index "user_role" to table: "users"
CREATE INDEX `user_role` ON `users` (`role`);
-- create index "user_status" to table: "users"
CREATE INDEX `user_status` ON `users` (`status`);
-- create index "user_name" to table: "users"
CREATE INDEX `user_name` ON `users` (`name`);
-- create index "user_created_at" to table: "users"
CREATE INDEX `user_created_at` ON `users` (`created_at`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
