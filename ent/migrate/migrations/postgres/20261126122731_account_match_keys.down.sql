-- reverse: create index "account_match_keys" to table: "accounts"
DROP INDEX "account_match_keys";
-- reverse: modify "accounts" table
ALTER TABLE "accounts" DROP COLUMN "match_keys";
