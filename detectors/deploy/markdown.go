package deploy

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Markdown renders the report for a merge-request comment: the verdict and
// reason (and the caller's notes), the windows compared, a table of the
// signals (signal, before, after, change, one-sided p-value, verdict), the
// new error codes and new messages, and the Kibana link when set.
func (r *Report) Markdown() string {
	var b strings.Builder
	icon := map[Verdict]string{Healthy: "✅", Degraded: "❌", Inconclusive: "⚠️"}[r.Verdict]
	title := "Deploy check: " + string(r.Verdict)
	if r.Service != "" {
		title += " · " + r.Service
		if r.Version != "" {
			title += " " + r.Version
		}
	}
	fmt.Fprintf(&b, "### %s %s\n\n", icon, mdText(title))
	fmt.Fprintf(&b, "%s\n\n", mdText(r.Reason))
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "- %s\n", mdText(n))
	}
	if len(r.Notes) > 0 {
		b.WriteString("\n")
	}

	if !r.DeployedAt.IsZero() {
		fmt.Fprintf(&b, "Deployed %s. ", formatTime(r.DeployedAt))
	}
	fmt.Fprintf(&b, "After the deploy: %s. Baseline", windowText(r.After))
	if len(r.Baselines) != 1 {
		b.WriteString("s")
	}
	b.WriteString(": ")
	if len(r.Baselines) == 0 {
		b.WriteString("none")
	}
	for i, w := range r.Baselines {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s, %s", mdText(w.Label), windowText(w))
	}
	b.WriteString(".\n\n")

	if len(r.Signals) > 0 {
		b.WriteString("| signal | before | after | change | p | verdict |\n")
		b.WriteString("|---|---:|---:|---:|---:|---|\n")
		for i := range r.Signals {
			s := &r.Signals[i]
			before, change := formatValue(s.Unit, s.Before), formatChange(s)
			if s.Unit == UnitCodes {
				before = "–"
			}
			if s.AfterN == 0 || s.BeforeN == 0 {
				change = "–"
			}
			verdict := string(s.Verdict)
			if s.Verdict == Degraded {
				verdict = "**degraded**"
			}
			if s.Verdict == Inconclusive && s.Note != "" {
				verdict += ": " + s.Note
			}
			p := strings.TrimPrefix(formatP(s.PValue), "= ")
			if s.AfterN == 0 || s.BeforeN == 0 { // untested
				p = "–"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", s.Name, before, formatValue(s.Unit, s.After), change, p, mdCell(verdict))
		}
		b.WriteString("\n")
	}

	if len(r.NewCodes) > 0 {
		b.WriteString("**New error codes**\n\n")
		b.WriteString("| code | count | first seen | sample traces | message |\n")
		b.WriteString("|---|---:|---|---|---|\n")
		for _, nc := range r.NewCodes {
			code := mdCode(nc.Code)
			if nc.Degrading {
				code = "**" + code + "**"
			}
			fmt.Fprintf(&b, "| %s | %d | %s | %s | %s |\n", code, nc.Count, formatTime(nc.FirstSeen), traceList(nc.TraceIDs), mdCode(nc.Message))
		}
		if r.NewCodesOmitted > 0 {
			fmt.Fprintf(&b, "\n…and %d more.\n", r.NewCodesOmitted)
		}
		b.WriteString("\n")
	}
	// Messages already shown with a new code are not repeated.
	shown := make(map[string]bool)
	for _, nc := range r.NewCodes {
		shown[nc.Message] = true
	}
	var msgs []NewMessage
	for _, m := range r.NewMessages {
		if !shown[m.Message] {
			msgs = append(msgs, m)
		}
	}
	if len(msgs) > 0 {
		b.WriteString("**New error messages**\n\n")
		b.WriteString("| message | count | first seen | sample traces |\n")
		b.WriteString("|---|---:|---|---|\n")
		for _, m := range msgs {
			fmt.Fprintf(&b, "| %s | %d | %s | %s |\n", mdCode(m.Message), m.Count, formatTime(m.FirstSeen), traceList(m.TraceIDs))
		}
		if r.NewMessagesOmitted > 0 {
			fmt.Fprintf(&b, "\n…and %d more.\n", r.NewMessagesOmitted)
		}
		b.WriteString("\n")
	}
	if r.KibanaURL != "" {
		fmt.Fprintf(&b, "[The service's logs in Kibana Discover](%s)\n", mdURL(r.KibanaURL))
	}
	return b.String()
}

