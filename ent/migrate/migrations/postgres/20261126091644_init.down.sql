-- reverse: modify "users" table
ALTER TABLE "users" DROP CONSTRAINT "users_partners_partner";
-- reverse: modify "refresh_tokens" table
ALTER TABLE "refresh_tokens" DROP CONSTRAINT "refresh_tokens_users_user";
-- reverse: modify "partners" table
ALTER TABLE "partners" DROP CONSTRAINT "partners_users_manager", DROP CONSTRAINT "partners_tiers_tier";
-- reverse: modify "audit_events" table
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_users_actor", DROP CONSTRAINT "audit_events_partners_partner";
-- reverse: create index "users_email_key" to table: "users"
DROP INDEX "users_email_key";
-- reverse: create index "user_status" to table: "users"
DROP INDEX "user_status";
-- reverse: create index "user_role" to table: "users"
DROP INDEX "user_role";
-- reverse: create index "user_partner_id" to table: "users"
DROP INDEX "user_partner_id";
-- reverse: create index "user_name" to table: "users"
DROP INDEX "user_name";
-- reverse: create index "user_created_at" to table: "users"
DROP INDEX "user_created_at";
-- reverse: create "users" table
DROP TABLE "users";
-- reverse: create index "tiers_rank_key" to table: "tiers"
DROP INDEX "tiers_rank_key";
-- reverse: create index "tiers_name_key" to table: "tiers"
DROP INDEX "tiers_name_key";
-- reverse: create index "tier_created_at" to table: "tiers"
DROP INDEX "tier_created_at";
-- reverse: create "tiers" table
DROP TABLE "tiers";
-- reverse: create index "refreshtoken_user_id" to table: "refresh_tokens"
DROP INDEX "refreshtoken_user_id";
-- reverse: create index "refreshtoken_family_id" to table: "refresh_tokens"
DROP INDEX "refreshtoken_family_id";
-- reverse: create index "refresh_tokens_token_hash_key" to table: "refresh_tokens"
DROP INDEX "refresh_tokens_token_hash_key";
-- reverse: create "refresh_tokens" table
DROP TABLE "refresh_tokens";
-- reverse: create index "partners_slug_key" to table: "partners"
DROP INDEX "partners_slug_key";
-- reverse: create index "partner_type" to table: "partners"
DROP INDEX "partner_type";
-- reverse: create index "partner_tier_id" to table: "partners"
DROP INDEX "partner_tier_id";
-- reverse: create index "partner_status" to table: "partners"
DROP INDEX "partner_status";
-- reverse: create index "partner_region" to table: "partners"
DROP INDEX "partner_region";
-- reverse: create index "partner_name" to table: "partners"
DROP INDEX "partner_name";
-- reverse: create index "partner_manager_id" to table: "partners"
DROP INDEX "partner_manager_id";
-- reverse: create index "partner_domain" to table: "partners"
DROP INDEX "partner_domain";
-- reverse: create index "partner_created_at" to table: "partners"
DROP INDEX "partner_created_at";
-- reverse: create "partners" table
DROP TABLE "partners";
-- reverse: create index "auditevent_partner_id_created_at" to table: "audit_events"
DROP INDEX "auditevent_partner_id_created_at";
-- reverse: create index "auditevent_entity_type_entity_id" to table: "audit_events"
DROP INDEX "auditevent_entity_type_entity_id";
-- reverse: create index "auditevent_created_at" to table: "audit_events"
DROP INDEX "auditevent_created_at";
-- reverse: create index "auditevent_actor_id_created_at" to table: "audit_events"
DROP INDEX "auditevent_actor_id_created_at";
-- reverse: create index "auditevent_action" to table: "audit_events"
DROP INDEX "auditevent_action";
-- reverse: create "audit_events" table
DROP TABLE "audit_events";
