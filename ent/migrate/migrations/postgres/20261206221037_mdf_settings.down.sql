-- reverse: create index "mdfsettings_key" to table: "mdf_settings"
DROP INDEX "mdfsettings_key";
-- reverse: create "mdf_settings" table
DROP TABLE "mdf_settings";
