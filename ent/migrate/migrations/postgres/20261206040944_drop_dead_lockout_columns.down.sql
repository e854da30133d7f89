-- reverse: modify "users" table
ALTER TABLE "users" ADD COLUMN "locked_until" timestamptz NULL, ADD COLUMN "failed_logins_since" timestamptz NULL, ADD COLUMN "failed_logins" bigint NOT NULL DEFAULT 0;
