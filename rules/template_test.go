package rules

import (
	"math"
	"strings"
	"testing"
)

func TestTemplates(t *testing.T) {
	d := &TemplateData{
		Rule: "r", Severity: "P1", Labels: map[string]string{"shop.id": "S12"},
		Value: 0.98712, Threshold: 300, Baseline: math.NaN(),
		Values: map[string]float64{"count": 1234567, `ratio(log.level == "error")`: 0.25},
		Fields: map[string]string{"error.code": "E42"}, NewValues: []string{"A", "B"},
	}
	tests := []struct{ tmpl, want string }{
		{`{{ .Label "shop.id" }}/{{ .Label "nope" }}`, "S12/"},
		{`{{ percent .Value }}`, "98.71%"},
		{`{{ seconds .Threshold }}`, "5m0s"},
		{`{{ nanos 2.5e9 }}`, "2.5s"},
		{`{{ .Agg "count" | humanize }} {{ humanize 12 }} {{ humanize 0.123456 }} {{ humanize 25000 }}`, "1.235M 12 0.1235 25.000k"},
		{`{{ .Agg "ratio(log.level == \"error\")" }} {{ .Agg "missing" }}`, "0.25 NaN"},
		{`{{ .Field "error.code" | lower }} {{ .Field "x" | default "none" }}`, "e42 none"},
		{`{{ range .NewValues }}[{{ . }}]{{ end }}`, "[A][B]"},
		{`{{ printf "%.1f" .Value }} {{ .Severity }}`, "1.0 P1"},
	}
	for _, tt := range tests {
		tm, err := parseTemplate("t", tt.tmpl)
		if err != nil {
			t.Fatalf("%s: %v", tt.tmpl, err)
		}
		got, err := render(tm, d)
		if err != nil || got != tt.want {
			t.Errorf("%s: got %q (%v), want %q", tt.tmpl, got, err, tt.want)
		}
	}
	long, _ := parseTemplate("long", `{{ range 100000 }}xxxxxxxxxx{{ end }}`)
	got, err := render(long, d)
	if err != nil || len(got) != maxTemplate+len("…") || !strings.HasSuffix(got, "…") {
		t.Errorf("long output: %d bytes, %v", len(got), err)
	}
}
