-- reverse: modify "users" table
ALTER TABLE "users" DROP CONSTRAINT "users_partners_partner";
-- reverse: modify "refresh_tokens" table
ALTER TABLE "refresh_tokens" DROP CONSTRAINT "refresh_tokens_users_user";
-- reverse: modify "partner_applications" table
ALTER TABLE "partner_applications" DROP CONSTRAINT "partner_applications_users_reviewer", DROP CONSTRAINT "partner_applications_partners_partner";
-- reverse: modify "partners" table
ALTER TABLE "partners" DROP CONSTRAINT "partners_users_manager", DROP CONSTRAINT "partners_tiers_tier";
-- reverse: modify "invitations" table
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_users_user", DROP CONSTRAINT "invitations_users_invited_by", DROP CONSTRAINT "invitations_partners_partner";
-- reverse: modify "deal_extensions" table
ALTER TABLE "deal_extensions" DROP CONSTRAINT "deal_extensions_users_requested_by", DROP CONSTRAINT "deal_extensions_users_decided_by", DROP CONSTRAINT "deal_extensions_deals_deal";
-- reverse: modify "deal_events" table
ALTER TABLE "deal_events" DROP CONSTRAINT "deal_events_users_actor", DROP CONSTRAINT "deal_events_deals_deal";
-- reverse: modify "deal_conflicts" table
ALTER TABLE "deal_conflicts" DROP CONSTRAINT "deal_conflicts_partners_conflicting_partner", DROP CONSTRAINT "deal_conflicts_deals_deal", DROP CONSTRAINT "deal_conflicts_deals_conflicting_deal", DROP CONSTRAINT "deal_conflicts_accounts_matched_account";
-- reverse: modify "deals" table
ALTER TABLE "deals" DROP CONSTRAINT "deals_users_reviewer", DROP CONSTRAINT "deals_users_registered_by", DROP CONSTRAINT "deals_users_direct_rep", DROP CONSTRAINT "deals_partners_partner", DROP CONSTRAINT "deals_accounts_account";
-- reverse: modify "audit_events" table
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_users_actor", DROP CONSTRAINT "audit_events_partners_partner";
-- reverse: modify "accounts" table
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_users_direct_owner";
-- reverse: modify "api_keys" table
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_users_creator", DROP CONSTRAINT "api_keys_partners_partner";
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
-- reverse: create index "ratelimitbucket_window_start" to table: "rate_limit_buckets"
DROP INDEX "ratelimitbucket_window_start";
-- reverse: create "rate_limit_buckets" table
DROP TABLE "rate_limit_buckets";
-- reverse: create index "partnerapplication_status_created_at" to table: "partner_applications"
DROP INDEX "partnerapplication_status_created_at";
-- reverse: create index "partnerapplication_partner_id" to table: "partner_applications"
DROP INDEX "partnerapplication_partner_id";
-- reverse: create index "partnerapplication_ip_created_at" to table: "partner_applications"
DROP INDEX "partnerapplication_ip_created_at";
-- reverse: create index "partnerapplication_domain" to table: "partner_applications"
DROP INDEX "partnerapplication_domain";
-- reverse: create "partner_applications" table
DROP TABLE "partner_applications";
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
-- reverse: create index "outboxmessage_status_next_attempt_at" to table: "outbox_messages"
DROP INDEX "outboxmessage_status_next_attempt_at";
-- reverse: create "outbox_messages" table
DROP TABLE "outbox_messages";
-- reverse: create index "invitations_token_hash_key" to table: "invitations"
DROP INDEX "invitations_token_hash_key";
-- reverse: create index "invitation_status" to table: "invitations"
DROP INDEX "invitation_status";
-- reverse: create index "invitation_partner_id_created_at" to table: "invitations"
DROP INDEX "invitation_partner_id_created_at";
-- reverse: create index "invitation_email" to table: "invitations"
DROP INDEX "invitation_email";
-- reverse: create "invitations" table
DROP TABLE "invitations";
-- reverse: create index "idempotencykey_user_id_key" to table: "idempotency_keys"
DROP INDEX "idempotencykey_user_id_key";
-- reverse: create index "idempotencykey_created_at" to table: "idempotency_keys"
DROP INDEX "idempotencykey_created_at";
-- reverse: create "idempotency_keys" table
DROP TABLE "idempotency_keys";
-- reverse: create index "dealextension_pending_deal_id" to table: "deal_extensions"
DROP INDEX "dealextension_pending_deal_id";
-- reverse: create index "dealextension_partner_id" to table: "deal_extensions"
DROP INDEX "dealextension_partner_id";
-- reverse: create index "dealextension_deal_id_created_at" to table: "deal_extensions"
DROP INDEX "dealextension_deal_id_created_at";
-- reverse: create "deal_extensions" table
DROP TABLE "deal_extensions";
-- reverse: create index "dealevent_partner_id" to table: "deal_events"
DROP INDEX "dealevent_partner_id";
-- reverse: create index "dealevent_deal_id_created_at" to table: "deal_events"
DROP INDEX "dealevent_deal_id_created_at";
-- reverse: create "deal_events" table
DROP TABLE "deal_events";
-- reverse: create index "dealconflict_partner_id" to table: "deal_conflicts"
DROP INDEX "dealconflict_partner_id";
-- reverse: create index "dealconflict_deal_id" to table: "deal_conflicts"
DROP INDEX "dealconflict_deal_id";
-- reverse: create index "dealconflict_conflicting_deal_id" to table: "deal_conflicts"
DROP INDEX "dealconflict_conflicting_deal_id";
-- reverse: create "deal_conflicts" table
DROP TABLE "deal_conflicts";
-- reverse: create index "deal_status_protection_expires_at" to table: "deals"
DROP INDEX "deal_status_protection_expires_at";
-- reverse: create index "deal_status_decision_due_at" to table: "deals"
DROP INDEX "deal_status_decision_due_at";
-- reverse: create index "deal_registered_by_id" to table: "deals"
DROP INDEX "deal_registered_by_id";
-- reverse: create index "deal_partner_id_status" to table: "deals"
DROP INDEX "deal_partner_id_status";
-- reverse: create index "deal_expected_close_date_id" to table: "deals"
DROP INDEX "deal_expected_close_date_id";
-- reverse: create index "deal_decision_due_at_id" to table: "deals"
DROP INDEX "deal_decision_due_at_id";
-- reverse: create index "deal_created_at" to table: "deals"
DROP INDEX "deal_created_at";
-- reverse: create index "deal_amount_id" to table: "deals"
DROP INDEX "deal_amount_id";
-- reverse: create index "deal_account_id_status" to table: "deals"
DROP INDEX "deal_account_id_status";
-- reverse: create "deals" table
DROP TABLE "deals";
-- reverse: create index "auditevent_partner_id_created_at" to table: "audit_events"
DROP INDEX "auditevent_partner_id_created_at";
-- reverse: create index "auditevent_entity_type_entity_id" to table: "audit_events"
DROP INDEX "auditevent_entity_type_entity_id";
-- reverse: create index "auditevent_created_at" to table: "audit_events"
DROP INDEX "auditevent_created_at";
-- reverse: create index "auditevent_actor_id_created_at" to table: "audit_events"
DROP INDEX "auditevent_actor_id_created_at";
-- reverse: create index "auditevent_action_created_at_id" to table: "audit_events"
DROP INDEX "auditevent_action_created_at_id";
-- reverse: create "audit_events" table
DROP TABLE "audit_events";
-- reverse: create index "accounts_domain_key" to table: "accounts"
DROP INDEX "accounts_domain_key";
-- reverse: create index "account_owner_kind" to table: "accounts"
DROP INDEX "account_owner_kind";
-- reverse: create index "account_name_key" to table: "accounts"
DROP INDEX "account_name_key";
-- reverse: create index "account_name_id" to table: "accounts"
DROP INDEX "account_name_id";
-- reverse: create index "account_created_at" to table: "accounts"
DROP INDEX "account_created_at";
-- reverse: create "accounts" table
DROP TABLE "accounts";
-- reverse: create index "apikey_partner_id_created_at" to table: "api_keys"
DROP INDEX "apikey_partner_id_created_at";
-- reverse: create index "apikey_creator_id" to table: "api_keys"
DROP INDEX "apikey_creator_id";
-- reverse: create index "apikey_created_at" to table: "api_keys"
DROP INDEX "apikey_created_at";
-- reverse: create index "api_keys_prefix_key" to table: "api_keys"
DROP INDEX "api_keys_prefix_key";
-- reverse: create "api_keys" table
DROP TABLE "api_keys";
