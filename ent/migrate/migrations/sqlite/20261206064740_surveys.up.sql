-- create "surveys" table
CREATE TABLE `surveys` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NOT NULL, `nps_question` text NOT NULL, `questions` json NULL, `created_by_id` text NOT NULL, `sent_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "survey_created_at" to table: "surveys"
CREATE INDEX `survey_created_at` ON `surveys` (`created_at`);
-- create "survey_invitations" table
CREATE TABLE `survey_invitations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `survey_id` text NOT NULL, `user_id` text NOT NULL, `partner_id` text NOT NULL, `token_hash` text NOT NULL, `answered_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "survey_invitations_token_hash_key" to table: "survey_invitations"
CREATE UNIQUE INDEX `survey_invitations_token_hash_key` ON `survey_invitations` (`token_hash`);
-- create index "surveyinvitation_survey_id_user_id" to table: "survey_invitations"
CREATE UNIQUE INDEX `surveyinvitation_survey_id_user_id` ON `survey_invitations` (`survey_id`, `user_id`);
-- create "survey_responses" table
CREATE TABLE `survey_responses` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `survey_id` text NOT NULL, `partner_id` text NOT NULL, `tier_id` text NOT NULL DEFAULT (''), `partner_type` text NOT NULL, `score` integer NOT NULL, `answers` json NULL, PRIMARY KEY (`id`));
-- create index "surveyresponse_survey_id" to table: "survey_responses"
CREATE INDEX `surveyresponse_survey_id` ON `survey_responses` (`survey_id`);
-- create index "surveyresponse_created_at" to table: "survey_responses"
CREATE INDEX `surveyresponse_created_at` ON `survey_responses` (`created_at`);
