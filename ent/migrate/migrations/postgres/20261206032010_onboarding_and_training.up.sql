-- create "certifications" table
CREATE TABLE "certifications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "description" character varying NOT NULL DEFAULT '', "validity" character varying NOT NULL, "track_ids" jsonb NOT NULL, PRIMARY KEY ("id"));
-- create index "certification_created_at" to table: "certifications"
CREATE INDEX "certification_created_at" ON "certifications" ("created_at");
-- create index "certifications_name_key" to table: "certifications"
CREATE UNIQUE INDEX "certifications_name_key" ON "certifications" ("name");
-- create "learning_tracks" table
CREATE TABLE "learning_tracks" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "description" character varying NOT NULL DEFAULT '', "job_function" character varying NOT NULL, "course_ids" jsonb NOT NULL, PRIMARY KEY ("id"));
-- create index "learningtrack_job_function" to table: "learning_tracks"
CREATE INDEX "learningtrack_job_function" ON "learning_tracks" ("job_function");
-- create "onboarding_digests" table
CREATE TABLE "onboarding_digests" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "manager_id" character varying NOT NULL, "day" character varying NOT NULL, "overdue_steps" bigint NOT NULL, PRIMARY KEY ("id"));
-- create index "onboardingdigest_manager_id_day" to table: "onboarding_digests"
CREATE UNIQUE INDEX "onboardingdigest_manager_id_day" ON "onboarding_digests" ("manager_id", "day");
-- create "certification_awards" table
CREATE TABLE "certification_awards" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "status" character varying NOT NULL DEFAULT 'ACTIVE', "issued_at" timestamptz NOT NULL, "expires_at" timestamptz NULL, "verification_code" character varying NOT NULL, "reminded_60_at" timestamptz NULL, "reminded_14_at" timestamptz NULL, "partner_id" character varying NOT NULL, "certification_id" character varying NOT NULL, "user_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "certification_awards_certifications_certification" FOREIGN KEY ("certification_id") REFERENCES "certifications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "certification_awards_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "certification_awards_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "certification_awards_verification_code_key" to table: "certification_awards"
CREATE UNIQUE INDEX "certification_awards_verification_code_key" ON "certification_awards" ("verification_code");
-- create index "certificationaward_partner_id_status" to table: "certification_awards"
CREATE INDEX "certificationaward_partner_id_status" ON "certification_awards" ("partner_id", "status");
-- create index "certificationaward_status_expires_at" to table: "certification_awards"
CREATE INDEX "certificationaward_status_expires_at" ON "certification_awards" ("status", "expires_at");
-- create index "certificationaward_user_id_certification_id" to table: "certification_awards"
CREATE INDEX "certificationaward_user_id_certification_id" ON "certification_awards" ("user_id", "certification_id");
-- create "courses" table
CREATE TABLE "courses" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "title" character varying NOT NULL, "summary" character varying NOT NULL DEFAULT '', "minutes" bigint NOT NULL DEFAULT 0, PRIMARY KEY ("id"));
-- create index "course_created_at" to table: "courses"
CREATE INDEX "course_created_at" ON "courses" ("created_at");
-- create "lessons" table
CREATE TABLE "lessons" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "position" bigint NOT NULL, "title" character varying NOT NULL, "kind" character varying NOT NULL, "body" character varying NOT NULL DEFAULT '', "video_url" character varying NOT NULL DEFAULT '', "content_ref" character varying NOT NULL DEFAULT '', "minutes" bigint NOT NULL DEFAULT 0, "course_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "lessons_courses_course" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "lesson_course_id_position" to table: "lessons"
CREATE INDEX "lesson_course_id_position" ON "lessons" ("course_id", "position");
-- create "lesson_progresses" table
CREATE TABLE "lesson_progresses" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "course_id" character varying NOT NULL, "completed_at" timestamptz NOT NULL, "partner_id" character varying NOT NULL, "lesson_id" character varying NOT NULL, "user_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "lesson_progresses_lessons_lesson" FOREIGN KEY ("lesson_id") REFERENCES "lessons" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "lesson_progresses_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "lesson_progresses_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "lessonprogress_partner_id_user_id" to table: "lesson_progresses"
CREATE INDEX "lessonprogress_partner_id_user_id" ON "lesson_progresses" ("partner_id", "user_id");
-- create index "lessonprogress_user_id_lesson_id" to table: "lesson_progresses"
CREATE UNIQUE INDEX "lessonprogress_user_id_lesson_id" ON "lesson_progresses" ("user_id", "lesson_id");
-- create "onboarding_journeys" table
CREATE TABLE "onboarding_journeys" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "template_id" character varying NULL, "name" character varying NOT NULL, "starts_at" timestamptz NOT NULL, "partner_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "onboarding_journeys_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "onboardingjourney_partner_id" to table: "onboarding_journeys"
CREATE UNIQUE INDEX "onboardingjourney_partner_id" ON "onboarding_journeys" ("partner_id");
-- create index "onboardingjourney_starts_at" to table: "onboarding_journeys"
CREATE INDEX "onboardingjourney_starts_at" ON "onboarding_journeys" ("starts_at");
-- create "onboarding_steps" table
CREATE TABLE "onboarding_steps" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "position" bigint NOT NULL, "title" character varying NOT NULL, "description" character varying NOT NULL DEFAULT '', "due_at" timestamptz NOT NULL, "completion" character varying NOT NULL, "owner_role" character varying NOT NULL, "completed_at" timestamptz NULL, "partner_id" character varying NOT NULL, "journey_id" character varying NOT NULL, "completed_by_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "onboarding_steps_onboarding_journeys_journey" FOREIGN KEY ("journey_id") REFERENCES "onboarding_journeys" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "onboarding_steps_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "onboarding_steps_users_completed_by" FOREIGN KEY ("completed_by_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "onboardingstep_due_at" to table: "onboarding_steps"
CREATE INDEX "onboardingstep_due_at" ON "onboarding_steps" ("due_at");
-- create index "onboardingstep_journey_id_position" to table: "onboarding_steps"
CREATE UNIQUE INDEX "onboardingstep_journey_id_position" ON "onboarding_steps" ("journey_id", "position");
-- create index "onboardingstep_partner_id_completion" to table: "onboarding_steps"
CREATE INDEX "onboardingstep_partner_id_completion" ON "onboarding_steps" ("partner_id", "completion");
-- create "onboarding_templates" table
CREATE TABLE "onboarding_templates" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "partner_type" character varying NOT NULL, "steps" jsonb NOT NULL, "active" boolean NOT NULL DEFAULT true, "tier_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "onboarding_templates_tiers_tier" FOREIGN KEY ("tier_id") REFERENCES "tiers" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "onboardingtemplate_partner_type_tier_id" to table: "onboarding_templates"
CREATE INDEX "onboardingtemplate_partner_type_tier_id" ON "onboarding_templates" ("partner_type", "tier_id");
-- create "quizzes" table
CREATE TABLE "quizzes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "title" character varying NOT NULL, "pass_mark" bigint NOT NULL DEFAULT 80, "attempts_per_day" bigint NOT NULL DEFAULT 3, "questions" jsonb NOT NULL, "answer_key" jsonb NOT NULL, "course_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "quizzes_courses_quiz" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "quiz_course_id" to table: "quizzes"
CREATE UNIQUE INDEX "quiz_course_id" ON "quizzes" ("course_id");
-- create index "quizzes_course_id_key" to table: "quizzes"
CREATE UNIQUE INDEX "quizzes_course_id_key" ON "quizzes" ("course_id");
-- create "quiz_attempts" table
CREATE TABLE "quiz_attempts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "day" character varying NOT NULL, "number" bigint NOT NULL, "score" bigint NOT NULL, "passed" boolean NOT NULL, "partner_id" character varying NOT NULL, "quiz_id" character varying NOT NULL, "user_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "quiz_attempts_partners_partner" FOREIGN KEY ("partner_id") REFERENCES "partners" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "quiz_attempts_quizzes_quiz" FOREIGN KEY ("quiz_id") REFERENCES "quizzes" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "quiz_attempts_users_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "quizattempt_partner_id_created_at" to table: "quiz_attempts"
CREATE INDEX "quizattempt_partner_id_created_at" ON "quiz_attempts" ("partner_id", "created_at");
-- create index "quizattempt_user_id_quiz_id_day_number" to table: "quiz_attempts"
CREATE UNIQUE INDEX "quizattempt_user_id_quiz_id_day_number" ON "quiz_attempts" ("user_id", "quiz_id", "day", "number");
