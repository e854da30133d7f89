-- create "surveys" table
CREATE TABLE "surveys" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "title" character varying NOT NULL, "nps_question" character varying NOT NULL, "questions" jsonb NULL, "created_by_id" character varying NOT NULL, "sent_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "survey_created_at" to table: "surveys"
CREATE INDEX "survey_created_at" ON "surveys" ("created_at");
-- create "survey_invitations" table
CREATE TABLE "survey_invitations" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "survey_id" character varying NOT NULL, "user_id" character varying NOT NULL, "partner_id" character varying NOT NULL, "token_hash" character varying NOT NULL, "answered_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "survey_invitations_token_hash_key" to table: "survey_invitations"
CREATE UNIQUE INDEX "survey_invitations_token_hash_key" ON "survey_invitations" ("token_hash");
-- create index "surveyinvitation_survey_id_user_id" to table: "survey_invitations"
CREATE UNIQUE INDEX "surveyinvitation_survey_id_user_id" ON "survey_invitations" ("survey_id", "user_id");
-- create "survey_responses" table
CREATE TABLE "survey_responses" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "survey_id" character varying NOT NULL, "partner_id" character varying NOT NULL, "tier_id" character varying NOT NULL DEFAULT '', "partner_type" character varying NOT NULL, "score" bigint NOT NULL, "answers" jsonb NULL, PRIMARY KEY ("id"));
-- create index "surveyresponse_created_at" to table: "survey_responses"
CREATE INDEX "surveyresponse_created_at" ON "survey_responses" ("created_at");
-- create index "surveyresponse_survey_id" to table: "survey_responses"
CREATE INDEX "surveyresponse_survey_id" ON "survey_responses" ("survey_id");
