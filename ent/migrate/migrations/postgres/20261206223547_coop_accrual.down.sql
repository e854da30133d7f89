-- reverse: create index "mdfledgerentry_deal_id" to table: "mdf_ledger_entries"
DROP INDEX "mdfledgerentry_deal_id";
-- reverse: modify "mdf_ledger_entries" table
ALTER TABLE "mdf_ledger_entries" DROP CONSTRAINT "mdf_ledger_entries_deals_deal", DROP COLUMN "deal_id";
-- reverse: modify "tiers" table
ALTER TABLE "tiers" DROP COLUMN "coop_accrual_bps";
