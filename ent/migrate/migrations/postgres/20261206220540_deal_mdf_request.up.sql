-- modify "deals" table
ALTER TABLE "deals" ADD COLUMN "mdf_request_id" character varying NULL, ADD CONSTRAINT "deals_mdf_requests_mdf_request" FOREIGN KEY ("mdf_request_id") REFERENCES "mdf_requests" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- create index "deal_mdf_request_id_status" to table: "deals"
CREATE INDEX "deal_mdf_request_id_status" ON "deals" ("mdf_request_id", "status");