// mdURL makes a link destination of u: in angle brackets, which allow
// the parentheses of Kibana's rison state, with the characters that would
// end it (<, >, line breaks) and spaces percent-encoded.
func mdURL(u string) string {
	return "<" + strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "%0A", "\r", "%0D").Replace(u) + ">"
}

func windowText(w WindowSummary) string {
	ev := formatCount(w.Events) + " events"
	if w.Start.IsZero() {
		return ev
	}
	s, e := w.Start.UTC(), w.End.UTC()
	span := s.Format("2006-01-02 15:04") + "–"
	if s.Format("2006-01-02") == e.Format("2006-01-02") {
		span += e.Format("15:04")
	} else {
		span += e.Format("2006-01-02 15:04")
	}
	return span + " UTC, " + ev
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return "–"
	}
	return t.UTC().Format("2006-01-02 15:04:05Z")
}

func traceList(ids []string) string {
	if len(ids) == 0 {
		return "–"
	}
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = mdCode(id)
	}
	return strings.Join(parts, " ")
}

// mdText escapes text for a Markdown paragraph or table cell.
func mdText(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "|", "\\|", "*", "\\*", "`", "\\`",
		"<", "&lt;", ">", "&gt;", "[", "\\[", "]", "\\]", "\r", " ", "\n", " ")
	return r.Replace(s)
}

// mdCell escapes the few characters that break a table cell but keeps
// emphasis markers the renderer added.
func mdCell(s string) string {
	return strings.NewReplacer("|", "\\|", "\r", " ", "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

// mdCode renders s as inline code in a table cell: backticks cannot be
// escaped inside a code span, so they become ' and pipes are escaped.
func mdCode(s string) string {
	if s == "" {
		return "–"
	}
	s = strings.NewReplacer("`", "'", "|", "\\|", "\r", " ", "\n", " ").Replace(s)
	return "`" + s + "`"
}

func formatCount(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// formatValue renders a signal value in its unit.
func formatValue(unit string, v float64) string {
	switch unit {
	case UnitRatio:
		return fmt.Sprintf("%.2f %%", 100*v)
	case UnitMs:
		return formatMs(v)
	case UnitSeconds:
		return formatSeconds(v)
	case UnitPerMin:
		return fmt.Sprintf("%.1f/min", v)
	case UnitCodes:
		return fmt.Sprintf("%.0f new", v)
	}
	return strconv.FormatFloat(v, 'g', 4, 64)
}

func formatMs(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1000:
		return fmt.Sprintf("%.2f s", v/1000)
	case a >= 10:
		return fmt.Sprintf("%.0f ms", v)
	case a >= 1:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.2f ms", v)
}

func formatSeconds(v float64) string {
	switch a := math.Abs(v); {
	case a >= 3600:
		return fmt.Sprintf("%.1f h", v/3600)
	case a >= 60:
		return fmt.Sprintf("%.1f min", v/60)
	case a >= 10:
		return fmt.Sprintf("%.0f s", v)
	}
	return fmt.Sprintf("%.1f s", v)
}

// formatChange renders After − Before with its factor: "+3.73 pp (×2.72)".
func formatChange(s *Signal) string {
	d := formatDelta(s)
	if s.Factor > 0 && s.Unit != UnitCodes {
		d += fmt.Sprintf(" (×%.2f)", s.Factor)
	}
	return d
}

// formatDelta renders After − Before in the signal's unit.
func formatDelta(s *Signal) string {
	var d string
	switch s.Unit {
	case UnitRatio:
		d = fmt.Sprintf("%+.2f pp", noNegZero(100*s.Change, 100))
	case UnitCodes:
		return fmt.Sprintf("+%.0f", s.Change)
	case UnitPerMin:
		d = fmt.Sprintf("%+.1f/min", noNegZero(s.Change, 10))
	default:
		d = formatValue(s.Unit, s.Change)
		if s.Change >= 0 {
			d = "+" + d
		}
	}
	return d
}

// noNegZero rounds v to 1/scale and turns -0 into 0, so that a tiny drop
// does not print as "-0.0".
func noNegZero(v, scale float64) float64 {
	v = math.Round(v*scale) / scale
	if v == 0 {
		return 0
	}
	return v
}

// formatP renders a p-value with its relation: "= 0.004", "= 3.1e-06",
// "< 1e-12".
func formatP(p float64) string {
	switch {
	case p < 1e-12:
		return "< 1e-12"
	case p < 0.001:
		return "= " + strconv.FormatFloat(p, 'e', 1, 64)
	}
	return "= " + strconv.FormatFloat(p, 'f', 3, 64)
}
