package metrics

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	entdeal "github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/programcost"
	"github.com/partnerhub/partnerhub/internal/deal/status"
)

// The aggregate queries. Each groups and counts or sums in the database through an ent query, so
// the privacy policies scope it like any list; Go only maps partners to their groups, converts
// currencies, takes medians of the per-deal or per-partner durations SQL computed and adds grouped
// closed deals up into the whole program's (closed).

// groupCols lists the GROUP BY columns, leaving out the constant of an ungrouped query
// (PostgreSQL refuses a constant in GROUP BY).
func groupCols(by GroupBy, g string, rest ...string) []string {
	if by == None {
		return rest
	}
	return append([]string{g}, rest...)
}

type closedRow struct {
	Group    string
	Status   string
	Source   string
	Currency string
	Day      string
	Count    int
	Sum      *int64
}

// closedRows counts and sums the deals won or lost in [from, to) per group and status, and the won
// ones per source and currency, and per day of closing when withDay (for conversion at the close
// date's rate). A lost deal counts only toward the win rate: its source, currency and day read as
// empty, so the lost deals of a group are one row.
func closedRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy, withDay bool) ([]closedRow, error) {
	return collect(ctx, client.Deal.Query().
		Where(entdeal.StatusIn(status.Won, status.Lost), entdeal.ClosedAtGTE(from), entdeal.ClosedAtLT(to)).
		Modify(func(s *sql.Selector) {
			g := dim(s, by, s.C(entdeal.FieldPartnerID), s.C(entdeal.FieldClosedAt))
			st := s.C(entdeal.FieldStatus)
			ifWon := func(col string) string { return "CASE WHEN " + st + " = 'WON' THEN " + col + " ELSE '' END" }
			src, cur := ifWon(s.C(entdeal.FieldSource)), ifWon(s.C(entdeal.FieldCurrency))
			d := empty
			cols := []string{st, src, cur}
			if withDay {
				d = ifWon(day(s, s.C(entdeal.FieldClosedAt)))
				cols = append(cols, d)
			}
			s.Select(sql.As(g, "grp"), sql.As(st, "status"), sql.As(src, "source"), sql.As(cur, "currency"), sql.As(d, "day"),
				sql.As(sql.Count("*"), "count"), sql.As(sql.Sum(s.C(entdeal.FieldClosedAmount)), "sum")).
				GroupBy(groupCols(by, g, cols...)...)
		}), func(r *sql.Rows, x *closedRow) error {
		return r.Scan(text{&x.Group}, text{&x.Status}, text{&x.Source}, text{&x.Currency}, text{&x.Day}, integer{&x.Count}, optInteger{&x.Sum})
	})
}

type countRow struct {
	Group string
	Key   string
	Count int
}

// decisionRows counts the registrations decided in [from, to) per group and status.
func decisionRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]countRow, error) {
	return collect(ctx, client.Deal.Query().
		Where(entdeal.DecidedAtGTE(from), entdeal.DecidedAtLT(to)).
		Modify(func(s *sql.Selector) {
			g := dim(s, by, s.C(entdeal.FieldPartnerID), s.C(entdeal.FieldDecidedAt))
			st := s.C(entdeal.FieldStatus)
			s.Select(sql.As(g, "grp"), sql.As(st, "k"), sql.As(sql.Count("*"), "count")).GroupBy(groupCols(by, g, st)...)
		}), func(r *sql.Rows, x *countRow) error { return r.Scan(text{&x.Group}, text{&x.Key}, integer{&x.Count}) })
}

