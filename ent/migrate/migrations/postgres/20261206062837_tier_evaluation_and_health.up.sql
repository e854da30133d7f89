-- modify "partners" table
ALTER TABLE "partners" ADD COLUMN "tier_checks" jsonb NULL;
-- modify "tiers" table
ALTER TABLE "tiers" ADD COLUMN "min_approved_registrations" bigint NOT NULL DEFAULT 0, ADD COLUMN "requires_manual_check" boolean NOT NULL DEFAULT false, ADD COLUMN "window_days" bigint NOT NULL DEFAULT 365;
-- create "health_weights" table
CREATE TABLE "health_weights" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "key" character varying NOT NULL DEFAULT 'program', "registration_activity" bigint NOT NULL DEFAULT 25, "win_rate" bigint NOT NULL DEFAULT 25, "portal_activity" bigint NOT NULL DEFAULT 15, "content_engagement" bigint NOT NULL DEFAULT 15, "certifications" bigint NOT NULL DEFAULT 20, PRIMARY KEY ("id"));
-- create index "healthweights_key" to table: "health_weights"
CREATE UNIQUE INDEX "healthweights_key" ON "health_weights" ("key");
-- create "tier_settings" table
CREATE TABLE "tier_settings" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "key" character varying NOT NULL DEFAULT 'program', "auto_upgrade" boolean NOT NULL DEFAULT false, "grace_days" bigint NOT NULL DEFAULT 90, "grace_reminder_days" bigint NOT NULL DEFAULT 14, PRIMARY KEY ("id"));
-- create index "tiersettings_key" to table: "tier_settings"
CREATE UNIQUE INDEX "tiersettings_key" ON "tier_settings" ("key");
-- create "health_scores" table
CREATE TABLE "health_scores" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "day" character varying NOT NULL, "score" double precision NOT NULL, "inputs" jsonb NOT NULL, "partner_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "health_scores_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "healthscore_partner_id_day" to table: "health_scores"
CREATE UNIQUE INDEX "healthscore_partner_id_day" ON "health_scores" ("partner_id", "day");
-- create "tier_changes" table
CREATE TABLE "tier_changes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "from_tier_id" character varying NULL, "to_tier_id" character varying NULL, "kind" character varying NOT NULL, "status" character varying NOT NULL, "evaluation_id" character varying NULL, "reason" character varying NOT NULL DEFAULT '', "open_key" character varying NULL, "grace_ends_at" timestamptz NULL, "grace_notice_at" timestamptz NULL, "grace_reminder_at" timestamptz NULL, "decided_by_id" character varying NULL, "decided_at" timestamptz NULL, "decision_note" character varying NOT NULL DEFAULT '', "partner_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "tier_changes_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "tierchange_open_key" to table: "tier_changes"
CREATE UNIQUE INDEX "tierchange_open_key" ON "tier_changes" ("open_key");
-- create index "tierchange_partner_id_created_at" to table: "tier_changes"
CREATE INDEX "tierchange_partner_id_created_at" ON "tier_changes" ("partner_id", "created_at");
-- create index "tierchange_status" to table: "tier_changes"
CREATE INDEX "tierchange_status" ON "tier_changes" ("status");
-- create "tier_evaluations" table
CREATE TABLE "tier_evaluations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "evaluated_at" timestamptz NOT NULL, "current_tier_id" character varying NULL, "qualifying_tier_id" character varying NULL, "triggered_by_id" character varying NULL, "tiers" jsonb NOT NULL, "partner_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "tier_evaluations_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "tierevaluation_partner_id_evaluated_at" to table: "tier_evaluations"
CREATE INDEX "tierevaluation_partner_id_evaluated_at" ON "tier_evaluations" ("partner_id", "evaluated_at");
