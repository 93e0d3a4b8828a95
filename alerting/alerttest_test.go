package alerting

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

// scriptedNotifier fails its first failures calls (retryably), then
// succeeds, answering answer when it is an Answerer.
type scriptedNotifier struct {
	name     string
	failures int
	answer   string

	mu    sync.Mutex
	calls int
	got   []alert.Alert
}

func (n *scriptedNotifier) Name() string { return n.name }

func (n *scriptedNotifier) Notify(_ context.Context, as []alert.Alert) (bool, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.calls++
	n.got = append(n.got, as...)
	if n.calls <= n.failures {
		return true, errors.New(n.name + ": HTTP 503")
	}
	return false, nil
}

type answeringNotifier struct{ *scriptedNotifier }

func (n answeringNotifier) NotifyAnswer(ctx context.Context, as []alert.Alert) (string, bool, error) {
	retry, err := n.Notify(ctx, as)
	if err != nil {
		return `{"error":"busy"}`, retry, err
	}
	return n.answer, retry, err
}

func testRouting() Config {
	return Config{
		Route: Route{Receiver: "default", Routes: []Route{
			{Receiver: "checkout-chat", Matchers: []string{"service.name=checkout"}, Continue: true},
			{Receiver: "pager", Matchers: []string{"severity=~P0|P1"}},
			{Receiver: "platform", Matchers: []string{"shop.platform=shopee"}},
		}},
		Receivers: []ReceiverConfig{
			{Name: "default", Webhook: &WebhookConfig{URL: "http://default.invalid/hook"}},
			{Name: "checkout-chat", DingTalk: &DingTalkConfig{URL: "http://robot.invalid/send"}},
			{Name: "pager", Webhook: &WebhookConfig{URL: "http://pager.invalid/hook"}},
			{Name: "platform", Terminal: true},
		},
	}
}

func noSleep(context.Context, time.Duration) error { return nil }

// The routing tree decides who gets the test alert, from its labels and
// severity.
func TestRoutedReceiversFollowTheRoutes(t *testing.T) {
	cfg := testRouting()
	now := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		sev    alert.Severity
		labels map[string]string
		want   []string
	}{
		{alert.P3, nil, []string{"default"}},
		{alert.P3, map[string]string{"service.name": "checkout"}, []string{"checkout-chat"}},
		{alert.P1, map[string]string{"service.name": "checkout"}, []string{"checkout-chat", "pager"}},
		{alert.P0, map[string]string{"service.name": "search"}, []string{"pager"}},
		{alert.P3, map[string]string{"shop.platform": "shopee"}, []string{"platform"}},
		{alert.P3, map[string]string{"service.name": "checkout", "shop.platform": "shopee"}, []string{"checkout-chat", "platform"}},
	} {
		a := NewTestAlert(tc.sev, tc.labels, now)
		got, err := RoutedReceivers(cfg, a)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %v: receivers %v, want %v", tc.sev, tc.labels, got, tc.want)
		}
	}
}

// The test alert says what it is.
func TestNewTestAlert(t *testing.T) {
	labels := map[string]string{"service.name": "checkout"}
	a := NewTestAlert(alert.P2, labels, time.Unix(0, 0))
	if a.Rule != TestRule || a.Labels["test"] != "true" || a.Labels["service.name"] != "checkout" ||
		a.Severity != alert.P2 || a.Status != alert.Firing || !strings.HasPrefix(a.Annotations["summary"], "vigil test alert: ignore") {
		t.Errorf("test alert %+v", a)
	}
	if _, ok := labels["test"]; ok {
		t.Error("the caller's labels were changed")
	}
	if a.Fingerprint != alert.Fingerprint(TestRule, a.Labels) {
		t.Error("fingerprint")
	}
}

// Every routed receiver is tried with a few retries; the results carry
// the type, the attempts and the answer ("ok" without one), in routing
// order.
func TestSendTestReportsEachReceiver(t *testing.T) {
	cfg := testRouting()
	chat := &scriptedNotifier{name: "checkout-chat", failures: 1, answer: `{"errcode":0,"errmsg":"ok"}`}
	pager := &scriptedNotifier{name: "pager", failures: 10}
	notifiers := map[string]Notifier{
		"default": &scriptedNotifier{name: "default"}, "checkout-chat": answeringNotifier{chat},
		"pager": pager, "platform": &scriptedNotifier{name: "platform"},
	}
	a := NewTestAlert(alert.P1, map[string]string{"service.name": "checkout"}, time.Now())
	res, err := SendTest(context.Background(), cfg, notifiers, a, "", zerolog.Nop(), WithSleep(noSleep))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Receiver != "checkout-chat" || res[1].Receiver != "pager" {
		t.Fatalf("results %+v", res)
	}
	if r := res[0]; r.Err != nil || r.Type != "dingtalk" || r.Attempts != 2 || r.Answer != `{"errcode":0,"errmsg":"ok"}` {
		t.Errorf("chat %+v", r)
	}
	if r := res[1]; r.Err == nil || r.Type != "webhook" || r.Attempts != TestAttempts || r.Answer != "" {
		t.Errorf("pager %+v", r)
	}
	if len(chat.got) != 2 || chat.got[0].Rule != TestRule {
		t.Errorf("chat got %+v", chat.got)
	}

	// --receiver: only that one, whatever the routes say.
	res, err = SendTest(context.Background(), cfg, notifiers, a, "platform", zerolog.Nop(), WithSleep(noSleep))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || res[0].Receiver != "platform" || res[0].Err != nil || res[0].Answer != "ok" || res[0].Type != "terminal" {
		t.Errorf("results %+v", res)
	}
}

// An unknown receiver is an error naming the known ones.
func TestSendTestUnknownReceiver(t *testing.T) {
	cfg := testRouting()
	notifiers := map[string]Notifier{"default": &scriptedNotifier{name: "default"}, "pager": &scriptedNotifier{name: "pager"},
		"checkout-chat": &scriptedNotifier{name: "checkout-chat"}, "platform": &scriptedNotifier{name: "platform"}}
	_, err := SendTest(context.Background(), cfg, notifiers, NewTestAlert(alert.P3, nil, time.Now()), "nobody", zerolog.Nop())
	var ue *UnknownReceiverError
	if !errors.As(err, &ue) || ue.Name != "nobody" || !slices.Equal(ue.Known, []string{"checkout-chat", "default", "pager", "platform"}) {
		t.Fatalf("error %v", err)
	}
	if !strings.Contains(err.Error(), "checkout-chat, default, pager, platform") {
		t.Errorf("error %q", err)
	}
	cfg.Route.Receiver = ""
	if _, err := SendTest(context.Background(), cfg, notifiers, NewTestAlert(alert.P3, nil, time.Now()), "", zerolog.Nop()); err == nil {
		t.Error("a config without a root receiver accepted")
	}
}
