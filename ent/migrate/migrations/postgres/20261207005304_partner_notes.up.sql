-- create "partner_notes" table
CREATE TABLE "partner_notes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "body" character varying NOT NULL, "partner_id" character varying NOT NULL, "author_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "partner_notes_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "partner_notes_users_author" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "partnernote_partner_id_created_at" to table: "partner_notes"
CREATE INDEX "partnernote_partner_id_created_at" ON "partner_notes" ("partner_id", "created_at");
