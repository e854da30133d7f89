-- reverse: create index "user_created_at" to table: "users"
DROP INDEX `user_created_at`;
-- reverse: create index "user_name" to table: "users"
DROP INDEX `user_name`;
-- reverse: create index "user_status" to table: "users"
DROP INDEX `user_status`;
-- reverse: create index "user_role" to table: "users"
DROP INDEX `user_role`;
-- reverse: create index "user_partner_id" to table: "users"
DROP INDEX `user_partner_id`;
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX `users_email_key`;
-- reverse: create "new_users" table
DROP TABLE `new_users`;
