// Command gqltrim rewrites gqlgen's generated executor (graph/generated/generated.go) after
// `gqlgen generate`, so that a list answer allocates per row what its values need and not what
// gqlgen's general machinery costs. It is run by `go generate` (generate.go) and its output is
// committed, so `make check-generated` covers it. The README's "Performance" section has the figures.
//
// It makes five rewrites, each giving the answer the code it replaces gives:
//
//   - A field that reads a struct field of its parent (`return obj.Title, nil`, no directive, no
//     resolver) marshals the value directly, without a field context, a context value and the
//     resolver chain: some ten allocations per field of every row. Where the marshaller could
//     report a null for a non-null field, the fast path only takes values it marshals to non-null
//     and hands the rest to gqlgen's code, which reports the error with the field's path. Field
//     middleware therefore never sees such fields (graph/fieldmiddleware.go concerns only
//     mutations and connections).
//   - An object's deferred group is the zero value instead of one built per object (a path, a
//     field set and a map per row): the server refuses @defer and @stream
//     (internal/httpserver/limits_shape.go), so no group ever gains a member.
//   - A non-root object is written by objectJSON (objectjson.go, written beside the output) rather
//     than gqlgen's FieldSet writer, which allocates a map and a copy of each field per object to
//     drop duplicate keys that CollectFields has already merged.
//   - A non-root object's field that a method of the model computes (ent's edges, which entgql's
//     CollectFields loads with the list) is resolved in place rather than on a goroutine of its
//     own; fields that resolvers compute keep theirs (inplace.go). An edge that was not loaded
//     still queries, after its siblings instead of beside them.
//   - A list's elements are marshalled one after another by marshalList (lists.go, written beside
//     the output) rather than on a goroutine each, unless the selection reaches a field that a
//     resolver computes. Those goroutines, and growing their stacks, cost 25–35% of a deals
//     page's CPU time for elements that wait on nothing.
//
// A pattern that no longer matches after a gqlgen upgrade is reported and the run fails, so the
// rewrites never silently stop applying.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gqltrim path/to/generated.go")
		os.Exit(2)
	}
	if err := trimFile(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gqltrim:", err)
		os.Exit(1)
	}
}

func trimFile(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if bytes.Contains(src, []byte(deferredMarker)) {
		return fmt.Errorf("%s is already trimmed: run gqlgen generate first", path)
	}
	out, resolverNames, stats, err := trim(src)
	if err != nil {
		return err
	}
	if stats.fields == 0 || stats.deferred == 0 || stats.objects == 0 || stats.inPlace == 0 || stats.lists == 0 {
		return fmt.Errorf("%s: a rewrite found nothing to apply (%+v): has gqlgen's output changed?", path, stats)
	}
	out, err = format.Source(out)
	if err != nil {
		return fmt.Errorf("the rewritten %s does not parse: %w", path, err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return err
	}
	for name, source := range map[string]string{"objectjson.go": objectJSONSource, "lists.go": listFile(resolverNames)} {
		helper, err := format.Source([]byte(source))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(filepath.Dir(path), name), helper, 0o644); err != nil {
			return err
		}
	}
	return nil
}

type stats struct{ fields, deferred, objects, inPlace, lists int }

// plainField is a field resolver generated for a struct field read.
var plainField = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) (_\w+)\(ctx context\.Context, field graphql\.CollectedField, obj ([^)]+)\) \(ret graphql\.Marshaler\) \{
	return graphql\.ResolveField\(
		ctx,
		ec\.OperationContext,
		field,
		func\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{
			return ec\.fieldContext_\w+\(ctx, field\)
		\},
		func\(ctx context\.Context\) \(any, error\) \{
			return obj\.(\w+), nil
		\},
		nil,
		func\(ctx context\.Context, selections ast\.SelectionSet, v ([^)]+)\) graphql\.Marshaler \{
			return ec\.(marshal[^(]+)\(ctx, selections, v\)
		\},
		(?:true|false),
		(?:true|false),
	\)
\}
`)

// marshalFunc is a generated marshaller with its body.
var marshalFunc = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) (marshal[^(]+)\(ctx context\.Context, sel ast\.SelectionSet, v [^)]+\) graphql\.Marshaler \{\n((?:\t.*\n|\n)*?)\}\n`)

// checkedPrimitive is a non-null marshaller that reports a null from its primitive.
var checkedPrimitive = regexp.MustCompile(`^\t_ = sel
\tres := (graphql\.Marshal\w+)\(v\)
\tif res == graphql\.Null \{
\t\tgraphql\.AddInvalidNullFromMarshaler\(ctx, "[^"]+"\)
\t\}
\treturn res
$`)

