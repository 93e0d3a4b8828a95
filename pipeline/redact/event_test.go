package redact

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

func decode(t testing.TB, line string) *event.Event {
	t.Helper()
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatalf("decode: %v", err)
	}
	return &ev
}

func TestEventFieldRules(t *testing.T) {
	r := newDefault(t)
	ev := decode(t, `{"@timestamp":"2026-11-25T08:03:00Z","trace.id":"4bf92f3577b34da6a3ce929d0e0e4736",
		"buyer":{"name":"Jane Roe","email":"jane@example.com","id":12345},
		"shipping":{"address":{"line1":"1 Main St","city":"Springfield"}},
		"order":{"id":"114-3941689-8772232","email":"x@y.io"},
		"message":"charge failed for card 4111 1111 1111 1111, call +44 20 7946 0958",
		"payment":{"card":4111111111111111},"tags":["ok","mail me at a@b.co"],
		"http":{"response":{"status_code":502}}}`)
	c := r.Event(ev)
	want := map[string]string{
		"buyer.name":                "[REDACTED:name]",
		"buyer.email":               "[REDACTED:email]",
		"buyer.id":                  "[REDACTED:field]",
		"shipping.address.line1":    "[REDACTED:address]",
		"shipping.address.city":     "[REDACTED:address]",
		"order.id":                  "114-3941689-8772232",
		"order.email":               "[REDACTED:email]",
		"trace.id":                  "4bf92f3577b34da6a3ce929d0e0e4736",
		"message":                   "charge failed for card [REDACTED:card], call [REDACTED:phone]",
		"payment.card":              "[REDACTED:card]",
		"http.response.status_code": "502",
	}
	for p, w := range want {
		if got := ev.Text(p); got != w {
			t.Errorf("%s = %q, want %q", p, got, w)
		}
	}
	if got := ev.Text("tags"); got != `["ok","mail me at [REDACTED:email]"]` {
		t.Errorf("tags = %s", got)
	}
	if c[KindEmail] != 3 || c[KindCard] != 2 || c[KindPhone] != 1 || c[KindName] != 1 || c[KindAddress] != 2 {
		t.Errorf("counts %v", c)
	}
	// A second pass changes nothing.
	before := string(ev.JSON())
	if c2 := r.Event(ev); c2.Total() != 0 || string(ev.JSON()) != before {
		t.Errorf("second pass redacted %v:\n%s\n%s", c2, before, ev.JSON())
	}
}

func TestActions(t *testing.T) {
	t.Setenv("VIGIL_TEST_HASH_KEY", "0123456789abcdef-test-key")
	cfg := Config{
		HashKeyEnv: "VIGIL_TEST_HASH_KEY",
		Fields: []FieldRule{
			{Path: "buyer.email", Action: ActionHash},
			{Path: "buyer.note", Action: ActionDrop},
			{Path: "payment.card", Action: ActionPartial, Kind: "card"},
			{Path: "buyer.phone", Action: ActionPartial},
			{Path: "shop.support_phone", Action: ActionScan, Disable: []string{"phone"}},
			{Path: "debug.*", Action: ActionKeep},
		},
	}
	r, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	line := `{"@timestamp":"2026-11-25T08:03:00Z","buyer":{"email":"Jane@Example.com","note":"x","phone":"+44 20 7946 0958"},
		"payment":{"card":"4111 1111 1111 1111"},"shop":{"support_phone":"+1 415 555 2671"},"debug":{"raw":"a@b.co"}}`
	ev := decode(t, line)
	r.Event(ev)
	h1 := ev.Text("buyer.email")
	if !strings.HasPrefix(h1, "[HASH:email:") || len(h1) != len("[HASH:email:]")+16 {
		t.Errorf("hash = %q", h1)
	}
	if _, ok := ev.Get("buyer.note"); ok {
		t.Error("buyer.note not dropped")
	}
	for p, w := range map[string]string{
		"payment.card":       "[REDACTED:card:****1111]",
		"buyer.phone":        "[REDACTED:phone:+44]",
		"shop.support_phone": "+1 415 555 2671",
		"debug.raw":          "a@b.co",
	} {
		if got := ev.Text(p); got != w {
			t.Errorf("%s = %q, want %q", p, got, w)
		}
	}
	// The pseudonym is stable across instances and case-insensitive for emails.
	r2, _ := New(cfg)
	ev2 := decode(t, strings.Replace(line, "Jane@Example.com", "jane@example.com", 1))
	r2.Event(ev2)
	if ev2.Text("buyer.email") != h1 {
		t.Errorf("pseudonym not stable: %q vs %q", ev2.Text("buyer.email"), h1)
	}
	// Hashing twice leaves the pseudonym as it is; partial twice too.
	before := string(ev.JSON())
	r.Event(ev)
	if string(ev.JSON()) != before {
		t.Errorf("second pass changed\n%s\n%s", before, ev.JSON())
	}
	// The free-text marker for a hashed kind.
	t.Setenv("VIGIL_TEST_HASH_KEY", "0123456789abcdef-test-key")
	r3, err := New(Config{HashKeyEnv: "VIGIL_TEST_HASH_KEY", Kinds: map[string]Action{"email": ActionHash, "phone": ActionOff}})
	if err != nil {
		t.Fatal(err)
	}
	got := r3.String("from a@b.co tel +1 415 555 2671")
	if !strings.HasPrefix(got, "from [HASH:email:") || !strings.HasSuffix(got, "] tel +1 415 555 2671") {
		t.Errorf("kinds config: %q", got)
	}
}

