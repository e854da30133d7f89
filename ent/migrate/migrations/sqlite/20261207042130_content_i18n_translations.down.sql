-- reverse: add column "preferred_language" to table: "users"
ALTER TABLE `users` DROP COLUMN `preferred_language`;
-- reverse: create index "content_translation_group_language" to table: "contents"
DROP INDEX `content_translation_group_language`;
-- reverse: create index "content_title_id" to table: "contents"
DROP INDEX `content_title_id`;
-- reverse: create index "content_published_at_id" to table: "contents"
DROP INDEX `content_published_at_id`;
-- reverse: create index "content_owner_id" to table: "contents"
DROP INDEX `content_owner_id`;
-- reverse: create index "content_created_at" to table: "contents"
DROP INDEX `content_created_at`;
-- reverse: create index "content_status_review_by" to table: "contents"
DROP INDEX `content_status_review_by`;
-- reverse: create "new_contents" table
DROP TABLE `new_contents`;
