-- reverse: drop index "account_name_id" from table: "accounts"
CREATE INDEX `account_name_id` ON `accounts` (`name`, `id`);
