-- reverse: create index "account_created_at" to table: "accounts"
DROP INDEX `account_created_at`;
-- reverse: create index "account_owner_kind" to table: "accounts"
DROP INDEX `account_owner_kind`;
-- reverse: create index "account_name_id" to table: "accounts"
DROP INDEX `account_name_id`;
-- reverse: create index "account_match_keys" to table: "accounts"
DROP INDEX `account_match_keys`;
-- reverse: create index "account_name_key" to table: "accounts"
DROP INDEX `account_name_key`;
-- reverse: create index "accounts_domain_key" to table: "accounts"
DROP INDEX `accounts_domain_key`;
-- reverse: create "new_accounts" table
DROP TABLE `new_accounts`;
