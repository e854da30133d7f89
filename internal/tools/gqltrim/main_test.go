package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/generated.go.txt holds functions copied from gqlgen v0.17.98's output for this schema:
// an edge object, plain fields of each marshaller kind, an edge resolved by a method, and the
// marshallers they call; an object with an edge and a field a resolver computes, their field
// contexts, and a list marshaller.
func TestTrimRewritesOnlyWhatIsEquivalent(t *testing.T) {
	src, err := os.ReadFile("testdata/generated.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, resolverNames, st, err := trim(src)
	if err != nil {
		t.Fatal(err)
	}
	if st != (stats{fields: 4, deferred: 2, objects: 2, inPlace: 1, lists: 1}) {
		t.Errorf("stats = %+v, want 4 fields (cursor, title, status, close date), 2 deferred groups, 2 objects, 1 edge in place (tier), 1 list", st)
	}
	if len(resolverNames) != 1 || resolverNames[0] != "Partner.performance" {
		t.Errorf("resolver fields = %v, want [Partner.performance]", resolverNames)
	}
	got := string(out)
	for _, want := range []string{
		// A marshaller that cannot report an error is called directly.
		"return ec.marshalNCursor2entgoᚗioᚋcontribᚋentgqlᚐCursor(ctx, field.Selections, obj.Cursor)",
		"return ec.marshalNDealStatus2githubᚗcomᚋpartnerhubᚋpartnerhubᚋinternalᚋdealᚋstatusᚐStatus(ctx, field.Selections, obj.Status)",
		// One that reports a null for a non-null field keeps gqlgen's path for that case.
		"if res := graphql.MarshalString(obj.Title); res != graphql.Null {\n\t\treturn res\n\t}\n\treturn ec._Deal_title_checked(ctx, field, obj)",
		"if res := graphql.MarshalTime(obj.ExpectedCloseDate); res != graphql.Null {",
		"func (ec *executionContext) _Deal_expectedCloseDate_checked(ctx context.Context, field graphql.CollectedField, obj *ent.Deal) (ret graphql.Marshaler) {\n\treturn graphql.ResolveField(",
		"var deferred graphql.DeferredGroup " + deferredMarker,
		"return objectJSON{fields: fields, values: out.Values}",
		// A nullable edge is resolved in place, with gqlgen's bookkeeping for a nullable field.
		"out.Values[i] = ec._Partner_tier(ctx, field, obj)\n\t\t\tif out.Values[i] == graphql.RequiredNull {\n\t\t\t\tatomic.AddUint32(&out.Invalids, 1)",
		"ret := marshalList(ctx, sel, len(v), func(ctx context.Context, i int) graphql.Marshaler {",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// A field resolved by a method (an edge that may load rows) keeps its field context.
	if !strings.Contains(got, "return obj.Partner(ctx)") || strings.Contains(got, "_Deal_partner_checked") {
		t.Error("the partner edge was rewritten")
	}
	// A field a resolver computes keeps its goroutine.
	if !strings.Contains(got, "out.ResolveConcurrently(ec.OperationContext, &deferred, i,\n\t\t\t\ttrue, true,\n\t\t\t\tfunc(ctx context.Context) graphql.Marshaler {\n\t\t\t\t\treturn ec._Partner_performance(ctx, field, obj)") {
		t.Error("the performance resolver no longer runs concurrently")
	}
	if strings.Contains(got, "MarshalSliceConcurrently") {
		t.Error("a list still calls MarshalSliceConcurrently directly")
	}
	if strings.Contains(got, "NewDeferredGroup") {
		t.Error("a deferred group is still built per object")
	}
}

func TestTrimFileRefusesTrimmedInput(t *testing.T) {
	src, err := os.ReadFile("testdata/generated.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "generated.go")
	// The snippets alone are not a whole Go file, so go through trim and write its output.
	out, _, _, err := trim(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := trimFile(path); err == nil || !strings.Contains(err.Error(), "already trimmed") {
		t.Fatalf("trimming twice: err = %v, want 'already trimmed'", err)
	}
}
