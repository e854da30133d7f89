-- create "exchange_rates" table
CREATE TABLE `exchange_rates` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `date` datetime NOT NULL, `from_currency` text NOT NULL, `to_currency` text NOT NULL, `rate` real NOT NULL, PRIMARY KEY (`id`));
-- create index "exchangerate_from_currency_to_currency_date" to table: "exchange_rates"
CREATE UNIQUE INDEX `exchangerate_from_currency_to_currency_date` ON `exchange_rates` (`from_currency`, `to_currency`, `date`);
-- create index "exchangerate_created_at" to table: "exchange_rates"
CREATE INDEX `exchangerate_created_at` ON `exchange_rates` (`created_at`);
-- create "margin_rates" table
CREATE TABLE `margin_rates` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `product` text NOT NULL DEFAULT (''), `rate_bps` integer NOT NULL, PRIMARY KEY (`id`));
-- create index "marginrate_product" to table: "margin_rates"
CREATE UNIQUE INDEX `marginrate_product` ON `margin_rates` (`product`);
-- create index "marginrate_created_at" to table: "margin_rates"
CREATE INDEX `marginrate_created_at` ON `margin_rates` (`created_at`);
-- create "program_costs" table
CREATE TABLE `program_costs` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `category` text NOT NULL, `period_start` datetime NOT NULL, `period_end` datetime NOT NULL, `amount` integer NOT NULL, `currency` text NOT NULL, `note` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- create index "programcost_period_start" to table: "program_costs"
CREATE INDEX `programcost_period_start` ON `program_costs` (`period_start`);
-- create index "programcost_created_at" to table: "program_costs"
CREATE INDEX `programcost_created_at` ON `program_costs` (`created_at`);
