package graph

import (
	"context"
	"encoding/json"
	"reflect"

	"github.com/99designs/gqlgen/graphql"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/audit"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// sessionMutations keep their own transactions and audit themselves (internal/auth): each counts
// attempts against the sign-in limits, which must stay counted when the mutation fails.
var sessionMutations = map[string]bool{
	"login": true, "refreshSession": true, "logout": true,
	"requestPasswordReset": true, "resetPassword": true, "changePassword": true,
}

// IsSessionMutation reports whether the Mutation field name is one of the sign-in service's
// (login, refreshSession, logout and the password mutations), which run outside the request's
// transaction.
func IsSessionMutation(name string) bool { return sessionMutations[name] }

// AuditMutations is a field middleware that writes one audit event for every successful mutation,
// in the mutation's own transaction: the event exists exactly when the change does, and no
// resolver can forget it. The event names the mutation, the record its payload returns, and the
// input with secrets redacted.
func AuditMutations(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Object != "Mutation" || sessionMutations[fc.Field.Name] {
		return next(ctx)
	}
	res, err := next(ctx)
	if err != nil {
		return res, err
	}
	entry := audit.Entry{Action: fc.Field.Name, Summary: inputSummary(fc.Args)}
	if id, partnerID := payloadEntity(res); id != "" {
		entry.EntityID = id
		entry.EntityType, _ = ids.Table(id)
		entry.PartnerID = partnerID
	}
	client := ent.FromContext(ctx)
	if client == nil {
		return nil, errNoTransaction
	}
	if err := audit.Record(ctx, client, entry); err != nil {
		return nil, err
	}
	if err := publishMutationEvent(ctx, client, fc.Field.Name, entry); err != nil {
		return nil, err
	}
	return res, nil
}

var errNoTransaction = &noTxError{}

type noTxError struct{}

func (*noTxError) Error() string { return "mutation ran outside a transaction" }

// inputSummary turns the mutation's arguments into JSON-like data for the event, without quiz
// answer keys.
func inputSummary(args map[string]any) map[string]any {
	raw, err := json.Marshal(args)
	if err != nil {
		return nil
	}
	var out map[string]any
	if json.Unmarshal(raw, &out) != nil || out == nil {
		return nil
	}
	redacted, _ := redactQuizzes(out).(map[string]any)
	return redacted
}

// payloadEntity finds the first ent entity in a mutation payload and returns its ID and, when it
// belongs to a partner organisation, that partner's ID.
func payloadEntity(res any) (id, partnerID string) {
	v := reflect.ValueOf(res)
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return "", ""
	}
	if id, partnerID, ok := entityIDs(v); ok {
		return id, partnerID
	}
	// A deletion's payload names only the row it removed (deletedId): vendor authoring objects and
	// notes, filed under no partner.
	if d := v.FieldByName("DeletedID"); d.IsValid() && d.Kind() == reflect.String {
		return d.String(), ""
	}
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() != reflect.Pointer || f.IsNil() || !f.CanInterface() {
			continue
		}
		if _, ok := f.Interface().(ent.Noder); !ok {
			continue
		}
		if id, partnerID, ok := entityIDs(f.Elem()); ok {
			return id, partnerID
		}
	}
	return "", ""
}

// vendorInternal are the tables whose rows are about a partner but never shown to it: their events
// are not filed under the partner, whose admins read its organisation's audit trail.
var vendorInternal = map[string]bool{"partner_notes": true}

func entityIDs(v reflect.Value) (id, partnerID string, ok bool) {
	idField := v.FieldByName("ID")
	if !idField.IsValid() || idField.Kind() != reflect.String {
		return "", "", false
	}
	id = idField.String()
	table, _ := ids.Table(id)
	switch {
	case table == "partners":
		return id, id, true
	case vendorInternal[table]:
		return id, "", true
	}
	if p := v.FieldByName("PartnerID"); p.IsValid() && p.Kind() == reflect.String {
		partnerID = p.String()
	}
	return id, partnerID, true
}
