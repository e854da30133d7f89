package deal

import (
	"context"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/predicate"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/deal/status"
	"github.com/partnerhub/partnerhub/internal/viewer"

	entdeal "github.com/partnerhub/partnerhub/ent/deal"
)

// QueueItem is a registration waiting for a decision.
type QueueItem struct {
	Deal            *ent.Deal
	DecisionDueAt   time.Time
	Overdue         bool
	ManagedByViewer bool
}

// MaxQueue caps one page of the approval queue, whatever first or last ask for.
const MaxQueue = 100

// QueueEdge is one registration of a queue page and where it stands in the order.
type QueueEdge struct {
	Node   *QueueItem
	Cursor ent.Cursor
}

// QueueConnection is one page of the approval queue.
type QueueConnection struct {
	Edges      []*QueueEdge
	PageInfo   ent.PageInfo
	TotalCount int
}

// QueueFilter narrows the queue. Amounts are minor units of Currency: a range without a currency
// is refused, since amounts in different currencies do not compare.
type QueueFilter struct {
	PartnerID    *string
	Currency     *string
	MinAmount    *int64
	MaxAmount    *int64
	Overdue      *bool
	HasConflicts *bool
}

// QueuePage says which page: First after After, or Last before Before (Relay).
type QueuePage struct {
	First, Last   *int
	After, Before *ent.Cursor
}

// queueKey is a registration's place in the queue: the rank of its group (0 for the partners a
// channel manager manages, 1 for the rest; everything is 1 for an admin), then due time, then ID.
type queueKey struct {
	rank int
	due  time.Time
	id   string
}

func (k queueKey) cursor() ent.Cursor {
	return ent.Cursor{ID: k.id, Value: strconv.Itoa(k.rank) + "|" + k.due.UTC().Format(time.RFC3339Nano)}
}

func keyOf(c *ent.Cursor, field string) (*queueKey, error) {
	if c == nil {
		return nil, nil
	}
	bad := apperr.BadInput(field, "the cursor is not one of this queue's; start again without it")
	raw, ok := c.Value.(string)
	if !ok {
		return nil, bad
	}
	rank, due, found := strings.Cut(raw, "|")
	r, err := strconv.Atoi(rank)
	if !found || err != nil || (r != 0 && r != 1) {
		return nil, bad
	}
	t, err := time.Parse(time.RFC3339Nano, due)
	if err != nil || c.ID == "" {
		return nil, bad
	}
	return &queueKey{rank: r, due: t, id: c.ID}, nil
}

// queueGroup is one run of the order: its rank and which registrations belong to it.
type queueGroup struct {
	rank    int
	managed bool
	where   []predicate.Deal
}