func TestConfigErrors(t *testing.T) {
	os.Unsetenv("VIGIL_UNSET_KEY")
	cases := []struct {
		cfg  Config
		want string
	}{
		{Config{Custom: []Pattern{{Name: "order_token", Prefix: "otk_", Test: "no token here"}}}, `"order_token" does not match its test string`},
		{Config{Custom: []Pattern{{Name: "x", Regexp: "(", Test: "x"}}}, `custom pattern "x"`},
		{Config{Custom: []Pattern{{Name: "x", Prefix: "x_"}}}, "no test string"},
		{Config{Custom: []Pattern{{Name: "x", Prefix: "#x", Test: "#x1"}}}, "prefix must start with a letter"},
		{Config{Custom: []Pattern{{Name: "email", Prefix: "x_", Test: "x_1"}}}, "name already used"},
		{Config{Kinds: map[string]Action{"emails": ActionMask}}, `unknown kind "emails"`},
		{Config{Kinds: map[string]Action{"email": "shred"}}, `action "shred"`},
		{Config{Fields: []FieldRule{{Path: "a", Action: "burn"}}}, `unknown action "burn"`},
		{Config{Fields: []FieldRule{{Path: "a", Action: ActionScan, Disable: []string{"fone"}}}}, `unknown kind "fone"`},
		{Config{Fields: []FieldRule{{Path: "a", Action: ActionHash}}}, "needs hash_key_env or hash_key_file"},
		{Config{HashKeyEnv: "VIGIL_UNSET_KEY", Fields: []FieldRule{{Path: "a", Action: ActionHash}}}, "VIGIL_UNSET_KEY is unset"},
	}
	for _, c := range cases {
		_, err := New(c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%+v) = %v, want error containing %q", c.cfg, err, c.want)
		}
	}
}

func TestCustomAndAllow(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Custom = []Pattern{
		{Name: "order_token", Prefix: "otk_", Regexp: `otk_[a-z0-9]{12}`, Test: "token otk_abcdef123456 used"},
		{Name: "member_no", Regexp: `\bM-[0-9]{8}\b`, Test: "member M-12345678"},
	}
	cfg.Allow = []string{"support@shop.example", "*@noreply.example"}
	r, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"use otk_abcdef123456 now":                      "use [REDACTED:order_token] now",
		"member M-12345678 joined":                      "member [REDACTED:member_no] joined",
		"mail support@shop.example or a@b.co":           "mail support@shop.example or [REDACTED:email]",
		"from Bot@NoReply.example":                      "from Bot@NoReply.example",
		"otk_short stays":                               "otk_short stays",
		"again [REDACTED:order_token] [REDACTED:email]": "again [REDACTED:order_token] [REDACTED:email]",
	} {
		if got := r.String(in); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}

func TestAppendJSON(t *testing.T) {
	r := newDefault(t)
	cases := []struct{ in, want string }{
		{`{"a":"mail a@b.co","buyer":{"name":"X Y","tags":["p"]},"n":4111111111111111,"ok":true,"z":null}`,
			`{"a":"mail [REDACTED:email]","buyer":{"name":"[REDACTED:name]","tags":["[REDACTED:field]"]},"n":"[REDACTED:card]","ok":true,"z":null}`},
		{`{"msg":"esc \u0061\u0040b.co ok","k":"\ud83d\ude00"}`, `{"msg":"esc [REDACTED:email] ok","k":"\ud83d\ude00"}`},
		{`{"customer.password":"pw"}`, `{"customer.password":"[REDACTED:credential]"}`},
		{`{"a@b.co":1}`, `{"[REDACTED:email]":1}`},
		{`not json a@b.co`, `not json [REDACTED:email]`},
		{`{"broken": "a@b.co"`, `{"broken": "[REDACTED:email]"`},
		{`[1, "x"]`, `[1,"x"]`},
	}
	for _, c := range cases {
		got, _ := r.AppendJSON(nil, []byte(c.in))
		if string(got) != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.in, got, c.want)
		}
		if json.Valid([]byte(c.in)) && !json.Valid(got) {
			t.Errorf("invalid output %s", got)
		}
	}
}

