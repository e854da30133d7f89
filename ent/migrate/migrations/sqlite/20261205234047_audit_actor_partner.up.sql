-- add column "actor_partner_id" to table: "audit_events"
ALTER TABLE `audit_events` ADD COLUMN `actor_partner_id` text NULL;
-- events written before the column: the actor's organisation is the acting user's
UPDATE audit_events SET actor_partner_id = (SELECT users.partner_id FROM users WHERE users.id = audit_events.actor_id)
WHERE actor_type IN ('USER', 'API_KEY') AND actor_id IS NOT NULL;
