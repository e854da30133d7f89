package deal_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/deal"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// TestPipelineFiguresMatchRawRows recomputes every grouping from the raw rows, for the vendor and
// for partner viewers, who must get exactly their own figures.
func TestPipelineFiguresMatchRawRows(t *testing.T) {
	e := newEnv(t)
	viewers := []string{"sales@acme-reseller.test", "presales@acme-reseller.test", "sales@globex-msp.test", "admin@umbrella-cloud.test"}
	for i := range 24 {
		in := input(fmt.Sprintf("Pipeline %d", i), fmt.Sprintf("pipeline-%d.example", i))
		in.Amount = int64(1000 * (i + 1))
		if i%3 == 0 {
			in.Currency = "EUR"
		}
		if i%4 == 0 {
			in.Source = entdeal.SourceINFLUENCED
		}
		d := e.mustRegister(t, e.as(t, viewers[i%len(viewers)]), in)
		if i%5 == 0 {
			e.client.Deal.UpdateOneID(d.ID).SetStatus("REJECTED").ExecX(sys())
		}
	}
	from, to := e.now.Add(-time.Hour), e.now.Add(time.Hour)
	all := e.client.Deal.Query().WithPartner(func(q *ent.PartnerQuery) { q.WithTier() }).AllX(sys())

	for _, who := range []string{"admin@vendor.test", "pam@vendor.test", "admin@acme-reseller.test", "sales@acme-reseller.test", "sales@globex-msp.test"} {
		ctx := e.as(t, who)
		for _, by := range []deal.GroupBy{deal.ByStatus, deal.ByPartner, deal.ByTier, deal.ByPartnerType, deal.ByMonth} {
			got, err := deal.Pipeline(ctx, e.client, from, to, by)
			if err != nil {
				t.Fatalf("%s %s: %v", who, by, err)
			}
			want := expected(t, ctx, e, all, by)
			if len(got) != len(want) {
				t.Fatalf("%s by %s: %d figures, want %d", who, by, len(got), len(want))
			}
			for _, f := range got {
				w, ok := want[f.Key+"/"+f.Currency]
				if !ok || *w != *f {
					t.Errorf("%s by %s: got %+v, want %+v", who, by, *f, w)
				}
			}
		}
	}
}

// expected aggregates the rows the viewer in ctx may see, without the code under test.
func expected(t *testing.T, ctx context.Context, e *env, all []*ent.Deal, by deal.GroupBy) map[string]*deal.Figure {
	t.Helper()
	v := viewerOf(ctx)
	out := map[string]*deal.Figure{}
	for _, d := range all {
		if v.partnerID != "" && (d.PartnerID != v.partnerID || (!v.admin && d.RegisteredByID != v.userID)) {
			continue
		}
		var key, label string
		p := d.Edges.Partner
		switch by {
		case deal.ByStatus:
			key, label = string(d.Status), string(d.Status)
		case deal.ByPartner:
			key, label = p.ID, p.Name
		case deal.ByTier:
			key, label = p.Edges.Tier.ID, p.Edges.Tier.Name
		case deal.ByPartnerType:
			key, label = string(p.Type), string(p.Type)
		case deal.ByMonth:
			key, label = d.CreatedAt.UTC().Format("2006-01"), d.CreatedAt.UTC().Format("January 2006")
		}
		f := out[key+"/"+d.Currency]
		if f == nil {
			f = &deal.Figure{Key: key, Label: label, Currency: d.Currency}
			out[key+"/"+d.Currency] = f
		}
		f.Count++
		f.Amount += d.Amount
		if d.Source == entdeal.SourceSOURCED {
			f.SourcedCount++
			f.SourcedAmount += d.Amount
		} else {
			f.InfluencedCount++
			f.InfluencedAmount += d.Amount
		}
	}
	return out
}

type who struct {
	partnerID, userID string
	admin             bool
}

func viewerOf(ctx context.Context) who {
	v := viewerFrom(ctx)
	if v == nil || v.Role.Vendor() {
		return who{}
	}
	return who{partnerID: v.PartnerID, userID: v.UserID, admin: v.Role == "PARTNER_ADMIN"}
}
