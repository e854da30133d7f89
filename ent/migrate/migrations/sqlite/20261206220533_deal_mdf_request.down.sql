-- reverse: create index "deal_amount_id" to table: "deals"
DROP INDEX `deal_amount_id`;
-- reverse: create index "deal_decision_due_at_id" to table: "deals"
DROP INDEX `deal_decision_due_at_id`;
-- reverse: create index "deal_expected_close_date_id" to table: "deals"
DROP INDEX `deal_expected_close_date_id`;
-- reverse: create index "deal_mdf_request_id_status" to table: "deals"
DROP INDEX `deal_mdf_request_id_status`;
-- reverse: create index "deal_created_at" to table: "deals"
DROP INDEX `deal_created_at`;
-- reverse: create index "deal_status_protection_expires_at" to table: "deals"
DROP INDEX `deal_status_protection_expires_at`;
-- reverse: create index "deal_status_decision_due_at" to table: "deals"
DROP INDEX `deal_status_decision_due_at`;
-- reverse: create index "deal_registered_by_id" to table: "deals"
DROP INDEX `deal_registered_by_id`;
-- reverse: create index "deal_partner_id_status" to table: "deals"
DROP INDEX `deal_partner_id_status`;
-- reverse: create index "deal_account_id_status" to table: "deals"
DROP INDEX `deal_account_id_status`;
-- reverse: create "new_deals" table
DROP TABLE `new_deals`;
