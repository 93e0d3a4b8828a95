package alerting

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

// Answerer is implemented by notifiers that can report what the receiver
// answered (the response body of a chat robot or webhook, cleaned of
// tokens), for `vigil alerts test`. SendTest reports "ok" for notifiers
// that do not implement it.
type Answerer interface {
	NotifyAnswer(ctx context.Context, alerts []alert.Alert) (answer string, retry bool, err error)
}

// TestRule is the rule name of the test alert; TestLabel marks it.
const (
	TestRule  = "vigil-test"
	TestLabel = "test"
	// TestAttempts bounds the tries of each receiver (the retry stage's
	// backoff between them, capped at TestRetryMax).
	TestAttempts = 3
	TestRetryMax = 5 * time.Second
)

// NewTestAlert returns the test alert: rule vigil-test, the given severity
// and labels plus test="true", firing since now, a summary saying to
// ignore it.
func NewTestAlert(severity alert.Severity, labels map[string]string, now time.Time) alert.Alert {
	l := maps.Clone(labels)
	if l == nil {
		l = map[string]string{}
	}
	l[TestLabel] = "true"
	return alert.Alert{
		Fingerprint: alert.Fingerprint(TestRule, l),
		Status:      alert.Firing,
		Rule:        TestRule,
		Kind:        alert.KindRule,
		Severity:    severity,
		Labels:      l,
		Annotations: map[string]string{
			"summary":     "vigil test alert: ignore it (sent by vigil alerts test to check routing and receivers)",
			"description": "A test of the notification chain, not an incident. Nothing needs to be done.",
		},
		StartsAt: now,
	}
}

// TestResult is what one receiver made of the test alert.
type TestResult struct {
	Receiver string
	// Type is the receiver's channel type (webhook, dingtalk…), "" for a
	// receiver whose notifier is built in code.
	Type string
	// Answer is what the receiver answered to the last attempt ("ok" when
	// its notifier does not say).
	Answer   string
	Err      error // nil: delivered
	Attempts int
	Took     time.Duration
}

// UnknownReceiverError is SendTest's answer to a receiver name the
// configuration does not define.
type UnknownReceiverError struct {
	Name  string
	Known []string // sorted
}

func (e *UnknownReceiverError) Error() string {
	return fmt.Sprintf("unknown receiver %q: the configuration defines %s", e.Name, strings.Join(e.Known, ", "))
}

// RoutedReceivers returns the receivers the routing tree of cfg sends a to,
// in the order of the routes, each once.
func RoutedReceivers(cfg Config, a alert.Alert) ([]string, error) {
	root, err := compileRoute(&cfg.Route, nil, "0")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range root.match(&a) {
		if !slices.Contains(out, r.receiver) {
			out = append(out, r.receiver)
		}
	}
	return out, nil
}

// SendTest sends a, once, to the receivers the routing tree of cfg picks
// for it, or only to receiver when it is not empty, through notifiers
// (keyed by receiver name, as for NewDispatcher) each wrapped in a retry
// stage of at most TestAttempts tries. Silences, maintenance windows and
// inhibition do not apply: it tests the chain, not the policy. The
// receivers are tried concurrently; the results follow the routing order.
// The error is for the config or an unknown receiver
// (*UnknownReceiverError), not for failed deliveries. WithSleep,
// WithJitter and WithRetryClock tune the retry stages.
func SendTest(ctx context.Context, cfg Config, notifiers map[string]Notifier, a alert.Alert, receiver string, log zerolog.Logger, opts ...Option) ([]TestResult, error) {
	if err := cfg.validate("", false); err != nil {
		return nil, fmt.Errorf("alerting config: %w", err)
	}
	if cfg.Route.Receiver == "" {
		return nil, errors.New("alerting config: route.receiver: is required: the root route names the default receiver")
	}
	types := map[string]string{}
	for _, rc := range cfg.Receivers {
		types[rc.Name] = rc.Type()
	}
	var names []string
	if receiver != "" {
		if _, ok := notifiers[receiver]; !ok {
			return nil, &UnknownReceiverError{Name: receiver, Known: slices.Sorted(maps.Keys(notifiers))}
		}
		names = []string{receiver}
	} else {
		var err error
		if names, err = RoutedReceivers(cfg, a); err != nil {
			return nil, fmt.Errorf("alerting config: %w", err)
		}
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	retry := cfg.Retry
	retry.Attempts = min(cmp.Or(retry.Attempts, DefaultRetryAttempts), TestAttempts)
	retry.Max = min(cmp.Or(retry.Max, DefaultRetryMax), TestRetryMax)
	retry.Initial = min(cmp.Or(retry.Initial, DefaultRetryInitial), retry.Max)

	results := make([]TestResult, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		results[i] = TestResult{Receiver: name, Type: types[name]}
		n, ok := notifiers[name]
		if !ok {
			results[i].Err = fmt.Errorf("receiver %q has no notifier", name)
			continue
		}
		wg.Add(1)
		go func(r *TestResult, n Notifier) {
			defer wg.Done()
			ans := &answering{n: n}
			stage := newRetryStage(r.Receiver, ans, retry, log, o)
			start := time.Now()
			r.Attempts, r.Err = stage.Deliver(ctx, []alert.Alert{a})
			r.Took = time.Since(start)
			r.Answer = ans.last()
			if r.Answer == "" && r.Err == nil {
				r.Answer = "ok"
			}
		}(&results[i], n)
	}
	wg.Wait()
	return results, nil
}

// answering is a notifier that keeps the answer to its last attempt.
type answering struct {
	n  Notifier
	mu sync.Mutex
	a  string
}

func (x *answering) Name() string { return x.n.Name() }

func (x *answering) Notify(ctx context.Context, alerts []alert.Alert) (bool, error) {
	an, ok := x.n.(Answerer)
	if !ok {
		return x.n.Notify(ctx, alerts)
	}
	answer, retry, err := an.NotifyAnswer(ctx, alerts)
	x.mu.Lock()
	x.a = answer
	x.mu.Unlock()
	return retry, err
}

func (x *answering) last() string {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.a
}