// openRows counts the registrations APPROVED now per group and currency.
func openRows(ctx context.Context, client *ent.Client, by GroupBy) ([]countRow, error) {
	return collect(ctx, client.Deal.Query().
		Where(entdeal.StatusEQ(status.Approved)).
		Modify(func(s *sql.Selector) {
			g := dim(s, by, s.C(entdeal.FieldPartnerID), s.C(entdeal.FieldCreatedAt))
			c := s.C(entdeal.FieldCurrency)
			s.Select(sql.As(g, "grp"), sql.As(c, "k"), sql.As(sql.Count("*"), "count")).GroupBy(groupCols(by, g, c)...)
		}), func(r *sql.Rows, x *countRow) error { return r.Scan(text{&x.Group}, text{&x.Key}, integer{&x.Count}) })
}

type daysRow struct {
	Group string
	Days  float64
}

// cycleRows is the days from registration to close of every deal won or lost in [from, to), per
// group, ordered.
func cycleRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]daysRow, error) {
	return collect(ctx, client.Deal.Query().
		Where(entdeal.StatusIn(status.Won, status.Lost), entdeal.ClosedAtGTE(from), entdeal.ClosedAtLT(to)).
		Modify(func(s *sql.Selector) {
			g := dim(s, by, s.C(entdeal.FieldPartnerID), s.C(entdeal.FieldClosedAt))
			d := daysBetween(s, s.C(entdeal.FieldCreatedAt), s.C(entdeal.FieldClosedAt))
			s.Select(sql.As(g, "grp"), sql.As(d, "days")).OrderBy("days")
		}), func(r *sql.Rows, x *daysRow) error { return r.Scan(text{&x.Group}, number{&x.Days}) })
}

// cohortRows counts the partners that signed in [from, to) per group.
func cohortRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]countRow, error) {
	return collect(ctx, client.Partner.Query().
		Where(partner.ContractSignedAtGTE(from), partner.ContractSignedAtLT(to)).
		Modify(func(s *sql.Selector) {
			g := dim(s, by, s.C(partner.FieldID), s.C(partner.FieldContractSignedAt))
			s.Select(sql.As(g, "grp"), sql.As(empty, "k"), sql.As(sql.Count("*"), "count"))
			if by != None {
				s.GroupBy(g)
			}
		}), func(r *sql.Rows, x *countRow) error { return r.Scan(text{&x.Group}, text{&x.Key}, integer{&x.Count}) })
}

type firstsRow struct {
	Group         string
	FirstRegDays  *float64
	FirstApproved *float64
	FirstWonDays  *float64
}

// firstsRows is, per partner that signed in [from, to) and registered at all, the days from
// signing to its first registration, first approval and first win.
func firstsRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]firstsRow, error) {
	return collect(ctx, client.Deal.Query().
		Modify(func(s *sql.Selector) {
			p := sql.Table(partner.Table)
			s.Join(p).On(s.C(entdeal.FieldPartnerID), p.C(partner.FieldID))
			signed := p.C(partner.FieldContractSignedAt)
			s.Where(sql.And(sql.GTE(signed, from), sql.LT(signed, to)))
			g := dim(s, by, s.C(entdeal.FieldPartnerID), signed)
			reg := daysBetween(s, signed, s.C(entdeal.FieldCreatedAt))
			appr := "MIN(CASE WHEN " + s.C(entdeal.FieldDecidedAt) + " IS NOT NULL AND " + s.C(entdeal.FieldStatus) +
				" <> 'REJECTED' THEN " + daysBetween(s, signed, s.C(entdeal.FieldDecidedAt)) + " END)"
			won := "MIN(CASE WHEN " + s.C(entdeal.FieldStatus) + " = 'WON' THEN " + daysBetween(s, signed, s.C(entdeal.FieldClosedAt)) + " END)"
			s.Select(sql.As(g, "grp"), sql.As("MIN("+reg+")", "first_reg"), sql.As(appr, "first_approved"), sql.As(won, "first_won")).
				GroupBy(groupCols(by, g, s.C(entdeal.FieldPartnerID))...)
		}), func(r *sql.Rows, x *firstsRow) error {
		return r.Scan(text{&x.Group}, optNumber{&x.FirstRegDays}, optNumber{&x.FirstApproved}, optNumber{&x.FirstWonDays})
	})
}

