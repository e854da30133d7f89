package deal_test

import (
	"testing"

	"github.com/partnerhub/partnerhub/ent/dealconflict"
)

// A name is flagged as similar only when its beginning is within a typo of the held one's (a
// shared match key), on either database: PostgreSQL finds candidates through the index on
// match_keys, SQLite compares keys in Go, and both must flag the same registrations.
func TestSimilarNameNeedsMatchKey(t *testing.T) {
	e := newEnv(t)
	acme, globex := e.as(t, "sales@acme-reseller.test"), e.as(t, "sales@globex-msp.test")
	e.mustRegister(t, acme, input("Initech", "initech.example"))
	e.mustRegister(t, acme, input("Slosantounus Distribution", "slosantounus.example"))
	for _, c := range []struct {
		name, domain string
		flagged      bool
	}{
		{"Intech LLC", "intech.example", true},                            // Jaro-Winkler 0.96, a letter missing
		{"Skoufantonus Distribution", "skoufantonus.example", false},      // Jaro-Winkler 0.90, another brand
		{"Initech Consulting Group", "initech-consulting.example", false}, // Jaro-Winkler 0.878, under the threshold
	} {
		d := e.mustRegister(t, globex, input(c.name, c.domain))
		n := e.client.DealConflict.Query().
			Where(dealconflict.DealID(d.ID), dealconflict.KindEQ(dealconflict.KindSIMILAR_NAME)).CountX(sys())
		if (n > 0) != c.flagged {
			t.Errorf("%s: %d similar-name conflicts, want flagged %v", c.name, n, c.flagged)
		}
	}
}
