package metrics

import (
	"fmt"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
)

// month is the UTC month (YYYY-MM) of a timestamp column.
func month(s *sql.Selector, col string) string {
	if s.Dialect() == dialect.Postgres {
		return fmt.Sprintf("to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM')", col)
	}
	return fmt.Sprintf("strftime('%%Y-%%m', %s)", col)
}

// day is the UTC day (YYYY-MM-DD) of a timestamp column.
func day(s *sql.Selector, col string) string {
	if s.Dialect() == dialect.Postgres {
		return fmt.Sprintf("to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD')", col)
	}
	return fmt.Sprintf("strftime('%%Y-%%m-%%d', %s)", col)
}

// daysBetween is end − start in (fractional) days.
func daysBetween(s *sql.Selector, start, end string) string {
	if s.Dialect() == dialect.Postgres {
		return fmt.Sprintf("(EXTRACT(EPOCH FROM (%s - %s)) / 86400.0)", end, start)
	}
	return fmt.Sprintf("(julianday(%s) - julianday(%s))", end, start)
}

// dim is the SQL column a query groups by: nothing, the month of the metric's date column, or the
// partner (mapped to its tier, type or region afterwards, from the partners read).
func dim(s *sql.Selector, by GroupBy, partnerCol, dateCol string) string {
	switch by {
	case None:
		return empty
	case ByMonth:
		return month(s, dateCol)
	}
	return partnerCol
}

// empty is the constant group of an ungrouped query, written so ent does not quote it as a column.
const empty = "CAST('' AS TEXT)"
