// Package alertmanager forwards vigil's alerts to an Alertmanager-compatible
// API (POST /api/v2/alerts), for teams whose paging already lives there.
package alertmanager

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/webhook"
)

// DefaultEndsAfter is how long a firing alert stays firing in Alertmanager
// without news from vigil. vigil re-sends still-firing alerts every
// repeat_interval (4h by default), so keep repeat_interval well below it.
const DefaultEndsAfter = 8 * time.Hour

// Options configure a Notifier.
type Options struct {
	Name    string
	URL     string // base URL; /api/v2/alerts is appended
	Headers map[string]string
	Timeout time.Duration
	Client  *http.Client
	// EndsAfter sets endsAt of firing alerts to Now()+EndsAfter
	// (DefaultEndsAfter when zero).
	EndsAfter time.Duration
	// Now is time.Now when nil.
	Now func() time.Time
}

// PostableAlert is one element of the request body.
type PostableAlert struct {
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations,omitempty"`
	StartsAt     string            `json:"startsAt,omitempty"`
	EndsAt       string            `json:"endsAt,omitempty"`
	GeneratorURL string            `json:"generatorURL,omitempty"`
}

// Notifier posts to Alertmanager.
type Notifier struct {
	o   Options
	url string
}

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	u, err := httpx.ParseURL("alertmanager", o.URL)
	if err != nil {
		return nil, err
	}
	u.Path = strings.TrimRight(u.Path, "/") + "/api/v2/alerts"
	if o.EndsAfter <= 0 {
		o.EndsAfter = DefaultEndsAfter
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Notifier{o: o, url: u.String()}, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// LabelName makes a label name valid for Alertmanager ([a-zA-Z_][a-zA-Z0-9_]*):
// service.name becomes service_name.
func LabelName(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0) {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "_"
	}
	return string(b)
}

// Build returns the request body for a notification. Labels are the
// alert's (renamed with LabelName, in sorted order so a collision resolves
// the same way every time) plus alertname, severity and kind.
func Build(as []alert.Alert, now time.Time, endsAfter time.Duration) []PostableAlert {
	out := make([]PostableAlert, 0, len(as))
	for i := range as {
		a := &as[i]
		keys := make([]string, 0, len(a.Labels))
		for k := range a.Labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		labels := make(map[string]string, len(keys)+3)
		for _, k := range keys {
			labels[LabelName(k)] = a.Labels[k]
		}
		labels["alertname"] = a.Rule
		labels["severity"] = string(a.Severity)
		if a.Kind != "" {
			labels["kind"] = a.Kind
		}
		ann := map[string]string{}
		for k, v := range a.Annotations {
			ann[LabelName(k)] = v
		}
		ann["value"] = strconv.FormatFloat(a.Value, 'g', -1, 64)
		if a.Baseline != nil {
			ann["baseline"] = strconv.FormatFloat(*a.Baseline, 'g', -1, 64)
		}
		if a.Threshold != nil {
			ann["threshold"] = strconv.FormatFloat(*a.Threshold, 'g', -1, 64)
		}
		if len(a.TraceIDs) > 0 {
			ann["trace_ids"] = strings.Join(a.TraceIDs, ",")
		}
		ann["vigil_fingerprint"] = a.Fingerprint
		pa := PostableAlert{Labels: labels, Annotations: ann, GeneratorURL: a.KibanaURL}
		if !a.StartsAt.IsZero() {
			pa.StartsAt = a.StartsAt.UTC().Format(time.RFC3339Nano)
		}
		if a.Status == alert.Resolved && a.EndsAt != nil {
			pa.EndsAt = a.EndsAt.UTC().Format(time.RFC3339Nano)
		} else {
			pa.EndsAt = now.Add(endsAfter).UTC().Format(time.RFC3339Nano)
		}
		out = append(out, pa)
	}
	return out
}

// Notify posts every alert in one request. 408, 429 and 5xx are retried;
// 400 (an invalid alert) is not.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	body, err := webhook.Marshal(Build(as, n.o.Now(), n.o.EndsAfter))
	if err != nil {
		return false, fmt.Errorf("alertmanager: %w", err)
	}
	_, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.url, Headers: n.o.Headers, Body: body, Timeout: n.o.Timeout})
	if err != nil {
		return retry, fmt.Errorf("alertmanager: %w", err)
	}
	return false, nil
}
