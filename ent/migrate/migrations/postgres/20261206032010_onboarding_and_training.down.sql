-- reverse: create index "quizattempt_user_id_quiz_id_day_number" to table: "quiz_attempts"
DROP INDEX "quizattempt_user_id_quiz_id_day_number";
-- reverse: create index "quizattempt_partner_id_created_at" to table: "quiz_attempts"
DROP INDEX "quizattempt_partner_id_created_at";
-- reverse: create "quiz_attempts" table
DROP TABLE "quiz_attempts";
-- reverse: create index "quizzes_course_id_key" to table: "quizzes"
DROP INDEX "quizzes_course_id_key";
-- reverse: create index "quiz_course_id" to table: "quizzes"
DROP INDEX "quiz_course_id";
-- reverse: create "quizzes" table
DROP TABLE "quizzes";
-- reverse: create index "onboardingtemplate_partner_type_tier_id" to table: "onboarding_templates"
DROP INDEX "onboardingtemplate_partner_type_tier_id";
-- reverse: create "onboarding_templates" table
DROP TABLE "onboarding_templates";
-- reverse: create index "onboardingstep_partner_id_completion" to table: "onboarding_steps"
DROP INDEX "onboardingstep_partner_id_completion";
-- reverse: create index "onboardingstep_journey_id_position" to table: "onboarding_steps"
DROP INDEX "onboardingstep_journey_id_position";
-- reverse: create index "onboardingstep_due_at" to table: "onboarding_steps"
DROP INDEX "onboardingstep_due_at";
-- reverse: create "onboarding_steps" table
DROP TABLE "onboarding_steps";
-- reverse: create index "onboardingjourney_starts_at" to table: "onboarding_journeys"
DROP INDEX "onboardingjourney_starts_at";
-- reverse: create index "onboardingjourney_partner_id" to table: "onboarding_journeys"
DROP INDEX "onboardingjourney_partner_id";
-- reverse: create "onboarding_journeys" table
DROP TABLE "onboarding_journeys";
-- reverse: create index "lessonprogress_user_id_lesson_id" to table: "lesson_progresses"
DROP INDEX "lessonprogress_user_id_lesson_id";
-- reverse: create index "lessonprogress_partner_id_user_id" to table: "lesson_progresses"
DROP INDEX "lessonprogress_partner_id_user_id";
-- reverse: create "lesson_progresses" table
DROP TABLE "lesson_progresses";
-- reverse: create index "lesson_course_id_position" to table: "lessons"
DROP INDEX "lesson_course_id_position";
-- reverse: create "lessons" table
DROP TABLE "lessons";
-- reverse: create index "course_created_at" to table: "courses"
DROP INDEX "course_created_at";
-- reverse: create "courses" table
DROP TABLE "courses";
-- reverse: create index "certificationaward_user_id_certification_id" to table: "certification_awards"
DROP INDEX "certificationaward_user_id_certification_id";
-- reverse: create index "certificationaward_status_expires_at" to table: "certification_awards"
DROP INDEX "certificationaward_status_expires_at";
-- reverse: create index "certificationaward_partner_id_status" to table: "certification_awards"
DROP INDEX "certificationaward_partner_id_status";
-- reverse: create index "certification_awards_verification_code_key" to table: "certification_awards"
DROP INDEX "certification_awards_verification_code_key";
-- reverse: create "certification_awards" table
DROP TABLE "certification_awards";
-- reverse: create index "onboardingdigest_manager_id_day" to table: "onboarding_digests"
DROP INDEX "onboardingdigest_manager_id_day";
-- reverse: create "onboarding_digests" table
DROP TABLE "onboarding_digests";
-- reverse: create index "learningtrack_job_function" to table: "learning_tracks"
DROP INDEX "learningtrack_job_function";
-- reverse: create "learning_tracks" table
DROP TABLE "learning_tracks";
-- reverse: create index "certifications_name_key" to table: "certifications"
DROP INDEX "certifications_name_key";
-- reverse: create index "certification_created_at" to table: "certifications"
DROP INDEX "certification_created_at";
-- reverse: create "certifications" table
DROP TABLE "certifications";
