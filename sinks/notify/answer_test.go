package notify

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
)

// Answering reports the receiver's answer, in the error too on failure;
// a notifier that sends no request answers "".
func TestAnsweringReportsTheReceiversAnswer(t *testing.T) {
	status, body := http.StatusOK, `{"accepted":1}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	defer srv.Close()
	built, err := Build([]alerting.ReceiverConfig{
		{Name: "hook", Webhook: &alerting.WebhookConfig{URL: srv.URL + "/hook?token=fake-token-value"}},
		{Name: "out", NDJSON: true},
	}, Env{Stdout: &strings.Builder{}})
	if err != nil {
		t.Fatal(err)
	}
	as := []alert.Alert{{Fingerprint: "f1", Status: alert.Firing, Rule: "r", Severity: alert.P3}}
	hook := Answering(built["hook"]).(alerting.Answerer)
	answer, _, err := hook.NotifyAnswer(context.Background(), as)
	if err != nil || answer != `{"accepted":1}` {
		t.Errorf("answer %q, err %v", answer, err)
	}
	status, body = http.StatusBadRequest, `bad payload for token fake-token-value`
	answer, retry, err := hook.NotifyAnswer(context.Background(), as)
	if err == nil || retry || !strings.Contains(err.Error(), "HTTP 400") || !strings.Contains(err.Error(), "answer: bad payload") {
		t.Errorf("err %v retry %v", err, retry)
	}
	if strings.Contains(answer, "fake-token-value") || strings.Contains(err.Error(), "fake-token-value") {
		t.Errorf("the URL's token shows: %q / %v", answer, err)
	}
	out := Answering(built["out"]).(alerting.Answerer)
	if answer, _, err := out.NotifyAnswer(context.Background(), as); err != nil || answer != "" {
		t.Errorf("ndjson: %q %v", answer, err)
	}
	if Answering(built["hook"]).Name() != "hook" {
		t.Error("name")
	}
}