func TestWriter(t *testing.T) {
	r := newDefault(t)
	var out bytes.Buffer
	w := r.Writer(&out)
	line := `{"level":"error","error":"index: rejected doc for jane@example.com: card 4111111111111111","time":"2026-11-25T08:03:00Z"}` + "\n"
	n, err := w.Write([]byte(line))
	if err != nil || n != len(line) {
		t.Fatalf("Write = %d, %v", n, err)
	}
	want := `{"level":"error","error":"index: rejected doc for [REDACTED:email]: card [REDACTED:card]","time":"2026-11-25T08:03:00Z"}` + "\n"
	if out.String() != want {
		t.Errorf("got  %s\nwant %s", out.String(), want)
	}
}

func TestStream(t *testing.T) {
	r := newDefault(t)
	in := strings.Join([]string{
		`{"@timestamp":"2026-11-25T08:03:00Z","message":"call +1 415 555 2671","buyer.email":"a@b.co"}`,
		`{"no_timestamp":"a@b.co"}`,
		`garbage password=hunter2 a@b.co`,
		``,
		`{"@timestamp":"2026-11-25T08:03:01Z","message":"fine"}`,
	}, "\n")
	var out bytes.Buffer
	st, err := Stream(strings.NewReader(in), &out, r, event.NewDecoder(nil))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		`{"@timestamp":"2026-11-25T08:03:00Z","message":"call [REDACTED:phone]","buyer.email":"[REDACTED:email]"}`,
		`{"no_timestamp":"[REDACTED:email]"}`,
		`garbage password=[REDACTED:credential] [REDACTED:email]`,
		`{"@timestamp":"2026-11-25T08:03:01Z","message":"fine"}`,
	}, "\n") + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	if st.Lines != 5 || st.Events != 2 || st.Undecodable != 2 || st.Counts[KindEmail] != 3 || st.Counts[KindPhone] != 1 || st.Counts[KindCredential] != 1 {
		t.Errorf("stats %+v", st)
	}
	if s := st.String(); !strings.Contains(s, "email=3") {
		t.Errorf("stats string %q", s)
	}
}

func TestRedactTextJSONAware(t *testing.T) {
	r := newDefault(t)
	in := `{"service":{"name":"amazon-api"},"message":"call +1 415 555 2671","buyer":{"name":"Jane Roe"}}`
	want := `{"service":{"name":"amazon-api"},"message":"call [REDACTED:phone]","buyer":{"name":"[REDACTED:name]"}}`
	if got := r.RedactText(in); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := r.RedactText("plain a@b.co"); got != "plain [REDACTED:email]" {
		t.Errorf("text: %q", got)
	}
}

// One Redactor serves many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	t.Setenv("VIGIL_TEST_HASH_KEY", "0123456789abcdef-test-key")
	cfg := DefaultConfig()
	cfg.HashKeyEnv = "VIGIL_TEST_HASH_KEY"
	cfg.Kinds = map[string]Action{"email": ActionHash}
	r, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := r.String("mail a@b.co card 4111 1111 1111 1111")
	done := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			var got string
			for i := 0; i < 200; i++ {
				got = r.String("mail a@b.co card 4111 1111 1111 1111")
				ev := decode(t, `{"@timestamp":"2026-11-25T08:03:00Z","buyer":{"email":"a@b.co"},"message":"x@y.io"}`)
				r.Event(ev)
			}
			done <- got
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-done; got != want {
			t.Errorf("goroutine got %q, want %q", got, want)
		}
	}
}

func TestWithDefaults(t *testing.T) {
	cfg := Config{Fields: []FieldRule{{Path: "buyer.nickname", Action: ActionKeep}}}.WithDefaults()
	r, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ev := decode(t, `{"@timestamp":"2026-11-25T08:03:00Z","buyer":{"nickname":"jj","name":"Jane Roe"}}`)
	r.Event(ev)
	if ev.Text("buyer.nickname") != "jj" || ev.Text("buyer.name") != "[REDACTED:name]" {
		t.Errorf("got %s", ev.JSON())
	}
}

func TestPartialKinds(t *testing.T) {
	r, err := New(Config{Kinds: map[string]Action{"card": ActionPartial, "phone": ActionPartial, "iban": ActionPartial}})
	if err != nil {
		t.Fatal(err)
	}
	in := "card 4111 1111 1111 1111, tel +44 20 7946 0958 or 020 7946 0958, iban DE89370400440532013000"
	want := "card [REDACTED:card:****1111], tel [REDACTED:phone:+44] or [REDACTED:phone], iban [REDACTED:iban:DE]"
	got := r.String(in)
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if again := r.String(got); again != got {
		t.Errorf("partial markers rescanned: %q", again)
	}
}
