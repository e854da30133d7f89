-- reverse: create index "deal_mdf_request_id_status" to table: "deals"
DROP INDEX "deal_mdf_request_id_status";
-- reverse: modify "deals" table
ALTER TABLE "deals" DROP CONSTRAINT "deals_mdf_requests_mdf_request", DROP COLUMN "mdf_request_id";
