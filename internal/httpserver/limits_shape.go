package httpserver

import (
	"fmt"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// checkShape applies the structural limits to a parsed but not yet validated document: fragments
// may be unknown or cyclic here, and must not make the walk blow up.
func checkShape(doc *ast.QueryDocument) *gqlerror.Error {
	s := shapeChecker{
		doc:    doc,
		depth:  map[string]int{},
		keys:   map[string]map[string]int{},
		active: map[string]bool{},
	}
	if err := s.static(); err != nil {
		return err
	}
	for _, op := range doc.Operations {
		if d := s.selectionDepth(op.SelectionSet); d > MaxDepth {
			return limitError(limitDepth, MaxDepth, op.Position,
				"the query nests %d levels deep; at most %d are allowed", d, MaxDepth)
		}
		if err := s.repeated(op.SelectionSet); err != nil {
			return err
		}
	}
	for _, f := range doc.Fragments {
		if err := s.repeated(f.SelectionSet); err != nil {
			return err
		}
	}
	return nil
}

type shapeChecker struct {
	doc    *ast.QueryDocument
	depth  map[string]int            // fragment name → depth of its selections
	keys   map[string]map[string]int // fragment name → response keys it adds to a selection set
	active map[string]bool           // fragments being walked (a cycle is validation's to report)
}

// static counts what the document spells out: aliases, directives and nested argument values.
func (s *shapeChecker) static() *gqlerror.Error {
	aliases, directives := 0, 0
	var err *gqlerror.Error
	countDirectives := func(list ast.DirectiveList, pos *ast.Position) bool {
		if len(list) > MaxDirectivesPerLocation {
			err = limitError(limitDirectives, MaxDirectivesPerLocation, pos,
				"%d directives on one location; at most %d are allowed", len(list), MaxDirectivesPerLocation)
			return false
		}
		directives += len(list)
		if directives > MaxDirectives {
			err = limitError(limitDirectives, MaxDirectives, pos,
				"the document has more than %d directives", MaxDirectives)
			return false
		}
		for _, d := range list {
			if d.Name == "defer" || d.Name == "stream" {
				// Every answer is one JSON document, and the executor is built without incremental
				// delivery (internal/tools/gqltrim), so these are refused rather than ignored.
				err = limitError(limitIncremental, 0, d.Position,
					"@%s is not supported: every answer is a single JSON response", d.Name)
				return false
			}
			if !checkArgs(d.Arguments, &err) {
				return false
			}
		}
		return true
	}
	var walk func(ast.SelectionSet) bool
	walk = func(set ast.SelectionSet) bool {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				if sel.Alias != "" && sel.Alias != sel.Name {
					aliases++
					if aliases > MaxAliases {
						err = limitError(limitAliases, MaxAliases, sel.Position,
							"the document has more than %d aliases", MaxAliases)
						return false
					}
				}
				if !countDirectives(sel.Directives, sel.Position) || !checkArgs(sel.Arguments, &err) || !walk(sel.SelectionSet) {
					return false
				}
			case *ast.InlineFragment:
				if !countDirectives(sel.Directives, sel.Position) || !walk(sel.SelectionSet) {
					return false
				}
			case *ast.FragmentSpread:
				if !countDirectives(sel.Directives, sel.Position) {
					return false
				}
			}
		}
		return true
	}
	for _, op := range s.doc.Operations {
		if !countDirectives(op.Directives, op.Position) || !walk(op.SelectionSet) {
			return err
		}
		for _, v := range op.VariableDefinitions {
			if !countDirectives(v.Directives, v.Position) || !checkValue(v.DefaultValue, &err) {
				return err
			}
		}
	}
	for _, f := range s.doc.Fragments {
		if !countDirectives(f.Directives, f.Position) || !walk(f.SelectionSet) {
			return err
		}
	}
	return nil
}

func checkArgs(args ast.ArgumentList, err **gqlerror.Error) bool {
	for _, a := range args {
		if !checkValue(a.Value, err) {
			return false
		}
	}
	return true
}

