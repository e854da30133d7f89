-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "preferred_language";
-- reverse: create index "content_translation_group_language" to table: "contents"
DROP INDEX "content_translation_group_language";
-- reverse: modify "contents" table
ALTER TABLE "contents" DROP COLUMN "translation_group";
