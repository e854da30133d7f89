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
}

// Renderer renders objects for webhook bodies (webhook.Renderer) by running renderQuery on the
// API's own executable schema, as the viewer in the context.
type Renderer struct {
	exec *executor.Executor
}

// NewRenderer returns a renderer over client.
func NewRenderer(client *ent.Client) *Renderer {
	return &Renderer{exec: executor.New(NewSchema(client, Services{}))}
}

// Render returns the object as JSON, or nil when the viewer may not see it.
func (r *Renderer) Render(ctx context.Context, id string) (json.RawMessage, error) {
	table, _ := ids.Table(id)
	sel, ok := renderSelections[table]
	if !ok {
		return nil, fmt.Errorf("rendering %s: no webhook selection for %q", id, table)
	}
	query := `query($id: ID!) { node(id: $id) { __typename id ` + sel + ` } }`
	params := &graphql.RawParams{Query: query, Variables: map[string]any{"id": id}}
	params.ReadTime = graphql.TraceTiming{Start: time.Now(), End: time.Now()}
	ctx = graphql.StartOperationTrace(ctx)
	oc, errs := r.exec.CreateOperationContext(ctx, params)
	if errs != nil {
		return nil, fmt.Errorf("rendering %s: %v", id, errs)
	}
	ctx = graphql.WithOperationContext(ctx, oc)
	handler, ctx := r.exec.DispatchOperation(ctx, oc)
	res := handler(ctx)
	var out struct {
		Node json.RawMessage `json:"node"`
	}
	if err := json.Unmarshal(res.Data, &out); err != nil {
		return nil, fmt.Errorf("rendering %s: %w", id, err)
	}
	if len(out.Node) == 0 || string(out.Node) == "null" {
		return nil, nil // not found, or not the viewer's to see
	}
	return out.Node, nil
}
