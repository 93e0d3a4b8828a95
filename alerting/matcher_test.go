package alerting

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/alert"
)

func TestMatchers(t *testing.T) {
	a := &alert.Alert{Rule: "amazon-429-burst", Kind: alert.KindRule, Severity: alert.P1,
		Labels: map[string]string{"service.name": "amazon-api", "shop.id": "S12"}}
	tests := []struct {
		m    string
		want bool
	}{
		{"service.name=amazon-api", true},
		{"service.name = amazon-api", true},
		{`service.name="amazon-api"`, true},
		{"service.name=amazon", false},
		{"service.name!=amazon", true},
		{"service.name=~amazon.*", true},
		{"service.name=~amazon", false}, // anchored
		{"service.name!~shop.*", true},
		{"missing=", true},
		{"missing!=", false},
		{"severity=P1", true},
		{"severity=p1", false}, // values compare exactly
		{"severity<=P1", true},
		{"severity<P1", false},
		{"severity>=P1", true},
		{"severity>P0", true},
		{"severity>P1", false},
		{"severity=~P0|P1", true},
		{"rule=amazon-429-burst", true},
		{"kind=detector", false},
		{`shop.id=~"S1[0-9]"`, true},
	}
	for _, tc := range tests {
		m, err := ParseMatcher(tc.m)
		if err != nil {
			if tc.m == "severity=p1" {
				continue // rejected at parse time, which is fine too
			}
			t.Errorf("ParseMatcher(%q): %v", tc.m, err)
			continue
		}
		if got := m.Matches(a); got != tc.want {
			t.Errorf("%q.Matches = %v, want %v", tc.m, got, tc.want)
		}
	}
}

func TestLabelShadowsPseudoLabel(t *testing.T) {
	a := &alert.Alert{Rule: "r", Labels: map[string]string{"rule": "from-label"}}
	m, err := ParseMatcher("rule=from-label")
	if err != nil || !m.Matches(a) {
		t.Errorf("a real label named rule should win: %v", err)
	}
}

func TestParseMatcherErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "want label=value"},
		{"=x", "want label=value"},
		{"service.name", "no operator"},
		{"a=~(x", "bad regular expression"},
		{"a<P1", "compares severities only"},
		{"severity<=P9", `severity "P9"`},
		{"severity=high", `severity "high"`},
		{`a="unterminated`, "bad quoted value"},
	}
	for _, tc := range tests {
		_, err := ParseMatcher(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseMatcher(%q) = %v, want error containing %q", tc.in, err, tc.want)
		}
	}
}

func TestMatcherStringRoundTrips(t *testing.T) {
	for _, s := range []string{"a=b", `a!="x y"`, "a=~x.*", "severity<=P1"} {
		m, err := ParseMatcher(s)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := ParseMatcher(m.String())
		if err != nil || m2.Name != m.Name || m2.Op != m.Op || m2.Value != m.Value {
			t.Errorf("%q -> %q -> %+v (%v)", s, m.String(), m2, err)
		}
	}
}
