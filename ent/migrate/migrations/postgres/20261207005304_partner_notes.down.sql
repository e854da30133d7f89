-- reverse: create index "partnernote_partner_id_created_at" to table: "partner_notes"
DROP INDEX "partnernote_partner_id_created_at";
-- reverse: create "partner_notes" table
DROP TABLE "partner_notes";
