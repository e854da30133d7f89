// Package viewer tells who is making a request: a signed-in user, a partner developer's API key,
// the system (background jobs, seeding), or nobody. ent privacy rules read it from the context.
package viewer

import (
	"context"
	"sync/atomic"
)

// Role is a user's role (docs/roles-and-permissions.md).
type Role string

// The roles.
const (
	Admin          Role = "ADMIN"
	ChannelManager Role = "CHANNEL_MANAGER"
	PartnerAdmin   Role = "PARTNER_ADMIN"
	PartnerSales   Role = "PARTNER_SALES"
)

// Vendor reports whether the role belongs to the vendor's channel team.
func (r Role) Vendor() bool { return r == Admin || r == ChannelManager }

// rank orders roles by power: nobody grants a role above their own.
var rank = map[Role]int{PartnerSales: 1, PartnerAdmin: 2, ChannelManager: 3, Admin: 4}

// MayGrant reports whether someone with role r may give another person role other.
func (r Role) MayGrant(other Role) bool { return rank[other] > 0 && rank[other] <= rank[r] }

// Scope limits what an API key may do.
type Scope string

// API key scopes.
const (
	ScopeRead      Scope = "READ"
	ScopeReadWrite Scope = "READ_WRITE"
)

// Viewer is who the request acts as.
type Viewer struct {
	UserID    string
	Role      Role
	PartnerID string // set exactly for partner roles
	// APIKeyID is set when the request authenticated with an API key; Scope limits it.
	APIKeyID string
	Scope    Scope
	system   bool
}

// System is the viewer of background jobs and seeding: it may read and write everything.
func System() *Viewer { return &Viewer{system: true} }

// IsSystem reports whether v is the system viewer.
func (v *Viewer) IsSystem() bool { return v != nil && v.system }

// IsVendor reports whether v is a vendor user (ADMIN or CHANNEL_MANAGER).
func (v *Viewer) IsVendor() bool { return v != nil && v.Role.Vendor() }

// IsPartner reports whether v acts for a partner organisation.
func (v *Viewer) IsPartner() bool { return v != nil && v.PartnerID != "" && !v.Role.Vendor() }

// ReadOnly reports whether v may not write (a READ-scoped API key).
func (v *Viewer) ReadOnly() bool { return v != nil && v.APIKeyID != "" && v.Scope != ScopeReadWrite }

type ctxKey struct{}

type pendingKey struct{}

// NewContext returns ctx acting as v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// SystemContext returns ctx acting as the system viewer: for background work, and for checks that
// must read rows the requesting viewer itself may not.
func SystemContext(ctx context.Context) context.Context {
	return NewContext(ctx, System())
}

// FromContext returns the viewer in ctx, or nil for an anonymous request.
func FromContext(ctx context.Context) *Viewer {
	if v, ok := ctx.Value(ctxKey{}).(*Viewer); ok {
		return v
	}
	if p, ok := ctx.Value(pendingKey{}).(*atomic.Pointer[Viewer]); ok {
		return p.Load()
	}
	return nil
}

// WithPendingSession prepares an anonymous request to become signed in part-way: after Establish,
// the rest of the request (such as the viewer field of a login payload and its edges) is read as
// the new user, under the same privacy rules as any later request.
func WithPendingSession(ctx context.Context) context.Context {
	return context.WithValue(ctx, pendingKey{}, new(atomic.Pointer[Viewer]))
}

// Establish makes v the viewer of the rest of a request prepared by WithPendingSession. It reports
// false when the request was not prepared (it already had a viewer).
func Establish(ctx context.Context, v *Viewer) bool {
	p, ok := ctx.Value(pendingKey{}).(*atomic.Pointer[Viewer])
	if ok {
		p.Store(v)
	}
	return ok
}