type activeRow struct {
	PartnerID string
	AtStart   int
	AtEnd     int
}

// activeWindow is how recently a partner must have registered a deal to count as active.
const activeWindow = 180 * 24 * time.Hour

// activeRows counts per partner its registrations in the active window before from and before to.
func activeRows(ctx context.Context, client *ent.Client, from, to time.Time) ([]activeRow, error) {
	return collect(ctx, client.Deal.Query().
		Where(entdeal.CreatedAtGTE(from.Add(-activeWindow)), entdeal.CreatedAtLT(to)).
		Modify(func(s *sql.Selector) {
			c := s.C(entdeal.FieldCreatedAt)
			in := func(start, end time.Time) sql.Querier {
				return sql.ExprFunc(func(b *sql.Builder) {
					b.WriteString("SUM(CASE WHEN " + c + " >= ").Arg(start).WriteString(" AND " + c + " < ").Arg(end).WriteString(" THEN 1 ELSE 0 END)")
				})
			}
			s.Select(sql.As(s.C(entdeal.FieldPartnerID), "partner_id")).
				AppendSelectExprAs(in(from.Add(-activeWindow), from), "at_start").
				AppendSelectExprAs(in(to.Add(-activeWindow), to), "at_end").
				GroupBy(s.C(entdeal.FieldPartnerID))
		}), func(r *sql.Rows, x *activeRow) error {
		return r.Scan(text{&x.PartnerID}, integer{&x.AtStart}, integer{&x.AtEnd})
	})
}

type costRow struct {
	Group    string
	Currency string
	Day      string
	Sum      int64
}

// costRows sums the recorded program costs starting in [from, to) per group, currency and day.
func costRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]costRow, error) {
	return collect(ctx, client.ProgramCost.Query().
		Where(programcost.PeriodStartGTE(from), programcost.PeriodStartLT(to)).
		Modify(func(s *sql.Selector) {
			g := empty
			if by == ByMonth {
				g = month(s, s.C(programcost.FieldPeriodStart))
			}
			d := day(s, s.C(programcost.FieldPeriodStart))
			c := s.C(programcost.FieldCurrency)
			s.Select(sql.As(g, "grp"), sql.As(c, "currency"), sql.As(d, "day"), sql.As(sql.Sum(s.C(programcost.FieldAmount)), "sum")).
				GroupBy(groupCols(by, g, c, d)...)
		}), func(r *sql.Rows, x *costRow) error {
		return r.Scan(text{&x.Group}, text{&x.Currency}, text{&x.Day}, integer64{&x.Sum})
	})
}

// mdfPaidRows sums the MDF paid out in [from, to) (PAID ledger entries, booked when the vendor
// marks a claim paid) per group, currency and day of payment.
func mdfPaidRows(ctx context.Context, client *ent.Client, from, to time.Time, by GroupBy) ([]costRow, error) {
	return collect(ctx, client.MdfLedgerEntry.Query().
		Where(mdfledgerentry.KindEQ(mdfledgerentry.KindPAID), mdfledgerentry.CreatedAtGTE(from), mdfledgerentry.CreatedAtLT(to)).
		Modify(func(s *sql.Selector) {
			g := empty
			if by == ByMonth {
				g = month(s, s.C(mdfledgerentry.FieldCreatedAt))
			}
			d := day(s, s.C(mdfledgerentry.FieldCreatedAt))
			c := s.C(mdfledgerentry.FieldCurrency)
			s.Select(sql.As(g, "grp"), sql.As(c, "currency"), sql.As(d, "day"), sql.As(sql.Sum(s.C(mdfledgerentry.FieldAmount)), "sum")).
				GroupBy(groupCols(by, g, c, d)...)
		}), func(r *sql.Rows, x *costRow) error {
		return r.Scan(text{&x.Group}, text{&x.Currency}, text{&x.Day}, integer64{&x.Sum})
	})
}
