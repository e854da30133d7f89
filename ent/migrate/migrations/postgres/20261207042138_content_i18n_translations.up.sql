-- modify "contents" table
ALTER TABLE "contents" ADD COLUMN "translation_group" character varying NULL;
-- every existing item is an original: its own group (hand-written)
UPDATE "contents" SET "translation_group" = "id";
ALTER TABLE "contents" ALTER COLUMN "translation_group" SET NOT NULL;
-- create index "content_translation_group_language" to table: "contents"
CREATE UNIQUE INDEX "content_translation_group_language" ON "contents" ("translation_group", "language");
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "preferred_language" character varying NULL;
