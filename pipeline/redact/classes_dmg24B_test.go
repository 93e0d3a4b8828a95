package redact

import (
	"strings"
	"testing"
)

// Class: a phone after a neighbour (a name, an e-mail address, an address)
// is read only when it is quoted like the list around it, and never as a
// YYYYMMDD date: a bare CSV cell after a quoted one, or a compact date in a
// quoted cell, is the row's value.
func TestDmg24BNeighbourPhoneCSVCells(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, keep string }{
		{`"[REDACTED:address]",20260826,CASE-9693-012`, "20260826"},
		{`"[REDACTED:name]",[REDACTED:phone],"[REDACTED:address]",91-48213-30571`, "91-48213-30571"},
		{`warehouse,po_number` + "\n" + `"North Dock","[REDACTED:address]",4518000031`, "4518000031"},
		{`[REDACTED:email],"[REDACTED:address]","20261025",v3.24.15`, "20261025"},
	} {
		if out := r.String(tc.in); !strings.Contains(out, tc.keep) {
			t.Errorf("%q -> %q: %s damaged", tc.in, out, tc.keep)
		}
	}
	in := `Render("[REDACTED:name]", "[REDACTED:address]", "11.91482.6032", 1)`
	if out := r.String(in); strings.Contains(out, "11.91482.6032") {
		t.Errorf("%q -> %q: phone left", in, out)
	}
}
