package indepeval

import (
	"sort"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// perfect replaces every planted spelling with "[X]".
func perfect(c *Case) string {
	var forms []string
	for _, p := range c.PII {
		forms = append(forms, p.Forms...)
	}
	sort.Slice(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	s := string(c.Line)
	for _, f := range forms {
		s = strings.ReplaceAll(s, f, "[X]")
	}
	return s
}

func reencode(t testing.TB, dec *event.Decoder, line string) string {
	ev := decodeOrFail(t, dec, []byte(line))
	if ev == nil {
		return ""
	}
	return string(ev.AppendJSON(nil))
}

func TestJudgeSelfCheck(t *testing.T) {
	cases := Generate(7, 2700)
	contexts := map[string]bool{}
	for _, c := range cases {
		for _, p := range c.PII {
			contexts[p.Context] = true
			if len(p.Forms) == 0 {
				t.Fatalf("%s/%s planted without a form", p.Kind, p.Context)
			}
			for _, f := range p.Forms {
				if !strings.Contains(string(c.Line), f) {
					t.Fatalf("form %q not in line", shape(f))
				}
			}
			switch p.Kind {
			case "card":
				if !luhnValid(p.Value) {
					t.Errorf("card %q fails Luhn", shape(p.Value))
				}
			case "iban":
				if !ibanValid(p.Value) {
					t.Errorf("iban %q fails mod-97", shape(p.Value))
				}
			case "cn_id":
				if len(p.Value) != 18 || cnCheck(p.Value) != p.Value[17] {
					t.Errorf("cn_id %q fails its check", shape(p.Value))
				}
			}
		}
	}
	if len(contexts) < 8 {
		t.Errorf("only %d contexts", len(contexts))
	}
	passes := []struct {
		name    string
		fn      func(dec *event.Decoder, c *Case) string
		leakAll bool
	}{
		{"no-op raw", func(_ *event.Decoder, c *Case) string { return string(c.Line) }, true},
		{"no-op re-encoded", func(dec *event.Decoder, c *Case) string { return reencode(t, dec, string(c.Line)) }, true},
		{"perfect raw", func(_ *event.Decoder, c *Case) string { return perfect(c) }, false},
		{"perfect re-encoded", func(dec *event.Decoder, c *Case) string { return reencode(t, dec, perfect(c)) }, false},
	}
	for _, ps := range passes {
		res := runCorpus(t, cases, ps.fn)
		n, leaks := res.planted(), 0
		for _, k := range Kinds {
			leaks += res.leaks[k]
		}
		d, _ := res.damage()
		if ps.leakAll && (leaks != n || res.unjudgeable > 0) {
			res.report(t)
			res.logExamples(t)
			t.Errorf("%s: judge flags %d of %d values (unjudgeable %d), want all", ps.name, leaks, n, res.unjudgeable)
		}
		if !ps.leakAll && leaks != 0 {
			res.report(t)
			res.logExamples(t)
			t.Errorf("%s: judge flags %d of %d values, want none", ps.name, leaks, n)
		}
		if d != 0 {
			res.report(t)
			res.logExamples(t)
			t.Errorf("%s: %d look-alikes damaged, want none", ps.name, d)
		}
	}
}
