package metrics

import (
	"context"
	"fmt"
	"strconv"
	"unsafe"

	"entgo.io/ent/dialect/sql"
)

// The aggregate reads scan their rows through ent's ScanRows (ent/template/scanrows.tmpl) into
// the targets below rather than through Scan, whose reflection allocated several objects per
// column per row: on the bench's programMetrics that was half of the request's allocations.
//
// Each target is a struct of one pointer, so passing it as an `any` allocates nothing. They
// accept what either driver returns for an aggregate column: SQLite gives int64 or float64 where
// PostgreSQL gives numeric as text (SUM of bigint, EXTRACT), and an aggregate over no rows is
// NULL.

// rowScanner is the ScanRows every generated select builder has.
type rowScanner interface {
	ScanRows(ctx context.Context, scan func(*sql.Rows) error) error
}

// collect runs q and appends a row per result row; scan reads the columns into *row.
func collect[T any](ctx context.Context, q rowScanner, scan func(r *sql.Rows, row *T) error) ([]T, error) {
	var (
		out []T
		row T
	)
	err := q.ScanRows(ctx, func(r *sql.Rows) error {
		var zero T
		row = zero
		if err := scan(r, &row); err != nil {
			return err
		}
		out = append(out, row)
		return nil
	})
	return out, err
}

// text reads a text column; NULL reads as "".
type text struct{ p *string }

func (t text) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*t.p = ""
	case string:
		*t.p = v
	case []byte:
		*t.p = string(v)
	default:
		return fmt.Errorf("metrics: reading %T as text", v)
	}
	return nil
}

// integer reads a count or sum; NULL reads as 0.
type integer struct{ p *int }

func (n integer) Scan(v any) error {
	i, ok, err := toInt64(v)
	if err != nil || !ok {
		*n.p = 0
		return err
	}
	*n.p = int(i)
	return nil
}

// integer64 reads a sum of amounts; NULL reads as 0.
type integer64 struct{ p *int64 }

func (n integer64) Scan(v any) error {
	i, _, err := toInt64(v)
	*n.p = i
	return err
}

// optInteger reads a sum that stays nil when NULL.
type optInteger struct{ p **int64 }

func (n optInteger) Scan(v any) error {
	i, ok, err := toInt64(v)
	if err != nil || !ok {
		*n.p = nil
		return err
	}
	*n.p = &i
	return nil
}

// number reads a decimal; NULL reads as 0.
type number struct{ p *float64 }

func (n number) Scan(v any) error {
	f, ok, err := toFloat64(v)
	if err != nil || !ok {
		*n.p = 0
		return err
	}
	*n.p = f
	return nil
}

// optNumber reads a decimal that stays nil when NULL.
type optNumber struct{ p **float64 }

func (n optNumber) Scan(v any) error {
	f, ok, err := toFloat64(v)
	if err != nil || !ok {
		*n.p = nil
		return err
	}
	*n.p = &f
	return nil
}

// optText reads a text column that stays nil when NULL.
type optText struct{ p **string }

func (t optText) Scan(v any) error {
	if v == nil {
		*t.p = nil
		return nil
	}
	var s string
	if err := (text{&s}).Scan(v); err != nil {
		return err
	}
	*t.p = &s
	return nil
}

func toInt64(v any) (int64, bool, error) {
	switch v := v.(type) {
	case nil:
		return 0, false, nil
	case int64:
		return v, true, nil
	case float64:
		return int64(v), true, nil
	case []byte:
		return parseInt(bytesView(v))
	case string:
		return parseInt(v)
	}
	return 0, false, fmt.Errorf("metrics: reading %T as an integer", v)
}

func parseInt(s string) (int64, bool, error) {
	i, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		// numeric sums of integers print without a fraction; anything else is a wrong column.
		return 0, false, fmt.Errorf("metrics: reading %q as an integer", s)
	}
	return i, true, nil
}

func toFloat64(v any) (float64, bool, error) {
	switch v := v.(type) {
	case nil:
		return 0, false, nil
	case float64:
		return v, true, nil
	case int64:
		return float64(v), true, nil
	case []byte:
		return parseFloat(bytesView(v))
	case string:
		return parseFloat(v)
	}
	return 0, false, fmt.Errorf("metrics: reading %T as a number", v)
}

func parseFloat(s string) (float64, bool, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false, fmt.Errorf("metrics: reading %q as a number", s)
	}
	return f, true, nil
}

// bytesView reads a driver's numeric text without copying it: the parsers do not keep it, and
// the driver may reuse the bytes after Scan returns.
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
