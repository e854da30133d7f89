// Package ids makes the public identifiers of PartnerHub rows: a short type prefix, an underscore and
// a ULID (e.g. "dea_01JD5…"). The prefix lets node(id:) find the table without a lookup, the ULID keeps
// IDs sortable by creation time, and its random part comes from crypto/rand so IDs cannot be guessed.
package ids

import (
	"crypto/rand"
	"strings"
	"time"

	"github.com/oklog/ulid/v2"
)

// Prefixes of every entity. A new entity adds one line here and one in tables.
const (
	Tier         = "tir"
	Partner      = "prt"
	User         = "usr"
	RefreshToken = "rft"
	APIKey       = "key"
	Invitation   = "inv"
	AuditEvent   = "aud"
	Account      = "acc"
	Deal         = "dea"
	DealEvent    = "dev"
	Application  = "app"
	Outbox       = "obx"
	DealConflict = "dcf"
	DealExt      = "dex"
	Idempotency  = "idk"
	// Leads and webhooks (docs/leads-and-routing.md, docs/webhooks.md).
	Lead            = "led"
	LeadOffer       = "lof"
	LeadRouting     = "lrt"
	RoutingRule     = "rtr"
	WebhookSub      = "whs"
	WebhookEvent    = "wev"
	WebhookDelivery = "whd"

	// Onboarding and training (docs/onboarding-and-training.md).
	OnboardingTemplate = "obt"
	OnboardingJourney  = "obj"
	OnboardingStep     = "obs"
	OnboardingDigest   = "obd"
	Course             = "crs"
	Lesson             = "lsn"
	Quiz               = "qiz"
	QuizAttempt        = "qat"
	LessonProgress     = "lpr"
	LearningTrack      = "ltr"
	Certification      = "cer"
	CertAward          = "caw"

	// Password resets (docs/passwords-and-sessions.md).
	PasswordReset = "pwr"
	Content       = "cnt"
	File          = "fil"
	ContentEvent  = "cev"
	// Tier evaluation and partner health (docs/tier-evaluation.md).
	TierEvaluation = "tev"
	TierChange     = "tch"
	TierSettings   = "tst"
	HealthWeights  = "hwt"
	HealthScore    = "hsc"

	// Program analytics (docs/program-analytics.md).
	ExchangeRate     = "fxr"
	ProgramCost      = "pco"
	PartnerNote      = "pno"
	MarginRate       = "mrg"
	Survey           = "srv"
	SurveyInvitation = "svi"
	SurveyResponse   = "svr"

	// Marketing development funds (docs/mdf.md).
	MdfAllocation  = "mda"
	MdfRequest     = "mdr"
	MdfClaim       = "mdc"
	MdfLedgerEntry = "mdl"
	MdfSettings    = "mds"

	// In-app notifications (docs/notifications.md).
	Notification = "ntf"
)

// tables maps a prefix to the ent table (and GraphQL node type) it identifies.
var tables = map[string]string{
	Tier:         "tiers",
	Partner:      "partners",
	User:         "users",
	RefreshToken: "refresh_tokens",
	APIKey:       "api_keys",
	Invitation:   "invitations",
	AuditEvent:   "audit_events",
	Account:      "accounts",
	Deal:         "deals",
	DealEvent:    "deal_events",
	Application:  "partner_applications",
	Outbox:       "outbox_messages",
	DealConflict: "deal_conflicts",
	DealExt:      "deal_extensions",
	Idempotency:  "idempotency_keys",
	// Leads and webhooks.
	Lead:            "leads",
	LeadOffer:       "lead_offers",
	LeadRouting:     "lead_routings",
	RoutingRule:     "routing_rules",
	WebhookSub:      "webhook_subscriptions",
	WebhookEvent:    "webhook_events",
	WebhookDelivery: "webhook_deliveries",

	OnboardingTemplate: "onboarding_templates",
	OnboardingJourney:  "onboarding_journeys",
	OnboardingStep:     "onboarding_steps",
	OnboardingDigest:   "onboarding_digests",
	Course:             "courses",
	Lesson:             "lessons",
	Quiz:               "quizzes",
	QuizAttempt:        "quiz_attempts",
	LessonProgress:     "lesson_progresses",
	LearningTrack:      "learning_tracks",
	Certification:      "certifications",
	CertAward:          "certification_awards",

	PasswordReset: "password_resets",
	Content:       "contents",
	File:          "files",
	ContentEvent:  "content_events",
	// Tier evaluation and partner health.
	TierEvaluation: "tier_evaluations",
	TierChange:     "tier_changes",
	TierSettings:   "tier_settings",
	HealthWeights:  "health_weights",
	HealthScore:    "health_scores",

	ExchangeRate:     "exchange_rates",
	ProgramCost:      "program_costs",
	PartnerNote:      "partner_notes",
	MarginRate:       "margin_rates",
	Survey:           "surveys",
	SurveyInvitation: "survey_invitations",
	SurveyResponse:   "survey_responses",
	// Marketing development funds.
	MdfAllocation:  "mdf_allocations",
	MdfRequest:     "mdf_requests",
	MdfClaim:       "mdf_claims",
	MdfSettings:    "mdf_settings",
	Notification:   "notifications",
	MdfLedgerEntry: "mdf_ledger_entries",
}

// New returns a fresh ID with the given prefix.
func New(prefix string) string {
	return prefix + "_" + ulid.MustNew(ulid.Timestamp(time.Now()), rand.Reader).String()
}

// Table tells which table an ID belongs to. It reports false for a malformed ID or an unknown
// prefix, which callers answer exactly like a missing row.
func Table(id string) (string, bool) {
	prefix, rest, ok := strings.Cut(id, "_")
	if !ok {
		return "", false
	}
	if _, err := ulid.ParseStrict(rest); err != nil {
		return "", false
	}
	table, ok := tables[prefix]
	return table, ok
}
