// Package terminal is vigil's notifier for a person at a terminal: a few
// readable lines per alert (severity, status, rule, labels, value against
// baseline and threshold, a detector's expected range and anomaly score,
// summary, Kibana and acknowledge links, trace ids), in colour when asked,
// firing alerts first. A resolved alert is a short notice: when it
// resolved, how long it lasted, its last value and the Kibana link.
package terminal

import (
	"context"
	"fmt"
	"io"
	"sort"
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
	alerts = render.Order(alerts)
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

	if a.Status == alert.Resolved {
		// A resolved notice: when, how long, the last value, the logs.
		b.WriteString("    " + render.Resolution(a) + "\n")
		b.WriteString("    last " + render.Value(a) + "\n")
		if a.KibanaURL != "" {
			b.WriteString("    kibana: " + n.paint(dim, render.Clean(a.KibanaURL)) + "\n")
		}
		b.WriteByte('\n')
		return
	}
	b.WriteString("    since " + a.StartsAt.UTC().Format(time.RFC3339) + "\n")
	b.WriteString("    " + render.Value(a) + "\n")
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
	if a.AckURL != "" {
		b.WriteString("    acknowledge: " + render.Clean(a.AckURL) + "\n")
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
