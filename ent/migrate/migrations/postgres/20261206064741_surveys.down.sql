-- reverse: create index "surveyresponse_survey_id" to table: "survey_responses"
DROP INDEX "surveyresponse_survey_id";
-- reverse: create index "surveyresponse_created_at" to table: "survey_responses"
DROP INDEX "surveyresponse_created_at";
-- reverse: create "survey_responses" table
DROP TABLE "survey_responses";
-- reverse: create index "surveyinvitation_survey_id_user_id" to table: "survey_invitations"
DROP INDEX "surveyinvitation_survey_id_user_id";
-- reverse: create index "survey_invitations_token_hash_key" to table: "survey_invitations"
DROP INDEX "survey_invitations_token_hash_key";
-- reverse: create "survey_invitations" table
DROP TABLE "survey_invitations";
-- reverse: create index "survey_created_at" to table: "surveys"
DROP INDEX "survey_created_at";
-- reverse: create "surveys" table
DROP TABLE "surveys";
