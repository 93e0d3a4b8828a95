package server

import (
	"runtime"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/pipeline/redact"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/sinks/alerthistory"
	"github.com/vigilops/vigil/sinks/elasticsearch"
)

// MetricSources are read at every scrape: the counters each part already
// keeps (its Stats), so that nothing is counted twice and no package
// carries metrics of its own. A nil source, or one that reports false
// (not running yet, or not in this mode), leaves its metrics out.
type MetricSources struct {
	Pipeline   func() (pipeline.Stats, bool)
	Kafka      func() (kafka.SourceStats, bool)
	Index      func() (elasticsearch.Stats, bool)
	Redactions func() redact.Counts
	Rules      func() rules.Stats
	Alerts     func() alerting.Stats
	Active     func() []alerting.ActiveAlert
	// History is the alert history writer's counters (false: no history).
	History func() (alerthistory.Stats, bool)
	// Checkpoint is when the state was last saved with the offsets it
	// covers (false: not yet, or no state file).
	Checkpoint func() (time.Time, bool)
	Version    string
}

// Metrics is vigil's Prometheus registry: the sources' counters, the bulk
// latency histogram and item failures (an elasticsearch.BulkObserver),
// and the Go runtime's and the process's own.
type Metrics struct {
	Registry *prometheus.Registry

	bulkDuration *prometheus.HistogramVec
	itemFailures *prometheus.CounterVec
}

// NewMetrics registers the collectors of src.
func NewMetrics(src MetricSources) *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		bulkDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "vigil_elasticsearch_bulk_duration_seconds",
			Help:    "Round trip of Elasticsearch bulk requests, up to the response's headers, by HTTP status (0: no answer).",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"status"}),
		itemFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vigil_elasticsearch_bulk_item_failures_total",
			Help: "Bulk response items answered with a status outside 2xx (429 and 5xx are retried, other 4xx dead-lettered), by status.",
		}, []string{"status"}),
	}
	m.Registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.bulkDuration, m.itemFailures,
		&statsCollector{src: src},
	)
	return m
}

// BulkRequest implements elasticsearch.BulkObserver.
func (m *Metrics) BulkRequest(took time.Duration, status int) {
	m.bulkDuration.WithLabelValues(strconv.Itoa(status)).Observe(took.Seconds())
}

// BulkItemFailures implements elasticsearch.BulkObserver.
func (m *Metrics) BulkItemFailures(byStatus map[int]int) {
	for st, n := range byStatus {
		m.itemFailures.WithLabelValues(strconv.Itoa(st)).Add(float64(n))
	}
}

var _ elasticsearch.BulkObserver = (*Metrics)(nil)

func desc(name, help string, labels ...string) *prometheus.Desc {
	return prometheus.NewDesc(name, help, labels, nil)
}

