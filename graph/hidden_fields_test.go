package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

// blankedForPartners are the fields the query interceptors blank or replace when a partner reads
// them (ent/schema/rule: HideAccountOwnerFromPartners, HideConflictCounterpartFromPartners,
// HideOutsidersFromPartners).
// Fields that are vendor-only by @hasRole are found in the SDL.
var blankedForPartners = map[string][]string{
	"Account":      {"name", "directOwner"},
	"DealConflict": {"detail", "conflictingDeal", "conflictingPartner", "matchedAccount"},
	"AuditEvent":   {"ip", "requestID", "apiKeyID", "summary"},
}

// whereSuffixes are the predicates entgql generates per field.
var whereSuffixes = []string{"", "NEQ", "In", "NotIn", "GT", "GTE", "LT", "LTE", "Contains", "HasPrefix", "HasSuffix",
	"EqualFold", "ContainsFold", "IsNil", "NotNil"}

// TestHiddenFieldsAreNotFilterable: a field a partner may not read is not something a partner can
// filter or sort on either, or totalCount and the order of a page would spell it out a character
// at a time. For every such field, the type's where input has no predicate on it that a partner
// may use (none, or one behind @hasRole without partner roles), no edge filter, and its order enum
// no value for it.
func TestHiddenFieldsAreNotFilterable(t *testing.T) {
	schema := matrixSchema(t)
	hidden := map[string][]string{}
	for typ, fields := range blankedForPartners {
		hidden[typ] = append(hidden[typ], fields...)
	}
	for _, def := range schema.Types {
		if def.Kind != ast.Object {
			continue
		}
		for _, f := range def.Fields {
			if d := f.Directives.ForName("hasRole"); d != nil && !allowsPartners(d) {
				hidden[def.Name] = append(hidden[def.Name], f.Name)
			}
		}
	}
	checked := 0
	for typ, fields := range hidden {
		where := schema.Types[typ+"WhereInput"]
		order := schema.Types[typ+"OrderField"]
		for _, name := range fields {
			checked++
			if where != nil {
				for _, suffix := range whereSuffixes {
					if f := where.Fields.ForName(name + suffix); f != nil && partnersMayUse(f) {
						t.Errorf("%s.%s is hidden from partners but %sWhereInput.%s filters on it", typ, name, typ, name+suffix)
					}
				}
				edge := "has" + strings.ToUpper(name[:1]) + name[1:]
				if where.Fields.ForName(edge) != nil || where.Fields.ForName(edge+"With") != nil {
					t.Errorf("%s.%s is hidden from partners but %sWhereInput.%s filters on it", typ, name, typ, edge)
				}
			}
			if order != nil && order.EnumValues.ForName(snake(name)) != nil {
				t.Errorf("%s.%s is hidden from partners but %sOrderField.%s sorts by it", typ, name, typ, snake(name))
			}
		}
	}
	if checked < len(blankedForPartners["DealConflict"]) {
		t.Fatalf("only %d hidden fields found; the test no longer looks at the right place", checked)
	}
}

func partnersMayUse(f *ast.FieldDefinition) bool {
	d := f.Directives.ForName("hasRole")
	return d == nil || allowsPartners(d)
}

func allowsPartners(d *ast.Directive) bool {
	roles := d.Arguments.ForName("roles")
	if roles == nil {
		return true
	}
	for _, r := range roles.Value.Children {
		if slices.Contains([]string{"PARTNER_ADMIN", "PARTNER_SALES"}, r.Value.Raw) {
			return true
		}
	}
	return false
}

// snake turns directOwner into DIRECT_OWNER, as entgql names order fields.
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}
