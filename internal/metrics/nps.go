package metrics

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/surveyresponse"
)

type npsRow struct {
	Group      string
	Promoters  int
	Detractors int
	Total      int
	ScoreSum   int
}

// npsRows counts the survey answers given in [from, to) per group: promoters (9–10), detractors
// (0–6), all, and the sum of scores. Tier and partner type are the organisation's when it answered.
func npsRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]npsRow, error) {
	return collect(ctx, client.SurveyResponse.Query().
		Where(surveyresponse.CreatedAtGTE(from), surveyresponse.CreatedAtLT(to)).
		Modify(func(s *sql.Selector) {
			var g string
			switch by {
			case ByTier:
				g = s.C(surveyresponse.FieldTierID)
			case ByPartnerType:
				g = s.C(surveyresponse.FieldPartnerType)
			default:
				g = dim(s, by, s.C(surveyresponse.FieldPartnerID), s.C(surveyresponse.FieldCreatedAt))
			}
			score := s.C(surveyresponse.FieldScore)
			s.Select(sql.As(g, "grp"),
				sql.As("SUM(CASE WHEN "+score+" >= 9 THEN 1 ELSE 0 END)", "promoters"),
				sql.As("SUM(CASE WHEN "+score+" <= 6 THEN 1 ELSE 0 END)", "detractors"),
				sql.As(sql.Count("*"), "total"), sql.As(sql.Sum(score), "score_sum"))
			if by != None {
				s.GroupBy(g)
			}
		}), func(r *sql.Rows, x *npsRow) error {
		return r.Scan(text{&x.Group}, integer{&x.Promoters}, integer{&x.Detractors}, integer{&x.Total}, integer{&x.ScoreSum})
	})
}

// nps emits partner NPS and PSAT.
func (c *computation) nps() error {
	by := c.req.By
	rows, err := npsRows(c.ctx, c.client, c.req.From, c.req.To, by)
	if err != nil {
		return err
	}
	type agg struct{ p, d, n, sum int }
	groups := map[string]*agg{}
	for _, r := range rows {
		g := r.Group
		if by == ByPartner || by == ByRegion {
			g = c.group(by, r.Group)
		}
		a := groups[g]
		if a == nil {
			a = &agg{}
			groups[g] = a
		}
		a.p += r.Promoters
		a.d += r.Detractors
		a.n += r.Total
		a.sum += r.ScoreSum
	}
	if by == None && groups[""] == nil {
		groups[""] = &agg{}
	}
	for g, a := range groups {
		n := float64(a.n)
		f := &Figure{Key: NPS, Group: g, Count: a.n, Numerator: ptr(float64(a.p - a.d)), Denominator: ptr(n)}
		if v := ratio(float64(a.p-a.d), n); v != nil {
			f.Value = ptr(100 * *v)
		}
		c.emit(f)
		c.emit(&Figure{Key: PSAT, Group: g, Count: a.n, Value: ratio(float64(a.sum), n), Numerator: ptr(float64(a.sum)), Denominator: ptr(n)})
	}
	return nil
}
