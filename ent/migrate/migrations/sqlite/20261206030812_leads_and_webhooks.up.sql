-- create "leads" table
CREATE TABLE `leads` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `company` text NOT NULL, `domain` text NOT NULL DEFAULT (''), `contact_name` text NOT NULL DEFAULT (''), `contact_email` text NOT NULL DEFAULT (''), `country` text NOT NULL DEFAULT (''), `region` text NOT NULL, `vertical` text NOT NULL DEFAULT (''), `interest` text NOT NULL DEFAULT (''), `estimated_value` integer NOT NULL DEFAULT (0), `currency` text NOT NULL DEFAULT ('USD'), `source` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('NEW'), `offer_deadline` datetime NULL, `accepted_at` datetime NULL, `partner_id` text NULL, `deal_id` text NULL, `created_by_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `leads_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL, CONSTRAINT `leads_deals_deal` FOREIGN KEY (`deal_id`) REFERENCES `deals` (`id`) ON DELETE SET NULL, CONSTRAINT `leads_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "lead_status_offer_deadline" to table: "leads"
CREATE INDEX `lead_status_offer_deadline` ON `leads` (`status`, `offer_deadline`);
-- create index "lead_partner_id_status" to table: "leads"
CREATE INDEX `lead_partner_id_status` ON `leads` (`partner_id`, `status`);
-- create index "lead_created_at" to table: "leads"
CREATE INDEX `lead_created_at` ON `leads` (`created_at`);
-- create "lead_offers" table
CREATE TABLE `lead_offers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `status` text NOT NULL DEFAULT ('OFFERED'), `deadline` datetime NOT NULL, `decline_reason` text NULL, `note` text NOT NULL DEFAULT (''), `responded_at` datetime NULL, `partner_id` text NOT NULL, `lead_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `lead_offers_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION, CONSTRAINT `lead_offers_leads_lead` FOREIGN KEY (`lead_id`) REFERENCES `leads` (`id`) ON DELETE NO ACTION);
-- create index "leadoffer_lead_id_status" to table: "lead_offers"
CREATE INDEX `leadoffer_lead_id_status` ON `lead_offers` (`lead_id`, `status`);
-- create index "leadoffer_partner_id_status" to table: "lead_offers"
CREATE INDEX `leadoffer_partner_id_status` ON `lead_offers` (`partner_id`, `status`);
-- create "lead_routings" table
CREATE TABLE `lead_routings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `cause` text NOT NULL, `outcome` text NOT NULL, `trace` json NOT NULL, `lead_id` text NOT NULL, `partner_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `lead_routings_leads_lead` FOREIGN KEY (`lead_id`) REFERENCES `leads` (`id`) ON DELETE NO ACTION, CONSTRAINT `lead_routings_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL);
-- create index "leadrouting_lead_id_created_at" to table: "lead_routings"
CREATE INDEX `leadrouting_lead_id_created_at` ON `lead_routings` (`lead_id`, `created_at`);
-- create "routing_rules" table
CREATE TABLE `routing_rules` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `position` integer NOT NULL, `kind` text NOT NULL, `required` bool NOT NULL DEFAULT (false), `enabled` bool NOT NULL DEFAULT (true), `lead_countries` json NULL, `values` json NULL, `min_tier_rank` integer NOT NULL DEFAULT (0), `max_open_leads` integer NOT NULL DEFAULT (0), PRIMARY KEY (`id`));
-- create index "routingrule_position" to table: "routing_rules"
CREATE INDEX `routingrule_position` ON `routing_rules` (`position`);
-- create "webhook_deliveries" table
CREATE TABLE `webhook_deliveries` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `partner_id` text NULL, `event_id` text NOT NULL, `event_type` text NOT NULL, `body` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `last_status_code` integer NULL, `next_attempt_at` datetime NOT NULL, `give_up_at` datetime NOT NULL, `locked_until` datetime NULL, `delivered_at` datetime NULL, `log` json NULL, `subscription_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `webhook_deliveries_webhook_subscriptions_subscription` FOREIGN KEY (`subscription_id`) REFERENCES `webhook_subscriptions` (`id`) ON DELETE NO ACTION);
-- create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_next_attempt_at` ON `webhook_deliveries` (`status`, `next_attempt_at`);
-- create index "webhookdelivery_subscription_id_created_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_subscription_id_created_at` ON `webhook_deliveries` (`subscription_id`, `created_at`);
-- create index "webhookdelivery_event_id_subscription_id" to table: "webhook_deliveries"
CREATE UNIQUE INDEX `webhookdelivery_event_id_subscription_id` ON `webhook_deliveries` (`event_id`, `subscription_id`);
-- create "webhook_events" table
CREATE TABLE `webhook_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `type` text NOT NULL, `object_id` text NOT NULL, `partner_id` text NULL, `sequence` integer NOT NULL, `occurred_at` datetime NOT NULL, `fanned_out` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- create index "webhookevent_object_id_sequence" to table: "webhook_events"
CREATE UNIQUE INDEX `webhookevent_object_id_sequence` ON `webhook_events` (`object_id`, `sequence`);
-- create index "webhookevent_fanned_out_created_at" to table: "webhook_events"
CREATE INDEX `webhookevent_fanned_out_created_at` ON `webhook_events` (`fanned_out`, `created_at`);
-- create "webhook_subscriptions" table
CREATE TABLE `webhook_subscriptions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `url` text NOT NULL, `secret` text NOT NULL, `event_types` json NOT NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `failing_since` datetime NULL, `partner_id` text NULL, `created_by_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `webhook_subscriptions_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL, CONSTRAINT `webhook_subscriptions_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
