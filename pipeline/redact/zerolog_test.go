package redact

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rs/zerolog"
	"gopkg.in/yaml.v3"
)

// Logging through Writer cannot leak: fields, messages and errors are all
// redacted, and every line stays a JSON object.
func TestZerologWriter(t *testing.T) {
	r := newDefault(t)
	var out bytes.Buffer
	log := zerolog.New(r.Writer(&out))
	err := fmt.Errorf("index: %w", errors.New("mapping conflict for doc of jane@example.com, card 4111-1111-1111-1111"))
	log.Error().Err(err).Str("buyer.phone", "+44 20 7946 0958").Str("trace.id", "4bf92f3577b34da6a3ce929d0e0e4736").
		Msg("rejected, password=hunter22")
	got := out.String()
	for _, leak := range []string{"jane@example.com", "4111-1111-1111-1111", "7946", "hunter22"} {
		if strings.Contains(got, leak) {
			t.Errorf("leaked %q in %s", leak, got)
		}
	}
	if !strings.Contains(got, "4bf92f3577b34da6a3ce929d0e0e4736") || !strings.HasSuffix(got, "}\n") {
		t.Errorf("damaged log line: %s", got)
	}
}

func TestConfigYAML(t *testing.T) {
	src := `
kinds: {email: mask, name: off}
fields:
  - {path: "buyer.*", action: mask}
  - {path: shop.support_phone, action: scan, disable: [phone]}
custom:
  - {name: order_token, prefix: otk_, test: "otk_abcdef123456"}
allow: ["*@shop.example"]
`
	var cfg Config
	if err := yaml.Unmarshal([]byte(src), &cfg); err != nil {
		t.Fatal(err)
	}
	r, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.String("name=Jane Roe otk_abcdef123456 help@shop.example x@y.io"); got != "name=Jane Roe [REDACTED:order_token] help@shop.example [REDACTED:email]" {
		t.Errorf("got %q", got)
	}
}
