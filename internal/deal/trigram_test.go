package deal_test

import (
	"context"
	"math"
	"testing"

	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/internal/deal"
	"github.com/partnerhub/partnerhub/internal/testdb"
)

// The trigram test SQLite runs in Go must agree with pg_trgm, or the two databases would flag
// different registrations.
func TestTrigramSimilarityMatchesPostgres(t *testing.T) {
	if !testdb.Postgres() {
		t.Skip("pg_trgm is PostgreSQL's")
	}
	db := testdb.Open(t)
	for _, p := range [][2]string{
		{"globex", "globx"}, {"stark", "strak"}, {"acme industries", "acme investments"},
		{"wayne enterprises", "wayne enterprise"}, {"a", "a b"}, {"3m", "3 m"}, {"umbrella pharmaceuticals", "umbrella"},
		{"nakatomi trading", "trading nakatomi"}, {"x", "y"}, {"aaa aaa", "aaa"}, {"", "acme"},
	} {
		var want float64
		if err := db.DB.QueryRowContext(context.Background(), "SELECT similarity($1, $2)", p[0], p[1]).Scan(&want); err != nil {
			t.Fatal(err)
		}
		if got := deal.TrigramSimilarity(p[0], p[1]); math.Abs(got-want) > 1e-6 {
			t.Errorf("TrigramSimilarity(%q, %q) = %.4f, pg_trgm says %.4f", p[0], p[1], got, want)
		}
	}
}

// A name is flagged as similar only when it also shares enough trigrams, on either database:
// a typo is still caught, a transposition in a short name is not (see TrigramThreshold).
func TestSimilarNameNeedsSharedTrigrams(t *testing.T) {
	e := newEnv(t)
	acme, globex := e.as(t, "sales@acme-reseller.test"), e.as(t, "sales@globex-msp.test")
	e.mustRegister(t, acme, input("Initech", "initech.example"))
	e.mustRegister(t, acme, input("Stark", "stark.example"))
	for _, c := range []struct {
		name, domain string
		flagged      bool
	}{
		{"Intech LLC", "intech.example", true}, // Jaro-Winkler 0.96, trigrams 0.50
		{"Strak", "strak.example", false},      // Jaro-Winkler 0.95, trigrams 0.20
	} {
		d := e.mustRegister(t, globex, input(c.name, c.domain))
		n := e.client.DealConflict.Query().
			Where(dealconflict.DealID(d.ID), dealconflict.KindEQ(dealconflict.KindSIMILAR_NAME)).CountX(sys())
		if (n > 0) != c.flagged {
			t.Errorf("%s: %d similar-name conflicts, want flagged %v", c.name, n, c.flagged)
		}
	}
}
