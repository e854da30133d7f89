-- reverse: create index "account_name_key" to table: "accounts"
DROP INDEX "account_name_key";
-- reverse: drop index "account_name_key" from table: "accounts"
CREATE INDEX "account_name_key" ON "accounts" ("name_key");
