package render

import (
	"strings"
	"testing"
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

func TestDetectorAlertIsExplained(t *testing.T) {
	a := alert.Alert{Rule: "error-ratio-anomaly", Kind: alert.KindDetector, Severity: alert.P2, Annotations: map[string]string{
		"expected_range": "0.00%–1.23%", "deviation": "5.4 spreads above the baseline", "anomaly_score": "0.063"}}
	want := "expected 0.00%–1.23%; 5.4 spreads above the baseline; anomaly score 0.063"
	if got := Explain(&a); got != want {
		t.Fatalf("Explain = %q, want %q", got, want)
	}
	if got := Alert(&a, Plain); !strings.Contains(got, want) {
		t.Errorf("the message leaves the explanation out:\n%s", got)
	}
	a.Annotations = map[string]string{"summary": "x"}
	if got := Explain(&a); got != "" {
		t.Errorf("a rule alert got an explanation: %q", got)
	}
}
