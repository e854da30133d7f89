-- drop index "account_name_key" from table: "accounts"
DROP INDEX "account_name_key";
-- create index "account_name_key" to table: "accounts"
-- fastupdate off: a pending list, which every search reads in full, would grow with each new
-- account between vacuums, and registration searches this index once per submission.
CREATE INDEX "account_name_key" ON "accounts" USING gin ("name_key" gin_trgm_ops) WITH (fastupdate = off);
