-- modify "tiers" table
ALTER TABLE "tiers" ADD COLUMN "coop_accrual_bps" bigint NOT NULL DEFAULT 0;
-- modify "mdf_ledger_entries" table
ALTER TABLE "mdf_ledger_entries" ADD COLUMN "deal_id" character varying NULL, ADD CONSTRAINT "mdf_ledger_entries_deals_deal" FOREIGN KEY ("deal_id") REFERENCES "deals" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- create index "mdfledgerentry_deal_id" to table: "mdf_ledger_entries"
CREATE INDEX "mdfledgerentry_deal_id" ON "mdf_ledger_entries" ("deal_id");
