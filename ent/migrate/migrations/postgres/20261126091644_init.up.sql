-- create "audit_events" table
CREATE TABLE "audit_events" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "actor_type" character varying NOT NULL, "api_key_id" character varying NULL, "action" character varying NOT NULL, "entity_type" character varying NOT NULL DEFAULT '', "entity_id" character varying NOT NULL DEFAULT '', "summary" jsonb NULL, "request_id" character varying NOT NULL DEFAULT '', "ip" character varying NOT NULL DEFAULT '', "actor_id" character varying NULL, "partner_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "auditevent_action" to table: "audit_events"
CREATE INDEX "auditevent_action" ON "audit_events" ("action");
-- create index "auditevent_actor_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_actor_id_created_at" ON "audit_events" ("actor_id", "created_at");
-- create index "auditevent_created_at" to table: "audit_events"
CREATE INDEX "auditevent_created_at" ON "audit_events" ("created_at");
-- create index "auditevent_entity_type_entity_id" to table: "audit_events"
CREATE INDEX "auditevent_entity_type_entity_id" ON "audit_events" ("entity_type", "entity_id");
-- create index "auditevent_partner_id_created_at" to table: "audit_events"
CREATE INDEX "auditevent_partner_id_created_at" ON "audit_events" ("partner_id", "created_at");
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
-- modify "audit_events" table
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "audit_events_users_actor" FOREIGN KEY ("actor_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "partners" table
ALTER TABLE "partners" ADD CONSTRAINT "partners_tiers_tier" FOREIGN KEY ("tier_id") REFERENCES "tiers" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "partners_users_manager" FOREIGN KEY ("manager_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "refresh_tokens" table
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "users" table
ALTER TABLE "users" ADD CONSTRAINT "users_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
