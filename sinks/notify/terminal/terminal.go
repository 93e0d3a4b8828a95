// Package terminal is vigil's notifier for a person at a terminal: a few
// readable lines per alert (severity, status, rule, labels, value against
// baseline and threshold, summary, Kibana link, trace ids), in colour when
// asked.
package terminal

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
)

// Options configure a Notifier.
type Options struct {
	// Name is the receiver name (Name()).
	Name string
	// Color adds ANSI colours; see IsTerminal.
	Color bool
	// MaxTraceIDs caps the trace ids shown (default 3).
	MaxTraceIDs int
}

// Notifier writes alerts for people.
type Notifier struct {
	o  Options
	mu sync.Mutex
	w  io.Writer
	b  strings.Builder
}

// New returns a Notifier writing to w.
func New(w io.Writer, o Options) *Notifier {
	if o.MaxTraceIDs <= 0 {
		o.MaxTraceIDs = 3
	}
	return &Notifier{o: o, w: w}
}

// IsTerminal reports whether w is a terminal (an *os.File on a TTY), for
// Options.Color. The NO_COLOR convention is the caller's to apply.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr }) // an *os.File, or a wrapper exposing its descriptor
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Notify writes the alerts, one block each, in a single Write. A write
// error is not retried.
func (n *Notifier) Notify(ctx context.Context, alerts []alert.Alert) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.b.Reset()
	for i := range alerts {
		n.format(&alerts[i])
	}
	if _, err := io.WriteString(n.w, n.b.String()); err != nil {
		return false, fmt.Errorf("terminal: write: %w", err)
	}
	return false, nil
}

const (
	reset  = "\x1b[0m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	red    = "\x1b[31m"
	green  = "\x1b[32m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
	redBg  = "\x1b[1;97;41m"
)

func (n *Notifier) paint(color, s string) string {
	if !n.o.Color {
		return s
	}
	return color + s + reset
}

func severityColor(s alert.Severity) string {
	switch s {
	case alert.P0:
		return redBg
	case alert.P1:
		return bold + red
	case alert.P2:
		return yellow
	}
	return cyan
}

// Format returns the lines Notify writes for one alert, without colour.
func Format(a *alert.Alert) string {
	n := New(nil, Options{})
	n.format(a)
	return n.b.String()
}

func (n *Notifier) format(a *alert.Alert) {
	b := &n.b
	sev := render.Clean(string(a.Severity))
	if sev == "" {
		sev = "P?"
	}
	b.WriteString(n.paint(severityColor(a.Severity), "["+sev+"]"))
	b.WriteByte(' ')
	if a.Status == alert.Resolved {
		b.WriteString(n.paint(bold+green, "RESOLVED"))
	} else {
		b.WriteString(n.paint(bold+red, "FIRING"))
	}
	b.WriteByte(' ')
	b.WriteString(n.paint(bold, render.Clean(a.Rule)))
	if a.Kind != "" {
		b.WriteString(" (" + render.Clean(a.Kind) + ")")
	}
	if len(a.Labels) > 0 {
		keys := make([]string, 0, len(a.Labels))
		for k := range a.Labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString(" {")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(render.Clean(k) + "=" + render.Clean(a.Labels[k]))
		}
		b.WriteByte('}')
	}
	b.WriteByte('\n')

	b.WriteString("    since " + a.StartsAt.UTC().Format(time.RFC3339))
	if a.EndsAt != nil {
		b.WriteString(", ended " + a.EndsAt.UTC().Format(time.RFC3339))
		if d := a.EndsAt.Sub(a.StartsAt); d >= 0 {
			b.WriteString(" (lasted " + d.String() + ")")
		}
	}
	b.WriteByte('\n')

	b.WriteString("    value " + num(a.Value))
	if a.Baseline != nil {
		b.WriteString(", baseline " + num(*a.Baseline))
	}
	if a.Threshold != nil {
		b.WriteString(", threshold " + num(*a.Threshold))
	}
	b.WriteByte('\n')
	if s := render.Explain(a); s != "" {
		b.WriteString("    " + render.Clean(s) + "\n")
	}
	if s := a.Annotations["summary"]; s != "" {
		b.WriteString("    " + render.Clean(s) + "\n")
	}
	if s := a.Annotations["runbook_url"]; s != "" {
		b.WriteString("    runbook: " + render.Clean(s) + "\n")
	}
	if a.KibanaURL != "" {
		b.WriteString("    kibana: " + n.paint(dim, render.Clean(a.KibanaURL)) + "\n")
	}
	if len(a.TraceIDs) > 0 {
		ids := a.TraceIDs
		more := ""
		if len(ids) > n.o.MaxTraceIDs {
			more = fmt.Sprintf(" (+%d more)", len(ids)-n.o.MaxTraceIDs)
			ids = ids[:n.o.MaxTraceIDs]
		}
		c := make([]string, len(ids))
		for i, id := range ids {
			c[i] = render.Clean(id)
		}
		b.WriteString("    trace: " + strings.Join(c, ", ") + more + "\n")
	}
	b.WriteByte('\n')
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', 6, 64) }
