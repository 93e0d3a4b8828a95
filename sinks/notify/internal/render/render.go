// Package render turns a notification (a batch of alerts) into the short
// texts chat channels show: a title and one paragraph per alert, in the
// markup each vendor speaks. Every chat notifier, the email and the
// terminal use it.
//
// A batch lists its firing alerts first. A firing alert shows what fired
// and why (value against baseline and threshold; for a detector, the
// expected range with the anomaly score beside it), its summary and its
// links: Kibana, Acknowledge (when the dispatcher set an ack URL) and the
// runbook. A resolved alert is a short notice instead: when it resolved,
// how long it lasted and its last value, without the firing summary, the
// anomaly score or an Acknowledge link.
//
// Text from logs is made inert: control characters are escaped, and so is
// the syntax that would make a mention, a link or a tag of it. Mentions
// are the notifiers' to add, from their configuration only.
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

// Order returns the alerts of a batch with the firing ones first, each
// part in its original order. as is not modified.
func Order(as []alert.Alert) []alert.Alert {
	out := make([]alert.Alert, 0, len(as))
	for _, a := range as {
		if a.Status != alert.Resolved {
			out = append(out, a)
		}
	}
	for _, a := range as {
		if a.Status == alert.Resolved {
			out = append(out, a)
		}
	}
	return out
}

// Title is a one-line headline: "[FIRING:2] amazon-429-burst +1 (P1)",
// naming the first firing alert's rule (the first rule when none fires).
func Title(as []alert.Alert) string {
	as = Order(as)
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
	if s := Digest(as); s != "" {
		b.WriteString(" · digest: " + Clean(s))
	}
	return b.String()
}

// Digest is the note of a digest, the one notification that carries what
// a receiver's rate limit held ("25 notifications held by the rate limit
// of receiver chat since 08:00:05 UTC"): the "digest" annotation the
// dispatcher puts on each of its alerts (alerting.DigestAnnotation). It is
// "" for an ordinary notification. Title ends with it, so that every
// channel shows it in its headline.
func Digest(as []alert.Alert) string {
	for i := range as {
		if s := as[i].Annotations["digest"]; s != "" {
			return s
		}
	}
	return ""
}

// Text renders every alert as a paragraph, firing alerts first, separated
// by blank lines.
func Text(as []alert.Alert, m Markup) string {
	as = Order(as)
	parts := make([]string, len(as))
	for i := range as {
		parts[i] = Alert(&as[i], m)
	}
	return strings.Join(parts, "\n\n")
}

// Alert renders one alert, one line each.
//
// A firing alert: headline, labels, start, value against baseline and
// threshold, a detector's explanation (Explain), summary, links (Kibana,
// Acknowledge, Runbook: see Links), trace ids.
//
// A resolved alert is a short notice: headline, labels, when it resolved
// and how long it lasted, its last value against the same baseline and
// threshold, and the Kibana link. Neither the firing summary nor the
// anomaly score is repeated.
func Alert(a *alert.Alert, m Markup) string {
	esc := func(s string) string { return Escape(Clean(s), m) }
	resolved := a.Status == alert.Resolved
	status := "FIRING"
	if resolved {
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
	if resolved {
		lines = append(lines, Resolution(a), "last "+Value(a))
	} else {
		lines = append(lines, "since "+a.StartsAt.UTC().Format(time.RFC3339), Value(a))
		if s := Explain(a); s != "" {
			lines = append(lines, esc(s))
		}
		if s := a.Annotations["summary"]; s != "" {
			lines = append(lines, esc(s))
		}
	}
	if links := Links(a); len(links) > 0 {
		ls := make([]string, len(links))
		for i, l := range links {
			ls[i] = link(l, m)
		}
		lines = append(lines, strings.Join(ls, " · "))
	}
	if len(a.TraceIDs) > 0 && !resolved {
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

// Value is "value 0.21, baseline 0.004, threshold 0.05": the alert's value
// with the baseline and threshold it was judged against, when it has them.
func Value(a *alert.Alert) string {
	v := "value " + num(a.Value)
	if a.Baseline != nil {
		v += ", baseline " + num(*a.Baseline)
	}
	if a.Threshold != nil {
		v += ", threshold " + num(*a.Threshold)
	}
	return v
}

// Resolution is a resolved alert's "resolved 2026-11-25T08:15:00Z, lasted
// 12m" (ends_at, and ends_at − starts_at; just "resolved" without an
// ends_at).
func Resolution(a *alert.Alert) string {
	if a.EndsAt == nil {
		return "resolved"
	}
	s := "resolved " + a.EndsAt.UTC().Format(time.RFC3339)
	if d := a.EndsAt.Sub(a.StartsAt); d >= 0 && !a.StartsAt.IsZero() {
		s += ", lasted " + Duration(d)
	}
	return s
}

// Duration is a short human duration: "45s", "23m", "1h05m", "2d03h".
// Above a minute it is cut to whole minutes (hours above a day).
func Duration(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int64(d/time.Second))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int64(d/time.Minute))
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh%02dm", int64(d/time.Hour), int64(d%time.Hour/time.Minute))
	}
	return fmt.Sprintf("%dd%02dh", int64(d/(24*time.Hour)), int64(d%(24*time.Hour)/time.Hour))
}

// Link is a labelled URL in an alert.
type Link struct{ Text, URL string }

// Links are an alert's links, in the order shown: Kibana (the logs), then
// for a firing alert Acknowledge (its AckURL) and Runbook. A resolved
// alert keeps only the Kibana link: there is nothing left to acknowledge
// or to do.
func Links(a *alert.Alert) []Link {
	var out []Link
	if a.KibanaURL != "" {
		out = append(out, Link{"Kibana", a.KibanaURL})
	}
	if a.Status == alert.Resolved {
		return out
	}
	if a.AckURL != "" {
		out = append(out, Link{"Acknowledge", a.AckURL})
	}
	if u := a.Annotations["runbook_url"]; u != "" {
		out = append(out, Link{"Runbook", u})
	}
	return out
}

// Explain is a firing alert's explanation, from the annotations the rules
// engine writes for detector alerts: the range its baseline allowed (with
// the episode's anomaly score beside it, on a detector alert only) and how
// far out the value is. It is "" for resolved alerts and alerts without
// those annotations.
func Explain(a *alert.Alert) string {
	if a.Status == alert.Resolved {
		return ""
	}
	var why []string
	if s := a.Annotations["expected_range"]; s != "" {
		e := "expected " + s
		if sc := a.Annotations["anomaly_score"]; sc != "" && a.Kind == alert.KindDetector {
			e += " (anomaly score " + sc + ")"
		}
		why = append(why, e)
	}
	if s := a.Annotations["deviation"]; s != "" {
		why = append(why, s)
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

// link renders a link in the dialect m. The URL is cleaned of control
// characters and of what would end the link early; a URL that is not
// http or https is shown as text, never made clickable.
func link(l Link, m Markup) string {
	u := Clean(l.URL)
	if !WebURL(u) {
		return Escape(l.Text+": "+u, m)
	}
	switch m {
	case Markdown:
		return "[" + l.Text + "](" + strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(u) + ")"
	case Slack:
		return "<" + strings.NewReplacer("|", "%7C", ">", "%3E", "<", "%3C").Replace(u) + "|" + l.Text + ">"
	}
	return l.Text + ": " + u
}

// WebURL reports whether u is an http or https URL.
func WebURL(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
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
