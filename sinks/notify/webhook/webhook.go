// Package webhook is vigil's generic webhook notifier: it POSTs the alert
// JSON of docs/architecture.md §4, one request per alert, or one batch object per
// notification.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"strconv"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
)

// Options configure a Notifier.
type Options struct {
	// Name is the receiver name (Name()).
	Name string
	// URL receives the POSTs.
	URL string
	// Headers are added to every request (e.g. Authorization).
	Headers map[string]string
	// Batch sends one Batch object per notification instead of one alert
	// object per request.
	Batch bool
	// Timeout bounds one request (default 10s).
	Timeout time.Duration
	// Client is http.DefaultClient when nil.
	Client *http.Client
	// Secret, when set, signs every request (see Sign).
	Secret string
	// Now stamps signatures (time.Now when nil).
	Now func() time.Time
}

// Signature headers.
const (
	TimestampHeader = "X-Vigil-Timestamp"
	SignatureHeader = "X-Vigil-Signature"
)

// Sign returns the X-Vigil-Signature value of a body sent at a Unix time:
// "sha256=" and the hex HMAC-SHA256, keyed by secret, of
// "<timestamp>.<body>". Receivers recompute it and reject old timestamps.
func Sign(secret string, unix int64, body []byte) string {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte(strconv.FormatInt(unix, 10)))
	h.Write([]byte{'.'})
	h.Write(body)
	return "sha256=" + hex.EncodeToString(h.Sum(nil))
}

// Batch is the body of a batched notification.
type Batch struct {
	Receiver string        `json:"receiver"`
	Status   alert.Status  `json:"status"` // firing when any alert fires
	Alerts   []alert.Alert `json:"alerts"`
}

// Notifier posts alerts to a URL.
type Notifier struct {
	o Options
}

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	if _, err := httpx.ParseURL("webhook", o.URL); err != nil {
		return nil, err
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Notifier{o: o}, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Notify posts the alerts. A connection error, a timeout, 408, 429 or 5xx
// is worth a retry; any other non-2xx answer is not. Alerts already posted
// by a call that then fails are posted again on retry (at least once).
func (n *Notifier) Notify(ctx context.Context, alerts []alert.Alert) (bool, error) {
	if n.o.Batch {
		b := Batch{Receiver: n.o.Name, Status: alert.Resolved, Alerts: alerts}
		for _, a := range alerts {
			if a.Status == alert.Firing {
				b.Status = alert.Firing
			}
		}
		return n.post(ctx, b)
	}
	for i := range alerts {
		if retry, err := n.post(ctx, &alerts[i]); err != nil {
			return retry, fmt.Errorf("webhook: alert %d of %d (%s): %w", i+1, len(alerts), alerts[i].Fingerprint, err)
		}
	}
	return false, nil
}

func (n *Notifier) post(ctx context.Context, v any) (bool, error) {
	body, err := Marshal(v)
	if err != nil {
		return false, fmt.Errorf("webhook: %w", err)
	}
	headers := n.o.Headers
	if n.o.Secret != "" {
		ts := n.o.Now().Unix()
		headers = maps.Clone(headers)
		if headers == nil {
			headers = map[string]string{}
		}
		headers[TimestampHeader] = strconv.FormatInt(ts, 10)
		headers[SignatureHeader] = Sign(n.o.Secret, ts, body)
	}
	_, retry, err := httpx.Post(ctx, httpx.Request{
		Client: n.o.Client, URL: n.o.URL, Headers: headers, Body: body, Timeout: n.o.Timeout,
	})
	if err != nil {
		if n.o.Batch {
			return retry, fmt.Errorf("webhook: %w", err)
		}
		return retry, err
	}
	return false, nil
}

// Marshal encodes v as JSON without HTML escaping (samples may hold <, >
// and &), without a trailing newline.
func Marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
