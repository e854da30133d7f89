-- reverse: add column "actor_partner_id" to table: "audit_events"
ALTER TABLE `audit_events` DROP COLUMN `actor_partner_id`;
