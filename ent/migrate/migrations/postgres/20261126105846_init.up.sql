-- create "api_keys" table
CREATE TABLE "api_keys" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "prefix" character varying NOT NULL, "secret_hash" character varying NOT NULL, "scope" character varying NOT NULL, "expires_at" timestamptz NULL, "last_used_at" timestamptz NULL, "known_ips" jsonb NULL, "revoked_at" timestamptz NULL, "creator_id" character varying NOT NULL, "partner_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "api_keys_prefix_key" to table: "api_keys"
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys" ("prefix");
-- create index "apikey_created_at" to table: "api_keys"
CREATE INDEX "apikey_created_at" ON "api_keys" ("created_at");
-- create index "apikey_creator_id" to table: "api_keys"
CREATE INDEX "apikey_creator_id" ON "api_keys" ("creator_id");
-- create index "apikey_partner_id_created_at" to table: "api_keys"
CREATE INDEX "apikey_partner_id_created_at" ON "api_keys" ("partner_id", "created_at");
-- create "accounts" table
CREATE TABLE "accounts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "name_key" character varying NOT NULL DEFAULT '', "domain" character varying NOT NULL, "owner_kind" character varying NOT NULL DEFAULT 'UNOWNED', "industry" character varying NOT NULL DEFAULT '', "size" character varying NULL, "country" character varying NOT NULL DEFAULT '', "direct_owner_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "account_created_at" to table: "accounts"
CREATE INDEX "account_created_at" ON "accounts" ("created_at");
-- create index "account_name_id" to table: "accounts"
CREATE INDEX "account_name_id" ON "accounts" ("name", "id");
-- create index "account_name_key" to table: "accounts"
CREATE INDEX "account_name_key" ON "accounts" ("name_key");
-- create index "account_owner_kind" to table: "accounts"
CREATE INDEX "account_owner_kind" ON "accounts" ("owner_kind");
-- create index "accounts_domain_key" to table: "accounts"
CREATE UNIQUE INDEX "accounts_domain_key" ON "accounts" ("domain");
-- create "audit_events" table
CREATE TABLE "audit_events" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "actor_type" character varying NOT NULL, "api_key_id" character varying NULL, "action" character varying NOT NULL, "entity_type" character varying NOT NULL DEFAULT '', "entity_id" character varying NOT NULL DEFAULT '', "summary" jsonb NULL, "request_id" character varying NOT NULL DEFAULT '', "ip" character varying NOT NULL DEFAULT '', "actor_id" character varying NULL, "partner_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "auditevent_action_created_at_id" to table: "audit_events"
CREATE INDEX "auditevent_action_created_at_id" ON "audit_events" ("action", "created_at", "id");
-- create index "auditevent_actor_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_actor_id_created_at" ON "audit_events" ("actor_id", "created_at");
-- create index "auditevent_created_at" to table: "audit_events"
CREATE INDEX "auditevent_created_at" ON "audit_events" ("created_at");
-- create index "auditevent_entity_type_entity_id" to table: "audit_events"
CREATE INDEX "auditevent_entity_type_entity_id" ON "audit_events" ("entity_type", "entity_id");
-- create index "auditevent_partner_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_partner_id_created_at" ON "audit_events" ("partner_id", "created_at");
-- create "deals" table
CREATE TABLE "deals" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "customer_name" character varying NOT NULL, "customer_domain" character varying NOT NULL, "contact_name" character varying NOT NULL DEFAULT '', "contact_email" character varying NOT NULL DEFAULT '', "title" character varying NOT NULL, "description" character varying NOT NULL DEFAULT '', "amount" bigint NOT NULL, "currency" character varying NOT NULL, "expected_close_date" timestamptz NOT NULL, "products" jsonb NULL, "source" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'SUBMITTED', "decision_due_at" timestamptz NOT NULL, "decision_note" character varying NOT NULL DEFAULT '', "decided_at" timestamptz NULL, "conflict_overridden" boolean NOT NULL DEFAULT false, "protection_expires_at" timestamptz NULL, "expiry_notice_at" timestamptz NULL, "co_sell" boolean NOT NULL DEFAULT false, "closed_at" timestamptz NULL, "closed_amount" bigint NULL, "partner_id" character varying NOT NULL, "registered_by_id" character varying NOT NULL, "account_id" character varying NOT NULL, "reviewer_id" character varying NULL, "direct_rep_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "deal_account_id_status" to table: "deals"
CREATE INDEX "deal_account_id_status" ON "deals" ("account_id", "status");
-- create index "deal_amount_id" to table: "deals"
CREATE INDEX "deal_amount_id" ON "deals" ("amount", "id");
-- create index "deal_created_at" to table: "deals"
CREATE INDEX "deal_created_at" ON "deals" ("created_at");
-- create index "deal_decision_due_at_id" to table: "deals"
CREATE INDEX "deal_decision_due_at_id" ON "deals" ("decision_due_at", "id");
-- create index "deal_expected_close_date_id" to table: "deals"
CREATE INDEX "deal_expected_close_date_id" ON "deals" ("expected_close_date", "id");
-- create index "deal_partner_id_status" to table: "deals"
CREATE INDEX "deal_partner_id_status" ON "deals" ("partner_id", "status");
-- create index "deal_registered_by_id" to table: "deals"
CREATE INDEX "deal_registered_by_id" ON "deals" ("registered_by_id");
-- create index "deal_status_decision_due_at" to table: "deals"
CREATE INDEX "deal_status_decision_due_at" ON "deals" ("status", "decision_due_at");
-- create index "deal_status_protection_expires_at" to table: "deals"
CREATE INDEX "deal_status_protection_expires_at" ON "deals" ("status", "protection_expires_at");
-- create "deal_conflicts" table
CREATE TABLE "deal_conflicts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "partner_id" character varying NOT NULL, "kind" character varying NOT NULL, "score" double precision NOT NULL, "blocking" boolean NOT NULL, "reason" character varying NOT NULL, "detail" character varying NULL, "deal_id" character varying NOT NULL, "conflicting_deal_id" character varying NULL, "conflicting_partner_id" character varying NULL, "matched_account_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "dealconflict_conflicting_deal_id" to table: "deal_conflicts"
CREATE INDEX "dealconflict_conflicting_deal_id" ON "deal_conflicts" ("conflicting_deal_id");
-- create index "dealconflict_deal_id" to table: "deal_conflicts"
CREATE INDEX "dealconflict_deal_id" ON "deal_conflicts" ("deal_id");
-- create index "dealconflict_partner_id" to table: "deal_conflicts"
CREATE INDEX "dealconflict_partner_id" ON "deal_conflicts" ("partner_id");
-- create "deal_events" table
CREATE TABLE "deal_events" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "partner_id" character varying NOT NULL, "actor_type" character varying NOT NULL, "kind" character varying NOT NULL, "from_status" character varying NULL, "to_status" character varying NOT NULL, "note" character varying NOT NULL DEFAULT '', "deal_id" character varying NOT NULL, "actor_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "dealevent_deal_id_created_at" to table: "deal_events"
CREATE INDEX "dealevent_deal_id_created_at" ON "deal_events" ("deal_id", "created_at");
-- create index "dealevent_partner_id" to table: "deal_events"
CREATE INDEX "dealevent_partner_id" ON "deal_events" ("partner_id");
-- create "deal_extensions" table
CREATE TABLE "deal_extensions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "partner_id" character varying NOT NULL, "reason" character varying NOT NULL, "days" bigint NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "pending_deal_id" character varying NULL, "decision_note" character varying NOT NULL DEFAULT '', "decided_at" timestamptz NULL, "new_expires_at" timestamptz NULL, "deal_id" character varying NOT NULL, "requested_by_id" character varying NOT NULL, "decided_by_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "dealextension_deal_id_created_at" to table: "deal_extensions"
CREATE INDEX "dealextension_deal_id_created_at" ON "deal_extensions" ("deal_id", "created_at");
-- create index "dealextension_partner_id" to table: "deal_extensions"
CREATE INDEX "dealextension_partner_id" ON "deal_extensions" ("partner_id");
-- create index "dealextension_pending_deal_id" to table: "deal_extensions"
CREATE UNIQUE INDEX "dealextension_pending_deal_id" ON "deal_extensions" ("pending_deal_id");
-- create "idempotency_keys" table
CREATE TABLE "idempotency_keys" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "user_id" character varying NOT NULL, "key" character varying NOT NULL, "operation" character varying NOT NULL, "request_hash" character varying NOT NULL, "result_id" character varying NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- create index "idempotencykey_created_at" to table: "idempotency_keys"
CREATE INDEX "idempotencykey_created_at" ON "idempotency_keys" ("created_at");
-- create index "idempotencykey_user_id_key" to table: "idempotency_keys"
CREATE UNIQUE INDEX "idempotencykey_user_id_key" ON "idempotency_keys" ("user_id", "key");
-- create "invitations" table
CREATE TABLE "invitations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "name" character varying NOT NULL DEFAULT '', "role" character varying NOT NULL, "job_function" character varying NULL, "token_hash" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "expires_at" timestamptz NOT NULL, "sent_at" timestamptz NOT NULL, "send_count" bigint NOT NULL DEFAULT 1, "accepted_at" timestamptz NULL, "partner_id" character varying NULL, "invited_by_id" character varying NULL, "user_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "invitation_email" to table: "invitations"
CREATE INDEX "invitation_email" ON "invitations" ("email");
-- create index "invitation_partner_id_created_at" to table: "invitations"
CREATE INDEX "invitation_partner_id_created_at" ON "invitations" ("partner_id", "created_at");
-- create index "invitation_status" to table: "invitations"
CREATE INDEX "invitation_status" ON "invitations" ("status");
-- create index "invitations_token_hash_key" to table: "invitations"
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash");
-- create "outbox_messages" table
CREATE TABLE "outbox_messages" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "recipient" character varying NOT NULL, "subject" character varying NOT NULL, "body" text NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "attempts" bigint NOT NULL DEFAULT 0, "next_attempt_at" timestamptz NOT NULL, "locked_until" timestamptz NULL, "sent_at" timestamptz NULL, "last_error" character varying NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- create index "outboxmessage_status_next_attempt_at" to table: "outbox_messages"
CREATE INDEX "outboxmessage_status_next_attempt_at" ON "outbox_messages" ("status", "next_attempt_at");
-- create "partners" table
CREATE TABLE "partners" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "slug" character varying NOT NULL, "type" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'ONBOARDING', "website" character varying NOT NULL DEFAULT '', "domain" character varying NULL, "country" character varying NOT NULL DEFAULT '', "region" character varying NOT NULL, "verticals" jsonb NULL, "contract_signed_at" timestamptz NULL, "first_deal_at" timestamptz NULL, "tier_id" character varying NULL, "manager_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "partner_created_at" to table: "partners"
CREATE INDEX "partner_created_at" ON "partners" ("created_at");
-- create index "partner_domain" to table: "partners"
CREATE UNIQUE INDEX "partner_domain" ON "partners" ("domain");
-- create index "partner_manager_id" to table: "partners"
CREATE INDEX "partner_manager_id" ON "partners" ("manager_id");
-- create index "partner_name" to table: "partners"
CREATE INDEX "partner_name" ON "partners" ("name");
-- create index "partner_region" to table: "partners"
CREATE INDEX "partner_region" ON "partners" ("region");
-- create index "partner_status" to table: "partners"
CREATE INDEX "partner_status" ON "partners" ("status");
-- create index "partner_tier_id" to table: "partners"
CREATE INDEX "partner_tier_id" ON "partners" ("tier_id");
-- create index "partner_type" to table: "partners"
CREATE INDEX "partner_type" ON "partners" ("type");
-- create index "partners_slug_key" to table: "partners"
CREATE UNIQUE INDEX "partners_slug_key" ON "partners" ("slug");
-- create "partner_applications" table
CREATE TABLE "partner_applications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "company" character varying NOT NULL, "website" character varying NOT NULL, "domain" character varying NOT NULL, "partner_type" character varying NOT NULL, "country" character varying NOT NULL, "contact_name" character varying NOT NULL, "contact_email" character varying NOT NULL, "motivation" character varying NOT NULL DEFAULT '', "status" character varying NOT NULL DEFAULT 'SUBMITTED', "decline_reason" character varying NOT NULL DEFAULT '', "reviewed_at" timestamptz NULL, "ip" character varying NOT NULL DEFAULT '', "partner_id" character varying NULL, "reviewer_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "partnerapplication_domain" to table: "partner_applications"
CREATE INDEX "partnerapplication_domain" ON "partner_applications" ("domain");
-- create index "partnerapplication_ip_created_at" to table: "partner_applications"
CREATE INDEX "partnerapplication_ip_created_at" ON "partner_applications" ("ip", "created_at");
-- create index "partnerapplication_partner_id" to table: "partner_applications"
CREATE INDEX "partnerapplication_partner_id" ON "partner_applications" ("partner_id");
-- create index "partnerapplication_status_created_at" to table: "partner_applications"
CREATE INDEX "partnerapplication_status_created_at" ON "partner_applications" ("status", "created_at");
-- create "rate_limit_buckets" table
CREATE TABLE "rate_limit_buckets" ("id" character varying NOT NULL, "window_start" bigint NOT NULL, "count" bigint NOT NULL DEFAULT 0, PRIMARY KEY ("id"));
-- create index "ratelimitbucket_window_start" to table: "rate_limit_buckets"
CREATE INDEX "ratelimitbucket_window_start" ON "rate_limit_buckets" ("window_start");
-- create "refresh_tokens" table
CREATE TABLE "refresh_tokens" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "token_hash" character varying NOT NULL, "family_id" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "rotated_at" timestamptz NULL, "revoked_at" timestamptz NULL, "user_agent" character varying NOT NULL DEFAULT '', "ip" character varying NOT NULL DEFAULT '', "user_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "refresh_tokens_token_hash_key" to table: "refresh_tokens"
CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens" ("token_hash");
-- create index "refreshtoken_family_id" to table: "refresh_tokens"
CREATE INDEX "refreshtoken_family_id" ON "refresh_tokens" ("family_id");
-- create index "refreshtoken_user_id" to table: "refresh_tokens"
CREATE INDEX "refreshtoken_user_id" ON "refresh_tokens" ("user_id");
-- create "tiers" table
CREATE TABLE "tiers" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "rank" bigint NOT NULL, "description" character varying NOT NULL DEFAULT '', "currency" character varying NOT NULL DEFAULT 'USD', "min_revenue_t12m" bigint NOT NULL DEFAULT 0, "min_won_deals" bigint NOT NULL DEFAULT 0, "min_certified_people" bigint NOT NULL DEFAULT 0, "discount_bps" bigint NOT NULL DEFAULT 0, "rebate_bps" bigint NOT NULL DEFAULT 0, "mdf_quarterly_allowance" bigint NOT NULL DEFAULT 0, "deal_protection_days" bigint NOT NULL DEFAULT 90, "benefits" jsonb NULL, PRIMARY KEY ("id"));
-- create index "tier_created_at" to table: "tiers"
CREATE INDEX "tier_created_at" ON "tiers" ("created_at");
-- create index "tiers_name_key" to table: "tiers"
CREATE UNIQUE INDEX "tiers_name_key" ON "tiers" ("name");
-- create index "tiers_rank_key" to table: "tiers"
CREATE UNIQUE INDEX "tiers_rank_key" ON "tiers" ("rank");
-- create "users" table
CREATE TABLE "users" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "email" character varying NOT NULL, "name" character varying NOT NULL, "password_hash" character varying NULL, "role" character varying NOT NULL, "job_function" character varying NULL, "status" character varying NOT NULL DEFAULT 'ACTIVE', "last_login_at" timestamptz NULL, "failed_logins" bigint NOT NULL DEFAULT 0, "failed_logins_since" timestamptz NULL, "locked_until" timestamptz NULL, "partner_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "user_created_at" to table: "users"
CREATE INDEX "user_created_at" ON "users" ("created_at");
-- create index "user_name" to table: "users"
CREATE INDEX "user_name" ON "users" ("name");
-- create index "user_partner_id" to table: "users"
CREATE INDEX "user_partner_id" ON "users" ("partner_id");
-- create index "user_role" to table: "users"
CREATE INDEX "user_role" ON "users" ("role");
-- create index "user_status" to table: "users"
CREATE INDEX "user_status" ON "users" ("status");
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX "users_email_key" ON "users" ("email");
-- modify "api_keys" table
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "api_keys_users_creator" FOREIGN KEY ("creator_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "accounts" table
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_users_direct_owner" FOREIGN KEY ("direct_owner_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "audit_events" table
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "audit_events_users_actor" FOREIGN KEY ("actor_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "deals" table
ALTER TABLE "deals" ADD CONSTRAINT "deals_accounts_account" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deals_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deals_users_direct_rep" FOREIGN KEY ("direct_rep_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "deals_users_registered_by" FOREIGN KEY ("registered_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deals_users_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "deal_conflicts" table
ALTER TABLE "deal_conflicts" ADD CONSTRAINT "deal_conflicts_accounts_matched_account" FOREIGN KEY ("matched_account_id") REFERENCES "accounts" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "deal_conflicts_deals_conflicting_deal" FOREIGN KEY ("conflicting_deal_id") REFERENCES "deals" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "deal_conflicts_deals_deal" FOREIGN KEY ("deal_id") REFERENCES "deals" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deal_conflicts_partners_conflicting_partner" FOREIGN KEY ("conflicting_partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "deal_events" table
ALTER TABLE "deal_events" ADD CONSTRAINT "deal_events_deals_deal" FOREIGN KEY ("deal_id") REFERENCES "deals" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deal_events_users_actor" FOREIGN KEY ("actor_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "deal_extensions" table
ALTER TABLE "deal_extensions" ADD CONSTRAINT "deal_extensions_deals_deal" FOREIGN KEY ("deal_id") REFERENCES "deals" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "deal_extensions_users_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "deal_extensions_users_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "invitations" table
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "invitations_users_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "invitations_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "partners" table
ALTER TABLE "partners" ADD CONSTRAINT "partners_tiers_tier" FOREIGN KEY ("tier_id") REFERENCES "tiers" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "partners_users_manager" FOREIGN KEY ("manager_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "partner_applications" table
ALTER TABLE "partner_applications" ADD CONSTRAINT "partner_applications_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "partner_applications_users_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "refresh_tokens" table
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "users" table
ALTER TABLE "users" ADD CONSTRAINT "users_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
