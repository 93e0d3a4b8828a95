// Package pagerduty is vigil's PagerDuty notifier: Events API v2, one
// trigger or resolve event per alert, deduplicated by the alert's
// fingerprint so PagerDuty folds repeats into one incident and a resolve
// closes it.
package pagerduty

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/sinks/notify/internal/httpx"
	"github.com/vigilops/vigil/sinks/notify/internal/render"
	"github.com/vigilops/vigil/sinks/notify/webhook"
)

// DefaultURL is the Events API v2 endpoint.
const DefaultURL = "https://events.pagerduty.com/v2/enqueue"

// MaxSummary is the API's limit on payload.summary.
const MaxSummary = 1024

// Options configure a Notifier.
type Options struct {
	Name       string
	RoutingKey string // the integration key of a service
	URL        string // DefaultURL when empty
	Timeout    time.Duration
	Client     *http.Client
}

// Event is an Events API v2 request body.
type Event struct {
	RoutingKey  string   `json:"routing_key"`
	EventAction string   `json:"event_action"` // trigger or resolve
	DedupKey    string   `json:"dedup_key"`
	Payload     *Payload `json:"payload,omitempty"`
	Client      string   `json:"client,omitempty"`
	ClientURL   string   `json:"client_url,omitempty"`
	Links       []Link   `json:"links,omitempty"`
}

// Payload describes a triggered alert.
type Payload struct {
	Summary       string         `json:"summary"`
	Source        string         `json:"source"`
	Severity      string         `json:"severity"` // critical, error, warning or info
	Timestamp     string         `json:"timestamp"`
	Component     string         `json:"component,omitempty"`
	Group         string         `json:"group,omitempty"`
	Class         string         `json:"class,omitempty"`
	CustomDetails map[string]any `json:"custom_details,omitempty"`
}

// Link is a link shown on the incident.
type Link struct {
	Href string `json:"href"`
	Text string `json:"text"`
}

// Notifier sends events to PagerDuty.
type Notifier struct{ o Options }

// New checks the options and returns a Notifier.
func New(o Options) (*Notifier, error) {
	if o.RoutingKey == "" {
		return nil, errors.New("pagerduty: routing key is required")
	}
	if o.URL == "" {
		o.URL = DefaultURL
	}
	if _, err := httpx.ParseURL("pagerduty", o.URL); err != nil {
		return nil, err
	}
	return &Notifier{o: o}, nil
}

// Name returns the receiver name.
func (n *Notifier) Name() string { return n.o.Name }

// Severity maps P0..P3 to critical, error, warning, info.
func Severity(s alert.Severity) string {
	switch s {
	case alert.P0:
		return "critical"
	case alert.P1:
		return "error"
	case alert.P2:
		return "warning"
	}
	return "info"
}

// Build returns the event for one alert.
func Build(routingKey string, a *alert.Alert) Event {
	e := Event{RoutingKey: routingKey, EventAction: "trigger", DedupKey: a.Fingerprint}
	if a.Status == alert.Resolved {
		e.EventAction = "resolve"
		return e
	}
	summary := fmt.Sprintf("[%s] %s", a.Severity, a.Rule)
	if s := a.Annotations["summary"]; s != "" {
		summary += ": " + s
	}
	source := a.Labels["service.name"]
	if source == "" {
		source = "vigil"
	}
	details := map[string]any{
		"labels": a.Labels, "value": a.Value, "kind": a.Kind, "fingerprint": a.Fingerprint,
	}
	if a.Baseline != nil {
		details["baseline"] = *a.Baseline
	}
	if a.Threshold != nil {
		details["threshold"] = *a.Threshold
	}
	if len(a.Annotations) > 0 {
		details["annotations"] = a.Annotations
	}
	if len(a.TraceIDs) > 0 {
		details["trace_ids"] = a.TraceIDs
	}
	e.Payload = &Payload{
		Summary:       render.Truncate(render.Clean(summary), MaxSummary),
		Source:        source,
		Severity:      Severity(a.Severity),
		Timestamp:     a.StartsAt.UTC().Format(time.RFC3339),
		Component:     a.Labels["service.name"],
		Group:         a.Labels["shop.platform"],
		Class:         a.Rule,
		CustomDetails: details,
	}
	e.Client = "vigil"
	if a.KibanaURL != "" {
		e.ClientURL = a.KibanaURL
		e.Links = append(e.Links, Link{Href: a.KibanaURL, Text: "Logs in Kibana"})
	}
	if u := a.Annotations["runbook_url"]; strings.HasPrefix(u, "http") {
		e.Links = append(e.Links, Link{Href: u, Text: "Runbook"})
	}
	return e
}

// Notify sends one event per alert. 429 and 5xx are retried; 400 (an
// invalid event) is not. Events already accepted are sent again on retry,
// which PagerDuty deduplicates by dedup_key.
func (n *Notifier) Notify(ctx context.Context, as []alert.Alert) (bool, error) {
	for i := range as {
		body, err := webhook.Marshal(Build(n.o.RoutingKey, &as[i]))
		if err != nil {
			return false, fmt.Errorf("pagerduty: %w", err)
		}
		_, retry, err := httpx.Post(ctx, httpx.Request{Client: n.o.Client, URL: n.o.URL, Body: body, Timeout: n.o.Timeout})
		if err != nil {
			return retry, fmt.Errorf("pagerduty: alert %s: %w", as[i].Fingerprint, err)
		}
	}
	return false, nil
}
