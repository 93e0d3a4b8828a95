package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/pipeline/redact"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// /metrics, parsed with the Prometheus text parser: every metric the issue
// names is there, named vigil_…, counters as _total, in base units, with
// the values of the sources' Stats at the scrape.
func TestMetricsParseAndCarryTheStats(t *testing.T) {
	disp := newDispatcher(t)
	if _, err := disp.AddSilence(alerting.Silence{Matchers: []string{"service.name=order-sync"}, EndsAt: t0.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	var redactions redact.Counts
	redactions[redact.KindEmail], redactions[redact.KindPhone] = 12, 3
	checkpoint := time.Now().Add(-90 * time.Second)
	m := NewMetrics(MetricSources{
		Pipeline: func() (pipeline.Stats, bool) {
			return pipeline.Stats{Fetched: 1000, Decoded: 998, Evaluated: 998, Indexed: 990, Late: 1, Replayed: 5, Held: 2,
				DeadLetterReasons: map[string]int64{"invalid_json": 2, "index_rejected: 400 mapper_parsing_exception": 1},
				Watermark:         t0}, true
		},
		Kafka: func() (kafka.SourceStats, bool) {
			return kafka.SourceStats{Rebalances: 1, Pending: 8, FetchErrors: 4, Partitions: []kafka.PartitionStats{
				{Topic: "logs", Partition: 0, Lag: 120}, {Topic: "logs", Partition: 1, Lag: 0}, {Topic: "logs", Partition: 2, Lag: -1}}}, true
		},
		Index: func() (elasticsearch.Stats, bool) {
			return elasticsearch.Stats{Indexed: 990, Rejected: 1, Requests: 40, RequestErrors: 2, Bytes: 123456,
				RetriedByStatus: map[int]uint64{429: 7}, BytesInFlight: 2048}, true
		},
		Redactions: func() redact.Counts { return redactions },
		Rules: func() rules.Stats {
			return rules.Stats{Rules: []rules.RuleStats{{Name: "error-burst", Errors: 3, Early: 5, Groups: 4}, {Name: "heartbeat", Groups: 1}}}
		},
		Alerts:     disp.Stats,
		Active:     disp.Active,
		Checkpoint: func() (time.Time, bool) { return checkpoint, true },
		Version:    "v1.2.3",
	})
	m.BulkRequest(30*time.Millisecond, 200)
	m.BulkRequest(2*time.Second, 200)
	m.BulkRequest(time.Second, 0)
	m.BulkItemFailures(map[int]int{429: 5, 400: 1})
	m.BulkItemFailures(map[int]int{429: 2})

	srv, err := New(Config{Tokens: []Token{{Token: readToken, Scope: ScopeRead}}}, Deps{Metrics: m.Registry}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+readToken)
	req.Header.Set("Accept", "text/plain; version=0.0.4")
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("/metrics: %d %s", rec.Code, rec.Body)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}

	// value finds a sample of a family by its labels (name=value pairs).
	value := func(name string, labels ...string) (float64, bool) {
		t.Helper()
		f, ok := families[name]
		if !ok {
			t.Errorf("no metric %s", name)
			return 0, false
		}
	metrics:
		for _, m := range f.Metric {
			for i := 0; i+1 < len(labels); i += 2 {
				found := false
				for _, lp := range m.Label {
					if lp.GetName() == labels[i] && lp.GetValue() == labels[i+1] {
						found = true
					}
				}
				if !found {
					continue metrics
				}
			}
			switch f.GetType() {
			case dto.MetricType_COUNTER:
				return m.Counter.GetValue(), true
			case dto.MetricType_GAUGE:
				return m.Gauge.GetValue(), true
			case dto.MetricType_HISTOGRAM:
				return float64(m.Histogram.GetSampleCount()), true
			}
		}
		t.Errorf("no %s%v", name, labels)
		return 0, false
	}
	want := func(name string, v float64, labels ...string) {
		t.Helper()
		if got, ok := value(name, labels...); ok && got != v {
			t.Errorf("%s%v = %g, want %g", name, labels, got, v)
		}
	}
	want("vigil_events_fetched_total", 1000)
	want("vigil_events_indexed_total", 990)
	want("vigil_events_evaluated_total", 998)
	want("vigil_events_late_total", 1)
	want("vigil_dead_letters_total", 2, "reason", "invalid_json")
	want("vigil_dead_letters_total", 1, "reason", "index_rejected: 400 mapper_parsing_exception")
	want("vigil_watermark_timestamp_seconds", float64(t0.Unix()))
	want("vigil_kafka_consumer_lag", 120, "topic", "logs", "partition", "0")
	want("vigil_kafka_consumer_lag", 0, "topic", "logs", "partition", "1")
	want("vigil_kafka_fetch_errors_total", 4)
	want("vigil_elasticsearch_bulk_duration_seconds", 2, "status", "200")
	want("vigil_elasticsearch_bulk_duration_seconds", 1, "status", "0")
	want("vigil_elasticsearch_bulk_item_failures_total", 7, "status", "429")
	want("vigil_elasticsearch_bulk_item_failures_total", 1, "status", "400")
	want("vigil_elasticsearch_documents_total", 1, "outcome", "rejected")
	want("vigil_elasticsearch_bulk_sent_bytes_total", 123456)
	want("vigil_elasticsearch_retries_total", 7, "status", "429")
	want("vigil_redactions_total", 12, "kind", "email")
	want("vigil_redactions_total", 3, "kind", "phone")
	want("vigil_redactions_total", 0, "kind", "iban")
	want("vigil_rule_evaluation_errors_total", 3, "rule", "error-burst")
	want("vigil_rule_early_events_total", 5, "rule", "error-burst")
	want("vigil_rule_early_events_total", 0, "rule", "heartbeat")
	want("vigil_alerts", 1, "state", "active", "rule", "error-burst")
	want("vigil_alerts", 1, "state", "suppressed", "rule", "error-burst")
	want("vigil_notifications_total", 2, "receiver", "hook")
	want("vigil_notifications_failed_total", 0, "receiver", "hook")
	want("vigil_build_info", 1, "version", "v1.2.3")
	if age, ok := value("vigil_checkpoint_age_seconds"); ok && (age < 90 || age > 600) {
		t.Errorf("checkpoint age %g s, want about 90", age)
	}
	// The bulk latency histogram is in seconds, with its buckets.
	h := families["vigil_elasticsearch_bulk_duration_seconds"]
	if h == nil || h.GetType() != dto.MetricType_HISTOGRAM {
		t.Fatalf("bulk latency: %v", h)
	}
	for _, m := range h.Metric {
		if lp := m.Label[0]; lp.GetValue() == "200" {
			if s := m.Histogram.GetSampleSum(); s < 2.02 || s > 2.04 {
				t.Errorf("bulk latency sum %g s, want 2.03", s)
			}
			if len(m.Histogram.Bucket) < 10 {
				t.Errorf("%d buckets", len(m.Histogram.Bucket))
			}
		}
	}
	// Naming conventions: counters end in _total and nothing else does;
	// every vigil metric has help text.
	for name, f := range families {
		if !strings.HasPrefix(name, "vigil_") {
			continue
		}
		if (f.GetType() == dto.MetricType_COUNTER) != strings.HasSuffix(name, "_total") {
			t.Errorf("%s is a %s", name, f.GetType())
		}
		if f.GetHelp() == "" {
			t.Errorf("%s has no help", name)
		}
	}
	if _, ok := families["go_goroutines"]; !ok {
		t.Error("no Go runtime metrics")
	}

	// Sources that are not running leave their metrics out; the rest
	// still scrape.
	quiet := NewMetrics(MetricSources{Pipeline: func() (pipeline.Stats, bool) { return pipeline.Stats{}, false }})
	got, err := quiet.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range got {
		if f.GetName() == "vigil_events_fetched_total" {
			t.Error("a pipeline not running yet has event counters")
		}
	}
}

// A receiver's rate limit shows in /metrics: the notifications it held and
// the digests that carried them, by receiver.
func TestMetricsCountRateLimitedNotificationsAndDigests(t *testing.T) {
	gw, burst, every := time.Duration(0), 1, time.Minute
	cfg := alerting.Config{
		Route: alerting.Route{Receiver: "chat", GroupBy: []string{"service.name"}, GroupWait: &gw},
		Receivers: []alerting.ReceiverConfig{{Name: "chat",
			RateLimit: &alerting.RateLimit{Burst: &burst, Every: &every}}},
	}
	d, err := alerting.NewDispatcher(cfg, map[string]alerting.Notifier{"chat": nopNotifier{}}, zerolog.Nop(), alerting.SyncDelivery())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close(context.Background()) })
	for _, svc := range []string{"inventory-sync", "order-sync", "price-sync"} {
		d.Submit(alert.Alert{Status: alert.Firing, Rule: "error-burst", Kind: alert.KindRule, Severity: alert.P2,
			Labels: map[string]string{"service.name": svc}, StartsAt: t0})
	}
	d.Tick(t0)                  // one goes, two are held
	d.Tick(t0.Add(time.Minute)) // the next token: one digest of two

	m := NewMetrics(MetricSources{Alerts: d.Stats})
	srv, err := New(Config{Tokens: []Token{{Token: readToken, Scope: ScopeRead}}}, Deps{Metrics: m.Registry}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+readToken)
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req)
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(rec.Body.String()))
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	for name, want := range map[string]float64{
		"vigil_notifications_rate_limited_total": 2,
		"vigil_notification_digests_total":       1,
		"vigil_notifications_total":              2,
	} {
		f := families[name]
		if f == nil || len(f.Metric) != 1 || f.GetType() != dto.MetricType_COUNTER {
			t.Errorf("%s: %v", name, f)
			continue
		}
		mt := f.Metric[0]
		if len(mt.Label) != 1 || mt.Label[0].GetName() != "receiver" || mt.Label[0].GetValue() != "chat" || mt.Counter.GetValue() != want {
			t.Errorf("%s = %v, want %g{receiver=chat}", name, mt, want)
		}
	}
}
