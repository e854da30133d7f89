-- reverse: create index "webhookdelivery_subscription_id_created_at" to table: "webhook_deliveries"
DROP INDEX "webhookdelivery_subscription_id_created_at";
-- reverse: create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
DROP INDEX "webhookdelivery_status_next_attempt_at";
-- reverse: create index "webhookdelivery_event_id_subscription_id" to table: "webhook_deliveries"
DROP INDEX "webhookdelivery_event_id_subscription_id";
-- reverse: create "webhook_deliveries" table
DROP TABLE "webhook_deliveries";
-- reverse: create "webhook_subscriptions" table
DROP TABLE "webhook_subscriptions";
-- reverse: create index "leadrouting_lead_id_created_at" to table: "lead_routings"
DROP INDEX "leadrouting_lead_id_created_at";
-- reverse: create "lead_routings" table
DROP TABLE "lead_routings";
-- reverse: create index "leadoffer_partner_id_status" to table: "lead_offers"
DROP INDEX "leadoffer_partner_id_status";
-- reverse: create index "leadoffer_lead_id_status" to table: "lead_offers"
DROP INDEX "leadoffer_lead_id_status";
-- reverse: create "lead_offers" table
DROP TABLE "lead_offers";
-- reverse: create index "lead_status_offer_deadline" to table: "leads"
DROP INDEX "lead_status_offer_deadline";
-- reverse: create index "lead_partner_id_status" to table: "leads"
DROP INDEX "lead_partner_id_status";
-- reverse: create index "lead_created_at" to table: "leads"
DROP INDEX "lead_created_at";
-- reverse: create "leads" table
DROP TABLE "leads";
-- reverse: create index "webhookevent_object_id_sequence" to table: "webhook_events"
DROP INDEX "webhookevent_object_id_sequence";
-- reverse: create index "webhookevent_fanned_out_created_at" to table: "webhook_events"
DROP INDEX "webhookevent_fanned_out_created_at";
-- reverse: create "webhook_events" table
DROP TABLE "webhook_events";
-- reverse: create index "routingrule_position" to table: "routing_rules"
DROP INDEX "routingrule_position";
-- reverse: create "routing_rules" table
DROP TABLE "routing_rules";
