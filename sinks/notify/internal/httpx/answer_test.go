package httpx

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// Post records each answer, 2xx or not, when the context asks for them.
func TestPostRecordsAnswers(t *testing.T) {
	status := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
		_, _ = w.Write([]byte(`{"errcode":0,"errmsg":"ok"}` + "\n"))
	}))
	defer srv.Close()

	// Without WithAnswers nothing is kept (and nothing breaks).
	if _, _, err := Post(context.Background(), Request{URL: srv.URL}); err != nil {
		t.Fatal(err)
	}
	ctx, answers := WithAnswers(context.Background())
	if got := answers.Last(); got != "" {
		t.Errorf("answer before any request: %q", got)
	}
	if _, _, err := Post(ctx, Request{URL: srv.URL}); err != nil {
		t.Fatal(err)
	}
	if got := answers.Last(); got != `{"errcode":0,"errmsg":"ok"}` {
		t.Errorf("answer %q", got)
	}
	status = http.StatusBadGateway
	if _, _, err := Post(ctx, Request{URL: srv.URL}); err == nil {
		t.Fatal("502 accepted")
	}
	if all := answers.All(); len(all) != 2 || all[1] != `{"errcode":0,"errmsg":"ok"}` {
		t.Errorf("answers %q", all)
	}
}

// Answers never show the tokens of the request URL or anything that looks
// like a secret, and are cut short.
func TestAnswerMasksTokensAndTruncates(t *testing.T) {
	u, _ := url.Parse("https://robot.invalid/robot/send?access_token=fake0token0value0123&other=x")
	body := []byte("bad token fake0token0value0123 for url ?access_token=fake0token0value0123; " +
		`{"secret": "s3cr3t-fake", "sig":"` + strings.Repeat("A", 40) + `"}` + "\x00\n")
	got := Answer(u, body)
	for _, leak := range []string{"fake0token0value0123", "s3cr3t-fake", strings.Repeat("A", 40), "\x00", "\n"} {
		if strings.Contains(got, leak) {
			t.Errorf("answer %q holds %q", got, leak)
		}
	}
	if !strings.Contains(got, "bad token") {
		t.Errorf("answer %q lost its text", got)
	}
	slack, _ := url.Parse("https://hooks.invalid/services/T0FAKE/B0FAKE/fakeSlackPathSecret")
	if got := Answer(slack, []byte("invalid_token for fakeSlackPathSecret")); strings.Contains(got, "fakeSlackPathSecret") {
		t.Errorf("path token shown: %q", got)
	}
	long := Answer(nil, []byte(strings.Repeat("é", 400)))
	if len(long) > MaxAnswer+len("…") || !strings.HasSuffix(long, "…") || !strings.HasPrefix(long, "é") {
		t.Errorf("long answer %d bytes: %q…", len(long), long[:10])
	}
}