// ApprovalQueue pages through SUBMITTED registrations, the most urgent first; for a channel
// manager the partners they manage come before the rest. Cursors are keyset positions over
// (managed first, decision due time, ID), so a page never skips or repeats a registration when
// others are decided in between. Which registrations the viewer may see is the Deal policy's.
func ApprovalQueue(ctx context.Context, client *ent.Client, f QueueFilter, p QueuePage, now time.Time) (*QueueConnection, error) {
	filter, err := f.predicates(now)
	if err != nil {
		return nil, err
	}
	after, err := keyOf(p.After, "after")
	if err != nil {
		return nil, err
	}
	before, err := keyOf(p.Before, "before")
	if err != nil {
		return nil, err
	}
	if p.First != nil && p.Last != nil {
		return nil, apperr.BadInput("last", "ask for the first or the last registrations of a page, not both")
	}
	limit, backwards, field := MaxQueue, false, "first"
	switch {
	case p.Last != nil:
		limit, backwards, field = *p.Last, true, "last"
	case p.First != nil:
		limit = *p.First
	}
	if limit < 0 || limit > MaxQueue {
		return nil, apperr.BadInput(field, "a page holds 0 to %d registrations", MaxQueue)
	}

	groups := []queueGroup{{rank: 1}}
	if v := viewer.FromContext(ctx); v != nil && v.Role == viewer.ChannelManager {
		mine := entdeal.HasPartnerWith(partner.ManagerID(v.UserID))
		groups = []queueGroup{{rank: 0, managed: true, where: []predicate.Deal{mine}}, {rank: 1, where: []predicate.Deal{entdeal.Not(mine)}}}
	}
	base := append([]predicate.Deal{entdeal.StatusEQ(status.Submitted)}, filter...)

	total, err := client.Deal.Query().Where(base...).Count(ctx)
	if err != nil {
		return nil, err
	}
	conn := &QueueConnection{TotalCount: total}
	if limit == 0 {
		return conn, nil
	}
	if backwards {
		for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
			groups[i], groups[j] = groups[j], groups[i]
		}
	}
	var items []*QueueItem
	var keys []queueKey
	for _, g := range groups {
		if len(items) > limit {
			break
		}
		where := append(append([]predicate.Deal{}, base...), g.where...)
		skip := false
		if after != nil {
			switch {
			case g.rank < after.rank:
				skip = true
			case g.rank == after.rank:
				where = append(where, beyond(after, false))
			}
		}
		if before != nil {
			switch {
			case g.rank > before.rank:
				skip = true
			case g.rank == before.rank:
				where = append(where, beyond(before, true))
			}
		}
		if skip {
			continue
		}
		q := client.Deal.Query().Where(where...).Limit(limit + 1 - len(items))
		if backwards {
			q.Order(entdeal.ByDecisionDueAt(sql.OrderDesc()), entdeal.ByID(sql.OrderDesc()))
		} else {
			q.Order(entdeal.ByDecisionDueAt(), entdeal.ByID())
		}
		ds, err := q.All(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			items = append(items, &QueueItem{Deal: d, DecisionDueAt: d.DecisionDueAt, Overdue: now.After(d.DecisionDueAt), ManagedByViewer: g.managed})
			keys = append(keys, queueKey{rank: g.rank, due: d.DecisionDueAt, id: d.ID})
		}
	}
	more := len(items) > limit
	if more {
		items, keys = items[:limit], keys[:limit]
	}
	if backwards {
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
			keys[i], keys[j] = keys[j], keys[i]
		}
		conn.PageInfo.HasPreviousPage = more
		conn.PageInfo.HasNextPage = before != nil
	} else {
		conn.PageInfo.HasNextPage = more
		conn.PageInfo.HasPreviousPage = after != nil
	}
	for i, it := range items {
		conn.Edges = append(conn.Edges, &QueueEdge{Node: it, Cursor: keys[i].cursor()})
	}
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[n-1].Cursor
	}
	return conn, nil
}

// beyond selects, within one group, the registrations after k in the order (or before it).
func beyond(k *queueKey, before bool) predicate.Deal {
	if before {
		return entdeal.Or(entdeal.DecisionDueAtLT(k.due), entdeal.And(entdeal.DecisionDueAtEQ(k.due), entdeal.IDLT(k.id)))
	}
	return entdeal.Or(entdeal.DecisionDueAtGT(k.due), entdeal.And(entdeal.DecisionDueAtEQ(k.due), entdeal.IDGT(k.id)))
}

func (f QueueFilter) predicates(now time.Time) ([]predicate.Deal, error) {
	var ps []predicate.Deal
	if f.PartnerID != nil {
		ps = append(ps, entdeal.PartnerID(*f.PartnerID))
	}
	if f.Currency != nil {
		c := strings.ToUpper(strings.TrimSpace(*f.Currency))
		if len(c) != 3 {
			return nil, apperr.BadInput("where.currency", "a currency is a three-letter ISO-4217 code, e.g. USD")
		}
		ps = append(ps, entdeal.Currency(c))
	}
	if (f.MinAmount != nil || f.MaxAmount != nil) && f.Currency == nil {
		return nil, apperr.BadInput("where.currency", "say which currency the amount range is in; amounts in different currencies are not compared")
	}
	if f.MinAmount != nil {
		ps = append(ps, entdeal.AmountGTE(*f.MinAmount))
	}
	if f.MaxAmount != nil {
		ps = append(ps, entdeal.AmountLTE(*f.MaxAmount))
	}
	if f.MinAmount != nil && f.MaxAmount != nil && *f.MinAmount > *f.MaxAmount {
		return nil, apperr.BadInput("where.maxAmount", "the largest amount is below the smallest (%d)", *f.MinAmount)
	}
	if f.Overdue != nil {
		if *f.Overdue {
			ps = append(ps, entdeal.DecisionDueAtLT(now))
		} else {
			ps = append(ps, entdeal.DecisionDueAtGTE(now))
		}
	}
	if f.HasConflicts != nil {
		if *f.HasConflicts {
			ps = append(ps, entdeal.HasConflicts())
		} else {
			ps = append(ps, entdeal.Not(entdeal.HasConflicts()))
		}
	}
	return ps, nil
}
