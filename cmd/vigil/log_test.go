package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vigilops/vigil/config"
)

// vigil's own log lines keep the names of its receivers (configured, not
// buyers'), while the pipeline's redactor still treats a receiver as a
// person, and every other field of a log line is still redacted.
func TestOwnLogsKeepReceiverNames(t *testing.T) {
	var out bytes.Buffer
	g := &globals{stderr: &out}
	cfg := config.Default()
	cfg.Log.Format = "json"
	red, log, err := g.newRedactor(&cfg)
	if err != nil {
		t.Fatal(err)
	}
	email := "buyer.test" + "@example.com"
	log.Warn().Str("receiver", "oncall").Str("detail", "mail "+email).Msg("delivery failed")
	line := out.String()
	if !strings.Contains(line, `"receiver":"oncall"`) {
		t.Fatalf("the receiver's name is gone from vigil's own log line: %s", line)
	}
	if strings.Contains(line, email) {
		t.Fatalf("an email reached vigil's own log line: %s", line)
	}
	if got := red.RedactText(`{"receiver":"Juan Perez"}`); strings.Contains(got, "Juan") {
		t.Fatalf("the pipeline's redactor kept a buyer's receiver name: %s", got)
	}
}
