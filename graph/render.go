package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/executor"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// renderSelections is how a webhook shows each kind of object: the fields a client would select,
// asked through node(id:) as the subscriber, so the API's privacy decides what is in the body
// (a row the subscriber may not read is null, a field it may not read is null or blanked). Keyed
// by the ID's table; one query per type, since the types' fields of one name differ in type.
var renderSelections = map[string]string{
	"deals": `... on Deal { createdAt updatedAt customerName customerDomain contactName contactEmail title description amount currency
    expectedCloseDate products source status decisionDueAt decisionNote decidedAt protectionExpiresAt coSell closedAt closedAmount
    partner { id name } registeredBy { id name email } }`,
	"partners": `... on Partner { createdAt updatedAt name slug type status website domain country region verticals contractSignedAt firstDealAt tier { id name rank } }`,
	"users":    `... on User { createdAt updatedAt email name role jobFunction status partner { id name } }`,
	"lead_offers": `... on LeadOffer { createdAt updatedAt status deadline declineReason note respondedAt partner { id name }
    lead { id company domain contactName contactEmail country region vertical interest estimatedValue currency source status offerDeadline acceptedAt deal { id } } }`,
	"contents": `... on Content { createdAt updatedAt title summary kind body externalURL tags language version status publishedAt reviewBy
    minTier { id name rank } }`,
	"mdf_requests": `... on MdfRequest { createdAt updatedAt activityType title plan startDate endDate requestedAmount approvedAmount currency
    expectedLeads status decisionNote decidedAt claimDeadline partner { id name } requester { id name email } }`,
	"mdf_claims": `... on MdfClaim { createdAt updatedAt amount currency actualLeads pipelineGenerated note status submittedAt reviewNote
    reviewedAt paymentReference paidAt partner { id name } request { id title status } submittedBy { id name email } }`,
	"lesson_progresses":    `... on LessonProgress { createdAt completedAt partner { id name } user { id name email } lesson { id title course { id title } } }`,
	"quiz_attempts":        `... on QuizAttempt { createdAt number score passed partner { id name } user { id name email } quiz { id title course { id title } } }`,
	"certification_awards": `... on CertificationAward { createdAt updatedAt status issuedAt expiresAt valid verificationUrl partner { id name } user { id name email } certification { id name } }`,
	"partner_applications": `... on PartnerApplication { createdAt updatedAt company website domain partnerType country contactName contactEmail motivation
    status declineReason reviewedAt }`,
	"mdf_allocations": `... on MdfAllocation { createdAt updatedAt periodStart periodEnd currency source amount committed claimed paid expired remaining
    commitBy partner { id name } }`,
	"tiers": `... on Tier { createdAt updatedAt name rank description currency minRevenueT12m minWonDeals minCertifiedPeople minApprovedRegistrations
    requiresManualCheck windowDays discountBps rebateBps coopAccrualBps mdfQuarterlyAllowance dealProtectionDays benefits }`,
	"courses":         `... on Course { createdAt updatedAt title summary minutes lessons { id position title } }`,
	"learning_tracks": `... on LearningTrack { createdAt updatedAt name description jobFunction courses { id title } }`,
	"certifications":  `... on Certification { createdAt updatedAt name description validity tracks { id name } }`,
	"onboarding_templates": `... on OnboardingTemplate { createdAt updatedAt name partnerType active tier { id name }
    steps { title description dueDay completion ownerRole } }`,
	"routing_rules": `... on RoutingRule { createdAt updatedAt name position kind required enabled leadCountries values minTierRank maxOpenLeads }`,
	"onboarding_steps": `... on OnboardingStep { createdAt updatedAt position title description dueAt completion ownerRole completedAt
    partner { id name } completedBy { id name } }`,
}

// tierChangeFields are a tier change's fields. TierChange is not a Node: it is rendered from its
// partner's list of changes (tierChanges, newest first), where a change just published is among
// the first.
const tierChangeFields = `id partnerId partnerName fromTierId fromTierName toTierId toTierName kind status reason graceEndsAt
  decidedAt decisionNote createdAt`

// Renderer renders objects for webhook bodies (webhook.Renderer) by running renderQuery on the
// API's own executable schema, as the viewer in the context.
type Renderer struct {
	exec   *executor.Executor
	client *ent.Client
}

// NewRenderer returns a renderer over client.
func NewRenderer(client *ent.Client) *Renderer {
	return &Renderer{exec: executor.New(NewSchema(client, Services{})), client: client}
}

// Render returns the object as JSON, or nil when the viewer may not see it.
func (r *Renderer) Render(ctx context.Context, id string) (json.RawMessage, error) {
	table, _ := ids.Table(id)
	if table == "tier_changes" {
		return r.renderTierChange(ctx, id)
	}
	sel, ok := renderSelections[table]
	if !ok {
		return nil, fmt.Errorf("rendering %s: no webhook selection for %q", id, table)
	}
	var out struct {
		Node json.RawMessage `json:"node"`
	}
	if err := r.run(ctx, `query($id: ID!) { node(id: $id) { __typename id `+sel+` } }`, map[string]any{"id": id}, &out); err != nil {
		return nil, fmt.Errorf("rendering %s: %w", id, err)
	}
	if len(out.Node) == 0 || string(out.Node) == "null" {
		return nil, nil // not found, or not the viewer's to see
	}
	return out.Node, nil
}

// renderTierChange finds the change among its partner's as the viewer reads them: a change of a
// partner the viewer may not read is not found, so it renders nothing.
func (r *Renderer) renderTierChange(ctx context.Context, id string) (json.RawMessage, error) {
	ch, err := r.client.TierChange.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("rendering %s: %w", id, err)
	}
	var out struct {
		Changes []json.RawMessage `json:"tierChanges"`
	}
	q := `query($p: ID!) { tierChanges(partnerId: $p, first: 100) { __typename ` + tierChangeFields + ` } }`
	if err := r.run(ctx, q, map[string]any{"p": ch.PartnerID}, &out); err != nil {
		return nil, fmt.Errorf("rendering %s: %w", id, err)
	}
	for _, c := range out.Changes {
		var head struct{ ID string }
		if json.Unmarshal(c, &head) == nil && head.ID == id {
			return c, nil
		}
	}
	return nil, nil
}

// run executes query on the API's schema as the viewer in ctx and decodes its data into out.
func (r *Renderer) run(ctx context.Context, query string, vars map[string]any, out any) error {
	params := &graphql.RawParams{Query: query, Variables: vars}
	params.ReadTime = graphql.TraceTiming{Start: time.Now(), End: time.Now()}
	ctx = graphql.StartOperationTrace(ctx)
	oc, errs := r.exec.CreateOperationContext(ctx, params)
	if errs != nil {
		return fmt.Errorf("%v", errs)
	}
	ctx = graphql.WithOperationContext(ctx, oc)
	handler, ctx := r.exec.DispatchOperation(ctx, oc)
	return json.Unmarshal(handler(ctx).Data, out)
}
