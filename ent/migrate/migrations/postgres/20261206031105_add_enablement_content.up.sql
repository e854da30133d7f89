-- create "contents" table
CREATE TABLE "contents" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "title" character varying NOT NULL, "summary" character varying NOT NULL DEFAULT '', "kind" character varying NOT NULL, "body" character varying NOT NULL DEFAULT '', "external_url" character varying NOT NULL DEFAULT '', "partner_types" jsonb NOT NULL, "tags" jsonb NOT NULL, "language" character varying NOT NULL DEFAULT 'en', "version" bigint NOT NULL DEFAULT 1, "status" character varying NOT NULL DEFAULT 'DRAFT', "published_at" timestamptz NULL, "review_by" timestamptz NULL, "min_tier_id" character varying NULL, "owner_id" character varying NULL, "file_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "content_created_at" to table: "contents"
CREATE INDEX "content_created_at" ON "contents" ("created_at");
-- create index "content_owner_id" to table: "contents"
CREATE INDEX "content_owner_id" ON "contents" ("owner_id");
-- create index "content_published_at_id" to table: "contents"
CREATE INDEX "content_published_at_id" ON "contents" ("published_at", "id");
-- create index "content_status_review_by" to table: "contents"
CREATE INDEX "content_status_review_by" ON "contents" ("status", "review_by");
-- create index "content_title_id" to table: "contents"
CREATE INDEX "content_title_id" ON "contents" ("title", "id");
-- create "content_events" table
CREATE TABLE "content_events" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "user_id" character varying NOT NULL, "partner_id" character varying NULL, "tier_id" character varying NULL, "kind" character varying NOT NULL, "content_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "contentevent_content_id_kind" to table: "content_events"
CREATE INDEX "contentevent_content_id_kind" ON "content_events" ("content_id", "kind");
-- create index "contentevent_created_at_content_id" to table: "content_events"
CREATE INDEX "contentevent_created_at_content_id" ON "content_events" ("created_at", "content_id");
-- create index "contentevent_partner_id_created_at" to table: "content_events"
CREATE INDEX "contentevent_partner_id_created_at" ON "content_events" ("partner_id", "created_at");
-- create "files" table
CREATE TABLE "files" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "storage_key" character varying NOT NULL, "name" character varying NOT NULL, "media_type" character varying NOT NULL, "size" bigint NOT NULL, "sha256" character varying NOT NULL, "uploaded_by_id" character varying NULL, "content_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "file_content_id" to table: "files"
CREATE INDEX "file_content_id" ON "files" ("content_id");
-- create index "file_created_at" to table: "files"
CREATE INDEX "file_created_at" ON "files" ("created_at");
-- create index "files_storage_key_key" to table: "files"
CREATE UNIQUE INDEX "files_storage_key_key" ON "files" ("storage_key");
-- modify "contents" table
ALTER TABLE "contents" ADD CONSTRAINT "contents_files_file" FOREIGN KEY ("file_id") REFERENCES "files" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "contents_tiers_min_tier" FOREIGN KEY ("min_tier_id") REFERENCES "tiers" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "contents_users_owner" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "content_events" table
ALTER TABLE "content_events" ADD CONSTRAINT "content_events_contents_content" FOREIGN KEY ("content_id") REFERENCES "contents" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "files" table
ALTER TABLE "files" ADD CONSTRAINT "files_contents_content" FOREIGN KEY ("content_id") REFERENCES "contents" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "files_users_uploader" FOREIGN KEY ("uploaded_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
