-- reverse: create index "mdfledgerentry_partner_id_kind_created_at" to table: "mdf_ledger_entries"
DROP INDEX `mdfledgerentry_partner_id_kind_created_at`;
-- reverse: create index "mdfledgerentry_deal_id" to table: "mdf_ledger_entries"
DROP INDEX `mdfledgerentry_deal_id`;
-- reverse: create index "mdfledgerentry_request_id" to table: "mdf_ledger_entries"
DROP INDEX `mdfledgerentry_request_id`;
-- reverse: create index "mdfledgerentry_allocation_id_kind" to table: "mdf_ledger_entries"
DROP INDEX `mdfledgerentry_allocation_id_kind`;
-- reverse: create "new_mdf_ledger_entries" table
DROP TABLE `new_mdf_ledger_entries`;
-- reverse: create index "tier_created_at" to table: "tiers"
DROP INDEX `tier_created_at`;
-- reverse: create index "tiers_rank_key" to table: "tiers"
DROP INDEX `tiers_rank_key`;
-- reverse: create index "tiers_name_key" to table: "tiers"
DROP INDEX `tiers_name_key`;
-- reverse: create "new_tiers" table
DROP TABLE `new_tiers`;
