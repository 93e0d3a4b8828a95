// Package render turns a notification (a batch of alerts) into the short
// texts chat channels show: a title and one paragraph per alert, in the
// markup each vendor speaks. Text from logs is made inert: control
// characters are escaped, and so is the syntax that would make a mention, a
// link or a tag of it.
package render

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/vigilops/vigil/alert"
)

// Markup selects the dialect of Text.
type Markup int

// Dialects.
const (
	Markdown Markup = iota // **bold**, [text](url): DingTalk, WeCom, Feishu lark_md
	Slack                  // *bold*, <url|text>, with &, <, > escaped
	Plain                  // no markup
)

// Counts returns the firing and resolved alerts in a batch.
func Counts(as []alert.Alert) (firing, resolved int) {
	for _, a := range as {
		if a.Status == alert.Resolved {
			resolved++
		} else {
			firing++
		}
	}
	return
}

// Worst returns the most urgent severity among the firing alerts, or among
// all when none fires.
func Worst(as []alert.Alert) alert.Severity {
	best := alert.Severity("")
	firing, _ := Counts(as)
	for _, a := range as {
		if firing > 0 && a.Status == alert.Resolved {
			continue
		}
		if best == "" || a.Severity.Rank() < best.Rank() {
			best = a.Severity
		}
	}
	return best
}

// Title is a one-line headline: "[FIRING:2] amazon-429-burst +1 (P1)".
func Title(as []alert.Alert) string {
	firing, resolved := Counts(as)
	var b strings.Builder
	if firing > 0 {
		fmt.Fprintf(&b, "[FIRING:%d]", firing)
		if resolved > 0 {
			fmt.Fprintf(&b, "[RESOLVED:%d]", resolved)
		}
	} else {
		fmt.Fprintf(&b, "[RESOLVED:%d]", resolved)
	}
	rules := map[string]bool{}
	var first string
	for _, a := range as {
		if first == "" {
			first = a.Rule
		}
		rules[a.Rule] = true
	}
	b.WriteString(" " + Clean(first))
	if len(rules) > 1 {
		fmt.Fprintf(&b, " +%d", len(rules)-1)
	}
	if s := Worst(as); s != "" {
		b.WriteString(" (" + Clean(string(s)) + ")")
	}
	return b.String()
}

// Text renders every alert as a paragraph, separated by blank lines.
func Text(as []alert.Alert, m Markup) string {
	parts := make([]string, len(as))
	for i := range as {
		parts[i] = Alert(&as[i], m)
	}
	return strings.Join(parts, "\n\n")
}

// Alert renders one alert: headline, labels, value, summary, links, traces;
// one line each.
func Alert(a *alert.Alert, m Markup) string {
	esc := func(s string) string { return Escape(Clean(s), m) }
	status := "FIRING"
	if a.Status == alert.Resolved {
		status = "RESOLVED"
	}
	var lines []string
	lines = append(lines, bold(fmt.Sprintf("[%s] %s %s", esc(string(a.Severity)), status, esc(a.Rule)), m))
	if len(a.Labels) > 0 {
		keys := make([]string, 0, len(a.Labels))
		for k := range a.Labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		kv := make([]string, len(keys))
		for i, k := range keys {
			kv[i] = esc(k) + "=" + esc(a.Labels[k])
		}
		lines = append(lines, strings.Join(kv, ", "))
	}
	when := "since " + a.StartsAt.UTC().Format(time.RFC3339)
	if a.EndsAt != nil {
		when += ", ended " + a.EndsAt.UTC().Format(time.RFC3339)
	}
	lines = append(lines, when)
	v := "value " + num(a.Value)
	if a.Baseline != nil {
		v += ", baseline " + num(*a.Baseline)
	}
	if a.Threshold != nil {
		v += ", threshold " + num(*a.Threshold)
	}
	lines = append(lines, v)
	if s := Explain(a); s != "" {
		lines = append(lines, esc(s))
	}
	if s := a.Annotations["summary"]; s != "" {
		lines = append(lines, esc(s))
	}
	var links []string
	if a.KibanaURL != "" {
		links = append(links, link("Kibana", a.KibanaURL, m))
	}
	if u := a.Annotations["runbook_url"]; u != "" {
		links = append(links, link("Runbook", u, m))
	}
	if len(links) > 0 {
		lines = append(lines, strings.Join(links, " · "))
	}
	if len(a.TraceIDs) > 0 {
		ids := a.TraceIDs
		if len(ids) > 3 {
			ids = ids[:3]
		}
		c := make([]string, len(ids))
		for i, id := range ids {
			c[i] = esc(id)
		}
		lines = append(lines, "trace: "+strings.Join(c, ", "))
	}
	sep := "\n"
	if m == Markdown {
		sep = "  \n" // a hard line break in the markdown dialects
	}
	return strings.Join(lines, sep)
}

// Explain is a detector alert's explanation, from the annotations the rules
// engine writes: the range its baseline allowed, how far out the value is,
// and the episode's anomaly score. It is "" for other alerts.
func Explain(a *alert.Alert) string {
	var why []string
	if s := a.Annotations["expected_range"]; s != "" {
		why = append(why, "expected "+s)
	}
	if s := a.Annotations["deviation"]; s != "" {
		why = append(why, s)
	}
	if s := a.Annotations["anomaly_score"]; s != "" {
		why = append(why, "anomaly score "+s)
	}
	return strings.Join(why, "; ")
}

func bold(s string, m Markup) string {
	switch m {
	case Markdown:
		return "**" + s + "**"
	case Slack:
		return "*" + s + "*"
	}
	return s
}

func link(text, u string, m Markup) string {
	u = Clean(u)
	switch m {
	case Markdown:
		return "[" + text + "](" + strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(u) + ")"
	case Slack:
		return "<" + strings.NewReplacer("|", "%7C", ">", "%3E", "<", "%3C").Replace(u) + "|" + text + ">"
	}
	return text + ": " + u
}

var (
	slackEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	// markdownEscaper breaks link and HTML syntax in text from logs (a label
	// or summary must not become a link or a tag in the chat): a zero-width
	// space between ] and (, and full-width angle brackets.
	markdownEscaper = strings.NewReplacer("](", "]\u200b(", "<", "＜", ">", "＞")
)

// Escape makes text inert in the dialect m (see the package comment).
func Escape(s string, m Markup) string {
	switch m {
	case Slack:
		return slackEscaper.Replace(s)
	case Markdown:
		return markdownEscaper.Replace(s)
	}
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', 6, 64) }

// Clean escapes control characters (as \x.. or \u..).
func Clean(s string) string {
	for _, r := range s {
		if !unicode.IsPrint(r) && r != ' ' {
			return clean(s)
		}
	}
	return s
}

func clean(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsPrint(r) || r == ' ' {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRuneToASCII(r)
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

// Truncate cuts s to at most n bytes on a rune boundary, marking the cut.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const mark = "…"
	cut := n - len(mark)
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + mark
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
