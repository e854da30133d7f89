-- create "mdf_settings" table
CREATE TABLE "mdf_settings" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "key" character varying NOT NULL DEFAULT 'program', "grace_days" bigint NOT NULL DEFAULT 14, "claim_window_days" bigint NOT NULL DEFAULT 60, PRIMARY KEY ("id"));
-- create index "mdfsettings_key" to table: "mdf_settings"
CREATE UNIQUE INDEX "mdfsettings_key" ON "mdf_settings" ("key");
