-- create "exchange_rates" table
CREATE TABLE "exchange_rates" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "date" timestamptz NOT NULL, "from_currency" character varying NOT NULL, "to_currency" character varying NOT NULL, "rate" double precision NOT NULL, PRIMARY KEY ("id"));
-- create index "exchangerate_created_at" to table: "exchange_rates"
CREATE INDEX "exchangerate_created_at" ON "exchange_rates" ("created_at");
-- create index "exchangerate_from_currency_to_currency_date" to table: "exchange_rates"
CREATE UNIQUE INDEX "exchangerate_from_currency_to_currency_date" ON "exchange_rates" ("from_currency", "to_currency", "date");
-- create "margin_rates" table
CREATE TABLE "margin_rates" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "product" character varying NOT NULL DEFAULT '', "rate_bps" bigint NOT NULL, PRIMARY KEY ("id"));
-- create index "marginrate_created_at" to table: "margin_rates"
CREATE INDEX "marginrate_created_at" ON "margin_rates" ("created_at");
-- create index "marginrate_product" to table: "margin_rates"
CREATE UNIQUE INDEX "marginrate_product" ON "margin_rates" ("product");
-- create "program_costs" table
CREATE TABLE "program_costs" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "category" character varying NOT NULL, "period_start" timestamptz NOT NULL, "period_end" timestamptz NOT NULL, "amount" bigint NOT NULL, "currency" character varying NOT NULL, "note" character varying NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- create index "programcost_created_at" to table: "program_costs"
CREATE INDEX "programcost_created_at" ON "program_costs" ("created_at");
-- create index "programcost_period_start" to table: "program_costs"
CREATE INDEX "programcost_period_start" ON "program_costs" ("period_start");
