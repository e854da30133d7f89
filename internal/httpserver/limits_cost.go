package httpserver

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/partnerhub/partnerhub/graph"
)

// costCounter computes an operation's complexity on the validated document. Costs saturate at
// costCap so that hostile multipliers cannot overflow.
type costCounter struct {
	vars      map[string]any
	fragments map[*ast.FragmentDefinition]int
}

const costCap = math.MaxInt32

func (c *costCounter) selections(set ast.SelectionSet, introspection bool) int {
	total := 0
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			total = addCost(total, c.field(sel, introspection))
		case *ast.InlineFragment:
			total = addCost(total, c.selections(sel.SelectionSet, introspection))
		case *ast.FragmentSpread:
			if sel.Definition == nil {
				continue
			}
			cost, ok := c.fragments[sel.Definition]
			if !ok {
				c.fragments[sel.Definition] = 0 // a cycle (validation refuses those) adds nothing
				cost = c.selections(sel.Definition.SelectionSet, introspection)
				c.fragments[sel.Definition] = cost
			}
			total = addCost(total, cost)
		}
	}
	return total
}

func (c *costCounter) field(f *ast.Field, introspection bool) int {
	// Introspection answers describe the schema, whose size is fixed: no list multiplies.
	introspection = introspection || strings.HasPrefix(f.Name, "__")
	children := c.selections(f.SelectionSet, introspection)
	if introspection {
		return addCost(1, children)
	}
	return addCost(1, mulCost(c.multiplier(f), children))
}

// multiplier is how many items a field may return, each of which costs its selections.
func (c *costCounter) multiplier(f *ast.Field) int {
	if f.Definition == nil || f.Definition.Type == nil {
		return 1
	}
	args := f.ArgumentMap(c.vars)
	if strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		n, given := -1, false
		for _, name := range []string{"first", "last"} {
			if v, ok := intArg(args[name]); ok {
				n, given = max(n, v), true
			}
		}
		if !given {
			return graph.DefaultPageSize
		}
		// LimitPages refuses larger pages with a precise error; count at most a full page here.
		return min(max(n, 0), graph.MaxPageSize)
	}
	if f.Definition.Type.Elem == nil || len(f.SelectionSet) == 0 {
		return 1 // a single value, or a list of scalars
	}
	if f.ObjectDefinition != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection") {
		return 1 // edges of a connection: the connection counted its page already
	}
	if ids, ok := args["ids"].([]any); ok {
		return len(ids)
	}
	return graph.DefaultPageSize
}

func intArg(v any) (int, bool) {
	switch v := v.(type) {
	case int:
		return v, true
	case int32:
		return int(v), true
	case int64:
		return int(min(max(v, -costCap), costCap)), true
	case float64:
		return int(min(max(v, -costCap), costCap)), true
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return 0, false
		}
		return int(min(max(n, -costCap), costCap)), true
	case *int:
		if v != nil {
			return *v, true
		}
	}
	return 0, false
}

func addCost(a, b int) int { return min(a+b, costCap) }

func mulCost(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > costCap/b {
		return costCap
	}
	return a * b
}

func costString(cost int) string {
	if cost >= costCap {
		return fmt.Sprintf("over %d", costCap)
	}
	return fmt.Sprint(cost)
}
