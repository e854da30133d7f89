-- reverse: create index "notification_created_at" to table: "notifications"
DROP INDEX `notification_created_at`;
-- reverse: create index "notification_user_id_read_at_created_at" to table: "notifications"
DROP INDEX `notification_user_id_read_at_created_at`;
-- reverse: create "notifications" table
DROP TABLE `notifications`;
