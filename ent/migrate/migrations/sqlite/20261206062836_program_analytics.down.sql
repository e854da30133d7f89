-- reverse: create index "programcost_created_at" to table: "program_costs"
DROP INDEX `programcost_created_at`;
-- reverse: create index "programcost_period_start" to table: "program_costs"
DROP INDEX `programcost_period_start`;
-- reverse: create "program_costs" table
DROP TABLE `program_costs`;
-- reverse: create index "marginrate_created_at" to table: "margin_rates"
DROP INDEX `marginrate_created_at`;
-- reverse: create index "marginrate_product" to table: "margin_rates"
DROP INDEX `marginrate_product`;
-- reverse: create "margin_rates" table
DROP TABLE `margin_rates`;
-- reverse: create index "exchangerate_created_at" to table: "exchange_rates"
DROP INDEX `exchangerate_created_at`;
-- reverse: create index "exchangerate_from_currency_to_currency_date" to table: "exchange_rates"
DROP INDEX `exchangerate_from_currency_to_currency_date`;
-- reverse: create "exchange_rates" table
DROP TABLE `exchange_rates`;
