package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/vigilops/vigil/detectors/deploy"
)

// deploy check --url and deploy mark --url speak to a running vigil's API:
// the check takes the gate's verdict from GET /api/v1/deploys/{service}/check
// and exits by it; mark posts the marker to POST /api/v1/deploys; both
// send the token from $VIGIL_TOKEN as a bearer token.
func TestDeployThroughTheAPI(t *testing.T) {
	const token = "deploy-gate-token-0123456789"
	t.Setenv(tokenEnv, token)
	var mu sync.Mutex
	var posted []map[string]any
	verdict := deploy.Degraded
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token {
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"error":"invalid bearer token"}`))
			return
		}
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/api/v1/deploys":
			var body map[string]any
			if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			mu.Lock()
			posted = append(posted, body)
			mu.Unlock()
			w.WriteHeader(http.StatusAccepted)
			_, _ = w.Write([]byte(`{"event":{},"to":"kafka topic logs"}`))
		case r.Method == http.MethodGet && r.URL.Path == "/api/v1/deploys/order-sync/check":
			if r.URL.Query().Get("since") != "marker" || r.URL.Query().Get("window") != "20m0s" {
				w.WriteHeader(http.StatusBadRequest)
				_, _ = w.Write([]byte(`{"error":"unexpected query ` + r.URL.RawQuery + `"}`))
				return
			}
			mu.Lock()
			v := verdict
			mu.Unlock()
			_ = json.NewEncoder(w).Encode(deploy.Report{Verdict: v, Reason: "error_ratio 1 % -> 9 %"})
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	defer srv.Close()

	code, out, errs := checkDeploy(t, "--service", "order-sync", "--since", "marker", "--window", "20m", "--url", srv.URL)
	if code != 1 || !strings.HasPrefix(out, "degraded: error_ratio") {
		t.Fatalf("degraded through the API: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	mu.Lock()
	verdict = deploy.Healthy
	mu.Unlock()
	if code, out, errs := checkDeploy(t, "--service", "order-sync", "--since", "marker", "--window", "20m", "--url", srv.URL, "--report", "json"); code != 0 || jsonReport(t, out).Verdict != deploy.Healthy {
		t.Fatalf("healthy through the API: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, _, errs := checkDeploy(t, "--service", "order-sync", "--since", "marker", "--url", srv.URL, "--input", "x.ndjson"); code != exitUsage || !strings.Contains(errs, "--url") {
		t.Fatalf("--url with --input: exit %d, stderr %q", code, errs)
	}
	t.Setenv(tokenEnv, "wrong-token-0123456789")
	if code, _, errs := checkDeploy(t, "--service", "order-sync", "--since", "marker", "--window", "20m", "--url", srv.URL); code != deploy.Inconclusive.ExitCode() || strings.Contains(errs, "wrong-token") {
		t.Fatalf("refused token: exit %d (want inconclusive, never a rollback), stderr %q", code, errs)
	}
	t.Setenv(tokenEnv, token)

	var mout, merr bytes.Buffer
	if code := run([]string{"deploy", "mark", "--service", "order-sync", "--version", "1.15.0", "--env", "production",
		"--at", "2026-11-24T22:40:00Z", "--url", srv.URL}, strings.NewReader(""), &mout, &merr); code != 0 {
		t.Fatalf("mark through the API: exit %d, stderr %q", code, merr.String())
	}
	mu.Lock()
	defer mu.Unlock()
	if len(posted) != 1 || posted[0]["service"] != "order-sync" || posted[0]["version"] != "1.15.0" ||
		posted[0]["environment"] != "production" || posted[0]["at"] != "2026-11-24T22:40:00Z" {
		t.Fatalf("marker posted: %v", posted)
	}
}