// The metrics read from the sources' Stats.
var (
	mEventsFetched   = desc("vigil_events_fetched_total", "Log lines fetched from the source (events in).")
	mEventsDecoded   = desc("vigil_events_decoded_total", "Log lines decoded into events.")
	mEventsEvaluated = desc("vigil_events_evaluated_total", "Events evaluated by the rules and detectors.")
	mEventsIndexed   = desc("vigil_events_indexed_total", "Events indexed (events out).")
	mEventsLate      = desc("vigil_events_late_total", "Events that arrived behind the watermark (not counted by the rules).")
	mEventsReplayed  = desc("vigil_events_replayed_total", "Events the restored state had counted: indexed again, not evaluated again.")
	mDeadLetters     = desc("vigil_dead_letters_total", "Lines sent to the dead-letter queue, by reason.", "reason")
	mWatermark       = desc("vigil_watermark_timestamp_seconds", "The event time the rules have been advanced to (Unix seconds).")
	mHeldTicks       = desc("vigil_clock_held_ticks_total", "Clock ticks that did not move event time on because vigil could not read or write.")

	mLag          = desc("vigil_kafka_consumer_lag", "Records in a partition not yet fetched (high watermark less position).", "topic", "partition")
	mPending      = desc("vigil_kafka_pending_messages", "Messages fetched and not yet committable (indexed or dead-lettered below them).")
	mRebalances   = desc("vigil_kafka_rebalances_total", "Consumer group generations started.")
	mFetchErrors  = desc("vigil_kafka_fetch_errors_total", "Failed fetches.")
	mCommitErrors = desc("vigil_kafka_commit_errors_total", "Failed offset commits.")

	mIndexDocs     = desc("vigil_elasticsearch_documents_total", "Documents finished by the bulk indexer, by outcome (indexed, rejected, failed, aborted).", "outcome")
	mBulkRequests  = desc("vigil_elasticsearch_bulk_requests_total", "Bulk requests sent.")
	mBulkReqErrors = desc("vigil_elasticsearch_bulk_request_errors_total", "Bulk requests that failed as a whole.")
	mBulkBytes     = desc("vigil_elasticsearch_bulk_sent_bytes_total", "Bulk request body bytes sent, before compression.")
	mRetries       = desc("vigil_elasticsearch_retries_total", "Documents sent again after a transient failure, by the status that caused it (0: no answer).", "status")
	mInFlight      = desc("vigil_elasticsearch_in_flight_bytes", "Bytes of documents held by the indexer (bounded by elasticsearch.max_bytes_in_flight).")

	mRedactions = desc("vigil_redactions_total", "Values redacted, by kind.", "kind")

	mRuleErrors = desc("vigil_rule_evaluation_errors_total", "Runtime errors evaluating a rule's expressions.", "rule")
	mRuleSeries = desc("vigil_rule_series", "Series a rule tracks.", "rule")
	mRuleEarly  = desc("vigil_rule_early_events_total", "Events a rule could not window: further ahead of the watermark than its series keep room for (a partition far behind the others).", "rule")

	mAlerts              = desc("vigil_alerts", "Alerts held by the dispatcher, by state (active, suppressed, resolved) and rule.", "state", "rule")
	mAlertsReceived      = desc("vigil_alerts_received_total", "Alert transitions submitted to the dispatcher.")
	mNotifications       = desc("vigil_notifications_total", "Notifications delivered, by receiver.", "receiver")
	mNotificationsFailed = desc("vigil_notifications_failed_total", "Notifications given up after their retries, by receiver (tried again at the group's next flush).", "receiver")
	mAttemptsFailed      = desc("vigil_notification_attempts_failed_total", "Delivery attempts that failed, by receiver.", "receiver")
	mQueue               = desc("vigil_notification_queue_length", "Notifications waiting for a receiver.", "receiver")
	mRateLimited         = desc("vigil_notifications_rate_limited_total", "Notifications held by a receiver's rate limit, to be sent in a digest, by receiver.", "receiver")
	mDigests             = desc("vigil_notification_digests_total", "Digests delivered (one notification carrying what a receiver's rate limit held), by receiver.", "receiver")

	mHistoryRecords  = desc("vigil_alert_history_records_total", "Alert history records, by outcome: recorded (handed to the writer), written (indexed or appended), failed (refused for good by Elasticsearch, then spilled), spilled (to the history file instead of the index), lost (neither written nor spilled; logged).", "outcome")
	mHistoryRetries  = desc("vigil_alert_history_retries_total", "Alert history bulk requests or items sent again after a transient failure.")
	mHistoryBuffered = desc("vigil_alert_history_buffered_records", "Alert history records waiting to be written.")

	mCheckpointAge  = desc("vigil_checkpoint_age_seconds", "Time since the state was last saved with the offsets it covers.")
	mCheckpointTime = desc("vigil_checkpoint_timestamp_seconds", "When the state was last saved (Unix seconds).")
	mBuild          = desc("vigil_build_info", "vigil's version, as a label; the value is 1.", "version", "goversion")
)

// statsCollector turns the sources' Stats into metrics at scrape time.
type statsCollector struct{ src MetricSources }

