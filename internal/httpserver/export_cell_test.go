package httpserver

import "testing"

// A cell that a spreadsheet would run as a formula is written as text.
func TestExportCellsNeverRunAsFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1 555 0100":              "'+1 555 0100",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"Acme Reseller":            "Acme Reseller",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cell(float64(125000050)); got != "125000050" {
		t.Errorf("an amount: %q", got)
	}
}
