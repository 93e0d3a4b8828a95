package deploy

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, got)
	}
}

// degradedReport is a deploy whose error ratio triples and which brings a
// new error code.
func degradedReport() Report {
	base := checkout()
	after := base
	after.errRatio *= 4
	after.version = "1.9.0"
	return scenario{seed: 1, before: base, after: after, extra: func(g *gen, a *Window) {
		g.inject(a, 20, "PAYMENT_GATEWAY_TIMEOUT", "warn", a.Start().Add(2*time.Minute), a.End())
	}}.run()
}

func TestMarkdown(t *testing.T) {
	r := degradedReport()
	md := r.Markdown()
	for _, want := range []string{
		"### ❌ Deploy check: degraded · checkout 1.9.0",
		"| signal | before | after | change | p | verdict |",
		"| error_ratio | ",
		"| **degraded** |",
		"**New error codes**",
		"| **`PAYMENT_GATEWAY_TIMEOUT`** | 20 | 2026-11-24 10:02:12Z |",
		"`gateway <q> timed out after <n> ms`",
		"| error_ratio | 2.17 % | ",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	golden(t, "degraded.md", md)

	healthy := scenario{seed: 1, before: checkout(), after: checkout()}.run()
	golden(t, "healthy.md", healthy.Markdown())
	quiet := checkout()
	quiet.errRatio = 0.004
	inconclusive := scenario{seed: 1, before: quiet, after: quiet}.run()
	golden(t, "inconclusive.md", inconclusive.Markdown())
}

func TestMarkdownEscapes(t *testing.T) {
	r := Report{
		Verdict: Degraded, Reason: "a|b <script>",
		NewCodes: []NewCode{{Code: "X|`Y`", Count: 3, TraceIDs: []string{"t|1"}, Message: "line\nbreak"}},
		Signals:  []Signal{{Name: SignalErrorRatio, Unit: UnitRatio, Verdict: Inconclusive, Note: "n|o"}},
	}
	md := r.Markdown()
	for _, bad := range []string{"a|b", "<script>", "X|", "`Y`", "t|1", "line\nbreak", "n|o"} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown contains unescaped %q:\n%s", bad, md)
		}
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{formatValue(UnitRatio, 0.0217), "2.17 %"},
		{formatValue(UnitMs, 0.5), "0.50 ms"},
		{formatValue(UnitMs, 212.4), "212 ms"},
		{formatValue(UnitMs, 1520), "1.52 s"},
		{formatValue(UnitSeconds, 45), "45 s"},
		{formatValue(UnitSeconds, 190), "3.2 min"},
		{formatValue(UnitPerMin, 29.94), "29.9/min"},
		{formatCount(1234567), "1,234,567"},
		{formatCount(999), "999"},
		{formatP(0.0123), "= 0.012"},
		{formatP(3.14e-6), "= 3.1e-06"},
		{formatP(0), "< 1e-12"},
		{formatChange(&Signal{Unit: UnitRatio, Change: 0.0373, Factor: 2.72}), "+3.73 pp (×2.72)"},
		{formatChange(&Signal{Unit: UnitMs, Change: -5.9, Factor: 0.98}), "-5.9 ms (×0.98)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestMarkdownCallerContext: the deploy time, the caller's notes and the
// Kibana link are rendered when set (and nothing of them when not, which
// the golden files hold); the link keeps Kibana's parentheses inside an
// angle-bracket destination, and a note cannot inject Markdown.
func TestMarkdownCallerContext(t *testing.T) {
	r := degradedReport()
	r.DeployedAt = t0
	r.Notes = []string{"1 week before: skipped, the input starts 2026-11-20", "a [link](x) and | pipe"}
	r.KibanaURL = "https://kibana.example/app/discover#/?_g=(time:(from:'a',to:'b'))&_a=(query:(language:kuery,query:'s'))"
	md := r.Markdown()
	for _, want := range []string{
		"- 1 week before: skipped, the input starts 2026-11-20\n",
		`- a \[link\](x) and \| pipe` + "\n",
		"Deployed 2026-11-24 10:00:00Z. After the deploy: 2026-11-24 10:00–10:10 UTC",
		"[The service's logs in Kibana Discover](<https://kibana.example/app/discover#/?_g=(time:(from:'a',to:'b'))&_a=(query:(language:kuery,query:'s'))>)\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if got := mdURL("http://x/a b<c>\nd"); got != "<http://x/a%20b%3Cc%3E%0Ad>" {
		t.Errorf("mdURL: %s", got)
	}
}
