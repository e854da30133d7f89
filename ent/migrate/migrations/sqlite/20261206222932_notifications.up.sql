-- create "notifications" table
CREATE TABLE `notifications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `title` text NOT NULL, `body` text NOT NULL DEFAULT (''), `link` text NOT NULL DEFAULT (''), `read_at` datetime NULL, `user_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `notifications_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "notification_user_id_read_at_created_at" to table: "notifications"
CREATE INDEX `notification_user_id_read_at_created_at` ON `notifications` (`user_id`, `read_at`, `created_at`);
-- create index "notification_created_at" to table: "notifications"
CREATE INDEX `notification_created_at` ON `notifications` (`created_at`);
