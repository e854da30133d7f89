package metrics

import (
	"testing"
)

// The scan targets read what either driver returns for an aggregate: SQLite's int64 and float64,
// PostgreSQL's numeric as text, and NULL for an aggregate over no rows.
func TestScanTargetsReadBothDialects(t *testing.T) {
	var i int
	for _, c := range []struct {
		in   any
		want int
	}{{int64(7), 7}, {[]byte("12"), 12}, {"40", 40}, {nil, 0}, {float64(3), 3}} {
		if err := (integer{&i}).Scan(c.in); err != nil || i != c.want {
			t.Errorf("integer(%#v) = %d, %v; want %d", c.in, i, err, c.want)
		}
	}
	if err := (integer{&i}).Scan([]byte("1.5")); err == nil {
		t.Error("integer accepted a fraction")
	}

	var sum *int64
	if err := (optInteger{&sum}).Scan([]byte("125000")); err != nil || sum == nil || *sum != 125000 {
		t.Errorf("optInteger(numeric text) = %v, %v", sum, err)
	}
	if err := (optInteger{&sum}).Scan(nil); err != nil || sum != nil {
		t.Errorf("optInteger(NULL) = %v, %v; want nil", sum, err)
	}

	var f float64
	if err := (number{&f}).Scan([]byte("41.2500000000000000")); err != nil || f != 41.25 {
		t.Errorf("number(numeric text) = %v, %v", f, err)
	}
	var days *float64
	if err := (optNumber{&days}).Scan(float64(2.5)); err != nil || days == nil || *days != 2.5 {
		t.Errorf("optNumber(2.5) = %v, %v", days, err)
	}

	s := "stale"
	if err := (text{&s}).Scan(nil); err != nil || s != "" {
		t.Errorf("text(NULL) = %q, %v; want empty", s, err)
	}
	b := []byte("tier_01")
	if err := (text{&s}).Scan(b); err != nil || s != "tier_01" {
		t.Errorf("text(bytes) = %q, %v", s, err)
	}
	b[0] = 'X' // a driver reuses its buffer: the text read must not change with it
	if s != "tier_01" {
		t.Errorf("text kept the driver's buffer: %q", s)
	}
	if err := (text{&s}).Scan(int64(1)); err == nil {
		t.Error("text accepted a number")
	}
}
