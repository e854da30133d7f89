-- drop index "account_name_key" from table: "accounts"
DROP INDEX "account_name_key";
-- create index "account_name_key" to table: "accounts"
CREATE INDEX "account_name_key" ON "accounts" USING gin ("name_key" gin_trgm_ops);
