package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/generated.go.txt holds functions copied from gqlgen v0.17.98's output for this schema:
// an edge object, plain fields of each marshaller kind, an edge resolved by a method, and the
// marshallers they call.
func TestTrimRewritesOnlyWhatIsEquivalent(t *testing.T) {
	src, err := os.ReadFile("testdata/generated.go.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, st, err := trim(src)
	if err != nil {
		t.Fatal(err)
	}
	if st != (stats{fields: 4, deferred: 1, objects: 1}) {
		t.Errorf("stats = %+v, want 4 fields (cursor, title, status, close date), 1 deferred group, 1 object", st)
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
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// A field resolved by a method (an edge that may load rows) keeps its field context.
	if !strings.Contains(got, "return obj.Partner(ctx)") || strings.Contains(got, "_Deal_partner_checked") {
		t.Error("the partner edge was rewritten")
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
	out, _, err := trim(src)
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
