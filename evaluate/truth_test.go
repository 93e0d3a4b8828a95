package evaluate

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const goodTruth = `# ground truth of a day
incidents:
  - id: deploy-regression-oms-core
    start: 2026-03-03T14:00:00Z
    end: 2026-03-03T14:30:00Z
    labels: {service.name: oms-core}
    description: "oms-core 4.2.0 fails one order in ten"
  - id: amazon-throttled
    start: "2026-03-03T23:00:00+08:00"
    end: 2026-03-03T15:20:00Z
    labels:
      shop.id: S12
      http.response.status_code: 429
quiet:
  - id: flash-sale
    start: 2026-03-04T12:00:00Z
    end: 2026-03-04T14:00:00Z
    labels: {}
    description: "traffic x5, no fault"
silences:
  - matchers: ["service.name=wms-bridge"]
    starts_at: 2026-03-05T01:00:00Z
    ends_at: 2026-03-05T03:00:00Z
    comment: "planned maintenance"
`

func TestParseTruth(t *testing.T) {
	tr, err := ReadTruth("truth.yaml", strings.NewReader(goodTruth))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Incidents) != 2 || len(tr.Quiet) != 1 || len(tr.Silences) != 1 {
		t.Fatalf("%+v", tr)
	}
	a := tr.Incidents[1]
	if !a.Start.Equal(time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)) || a.Labels["http.response.status_code"] != "429" || a.Labels["shop.id"] != "S12" {
		t.Errorf("incident %+v", a)
	}
	if tr.Incidents[0].Labels["service.name"] != "oms-core" || tr.Incidents[0].Description == "" {
		t.Errorf("incident %+v", tr.Incidents[0])
	}
	if q := tr.Quiet[0]; q.ID != "flash-sale" || len(q.Labels) != 0 || !q.End.Equal(time.Date(2026, 3, 4, 14, 0, 0, 0, time.UTC)) {
		t.Errorf("quiet %+v", q)
	}
	if s := tr.Silences[0]; s.Matchers[0] != "service.name=wms-bridge" || s.EndsAt.Sub(s.StartsAt) != 2*time.Hour {
		t.Errorf("silence %+v", s)
	}
	// Quiet periods alone are a truth (a noise test); so are incidents alone.
	if _, err := ParseTruth("t.yaml", []byte("quiet:\n  - {id: q, start: 2026-03-04T12:00:00Z, end: 2026-03-04T14:00:00Z}\n")); err != nil {
		t.Error(err)
	}
}

// TestParseTruthErrors: every error names the file, the line and, for
// validation, the key.
func TestParseTruthErrors(t *testing.T) {
	period := "\n    start: 2026-03-03T14:00:00Z\n    end: 2026-03-03T14:30:00Z\n"
	for _, tc := range []struct {
		name string
		yaml string
		want []string
	}{
		{"unknown key", "incidents:\n  - id: a" + period + "    lables: {a: b}\n",
			[]string{`truth.yaml:5: unknown key "lables"`}},
		{"unknown top-level key", "incident:\n  - id: a\n",
			[]string{`truth.yaml:1: unknown key "incident"`}},
		{"unknown silence key", "quiet:\n  - id: q" + period + "silences:\n  - matchers: [a=b]\n    ends: 2026-03-03T14:30:00Z\n",
			[]string{`truth.yaml:7: unknown key "ends"`}},
		{"id missing", "incidents:\n  - start: 2026-03-03T14:00:00Z\n    end: 2026-03-03T14:30:00Z\n",
			[]string{`truth.yaml:2: incidents.0.id: is required`}},
		{"end before start", "incidents:\n  - id: a\n    start: 2026-03-03T14:00:00Z\n    end: 2026-03-03T13:59:00Z\n",
			[]string{`truth.yaml:4: incidents.0.end: is before start`}},
		{"end missing", "quiet:\n  - id: q\n    start: 2026-03-03T14:00:00Z\n",
			[]string{`truth.yaml:2: quiet.0.end: is required (RFC 3339, e.g. 2026-03-03T14:30:00Z)`}},
		{"duplicate id", "incidents:\n  - id: a" + period + "  - id: b" + period + "  - id: a" + period,
			[]string{`truth.yaml:8: incidents.2.id: duplicate id "a" (also incidents.0)`}},
		{"not a time", "incidents:\n  - id: a\n    start: yesterday\n    end: 2026-03-03T14:30:00Z\n",
			[]string{`truth.yaml:3: incidents.0.start: want an RFC 3339 time such as 2026-03-03T14:00:00Z`}},
		{"several at once", "incidents:\n  - id: a" + period + "  - start: 2026-03-03T14:00:00Z\n    end: 2026-03-03T13:00:00Z\n",
			[]string{`truth.yaml:5: incidents.1.id: is required`, `truth.yaml:6: incidents.1.end: is before start`}},
		{"bad silence", "quiet:\n  - id: q" + period + "silences:\n  - matchers: []\n    starts_at: 2026-03-03T14:00:00Z\n",
			[]string{`truth.yaml:6: silences.0.matchers: at least one matcher is required`, `truth.yaml:6: silences.0.ends_at: is required`}},
		{"empty", "# nothing yet\n",
			[]string{`truth.yaml: incidents: no incidents and no quiet periods: nothing to score against`}},
		{"syntax", "incidents: [\n",
			[]string{`truth.yaml:1: did not find expected node content`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTruth("truth.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.Split(err.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", err, strings.Join(tc.want, "\n"))
			}
			var e *Error
			if !errors.As(err, &e) || e.File != "truth.yaml" {
				t.Errorf("not an *Error: %#v", err)
			}
		})
	}
}
