-- create "api_keys" table
CREATE TABLE `api_keys` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `prefix` text NOT NULL, `secret_hash` text NOT NULL, `scope` text NOT NULL, `expires_at` datetime NULL, `last_used_at` datetime NULL, `known_ips` json NULL, `revoked_at` datetime NULL, `creator_id` text NOT NULL, `partner_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `api_keys_users_creator` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `api_keys_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL);
-- create index "api_keys_prefix_key" to table: "api_keys"
CREATE UNIQUE INDEX `api_keys_prefix_key` ON `api_keys` (`prefix`);
-- create index "apikey_partner_id_created_at" to table: "api_keys"
CREATE INDEX `apikey_partner_id_created_at` ON `api_keys` (`partner_id`, `created_at`);
-- create index "apikey_creator_id" to table: "api_keys"
CREATE INDEX `apikey_creator_id` ON `api_keys` (`creator_id`);
-- create index "apikey_created_at" to table: "api_keys"
CREATE INDEX `apikey_created_at` ON `api_keys` (`created_at`);
-- create "accounts" table
CREATE TABLE `accounts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `name_key` text NOT NULL DEFAULT (''), `domain` text NOT NULL, `owner_kind` text NOT NULL DEFAULT ('UNOWNED'), `industry` text NOT NULL DEFAULT (''), `size` text NULL, `country` text NOT NULL DEFAULT (''), `direct_owner_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `accounts_users_direct_owner` FOREIGN KEY (`direct_owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "accounts_domain_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_domain_key` ON `accounts` (`domain`);
-- create index "account_name_key" to table: "accounts"
CREATE INDEX `account_name_key` ON `accounts` (`name_key`);
-- create index "account_name_id" to table: "accounts"
CREATE INDEX `account_name_id` ON `accounts` (`name`, `id`);
-- create index "account_owner_kind" to table: "accounts"
CREATE INDEX `account_owner_kind` ON `accounts` (`owner_kind`);
-- create index "account_created_at" to table: "accounts"
CREATE INDEX `account_created_at` ON `accounts` (`created_at`);
-- create "audit_events" table
CREATE TABLE `audit_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `actor_type` text NOT NULL, `api_key_id` text NULL, `action` text NOT NULL, `entity_type` text NOT NULL DEFAULT (''), `entity_id` text NOT NULL DEFAULT (''), `summary` json NULL, `request_id` text NOT NULL DEFAULT (''), `ip` text NOT NULL DEFAULT (''), `actor_id` text NULL, `partner_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `audit_events_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `audit_events_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL);
-- create index "auditevent_partner_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_partner_id_created_at` ON `audit_events` (`partner_id`, `created_at`);
-- create index "auditevent_actor_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_actor_id_created_at` ON `audit_events` (`actor_id`, `created_at`);
-- create index "auditevent_entity_type_entity_id" to table: "audit_events"
CREATE INDEX `auditevent_entity_type_entity_id` ON `audit_events` (`entity_type`, `entity_id`);
-- create index "auditevent_action_created_at_id" to table: "audit_events"
CREATE INDEX `auditevent_action_created_at_id` ON `audit_events` (`action`, `created_at`, `id`);
-- create index "auditevent_created_at" to table: "audit_events"
CREATE INDEX `auditevent_created_at` ON `audit_events` (`created_at`);
-- create "deals" table
CREATE TABLE `deals` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `customer_name` text NOT NULL, `customer_domain` text NOT NULL, `contact_name` text NOT NULL DEFAULT (''), `contact_email` text NOT NULL DEFAULT (''), `title` text NOT NULL, `description` text NOT NULL DEFAULT (''), `amount` integer NOT NULL, `currency` text NOT NULL, `expected_close_date` datetime NOT NULL, `products` json NULL, `source` text NOT NULL, `status` text NOT NULL DEFAULT ('SUBMITTED'), `decision_due_at` datetime NOT NULL, `decision_note` text NOT NULL DEFAULT (''), `decided_at` datetime NULL, `conflict_overridden` bool NOT NULL DEFAULT (false), `protection_expires_at` datetime NULL, `expiry_notice_at` datetime NULL, `co_sell` bool NOT NULL DEFAULT (false), `closed_at` datetime NULL, `closed_amount` integer NULL, `partner_id` text NOT NULL, `registered_by_id` text NOT NULL, `account_id` text NOT NULL, `reviewer_id` text NULL, `direct_rep_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `deals_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE NO ACTION, CONSTRAINT `deals_users_registered_by` FOREIGN KEY (`registered_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `deals_accounts_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `deals_users_reviewer` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `deals_users_direct_rep` FOREIGN KEY (`direct_rep_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "deal_account_id_status" to table: "deals"
CREATE INDEX `deal_account_id_status` ON `deals` (`account_id`, `status`);
-- create index "deal_partner_id_status" to table: "deals"
CREATE INDEX `deal_partner_id_status` ON `deals` (`partner_id`, `status`);
-- create index "deal_registered_by_id" to table: "deals"
CREATE INDEX `deal_registered_by_id` ON `deals` (`registered_by_id`);
-- create index "deal_status_decision_due_at" to table: "deals"
CREATE INDEX `deal_status_decision_due_at` ON `deals` (`status`, `decision_due_at`);
-- create index "deal_status_protection_expires_at" to table: "deals"
CREATE INDEX `deal_status_protection_expires_at` ON `deals` (`status`, `protection_expires_at`);
-- create index "deal_created_at" to table: "deals"
CREATE INDEX `deal_created_at` ON `deals` (`created_at`);
-- create index "deal_expected_close_date_id" to table: "deals"
CREATE INDEX `deal_expected_close_date_id` ON `deals` (`expected_close_date`, `id`);
-- create index "deal_decision_due_at_id" to table: "deals"
CREATE INDEX `deal_decision_due_at_id` ON `deals` (`decision_due_at`, `id`);
-- create index "deal_amount_id" to table: "deals"
CREATE INDEX `deal_amount_id` ON `deals` (`amount`, `id`);
-- create "deal_conflicts" table
CREATE TABLE `deal_conflicts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `partner_id` text NOT NULL, `kind` text NOT NULL, `score` real NOT NULL, `blocking` bool NOT NULL, `reason` text NOT NULL, `detail` text NULL, `deal_id` text NOT NULL, `conflicting_deal_id` text NULL, `conflicting_partner_id` text NULL, `matched_account_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `deal_conflicts_deals_deal` FOREIGN KEY (`deal_id`) REFERENCES `deals` (`id`) ON DELETE NO ACTION, CONSTRAINT `deal_conflicts_deals_conflicting_deal` FOREIGN KEY (`conflicting_deal_id`) REFERENCES `deals` (`id`) ON DELETE SET NULL, CONSTRAINT `deal_conflicts_partners_conflicting_partner` FOREIGN KEY (`conflicting_partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL, CONSTRAINT `deal_conflicts_accounts_matched_account` FOREIGN KEY (`matched_account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL);
-- create index "dealconflict_deal_id" to table: "deal_conflicts"
CREATE INDEX `dealconflict_deal_id` ON `deal_conflicts` (`deal_id`);
-- create index "dealconflict_conflicting_deal_id" to table: "deal_conflicts"
CREATE INDEX `dealconflict_conflicting_deal_id` ON `deal_conflicts` (`conflicting_deal_id`);
-- create index "dealconflict_partner_id" to table: "deal_conflicts"
CREATE INDEX `dealconflict_partner_id` ON `deal_conflicts` (`partner_id`);
-- create "deal_events" table
CREATE TABLE `deal_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `partner_id` text NOT NULL, `actor_type` text NOT NULL, `kind` text NOT NULL, `from_status` text NULL, `to_status` text NOT NULL, `note` text NOT NULL DEFAULT (''), `deal_id` text NOT NULL, `actor_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `deal_events_deals_deal` FOREIGN KEY (`deal_id`) REFERENCES `deals` (`id`) ON DELETE NO ACTION, CONSTRAINT `deal_events_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "dealevent_deal_id_created_at" to table: "deal_events"
CREATE INDEX `dealevent_deal_id_created_at` ON `deal_events` (`deal_id`, `created_at`);
-- create index "dealevent_partner_id" to table: "deal_events"
CREATE INDEX `dealevent_partner_id` ON `deal_events` (`partner_id`);
-- create "deal_extensions" table
CREATE TABLE `deal_extensions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `partner_id` text NOT NULL, `reason` text NOT NULL, `days` integer NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `pending_deal_id` text NULL, `decision_note` text NOT NULL DEFAULT (''), `decided_at` datetime NULL, `new_expires_at` datetime NULL, `deal_id` text NOT NULL, `requested_by_id` text NOT NULL, `decided_by_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `deal_extensions_deals_deal` FOREIGN KEY (`deal_id`) REFERENCES `deals` (`id`) ON DELETE NO ACTION, CONSTRAINT `deal_extensions_users_requested_by` FOREIGN KEY (`requested_by_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `deal_extensions_users_decided_by` FOREIGN KEY (`decided_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "dealextension_pending_deal_id" to table: "deal_extensions"
CREATE UNIQUE INDEX `dealextension_pending_deal_id` ON `deal_extensions` (`pending_deal_id`);
-- create index "dealextension_deal_id_created_at" to table: "deal_extensions"
CREATE INDEX `dealextension_deal_id_created_at` ON `deal_extensions` (`deal_id`, `created_at`);
-- create index "dealextension_partner_id" to table: "deal_extensions"
CREATE INDEX `dealextension_partner_id` ON `deal_extensions` (`partner_id`);
-- create "idempotency_keys" table
CREATE TABLE `idempotency_keys` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `user_id` text NOT NULL, `key` text NOT NULL, `operation` text NOT NULL, `request_hash` text NOT NULL, `result_id` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- create index "idempotencykey_user_id_key" to table: "idempotency_keys"
CREATE UNIQUE INDEX `idempotencykey_user_id_key` ON `idempotency_keys` (`user_id`, `key`);
-- create index "idempotencykey_created_at" to table: "idempotency_keys"
CREATE INDEX `idempotencykey_created_at` ON `idempotency_keys` (`created_at`);
-- create "invitations" table
CREATE TABLE `invitations` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `name` text NOT NULL DEFAULT (''), `role` text NOT NULL, `job_function` text NULL, `token_hash` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `expires_at` datetime NOT NULL, `sent_at` datetime NOT NULL, `send_count` integer NOT NULL DEFAULT (1), `accepted_at` datetime NULL, `partner_id` text NULL, `invited_by_id` text NULL, `user_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `invitations_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL, CONSTRAINT `invitations_users_invited_by` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `invitations_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "invitations_token_hash_key" to table: "invitations"
CREATE UNIQUE INDEX `invitations_token_hash_key` ON `invitations` (`token_hash`);
-- create index "invitation_partner_id_created_at" to table: "invitations"
CREATE INDEX `invitation_partner_id_created_at` ON `invitations` (`partner_id`, `created_at`);
-- create index "invitation_email" to table: "invitations"
CREATE INDEX `invitation_email` ON `invitations` (`email`);
-- create index "invitation_status" to table: "invitations"
CREATE INDEX `invitation_status` ON `invitations` (`status`);
-- create "outbox_messages" table
CREATE TABLE `outbox_messages` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `recipient` text NOT NULL, `subject` text NOT NULL, `body` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `locked_until` datetime NULL, `sent_at` datetime NULL, `last_error` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- create index "outboxmessage_status_next_attempt_at" to table: "outbox_messages"
CREATE INDEX `outboxmessage_status_next_attempt_at` ON `outbox_messages` (`status`, `next_attempt_at`);
-- create "partners" table
CREATE TABLE `partners` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `slug` text NOT NULL, `type` text NOT NULL, `status` text NOT NULL DEFAULT ('ONBOARDING'), `website` text NOT NULL DEFAULT (''), `domain` text NULL, `country` text NOT NULL DEFAULT (''), `region` text NOT NULL, `verticals` json NULL, `contract_signed_at` datetime NULL, `first_deal_at` datetime NULL, `tier_id` text NULL, `manager_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `partners_tiers_tier` FOREIGN KEY (`tier_id`) REFERENCES `tiers` (`id`) ON DELETE SET NULL, CONSTRAINT `partners_users_manager` FOREIGN KEY (`manager_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "partners_slug_key" to table: "partners"
CREATE UNIQUE INDEX `partners_slug_key` ON `partners` (`slug`);
-- create index "partner_domain" to table: "partners"
CREATE UNIQUE INDEX `partner_domain` ON `partners` (`domain`);
-- create index "partner_tier_id" to table: "partners"
CREATE INDEX `partner_tier_id` ON `partners` (`tier_id`);
-- create index "partner_manager_id" to table: "partners"
CREATE INDEX `partner_manager_id` ON `partners` (`manager_id`);
-- create index "partner_name" to table: "partners"
CREATE INDEX `partner_name` ON `partners` (`name`);
-- create index "partner_status" to table: "partners"
CREATE INDEX `partner_status` ON `partners` (`status`);
-- create index "partner_type" to table: "partners"
CREATE INDEX `partner_type` ON `partners` (`type`);
-- create index "partner_region" to table: "partners"
CREATE INDEX `partner_region` ON `partners` (`region`);
-- create index "partner_created_at" to table: "partners"
CREATE INDEX `partner_created_at` ON `partners` (`created_at`);
-- create "partner_applications" table
CREATE TABLE `partner_applications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `company` text NOT NULL, `website` text NOT NULL, `domain` text NOT NULL, `partner_type` text NOT NULL, `country` text NOT NULL, `contact_name` text NOT NULL, `contact_email` text NOT NULL, `motivation` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('SUBMITTED'), `decline_reason` text NOT NULL DEFAULT (''), `reviewed_at` datetime NULL, `ip` text NOT NULL DEFAULT (''), `partner_id` text NULL, `reviewer_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `partner_applications_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL, CONSTRAINT `partner_applications_users_reviewer` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- create index "partnerapplication_status_created_at" to table: "partner_applications"
CREATE INDEX `partnerapplication_status_created_at` ON `partner_applications` (`status`, `created_at`);
-- create index "partnerapplication_domain" to table: "partner_applications"
CREATE INDEX `partnerapplication_domain` ON `partner_applications` (`domain`);
-- create index "partnerapplication_partner_id" to table: "partner_applications"
CREATE INDEX `partnerapplication_partner_id` ON `partner_applications` (`partner_id`);
-- create index "partnerapplication_ip_created_at" to table: "partner_applications"
CREATE INDEX `partnerapplication_ip_created_at` ON `partner_applications` (`ip`, `created_at`);
-- create "rate_limit_buckets" table
CREATE TABLE `rate_limit_buckets` (`id` text NOT NULL, `window_start` integer NOT NULL, `count` integer NOT NULL DEFAULT (0), PRIMARY KEY (`id`));
-- create index "ratelimitbucket_window_start" to table: "rate_limit_buckets"
CREATE INDEX `ratelimitbucket_window_start` ON `rate_limit_buckets` (`window_start`);
-- create "refresh_tokens" table
CREATE TABLE `refresh_tokens` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `token_hash` text NOT NULL, `family_id` text NOT NULL, `expires_at` datetime NOT NULL, `rotated_at` datetime NULL, `revoked_at` datetime NULL, `user_agent` text NOT NULL DEFAULT (''), `ip` text NOT NULL DEFAULT (''), `user_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `refresh_tokens_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "refresh_tokens_token_hash_key" to table: "refresh_tokens"
CREATE UNIQUE INDEX `refresh_tokens_token_hash_key` ON `refresh_tokens` (`token_hash`);
-- create index "refreshtoken_family_id" to table: "refresh_tokens"
CREATE INDEX `refreshtoken_family_id` ON `refresh_tokens` (`family_id`);
-- create index "refreshtoken_user_id" to table: "refresh_tokens"
CREATE INDEX `refreshtoken_user_id` ON `refresh_tokens` (`user_id`);
-- create "tiers" table
CREATE TABLE `tiers` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `rank` integer NOT NULL, `description` text NOT NULL DEFAULT (''), `currency` text NOT NULL DEFAULT ('USD'), `min_revenue_t12m` integer NOT NULL DEFAULT (0), `min_won_deals` integer NOT NULL DEFAULT (0), `min_certified_people` integer NOT NULL DEFAULT (0), `discount_bps` integer NOT NULL DEFAULT (0), `rebate_bps` integer NOT NULL DEFAULT (0), `mdf_quarterly_allowance` integer NOT NULL DEFAULT (0), `deal_protection_days` integer NOT NULL DEFAULT (90), `benefits` json NULL, PRIMARY KEY (`id`));
-- create index "tiers_name_key" to table: "tiers"
CREATE UNIQUE INDEX `tiers_name_key` ON `tiers` (`name`);
-- create index "tiers_rank_key" to table: "tiers"
CREATE UNIQUE INDEX `tiers_rank_key` ON `tiers` (`rank`);
-- create index "tier_created_at" to table: "tiers"
CREATE INDEX `tier_created_at` ON `tiers` (`created_at`);
-- create "users" table
CREATE TABLE `users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `name` text NOT NULL, `password_hash` text NULL, `role` text NOT NULL, `job_function` text NULL, `status` text NOT NULL DEFAULT ('ACTIVE'), `last_login_at` datetime NULL, `failed_logins` integer NOT NULL DEFAULT (0), `failed_logins_since` datetime NULL, `locked_until` datetime NULL, `partner_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `users_partners_partner` FOREIGN KEY (`partner_id`) REFERENCES `partners` (`id`) ON DELETE SET NULL);
-- create index "users_email_key" to table: "users"
CREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);
-- create index "user_partner_id" to table: "users"
CREATE INDEX `user_partner_id` ON `users` (`partner_id`);
-- create index "user_role" to table: "users"
CREATE INDEX `user_role` ON `users` (`role`);
-- create index "user_status" to table: "users"
CREATE INDEX `user_status` ON `users` (`status`);
-- create index "user_name" to table: "users"
CREATE INDEX `user_name` ON `users` (`name`);
-- create index "user_created_at" to table: "users"
CREATE INDEX `user_created_at` ON `users` (`created_at`);
