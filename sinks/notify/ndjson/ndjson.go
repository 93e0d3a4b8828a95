// Package ndjson is vigil's NDJSON notifier: one alert JSON object
// (docs/architecture.md §4) per line to an io.Writer. `vigil replay` writes its alerts
// to stdout with it.
package ndjson

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/vigilops/vigil/alert"
)

// Notifier writes alerts as NDJSON. Each notification is one Write, so
// lines of concurrent notifiers sharing a writer do not interleave.
type Notifier struct {
	name string
	mu   sync.Mutex
	w    io.Writer
	buf  bytes.Buffer
}

// New returns a Notifier named name writing to w.
func New(name string, w io.Writer) *Notifier { return &Notifier{name: name, w: w} }

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.name }

// Notify writes one line per alert. A write error is not retried: a
// broken writer stays broken.
func (n *Notifier) Notify(ctx context.Context, alerts []alert.Alert) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.buf.Reset()
	enc := json.NewEncoder(&n.buf)
	enc.SetEscapeHTML(false)
	for i := range alerts {
		if err := enc.Encode(&alerts[i]); err != nil {
			return false, fmt.Errorf("ndjson: encoding alert %s: %w", alerts[i].Fingerprint, err)
		}
	}
	if _, err := n.w.Write(n.buf.Bytes()); err != nil {
		return false, fmt.Errorf("ndjson: write: %w", err)
	}
	return false, nil
}