func checkValue(v *ast.Value, err **gqlerror.Error) bool {
	if d := valueDepth(v); d > MaxInputDepth {
		*err = limitError(limitInputDepth, MaxInputDepth, v.Position,
			"an argument value nests %d levels deep; at most %d are allowed", d, MaxInputDepth)
		return false
	}
	return true
}

func valueDepth(v *ast.Value) int {
	if v == nil || (v.Kind != ast.ListValue && v.Kind != ast.ObjectValue) {
		return 0
	}
	deepest := 0
	for _, c := range v.Children {
		deepest = max(deepest, valueDepth(c.Value))
	}
	return 1 + deepest
}

// jsonDepth is valueDepth for a decoded JSON variable.
func jsonDepth(v any) int {
	deepest := 0
	switch v := v.(type) {
	case map[string]any:
		for _, c := range v {
			deepest = max(deepest, jsonDepth(c))
		}
	case []any:
		for _, c := range v {
			deepest = max(deepest, jsonDepth(c))
		}
	default:
		return 0
	}
	return 1 + deepest
}

// selectionDepth is the nesting of a selection set; fragments count where they are spread.
func (s *shapeChecker) selectionDepth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name == "__schema" || sel.Name == "__type" {
				continue
			}
			deepest = max(deepest, 1+s.selectionDepth(sel.SelectionSet))
		case *ast.InlineFragment:
			deepest = max(deepest, s.selectionDepth(sel.SelectionSet))
		case *ast.FragmentSpread:
			deepest = max(deepest, s.fragmentDepth(sel.Name))
		}
	}
	return deepest
}

func (s *shapeChecker) fragmentDepth(name string) int {
	if d, ok := s.depth[name]; ok {
		return d
	}
	f := s.doc.Fragments.ForName(name)
	if f == nil || s.active[name] {
		return 0
	}
	s.active[name] = true
	d := s.selectionDepth(f.SelectionSet)
	delete(s.active, name)
	s.depth[name] = d
	return d
}

// repeated checks every selection set under set for response keys repeated too often.
func (s *shapeChecker) repeated(set ast.SelectionSet) *gqlerror.Error {
	counts := s.responseKeys(set)
	for key, n := range counts {
		if n > MaxRepeatedField {
			pos := set[0].GetPosition()
			return limitError(limitRepeated, MaxRepeatedField, pos,
				"the field %q is selected %s times in one selection set; at most %d are allowed",
				key, countString(n), MaxRepeatedField)
		}
	}
	for _, sel := range set {
		var sub ast.SelectionSet
		switch sel := sel.(type) {
		case *ast.Field:
			sub = sel.SelectionSet
		case *ast.InlineFragment:
			sub = sel.SelectionSet
		}
		if len(sub) > 0 {
			if err := s.repeated(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

// responseKeys counts the response keys a selection set produces at its own level, with inline
// fragments and fragment spreads merged in. Counts saturate just above the limit.
func (s *shapeChecker) responseKeys(set ast.SelectionSet) map[string]int {
	counts := map[string]int{}
	add := func(key string, n int) { counts[key] = min(counts[key]+n, MaxRepeatedField+1) }
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			key := sel.Alias
			if key == "" {
				key = sel.Name
			}
			add(key, 1)
		case *ast.InlineFragment:
			for k, n := range s.responseKeys(sel.SelectionSet) {
				add(k, n)
			}
		case *ast.FragmentSpread:
			for k, n := range s.fragmentKeys(sel.Name) {
				add(k, n)
			}
		}
	}
	return counts
}

func (s *shapeChecker) fragmentKeys(name string) map[string]int {
	if k, ok := s.keys[name]; ok {
		return k
	}
	f := s.doc.Fragments.ForName(name)
	if f == nil || s.active[name] {
		return nil
	}
	s.active[name] = true
	k := s.responseKeys(f.SelectionSet)
	delete(s.active, name)
	s.keys[name] = k
	return k
}

func countString(n int) string {
	if n > MaxRepeatedField {
		return fmt.Sprintf("more than %d", MaxRepeatedField)
	}
	return fmt.Sprint(n)
}
