package metrics

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/internal/deal/status"
)

// margins are the vendor's margin rates in basis points: the program's, and some products' own.
type margins struct {
	program  *int
	products map[string]int // by productKey
}

func loadMargins(ctx context.Context, client *ent.Client) (margins, error) {
	rates, err := client.MarginRate.Query().All(ctx)
	if err != nil {
		return margins{}, err
	}
	m := margins{products: map[string]int{}}
	for _, r := range rates {
		if r.Product == "" {
			m.program = &r.RateBps
		} else {
			m.products[productKey(r.Product)] = r.RateBps
		}
	}
	return m, nil
}

// productKey matches a deal's product to a rate however either was capitalised or spaced.
func productKey(p string) string { return strings.ToLower(strings.TrimSpace(p)) }

// dealBps is the margin of a deal listing products: registrations carry no line amounts, so the
// amount counts as split evenly between the products, each at its own rate or else the program's.
// A deal listing none is at the program's rate.
func (m margins) dealBps(products []string) float64 {
	if len(products) == 0 {
		return float64(*m.program)
	}
	var total int
	for _, p := range products {
		bps, ok := m.products[productKey(p)]
		if !ok {
			bps = *m.program
		}
		total += bps
	}
	return float64(total) / float64(len(products))
}

type productRow struct {
	Group    string
	Products *string
	Currency string
	Day      string
	Count    int
	Sum      *int64
}

// sourcedByProducts sums the partner-sourced deals won in [from, to) per group, product list,
// currency and day of closing: the few distinct product lists keep it an aggregate.
func sourcedByProducts(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]productRow, error) {
	return collect(ctx, client.Deal.Query().
		Where(entdeal.StatusEQ(status.Won), entdeal.SourceEQ(entdeal.SourceSOURCED),
			entdeal.ClosedAtGTE(from), entdeal.ClosedAtLT(to)).
		Modify(func(s *sql.Selector) {
			g := dim(s, by, s.C(entdeal.FieldPartnerID), s.C(entdeal.FieldClosedAt))
			p, c, d := s.C(entdeal.FieldProducts), s.C(entdeal.FieldCurrency), day(s, s.C(entdeal.FieldClosedAt))
			s.Select(sql.As(g, "grp"), sql.As(p, "products"), sql.As(c, "currency"), sql.As(d, "day"),
				sql.As(sql.Count("*"), "count"), sql.As(sql.Sum(s.C(entdeal.FieldClosedAmount)), "sum")).
				GroupBy(groupCols(by, g, p, c, d)...)
		}), func(r *sql.Rows, x *productRow) error {
		return r.Scan(text{&x.Group}, optText{&x.Products}, text{&x.Currency}, text{&x.Day}, integer{&x.Count}, optInteger{&x.Sum})
	})
}

// productMargins is the gross margin of partner-sourced won revenue per group, in the reporting
// currency, when some products have their own rate (m.program is set).
func (c *computation) productMargins(by GroupBy, m margins) (map[string]*sum, error) {
	rows, err := sourcedByProducts(c.ctx, c.client, c.req.From, c.req.To, by)
	if err != nil {
		return nil, err
	}
	out := map[string]*sum{}
	bpsOf := map[string]float64{} // by product list as stored: few distinct lists
	for _, r := range rows {
		var list string
		if r.Products != nil {
			list = *r.Products
		}
		bps, seen := bpsOf[list]
		if !seen {
			var products []string
			if list != "" {
				if err := json.Unmarshal([]byte(list), &products); err != nil {
					return nil, err
				}
			}
			bps = m.dealBps(products)
			bpsOf[list] = bps
		}
		g := c.group(by, r.Group)
		s := out[g]
		if s == nil {
			s = &sum{}
			out[g] = s
		}
		var amount float64
		if r.Sum != nil {
			amount = float64(*r.Sum)
		}
		s.add(c.conv.at(r.Currency, r.Day), r.Currency, amount*bps/10000, r.Count)
	}
	return out, nil
}