// Describe implements prometheus.Collector.
func (c *statsCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{mEventsFetched, mEventsDecoded, mEventsEvaluated, mEventsIndexed, mEventsLate,
		mEventsReplayed, mDeadLetters, mWatermark, mHeldTicks, mLag, mPending, mRebalances, mFetchErrors, mCommitErrors,
		mIndexDocs, mBulkRequests, mBulkReqErrors, mBulkBytes, mRetries, mInFlight, mRedactions, mRuleErrors, mRuleSeries, mRuleEarly,
		mAlerts, mAlertsReceived, mNotifications, mNotificationsFailed, mAttemptsFailed, mQueue, mRateLimited, mDigests, mCheckpointAge,
		mCheckpointTime, mBuild} {
		ch <- d
	}
	for _, d := range []*prometheus.Desc{mHistoryRecords, mHistoryRetries, mHistoryBuffered} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *statsCollector) Collect(ch chan<- prometheus.Metric) {
	counter := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v, labels...)
	}
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	version := c.src.Version
	if version == "" {
		version = "devel"
	}
	gauge(mBuild, 1, version, runtime.Version())
	if c.src.Pipeline != nil {
		if s, ok := c.src.Pipeline(); ok {
			counter(mEventsFetched, float64(s.Fetched))
			counter(mEventsDecoded, float64(s.Decoded))
			counter(mEventsEvaluated, float64(s.Evaluated))
			counter(mEventsIndexed, float64(s.Indexed))
			counter(mEventsLate, float64(s.Late))
			counter(mEventsReplayed, float64(s.Replayed))
			counter(mHeldTicks, float64(s.Held))
			for reason, n := range s.DeadLetterReasons {
				counter(mDeadLetters, float64(n), reason)
			}
			if !s.Watermark.IsZero() {
				gauge(mWatermark, float64(s.Watermark.UnixNano())/1e9)
			}
		}
	}
	if c.src.Kafka != nil {
		if s, ok := c.src.Kafka(); ok {
			for _, p := range s.Partitions {
				if p.Lag >= 0 {
					gauge(mLag, float64(p.Lag), p.Topic, strconv.Itoa(p.Partition))
				}
			}
			gauge(mPending, float64(s.Pending))
			counter(mRebalances, float64(s.Rebalances))
			counter(mFetchErrors, float64(s.FetchErrors))
			counter(mCommitErrors, float64(s.CommitErrors))
		}
	}
	if c.src.Index != nil {
		if s, ok := c.src.Index(); ok {
			counter(mIndexDocs, float64(s.Indexed), "indexed")
			counter(mIndexDocs, float64(s.Rejected), "rejected")
			counter(mIndexDocs, float64(s.Failed), "failed")
			counter(mIndexDocs, float64(s.Aborted), "aborted")
			counter(mBulkRequests, float64(s.Requests))
			counter(mBulkReqErrors, float64(s.RequestErrors))
			counter(mBulkBytes, float64(s.Bytes))
			for st, n := range s.RetriedByStatus {
				counter(mRetries, float64(n), strconv.Itoa(st))
			}
			gauge(mInFlight, float64(s.BytesInFlight))
		}
	}
	if c.src.Redactions != nil {
		counts := c.src.Redactions()
		for k := redact.Kind(0); k < redact.NumKinds; k++ {
			counter(mRedactions, float64(counts[k]), k.String())
		}
	}
	if c.src.Rules != nil {
		s := c.src.Rules()
		errs, early := map[string]uint64{}, map[string]uint64{}
		series := map[string]int{}
		for _, r := range s.Rules {
			errs[r.Name] += r.Errors
			early[r.Name] += r.Early
			series[r.Name] += r.Groups
		}
		for name, n := range errs {
			counter(mRuleErrors, float64(n), name)
			counter(mRuleEarly, float64(early[name]), name)
			gauge(mRuleSeries, float64(series[name]), name)
		}
	}
	if c.src.Alerts != nil {
		s := c.src.Alerts()
		counter(mAlertsReceived, float64(s.Received))
		for name, r := range s.Receivers {
			counter(mNotifications, float64(r.Notifications), name)
			counter(mNotificationsFailed, float64(r.FinalFailures), name)
			counter(mAttemptsFailed, float64(r.FailedAttempts), name)
			gauge(mQueue, float64(r.Queued), name)
			counter(mRateLimited, float64(r.RateLimited), name)
			counter(mDigests, float64(r.Digests), name)
		}
	}
	if c.src.Active != nil {
		type key struct{ state, rule string }
		n := map[key]int{}
		for _, aa := range c.src.Active() {
			state := StateActive
			switch {
			case aa.Alert.Status == alert.Resolved:
				state = StateResolved
			case aa.MutedBy != "":
				state = StateSuppressed
			}
			n[key{state, aa.Alert.Rule}]++
		}
		for k, v := range n {
			gauge(mAlerts, float64(v), k.state, k.rule)
		}
	}
	if c.src.Checkpoint != nil {
		if at, ok := c.src.Checkpoint(); ok {
			gauge(mCheckpointAge, time.Since(at).Seconds())
			gauge(mCheckpointTime, float64(at.UnixNano())/1e9)
		}
	}
	if c.src.History != nil {
		if h, ok := c.src.History(); ok {
			counter(mHistoryRecords, float64(h.Recorded), "recorded")
			counter(mHistoryRecords, float64(h.Written), "written")
			counter(mHistoryRecords, float64(h.Failed), "failed")
			counter(mHistoryRecords, float64(h.Spilled), "spilled")
			counter(mHistoryRecords, float64(h.Lost), "lost")
			counter(mHistoryRetries, float64(h.Retries))
			gauge(mHistoryBuffered, float64(h.Buffered))
		}
	}
}
