package deal

import (
	"context"
	"sort"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/user"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// DecisionStats are one reviewer's decisions over a period.
type DecisionStats struct {
	Reviewer              *ent.User
	Decided               int
	MedianHoursToDecision float64
	WithinSLARate         float64
}

// Decisions reports, per reviewer, the registrations approved or rejected in [from, to): how many,
// the median hours from submission to decision, and the share decided by the due time.
func Decisions(ctx context.Context, client *ent.Client, from, to time.Time) ([]*DecisionStats, error) {
	decided, err := client.Deal.Query().
		Where(entdeal.DecidedAtGTE(from), entdeal.DecidedAtLT(to), entdeal.ReviewerIDNEQ("")).
		Select(entdeal.FieldReviewerID, entdeal.FieldCreatedAt, entdeal.FieldDecidedAt, entdeal.FieldDecisionDueAt).
		All(ctx)
	if err != nil {
		return nil, err
	}
	hours := map[string][]float64{}
	onTime := map[string]int{}
	for _, d := range decided {
		hours[d.ReviewerID] = append(hours[d.ReviewerID], d.DecidedAt.Sub(d.CreatedAt).Hours())
		if !d.DecidedAt.After(d.DecisionDueAt) {
			onTime[d.ReviewerID]++
		}
	}
	ids := make([]string, 0, len(hours))
	for id := range hours {
		ids = append(ids, id)
	}
	users, err := client.User.Query().Where(user.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[string]*ent.User{}
	for _, u := range users {
		byID[u.ID] = u
	}
	out := make([]*DecisionStats, 0, len(ids))
	for _, id := range ids {
		hs := hours[id]
		out = append(out, &DecisionStats{
			Reviewer: byID[id], Decided: len(hs),
			MedianHoursToDecision: median(hs),
			WithinSLARate:         float64(onTime[id]) / float64(len(hs)),
		})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Decided != out[j].Decided {
			return out[i].Decided > out[j].Decided
		}
		return out[i].Reviewer != nil && out[j].Reviewer != nil && out[i].Reviewer.Name < out[j].Reviewer.Name
	})
	return out, nil
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
