-- create "routing_rules" table
CREATE TABLE "routing_rules" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "position" bigint NOT NULL, "kind" character varying NOT NULL, "required" boolean NOT NULL DEFAULT false, "enabled" boolean NOT NULL DEFAULT true, "lead_countries" jsonb NULL, "values" jsonb NULL, "min_tier_rank" bigint NOT NULL DEFAULT 0, "max_open_leads" bigint NOT NULL DEFAULT 0, PRIMARY KEY ("id"));
-- create index "routingrule_position" to table: "routing_rules"
CREATE INDEX "routingrule_position" ON "routing_rules" ("position");
-- create "webhook_events" table
CREATE TABLE "webhook_events" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "type" character varying NOT NULL, "object_id" character varying NOT NULL, "partner_id" character varying NULL, "sequence" bigint NOT NULL, "occurred_at" timestamptz NOT NULL, "fanned_out" boolean NOT NULL DEFAULT false, PRIMARY KEY ("id"));
-- create index "webhookevent_fanned_out_created_at" to table: "webhook_events"
CREATE INDEX "webhookevent_fanned_out_created_at" ON "webhook_events" ("fanned_out", "created_at");
-- create index "webhookevent_object_id_sequence" to table: "webhook_events"
CREATE UNIQUE INDEX "webhookevent_object_id_sequence" ON "webhook_events" ("object_id", "sequence");
-- create "leads" table
CREATE TABLE "leads" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "company" character varying NOT NULL, "domain" character varying NOT NULL DEFAULT '', "contact_name" character varying NOT NULL DEFAULT '', "contact_email" character varying NOT NULL DEFAULT '', "country" character varying NOT NULL DEFAULT '', "region" character varying NOT NULL, "vertical" character varying NOT NULL DEFAULT '', "interest" character varying NOT NULL DEFAULT '', "estimated_value" bigint NOT NULL DEFAULT 0, "currency" character varying NOT NULL DEFAULT 'USD', "source" character varying NOT NULL DEFAULT '', "status" character varying NOT NULL DEFAULT 'NEW', "offer_deadline" timestamptz NULL, "accepted_at" timestamptz NULL, "partner_id" character varying NULL, "deal_id" character varying NULL, "created_by_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "leads_deals_deal" FOREIGN KEY ("deal_id") REFERENCES "deals" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "leads_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "leads_users_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "lead_created_at" to table: "leads"
CREATE INDEX "lead_created_at" ON "leads" ("created_at");
-- create index "lead_partner_id_status" to table: "leads"
CREATE INDEX "lead_partner_id_status" ON "leads" ("partner_id", "status");
-- create index "lead_status_offer_deadline" to table: "leads"
CREATE INDEX "lead_status_offer_deadline" ON "leads" ("status", "offer_deadline");
-- create "lead_offers" table
CREATE TABLE "lead_offers" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "status" character varying NOT NULL DEFAULT 'OFFERED', "deadline" timestamptz NOT NULL, "decline_reason" character varying NULL, "note" character varying NOT NULL DEFAULT '', "responded_at" timestamptz NULL, "partner_id" character varying NOT NULL, "lead_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "lead_offers_leads_lead" FOREIGN KEY ("lead_id") REFERENCES "leads" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "lead_offers_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "leadoffer_lead_id_status" to table: "lead_offers"
CREATE INDEX "leadoffer_lead_id_status" ON "lead_offers" ("lead_id", "status");
-- create index "leadoffer_partner_id_status" to table: "lead_offers"
CREATE INDEX "leadoffer_partner_id_status" ON "lead_offers" ("partner_id", "status");
-- create "lead_routings" table
CREATE TABLE "lead_routings" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "cause" character varying NOT NULL, "outcome" character varying NOT NULL, "trace" jsonb NOT NULL, "lead_id" character varying NOT NULL, "partner_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "lead_routings_leads_lead" FOREIGN KEY ("lead_id") REFERENCES "leads" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "lead_routings_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "leadrouting_lead_id_created_at" to table: "lead_routings"
CREATE INDEX "leadrouting_lead_id_created_at" ON "lead_routings" ("lead_id", "created_at");
-- create "webhook_subscriptions" table
CREATE TABLE "webhook_subscriptions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "url" character varying NOT NULL, "secret" character varying NOT NULL, "event_types" jsonb NOT NULL, "status" character varying NOT NULL DEFAULT 'ACTIVE', "failing_since" timestamptz NULL, "partner_id" character varying NULL, "created_by_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "webhook_subscriptions_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "webhook_subscriptions_users_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create "webhook_deliveries" table
CREATE TABLE "webhook_deliveries" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "partner_id" character varying NULL, "event_id" character varying NOT NULL, "event_type" character varying NOT NULL, "body" text NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "attempts" bigint NOT NULL DEFAULT 0, "last_status_code" bigint NULL, "next_attempt_at" timestamptz NOT NULL, "give_up_at" timestamptz NOT NULL, "locked_until" timestamptz NULL, "delivered_at" timestamptz NULL, "log" jsonb NULL, "subscription_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "webhook_deliveries_webhook_subscriptions_subscription" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "webhookdelivery_event_id_subscription_id" to table: "webhook_deliveries"
CREATE UNIQUE INDEX "webhookdelivery_event_id_subscription_id" ON "webhook_deliveries" ("event_id", "subscription_id");
-- create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_status_next_attempt_at" ON "webhook_deliveries" ("status", "next_attempt_at");
-- create index "webhookdelivery_subscription_id_created_at" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_subscription_id_created_at" ON "webhook_deliveries" ("subscription_id", "created_at");