// pureBodies are marshallers that neither read the context nor report errors.
var pureBodies = []*regexp.Regexp{
	regexp.MustCompile(`^\treturn v\n$`),
	regexp.MustCompile(`^\tif v == nil \{
\t\treturn graphql\.Null
\t\}
\t_ = sel
\t_ = ctx
\tres := graphql\.Marshal\w+\(\*v\)
\treturn res
$`),
}

const deferredMarker = "// @defer is refused before execution"

var (
	newDeferred  = regexp.MustCompile(`(?m)^\tdeferred := graphql\.NewDeferredGroup\(ctx\)$`)
	objectHeader = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) _\w+\(ctx context\.Context, sel ast\.SelectionSet, obj [^)]+\) graphql\.Marshaler \{$`)
)

func trim(src []byte) ([]byte, []string, stats, error) {
	var st stats
	text := string(src)

	// How each marshaller may be called without a field context.
	kinds := map[string]string{} // name → "pure" or the checked primitive
	for _, m := range marshalFunc.FindAllStringSubmatch(text, -1) {
		name, body := m[1], m[2]
		if p := checkedPrimitive.FindStringSubmatch(body); p != nil {
			kinds[name] = p[1]
			continue
		}
		for _, re := range pureBodies {
			if re.MatchString(body) {
				kinds[name] = "pure"
			}
		}
	}

	text = plainField.ReplaceAllStringFunc(text, func(fn string) string {
		m := plainField.FindStringSubmatch(fn)
		name, objType, member, valueType, marshal := m[1], m[2], m[3], m[4], m[5]
		kind, ok := kinds[marshal]
		if !ok || valueType == "any" || strings.HasPrefix(valueType, "interface") || strings.HasPrefix(valueType, "graphql.") {
			return fn
		}
		st.fields++
		head := fmt.Sprintf("func (ec *executionContext) %s(ctx context.Context, field graphql.CollectedField, obj %s) (ret graphql.Marshaler) {\n", name, objType)
		if kind == "pure" {
			return head + fmt.Sprintf("\treturn ec.%s(ctx, field.Selections, obj.%s)\n}\n", marshal, member)
		}
		// The original, renamed, reports a null value with the field's path.
		slow := strings.Replace(fn, "func (ec *executionContext) "+name+"(", "func (ec *executionContext) "+name+"_checked(", 1)
		return head + fmt.Sprintf("\tif res := %s(obj.%s); res != graphql.Null {\n\t\treturn res\n\t}\n\treturn ec.%s_checked(ctx, field, obj)\n}\n\n", kind, member, name) + slow
	})

	text, resolverNames, err := resolveInPlace(text, &st)
	if err != nil {
		return nil, nil, st, err
	}

	st.deferred = len(newDeferred.FindAllStringIndex(text, -1))
	text = newDeferred.ReplaceAllString(text, "\tvar deferred graphql.DeferredGroup "+deferredMarker)

	// Non-root objects: their function takes obj and ends in "return out".
	var b strings.Builder
	rest := text
	for {
		loc := objectHeader.FindStringIndex(rest)
		if loc == nil {
			b.WriteString(rest)
			break
		}
		end := strings.Index(rest[loc[1]:], "\n}\n")
		if end < 0 {
			return nil, nil, st, fmt.Errorf("unterminated object function at %q", rest[loc[0]:loc[1]])
		}
		end += loc[1] + 1 // through the last line's newline
		body := rest[loc[0]:end]
		if strings.Count(body, "\n\treturn out\n") == 1 && strings.Contains(body, "out := graphql.NewFieldSet(fields)") {
			body = strings.Replace(body, "\n\treturn out\n", "\n\treturn objectJSON{fields: fields, values: out.Values}\n", 1)
			st.objects++
		}
		b.WriteString(rest[:loc[0]])
		b.WriteString(body)
		rest = rest[end:]
	}
	return bytes.Clone([]byte(b.String())), resolverNames, st, nil
}

const objectJSONSource = `// Code generated by internal/tools/gqltrim. DO NOT EDIT.

package generated

import (
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// objectJSON writes an object's fields in order. CollectFields has merged fields of one response
// key, so no key repeats; aliases are GraphQL names, which need no escaping in JSON.
type objectJSON struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

func (o objectJSON) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	for i := range o.fields {
		if i > 0 {
			io.WriteString(w, ",")
		}
		io.WriteString(w, "\"")
		io.WriteString(w, o.fields[i].Alias)
		io.WriteString(w, "\":")
		o.values[i].MarshalGQL(w)
	}
	io.WriteString(w, "}")
}
`
