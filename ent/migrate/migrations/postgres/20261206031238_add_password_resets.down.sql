-- reverse: create index "passwordreset_user_id" to table: "password_resets"
DROP INDEX "passwordreset_user_id";
-- reverse: create index "password_resets_token_hash_key" to table: "password_resets"
DROP INDEX "password_resets_token_hash_key";
-- reverse: create "password_resets" table
DROP TABLE "password_resets";
