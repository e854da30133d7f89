-- modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "match_keys" tsvector NOT NULL DEFAULT ''::tsvector;
-- create index "account_match_keys" to table: "accounts"
-- fastupdate off: a pending list, which every search reads in full, would grow with each new
-- account between vacuums, and registration searches this index once per submission.
CREATE INDEX "account_match_keys" ON "accounts" USING gin ("match_keys") WITH (fastupdate = off);
-- Accounts from before have no match keys yet: derive them as normalize.MatchKeys does (the first
-- five letters of the name key without spaces, and each way of deleting one of them).
UPDATE "accounts" AS a SET "match_keys" = array_to_tsvector(ARRAY(
  SELECT p.k
  UNION
  SELECT overlay(p.k PLACING '' FROM i FOR 1) FROM generate_series(1, length(p.k)) AS i WHERE length(p.k) > 1
)) FROM (SELECT "id", left(replace("name_key", ' ', ''), 5) AS k FROM "accounts" WHERE "name_key" <> '') AS p
WHERE a."id" = p."id";
