package redact_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/rs/zerolog"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/pipeline/redact"
)

func ExampleRedactor_String() {
	r, err := redact.New(redact.DefaultConfig())
	if err != nil {
		panic(err)
	}
	fmt.Println(r.String("order 114-3941689-8772232: refund to jane@example.com, call +44 20 7946 0958"))
	fmt.Println(r.String("Authorization: Bearer abc123def456 card=4111111111111111"))
	// Output:
	// order 114-3941689-8772232: refund to [REDACTED:email], call [REDACTED:phone]
	// Authorization: Bearer [REDACTED:credential] card=[REDACTED:card]
}

func ExampleRedactor_Event() {
	r, _ := redact.New(redact.DefaultConfig())
	var ev event.Event
	line := `{"@timestamp":"2026-11-25T08:03:00Z","buyer":{"name":"Jane Roe"},"message":"ship to 1 Main St, Springfield; via UPS","trace.id":"4bf92f3577b34da6a3ce929d0e0e4736"}`
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		panic(err)
	}
	counts := r.Event(&ev)
	fmt.Println(string(ev.JSON()))
	fmt.Println(counts)
	// Output:
	// {"@timestamp":"2026-11-25T08:03:00Z","buyer.name":"[REDACTED:name]","message":"ship to [REDACTED:address]; via UPS","trace.id":"4bf92f3577b34da6a3ce929d0e0e4736"}
	// name=1 address=1
}

func ExampleRedactor_Writer() {
	r, _ := redact.New(redact.DefaultConfig())
	log := zerolog.New(r.Writer(os.Stdout))
	log.Error().Str("buyer.email", "jane@example.com").Msg("label failed for +1 (415) 555-2671")
	// Output:
	// {"level":"error","buyer.email":"[REDACTED:email]","message":"label failed for [REDACTED:phone]"}
}

func ExampleStream() {
	r, _ := redact.New(redact.DefaultConfig())
	in := strings.NewReader(`{"@timestamp":"2026-11-25T08:03:00Z","message":"password=hunter2"}` + "\n" + "not json: jane@example.com\n")
	st, err := redact.Stream(in, os.Stdout, r, event.NewDecoder(nil))
	if err != nil {
		panic(err)
	}
	fmt.Println(st)
	// Output:
	// {"@timestamp":"2026-11-25T08:03:00Z","message":"password=[REDACTED:credential]"}
	// not json: [REDACTED:email]
	// lines=2 events=1 undecodable=1 redacted: email=1 credential=1
}
