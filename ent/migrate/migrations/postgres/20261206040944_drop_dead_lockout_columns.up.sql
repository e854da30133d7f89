-- modify "users" table
ALTER TABLE "users" DROP COLUMN "failed_logins", DROP COLUMN "failed_logins_since", DROP COLUMN "locked_until";
