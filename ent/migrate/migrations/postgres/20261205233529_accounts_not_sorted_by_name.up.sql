-- drop index "account_name_id" from table: "accounts"
DROP INDEX "account_name_id";
