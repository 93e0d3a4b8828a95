package redact

import (
	"encoding/json"
	"strings"
	"testing"
)

// A JSON line that is not an event (a dead letter: no @timestamp) is
// redacted by its keys as an event's fields are: the key says what the
// value is, with no field rule naming it.
func TestAppendJSONKeysSayWhatTheValueIs(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	in := `{"order":{"senhaAcesso":"Koshary2022#91","mdp":"A4VVf1b8A69xlvvi","cardholder":"Ana Teste","address1":"Rua Teste 15",` +
		`"tlf":"98 98 44 78","sku":"SKU-1-BLK","order_id":"577844705589164460"},"x-api-key":"k9i6hV72RanevQ"}`
	out := r.RedactText(in)
	if !json.Valid([]byte(out)) {
		t.Fatalf("not JSON: %s", out)
	}
	for _, v := range []string{"Koshary2022#91", "A4VVf1b8A69xlvvi", "Ana Teste", "Rua Teste 15", "98 98 44 78", "k9i6hV72RanevQ"} {
		if strings.Contains(out, v) {
			t.Errorf("%q kept: %s", v, out)
		}
	}
	for _, v := range []string{"SKU-1-BLK", "577844705589164460"} {
		if !strings.Contains(out, v) {
			t.Errorf("%q lost: %s", v, out)
		}
	}
	if again := r.RedactText(out); again != out {
		t.Errorf("not idempotent:\n%s\n%s", out, again)
	}
}

// Under "addr" and "address" a network address is not a postal one: vigil's
// own log line "API listening" keeps where it listens.
func TestNetworkAddressesUnderAddressKeys(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	in := `{"level":"info","addr":"127.0.0.1:41234","address":"10.0.0.5","upstream_addr":"[::1]:8080","es":{"addr":"es-1.internal:9200"},"message":"API listening"}`
	if out := r.RedactText(in); out != in {
		t.Errorf("network addresses redacted:\n%s", out)
	}
	if out := r.RedactText(`{"ship_addr":"Rua Teste 15, Lisboa"}`); strings.Contains(out, "Rua Teste") {
		t.Errorf("a postal address kept: %s", out)
	}
}
