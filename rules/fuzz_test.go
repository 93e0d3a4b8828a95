package rules

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"
)

var exprSeeds = []string{
	`log.level == "error"`,
	`http.response.status_code >= 500 && shop.platform in ["amazon", "shopee"]`,
	`count >= 3 && ratio(log.level == "error") > 0.1`,
	`quantile(event.duration, 0.99) > 2e9 || max(sync.delay_seconds) > 300`,
	`previous(count) >= 4 && count > 3 * previous(count)`,
	`absent("2h") || new_value(error.code, "7d", "0s") || changed(service.version)`,
	`consecutive(has(error.code)) >= 3 && distinct(field("odd-name")) > 1`,
	`message matches "^timeout" and not (url.path startsWith "/health")`,
	`let x = 1; x + count > 2`,
	`map(1..3, # * 2)[0] == 2`,
	`previous(previous(count)) > 1`,
	`quantile(event.duration, count)`,
	`a.b.c.d?.e[1]`,
}

// FuzzCompile checks that no expression makes the compiler panic, whether
// it is read as a filter or as a condition.
func FuzzCompile(f *testing.F) {
	for _, s := range exprSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = compileEvent(src, resultBool)
		_, _ = compileEvent(src, resultAny)
		_, _ = compileCondition(src, []string{"shop.id"}, true, condPrefix)
		_, _ = compileCondition(src, nil, false, valuePrefix)
	})
}

// FuzzParse feeds arbitrary rule files to the loader.
func FuzzParse(f *testing.F) {
	f.Add([]byte(burstRule))
	f.Add([]byte("rules:\n  - name: a\n    severity: P1\n    condition: |\n      count > 1 &&\n        max(log.level) > 3\n"))
	f.Add([]byte("rules: [{name: b, severity: P0, window: 7d, for: -1s}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Parse("fuzz.yaml", data)
	})
}

// FuzzTemplate renders arbitrary annotation templates with alert data.
func FuzzTemplate(f *testing.F) {
	for _, s := range []string{
		`{{ .Label "shop.id" }} {{ percent .Value }} {{ seconds .Threshold }} {{ nanos .Baseline }}`,
		`{{ range .Samples }}{{ . }}{{ end }}{{ .Field "x" | upper }}{{ humanize 1e12 }}`,
		`{{ .Agg "count" | printf "%.2f" }} {{ default "n/a" (.Label "x") }}`,
		`{{ template "x" }}`, `{{ define "x" }}{{ template "x" }}{{ end }}{{ template "x" }}`,
		`{{ index .Labels }}{{ len .Values }}{{ slice .Rule 5 1 }}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tm, err := parseTemplate("fuzz", text)
		if err != nil {
			return
		}
		d := &TemplateData{Rule: "r", Labels: map[string]string{"shop.id": "S1"}, Value: 0.25,
			Threshold: math.NaN(), Baseline: math.Inf(1), Values: map[string]float64{"count": 3},
			Samples: []string{`{"a":1}`}, Fields: map[string]string{"x": "y"}}
		s, _ := render(tm, d)
		if len(s) > maxTemplate+len("…") {
			t.Fatalf("rendered %d bytes, above the %d limit", len(s), maxTemplate)
		}
	})
}

// FuzzEngine runs whatever rule compiles over a small event stream, with a
// snapshot and restore halfway: nothing may panic, whatever the
// expressions do at run time.
func FuzzEngine(f *testing.F) {
	f.Add(`log.level == "error"`, `count >= 2`, `shop.id`)
	f.Add(`has(http.response.status_code)`, `consecutive(http.response.status_code >= 500) >= 2 || distinct(shop.id) > 1`, `shop.platform`)
	f.Add(``, `absent("2m") || new_value(error.code, "1h", "0s") || changed(service.version)`, ``)
	f.Add(`custom.n > 1`, `previous(count) >= 1 && count > previous(count) && quantile(event.duration, 0.5) > 1`, `custom.n`)
	f.Add(`true`, `ratio(log.level == "error") > 0.1 && avg(sync.delay_seconds / 0) > 1 && min(custom.n) < max(custom.n)`, `host.name`)
	f.Fuzz(func(t *testing.T, filter, cond, group string) {
		doc := map[string]any{"rules": []map[string]any{{
			"name": "fz", "severity": "P2", "filter": filter, "condition": cond, "window": "2m",
			"group_by": []string{group}, "annotations": map[string]string{"summary": "{{ .Value }} {{ .Field \"shop.id\" }}"},
		}}}
		if group == "" {
			delete(doc["rules"].([]map[string]any)[0], "group_by")
		}
		data, err := yaml.Marshal(doc)
		if err != nil {
			return
		}
		rs, err := Parse("fz.yaml", data)
		if err != nil {
			return
		}
		e := NewEngine(rs, Options{Logger: zerolog.Nop(), MaxGroupsPerRule: 3})
		e.Advance(t0)
		for i := 0; i < 40; i++ {
			e.Observe(ev(time.Duration(i)*10*time.Second,
				"log.level", []string{"info", "error"}[i%2], "shop.id", []string{"S1", "S2", "S3", "S4"}[i%4],
				"shop.platform", "amazon", "http.response.status_code", 200+100*(i%4), "custom.n", []any{1, "x", true}[i%3],
				"error.code", []string{"", "E1", "E2"}[i%3], "service.version", []string{"1", "2"}[i/20],
				"event.duration", i*1000, "sync.delay_seconds", i))
			if i == 20 {
				data, err := e.Snapshot()
				if err != nil {
					t.Fatal(err)
				}
				e = NewEngine(rs, Options{Logger: zerolog.Nop(), MaxGroupsPerRule: 3})
				if err := e.Restore(data); err != nil {
					t.Fatal(err)
				}
			}
			for _, a := range e.Advance(t0.Add(time.Duration(i) * 10 * time.Second)) {
				if _, err := json.Marshal(a); err != nil {
					t.Fatalf("alert does not marshal: %v", err)
				}
			}
		}
	})
}
