-- reverse: create index "tiersettings_key" to table: "tier_settings"
DROP INDEX `tiersettings_key`;
-- reverse: create "tier_settings" table
DROP TABLE `tier_settings`;
-- reverse: create index "tierevaluation_partner_id_evaluated_at" to table: "tier_evaluations"
DROP INDEX `tierevaluation_partner_id_evaluated_at`;
-- reverse: create "tier_evaluations" table
DROP TABLE `tier_evaluations`;
-- reverse: create index "tierchange_status" to table: "tier_changes"
DROP INDEX `tierchange_status`;
-- reverse: create index "tierchange_partner_id_created_at" to table: "tier_changes"
DROP INDEX `tierchange_partner_id_created_at`;
-- reverse: create index "tierchange_open_key" to table: "tier_changes"
DROP INDEX `tierchange_open_key`;
-- reverse: create "tier_changes" table
DROP TABLE `tier_changes`;
-- reverse: create index "healthweights_key" to table: "health_weights"
DROP INDEX `healthweights_key`;
-- reverse: create "health_weights" table
DROP TABLE `health_weights`;
-- reverse: create index "healthscore_partner_id_day" to table: "health_scores"
DROP INDEX `healthscore_partner_id_day`;
-- reverse: create "health_scores" table
DROP TABLE `health_scores`;
-- reverse: create index "tier_created_at" to table: "tiers"
DROP INDEX `tier_created_at`;
-- reverse: create index "tiers_rank_key" to table: "tiers"
DROP INDEX `tiers_rank_key`;
-- reverse: create index "tiers_name_key" to table: "tiers"
DROP INDEX `tiers_name_key`;
-- reverse: create "new_tiers" table
DROP TABLE `new_tiers`;
-- reverse: add column "tier_checks" to table: "partners"
ALTER TABLE `partners` DROP COLUMN `tier_checks`;
