-- reverse: modify "files" table
ALTER TABLE "files" DROP CONSTRAINT "files_users_uploader", DROP CONSTRAINT "files_contents_content";
-- reverse: modify "content_events" table
ALTER TABLE "content_events" DROP CONSTRAINT "content_events_contents_content";
-- reverse: modify "contents" table
ALTER TABLE "contents" DROP CONSTRAINT "contents_users_owner", DROP CONSTRAINT "contents_tiers_min_tier", DROP CONSTRAINT "contents_files_file";
-- reverse: create index "files_storage_key_key" to table: "files"
DROP INDEX "files_storage_key_key";
-- reverse: create index "file_created_at" to table: "files"
DROP INDEX "file_created_at";
-- reverse: create index "file_content_id" to table: "files"
DROP INDEX "file_content_id";
-- reverse: create "files" table
DROP TABLE "files";
-- reverse: create index "contentevent_partner_id_created_at" to table: "content_events"
DROP INDEX "contentevent_partner_id_created_at";
-- reverse: create index "contentevent_created_at_content_id" to table: "content_events"
DROP INDEX "contentevent_created_at_content_id";
-- reverse: create index "contentevent_content_id_kind" to table: "content_events"
DROP INDEX "contentevent_content_id_kind";
-- reverse: create "content_events" table
DROP TABLE "content_events";
-- reverse: create index "content_title_id" to table: "contents"
DROP INDEX "content_title_id";
-- reverse: create index "content_status_review_by" to table: "contents"
DROP INDEX "content_status_review_by";
-- reverse: create index "content_published_at_id" to table: "contents"
DROP INDEX "content_published_at_id";
-- reverse: create index "content_owner_id" to table: "contents"
DROP INDEX "content_owner_id";
-- reverse: create index "content_created_at" to table: "contents"
DROP INDEX "content_created_at";
-- reverse: create "contents" table
DROP TABLE "contents";
