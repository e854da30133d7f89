package mixin

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"github.com/partnerhub/partnerhub/ent/privacy"
	"github.com/partnerhub/partnerhub/ent/schema/rule"
)

// Privacy is the base policy every entity starts from, before its own rules: an anonymous request
// reads and writes nothing, the system viewer (jobs, seeding, sign-in) everything, and a READ-scoped
// API key never writes. AppendOnly entities (audit log, timelines, conflicts) are only ever created,
// by anyone, the system included: a record that could be edited later proves nothing.
type Privacy struct {
	mixin.Schema
	AppendOnly bool
}

// Policy of the Privacy mixin.
func (p Privacy) Policy() ent.Policy {
	mutation := privacy.MutationPolicy{rule.DenyIfNoViewer()}
	if p.AppendOnly {
		mutation = append(mutation, rule.DenyUnlessCreate())
	}
	mutation = append(mutation, rule.AllowIfSystem(), rule.DenyIfReadOnly())
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem()},
		Mutation: mutation,
	}
}
