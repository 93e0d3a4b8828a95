package alerting

import (
	"testing"

	"github.com/vigilops/vigil/alert"
)

// FuzzParseMatcher checks that any input either fails cleanly or parses to
// a matcher whose String form parses back to the same matcher, with the
// same verdict on a sample alert.
func FuzzParseMatcher(f *testing.F) {
	for _, s := range []string{"a=b", `a!="x y"`, "a=~x.*", "a!~(y|z)", "severity<=P1", "severity>P0",
		"service.name = amazon-api", `shop.id="S\"1"`, "=", "a", "a=~(", "a<P1", "日本=x"} {
		f.Add(s)
	}
	a := &alert.Alert{Rule: "r", Severity: alert.P2, Labels: map[string]string{"a": "b", "service.name": "amazon-api"}}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMatcher(s)
		if err != nil {
			return
		}
		m2, err := ParseMatcher(m.String())
		if err != nil {
			t.Fatalf("%q parsed, but its String %q does not: %v", s, m.String(), err)
		}
		if m2.Name != m.Name || m2.Op != m.Op || m2.Value != m.Value {
			t.Fatalf("%q -> %q -> %+v", s, m.String(), m2)
		}
		if m.Matches(a) != m2.Matches(a) {
			t.Fatalf("%q and %q disagree", s, m.String())
		}
	})
}
