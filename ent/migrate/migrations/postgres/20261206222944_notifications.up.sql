-- create "notifications" table
CREATE TABLE "notifications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "title" character varying NOT NULL, "body" character varying NOT NULL DEFAULT '', "link" character varying NOT NULL DEFAULT '', "read_at" timestamptz NULL, "user_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "notifications_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "notification_created_at" to table: "notifications"
CREATE INDEX "notification_created_at" ON "notifications" ("created_at");
-- create index "notification_user_id_read_at_created_at" to table: "notifications"
CREATE INDEX "notification_user_id_read_at_created_at" ON "notifications" ("user_id", "read_at", "created_at");
