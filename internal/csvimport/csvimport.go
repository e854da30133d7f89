// Package csvimport imports partners and leads from CSV (docs/csv.md). An import runs in the
// request's transaction: every row is created through the same domain function the API uses, so
// a row is checked exactly as a single create would be, each inside a savepoint so that one bad
// row does not spoil the others' checks. The dry run, or any row with an error, rolls everything
// back: the report lists each bad row, and nothing is written unless every row is good.
package csvimport

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// MaxRows bounds one import; split bigger files.
const MaxRows = 5000

// RowError is what is wrong with one row. Row counts from 1 for the first data row (the header
// is row 0), so row 1 is the spreadsheet's line 2.
type RowError struct {
	Row     int
	Field   string
	Message string
}

// Report is the outcome of an import or its dry run.
type Report struct {
	DryRun bool
	Rows   int
	// Created counts the rows written; 0 in a dry run and whenever any row has an error.
	Created int
	Errors  []RowError
}

// table is a parsed CSV: the header's columns and the rows as maps.
type table struct {
	rows []map[string]string
}

// read parses a CSV with a header line naming columns from allowed; required columns must be
// present.
func read(r io.Reader, allowed, required []string) (*table, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, apperr.BadInput("csv", "the file is empty; the first line names the columns")
	}
	if err != nil {
		return nil, apperr.BadInput("csv", "not a CSV file: %v", err)
	}
	cols := make([]string, len(header))
	for i, h := range header {
		cols[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(allowed, cols[i]) {
			return nil, apperr.BadInput("csv", "unknown column %q; the columns are %s", h, strings.Join(allowed, ", "))
		}
	}
	for _, c := range required {
		if !slices.Contains(cols, c) {
			return nil, apperr.BadInput("csv", "the column %q is required", c)
		}
	}
	t := &table{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, apperr.BadInput("csv", "line %d: %v", len(t.rows)+2, err)
		}
		if len(rec) != len(cols) {
			return nil, apperr.BadInput("csv", "line %d has %d fields, the header %d", len(t.rows)+2, len(rec), len(cols))
		}
		if len(t.rows) == MaxRows {
			return nil, apperr.BadInput("csv", "at most %d rows per import", MaxRows)
		}
		row := map[string]string{}
		for i, v := range rec {
			row[cols[i]] = strings.TrimSpace(v)
		}
		t.rows = append(t.rows, row)
	}
	if len(t.rows) == 0 {
		return nil, apperr.BadInput("csv", "the file has a header but no rows")
	}
	return t, nil
}

// importRows runs create for every row inside savepoints of client's transaction and keeps the
// rows only when this is not a dry run and every row succeeded.
func importRows(ctx context.Context, client *ent.Client, t *table, dryRun bool, create func(ctx context.Context, row map[string]string) error) (Report, error) {
	rep := Report{DryRun: dryRun, Rows: len(t.rows), Errors: []RowError{}}
	if _, err := client.ExecContext(ctx, "SAVEPOINT csv_import"); err != nil {
		return rep, err
	}
	for i, row := range t.rows {
		if _, err := client.ExecContext(ctx, "SAVEPOINT csv_row"); err != nil {
			return rep, err
		}
		err := create(ctx, row)
		if err == nil {
			if _, err := client.ExecContext(ctx, "RELEASE SAVEPOINT csv_row"); err != nil {
				return rep, err
			}
			continue
		}
		// A failed statement aborts a PostgreSQL transaction until it rolls back to a savepoint.
		if _, rbErr := client.ExecContext(ctx, "ROLLBACK TO SAVEPOINT csv_row"); rbErr != nil {
			return rep, rbErr
		}
		if r := (*refusal)(nil); errors.As(err, &r) {
			return rep, r.err
		}
		ae, ok := apperr.As(err)
		if !ok {
			if ve := (*ent.ValidationError)(nil); errors.As(err, &ve) {
				rep.Errors = append(rep.Errors, RowError{Row: i + 1, Field: ve.Name, Message: ve.Error()})
				continue
			}
			if ent.IsConstraintError(err) {
				rep.Errors = append(rep.Errors, RowError{Row: i + 1, Message: "conflicts with an existing record"})
				continue
			}
			return rep, fmt.Errorf("row %d: %w", i+1, err)
		}
		rep.Errors = append(rep.Errors, RowError{Row: i + 1, Field: ae.Field, Message: ae.Message})
	}
	if dryRun || len(rep.Errors) > 0 {
		if _, err := client.ExecContext(ctx, "ROLLBACK TO SAVEPOINT csv_import"); err != nil {
			return rep, err
		}
		return rep, nil
	}
	if _, err := client.ExecContext(ctx, "RELEASE SAVEPOINT csv_import"); err != nil {
		return rep, err
	}
	rep.Created = len(t.rows)
	return rep, nil
}

// refusal is a row's error that refuses the whole import instead of being reported with the row:
// the importer may not do what the row asks at all.
type refusal struct{ err error }

func (r *refusal) Error() string { return r.err.Error() }

// list splits a cell holding several values ("Retail; Healthcare").
func list(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ";") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
