package render

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vigilops/vigil/alert"
)

func TestTitle(t *testing.T) {
	f := func(rule string, sev alert.Severity, st alert.Status) alert.Alert {
		return alert.Alert{Rule: rule, Severity: sev, Status: st}
	}
	tests := []struct {
		in   []alert.Alert
		want string
	}{
		{[]alert.Alert{f("a", alert.P2, alert.Firing)}, "[FIRING:1] a (P2)"},
		{[]alert.Alert{f("a", alert.P2, alert.Firing), f("b", alert.P0, alert.Resolved), f("a", alert.P1, alert.Firing)}, "[FIRING:2][RESOLVED:1] a +1 (P1)"},
		{[]alert.Alert{f("x", alert.P3, alert.Resolved)}, "[RESOLVED:1] x (P3)"},
		{[]alert.Alert{f("x\x1b[31m", alert.P3, alert.Firing)}, `[FIRING:1] x\x1b[31m (P3)`},
	}
	for _, tc := range tests {
		if got := Title(tc.in); got != tc.want {
			t.Errorf("Title = %q, want %q", got, tc.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdefghij", 8, "abcde…"},
		{"限流限流", 7, "限…"},
	} {
		got := Truncate(tc.in, tc.n)
		if got != tc.want || len(got) > tc.n || !utf8.ValidString(got) {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestSlackEscaping(t *testing.T) {
	a := &alert.Alert{Rule: "r", Severity: alert.P1, Labels: map[string]string{"x": "<!everyone> & <@U1>"}}
	got := Alert(a, Slack)
	if strings.Contains(got, "<!") || strings.Contains(got, "<@") || !strings.Contains(got, "&lt;!everyone&gt; &amp; &lt;@U1&gt;") {
		t.Errorf("Slack text: %q", got)
	}
	if md := Alert(a, Markdown); !strings.HasPrefix(md, "**[P1] FIRING r**  \n") {
		t.Errorf("Markdown text: %q", md)
	}
}

func TestMarkdownTextIsInert(t *testing.T) {
	a := &alert.Alert{Rule: "r", Severity: alert.P1,
		Labels:      map[string]string{"shop.id": "[click](https://evil.example.test)"},
		Annotations: map[string]string{"summary": "<font color=\"red\">x</font>"}}
	got := Alert(a, Markdown)
	if strings.Contains(got, "](https://evil") || strings.Contains(got, "<font") {
		t.Errorf("markup from logs survives: %q", got)
	}
	if !strings.Contains(got, "[click]") || !strings.Contains(got, "font color") {
		t.Errorf("text lost: %q", got)
	}
}

var start = time.Date(2026, 11, 25, 8, 3, 0, 0, time.UTC)

// ruleAlert is a firing rule alert with every part a firing alert shows.
func ruleAlert() alert.Alert {
	return alert.Alert{
		Fingerprint: "9f2c1a0b3c4d5e6f", Status: alert.Firing, Rule: "amazon-429-burst", Kind: alert.KindRule, Severity: alert.P1,
		Labels: map[string]string{"service.name": "amazon-api", "shop.id": "S12"},
		// A rule's own annotations may carry a score: a rule alert never shows it.
		Annotations: map[string]string{"summary": "Throttled by amazon on S12", "runbook_url": "https://runbooks.example.test/429", "anomaly_score": "0.9"},
		StartsAt:    start, Value: 0.21, Baseline: alert.Float(0.004), Threshold: alert.Float(0.05),
		KibanaURL: "https://kibana.example.test/app/discover#/?_g=(x)",
		AckURL:    "https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack",
		TraceIDs:  []string{"t1", "t2", "t3", "t4"},
	}
}

// detectorAlert is a firing detector alert with the annotations the rules
// engine writes.
func detectorAlert() alert.Alert {
	return alert.Alert{
		Fingerprint: "1a2b3c4d5e6f7a8b", Status: alert.Firing, Rule: "error-ratio-anomaly", Kind: alert.KindDetector, Severity: alert.P2,
		Labels: map[string]string{"service.name": "checkout"},
		Annotations: map[string]string{"summary": "error-ratio-anomaly: errors out of their usual range",
			"expected_range": "0.00%–1.23%", "deviation": "5.4 spreads above the baseline", "anomaly_score": "0.063"},
		StartsAt: start, Value: 0.087, Baseline: alert.Float(0.004),
		KibanaURL: "https://kibana.example.test/d",
	}
}

// resolved returns a as resolved after d with its last value.
func resolved(a alert.Alert, d time.Duration, last float64) alert.Alert {
	end := a.StartsAt.Add(d)
	a.Status, a.EndsAt, a.Value = alert.Resolved, &end, last
	return a
}

func TestGoldenFiringRuleAlert(t *testing.T) {
	a := ruleAlert()
	golden(t, Alert(&a, Markdown), "**[P1] FIRING amazon-429-burst**  \n"+
		"service.name=amazon-api, shop.id=S12  \n"+
		"since 2026-11-25T08:03:00Z  \n"+
		"value 0.21, baseline 0.004, threshold 0.05  \n"+
		"Throttled by amazon on S12  \n"+
		"[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29) · [Acknowledge](https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack) · [Runbook](https://runbooks.example.test/429)  \n"+
		"trace: t1, t2, t3")
	golden(t, Alert(&a, Slack), "*[P1] FIRING amazon-429-burst*\n"+
		"service.name=amazon-api, shop.id=S12\n"+
		"since 2026-11-25T08:03:00Z\n"+
		"value 0.21, baseline 0.004, threshold 0.05\n"+
		"Throttled by amazon on S12\n"+
		"<https://kibana.example.test/app/discover#/?_g=(x)|Kibana> · <https://vigil.example.test/api/v1/alerts/9f2c1a0b3c4d5e6f/ack|Acknowledge> · <https://runbooks.example.test/429|Runbook>\n"+
		"trace: t1, t2, t3")
}

func TestGoldenFiringDetectorAlert(t *testing.T) {
	a := detectorAlert()
	golden(t, Alert(&a, Plain), "[P2] FIRING error-ratio-anomaly\n"+
		"service.name=checkout\n"+
		"since 2026-11-25T08:03:00Z\n"+
		"value 0.087, baseline 0.004\n"+
		"expected 0.00%–1.23% (anomaly score 0.063); 5.4 spreads above the baseline\n"+
		"error-ratio-anomaly: errors out of their usual range\n"+
		"Kibana: https://kibana.example.test/d")
}

func TestGoldenResolvedAlert(t *testing.T) {
	a := resolved(ruleAlert(), 65*time.Minute+20*time.Second, 0.012)
	got := Alert(&a, Markdown)
	golden(t, got, "**[P1] RESOLVED amazon-429-burst**  \n"+
		"service.name=amazon-api, shop.id=S12  \n"+
		"resolved 2026-11-25T09:08:20Z, lasted 1h05m  \n"+
		"last value 0.012, baseline 0.004, threshold 0.05  \n"+
		"[Kibana](https://kibana.example.test/app/discover#/?_g=%28x%29)")
	d := resolved(detectorAlert(), 23*time.Minute, 0.003)
	golden(t, Alert(&d, Slack), "*[P2] RESOLVED error-ratio-anomaly*\n"+
		"service.name=checkout\n"+
		"resolved 2026-11-25T08:26:00Z, lasted 23m\n"+
		"last value 0.003, baseline 0.004\n"+
		"<https://kibana.example.test/d|Kibana>")
	for _, s := range []string{"Throttled", "anomaly score", "expected", "Acknowledge", "Runbook", "errors out of", "trace"} {
		if strings.Contains(got, s) || strings.Contains(Alert(&d, Plain), s) {
			t.Errorf("a resolved notice repeats %q", s)
		}
	}
}

func TestGoldenMixedBatch(t *testing.T) {
	// The resolved alert comes first in the batch; the firing one is listed first.
	as := []alert.Alert{resolved(ruleAlert(), 12*time.Minute, 0.01), detectorAlert()}
	as[0].Rule = "order-sync-lag"
	as[0].Labels = map[string]string{"shop.platform": "shopee"}
	as[0].Baseline, as[0].Threshold = nil, nil
	as[0].KibanaURL = ""
	golden(t, Title(as), "[FIRING:1][RESOLVED:1] error-ratio-anomaly +1 (P2)")
	golden(t, Text(as, Plain), "[P2] FIRING error-ratio-anomaly\n"+
		"service.name=checkout\n"+
		"since 2026-11-25T08:03:00Z\n"+
		"value 0.087, baseline 0.004\n"+
		"expected 0.00%–1.23% (anomaly score 0.063); 5.4 spreads above the baseline\n"+
		"error-ratio-anomaly: errors out of their usual range\n"+
		"Kibana: https://kibana.example.test/d\n"+
		"\n"+
		"[P1] RESOLVED order-sync-lag\n"+
		"shop.platform=shopee\n"+
		"resolved 2026-11-25T08:15:00Z, lasted 12m\n"+
		"last value 0.01")
	if as[0].Status != alert.Resolved {
		t.Error("Text reordered the caller's slice")
	}
}

func golden(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestExplain(t *testing.T) {
	a := detectorAlert()
	if got, want := Explain(&a), "expected 0.00%–1.23% (anomaly score 0.063); 5.4 spreads above the baseline"; got != want {
		t.Errorf("Explain = %q, want %q", got, want)
	}
	delete(a.Annotations, "anomaly_score") // a preset episode may have none
	if got, want := Explain(&a), "expected 0.00%–1.23%; 5.4 spreads above the baseline"; got != want {
		t.Errorf("Explain = %q, want %q", got, want)
	}
	r := ruleAlert()
	r.Annotations["expected_range"] = "0–5"
	if got := Explain(&r); got != "expected 0–5" {
		t.Errorf("a rule alert's explanation = %q, want the range without a score", got)
	}
	a = resolved(detectorAlert(), time.Minute, 0)
	if got := Explain(&a); got != "" {
		t.Errorf("a resolved alert got an explanation: %q", got)
	}
	r = ruleAlert()
	if got := Explain(&r); got != "" {
		t.Errorf("a rule alert without a range got an explanation: %q", got)
	}
}

func TestDuration(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0s"}, {45 * time.Second, "45s"}, {time.Minute, "1m"}, {23*time.Minute + 59*time.Second, "23m"},
		{time.Hour, "1h00m"}, {65 * time.Minute, "1h05m"}, {23*time.Hour + 59*time.Minute, "23h59m"},
		{51 * time.Hour, "2d03h"},
	} {
		if got := Duration(tc.d); got != tc.want {
			t.Errorf("Duration(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestResolutionWithoutEnd(t *testing.T) {
	a := ruleAlert()
	a.Status = alert.Resolved
	if got := Resolution(&a); got != "resolved" {
		t.Errorf("Resolution = %q", got)
	}
}

func TestAckLinkOnlyWhileFiring(t *testing.T) {
	a := ruleAlert()
	a.KibanaURL, a.Annotations = "", nil
	if got := Links(&a); len(got) != 1 || got[0].Text != "Acknowledge" {
		t.Errorf("Links = %v", got)
	}
	r := resolved(a, time.Minute, 0)
	if got := Links(&r); len(got) != 0 {
		t.Errorf("a resolved alert has links %v", got)
	}
	a.AckURL = ""
	if got := Links(&a); len(got) != 0 {
		t.Errorf("no ack URL, links %v", got)
	}
}

func TestLinksAreEscaped(t *testing.T) {
	a := ruleAlert()
	a.Annotations = nil
	a.KibanaURL = ""
	a.AckURL = "https://vigil.example.test/ack?x=(1) y|z>w"
	if got := Alert(&a, Markdown); !strings.Contains(got, "[Acknowledge](https://vigil.example.test/ack?x=%281%29%20y|z>w)") {
		t.Errorf("markdown link:\n%s", got)
	}
	if got := Alert(&a, Slack); !strings.Contains(got, "<https://vigil.example.test/ack?x=(1) y%7Cz%3Ew|Acknowledge>") {
		t.Errorf("slack link:\n%s", got)
	}
	a.AckURL = "javascript:alert(1)"
	for _, m := range []Markup{Markdown, Slack} {
		if got := Alert(&a, m); strings.Contains(got, "](javascript") || strings.Contains(got, "<javascript") ||
			!strings.Contains(got, "Acknowledge: javascript:alert(1)") {
			t.Errorf("a non-web URL made clickable:\n%s", got)
		}
	}
}

func TestOrderKeepsEachPartsOrder(t *testing.T) {
	mk := func(rule string, st alert.Status) alert.Alert { return alert.Alert{Rule: rule, Status: st} }
	in := []alert.Alert{mk("r1", alert.Resolved), mk("f1", alert.Firing), mk("r2", alert.Resolved), mk("f2", alert.Firing)}
	var got []string
	for _, a := range Order(in) {
		got = append(got, a.Rule)
	}
	if strings.Join(got, ",") != "f1,f2,r1,r2" || in[0].Rule != "r1" {
		t.Errorf("Order = %v (input now %v)", got, in)
	}
}

func TestMaskPhones(t *testing.T) {
	got := MaskPhones("bad mobile 15550100001 and +15550100002", []string{"+15550100001", "+15550100002"})
	if got != "bad mobile ***0001 and ***0002" {
		t.Errorf("MaskPhones = %q", got)
	}
	if MaskPhone("123") != "***" {
		t.Error(MaskPhone("123"))
	}
}
