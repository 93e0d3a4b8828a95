package alerting_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
)

const voiceYAML = `
route:
  receiver: chat
  routes:
    - {receiver: call, matchers: [severity=P0], continue: true}
    - {receiver: call-cn, matchers: [severity=P0], continue: true}
receivers:
  - name: chat
    ndjson: true
  - name: call
    twilio_voice:
      account_sid: AC00000000000000000000000000000000
      api_key_sid: SK00000000000000000000000000000000
      api_key_secret: test-key-secret
      from: "+15550100000"
      to: ["+15550100001", "+15550100002"]
      language: en-GB
      voice: Polly.Amy
      labels: [service.name, shop.platform]
  - name: call-cn
    send_resolved: false
    aliyun_voice:
      access_key_id: test-id
      access_key_secret: test-secret
      tts_code: TTS_000000001
      called_show_number: "057100000000"
      called_numbers: ["13700000001"]
      play_times: 2
      volume: 0
      speed: -100
`

func TestVoiceReceiversValid(t *testing.T) {
	c := decode(t, voiceYAML)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"ndjson", "twilio_voice", "aliyun_voice"} {
		if got := c.Receivers[i].Type(); got != want {
			t.Errorf("receiver %d: Type = %q, want %q", i, got, want)
		}
	}
	if v := c.Receivers[2].AliyunVoice; v.Volume == nil || *v.Volume != 0 || v.Speed == nil || *v.Speed != -100 || v.PlayTimes != 2 {
		t.Errorf("aliyun_voice %+v", v)
	}
}

// A voice receiver is never told about resolved alerts, whatever
// send_resolved says; other receivers are by default.
func TestVoiceReceiversWantNoResolved(t *testing.T) {
	c := decode(t, voiceYAML)
	if !c.Receivers[0].WantsResolved() {
		t.Error("ndjson: WantsResolved false by default")
	}
	for _, r := range c.Receivers[1:] {
		if r.WantsResolved() {
			t.Errorf("%s: WantsResolved", r.Name)
		}
	}
}

func TestVoiceDefaultRateLimits(t *testing.T) {
	for ch, want := range map[string]time.Duration{"twilio_voice": 5 * time.Minute, "aliyun_voice": 20 * time.Minute} {
		burst, every, ok := alerting.DefaultRateLimit(ch)
		if !ok || burst != 2 || every != want {
			t.Errorf("%s: %d, %v, %v", ch, burst, every, ok)
		}
		// Aliyun's per-number limit: at most 5 calls in any hour
		// (burst + hour/every).
		if ch == "aliyun_voice" && burst+int(time.Hour/every) > 5 {
			t.Errorf("aliyun_voice allows %d calls an hour", burst+int(time.Hour/every))
		}
	}
}

func TestVoiceReceiversInvalid(t *testing.T) {
	y := `
route: {receiver: chat}
receivers:
  - name: chat
    ndjson: true
  - name: call
    send_resolved: true
    twilio_voice: {account_sid: AC1, auth_token: tok, api_key_sid: SK1, from: "15550100000", language: "en US", voice: "<Dial>", labels: ["bad label"]}
  - name: call2
    twilio_voice: {account_sid: AC1, api_key_secret: s, from: "+15550100000", to: ["+1555-0100-001", "+15550100002", "0015550100003"], url: "ftp://x"}
  - name: call-cn
    aliyun_voice: {called_numbers: ["+8613700000001"], called_show_number: "+86571", play_times: 4, volume: 101, speed: -501, param_limit: -1, timeout: -1s}
  - name: call-cn2
    aliyun_voice: {access_key_id: id, access_key_secret: sk, tts_code: TTS_1}
  - name: both
    twilio_voice: {account_sid: AC1, auth_token: tok, from: "+15550100000", to: ["+15550100001"]}
    twilio: {account_sid: AC1, auth_token: tok, from: "+15550100000", to: ["+15550100001"]}
`
	var c alerting.Config
	err := config.Decode("test.yaml", []byte(y), &c, func(string) (string, bool) { return "", false })
	if err == nil {
		t.Fatal("accepted")
	}
	msg := err.Error()
	for _, want := range []string{
		"receivers.1.send_resolved: a voice receiver calls only for firing alerts",
		"receivers.1.twilio_voice.auth_token: set auth_token or api_key_sid and api_key_secret, not both",
		"receivers.1.twilio_voice.from: want E.164 like +15550100000",
		"receivers.1.twilio_voice.to: at least one number is required",
		`receivers.1.twilio_voice.language: want a language tag like en-US, not "en US"`,
		"receivers.1.twilio_voice.voice: want a Twilio voice name like Polly.Joanna",
		"receivers.1.twilio_voice.labels.0: invalid label name",
		"receivers.2.twilio_voice.api_key_sid: is required with api_key_secret",
		"receivers.2.twilio_voice.to.0: want E.164 like +15550100001",
		"receivers.2.twilio_voice.to.2: want E.164 like +15550100001",
		"receivers.2.twilio_voice.url: must be an absolute http or https URL",
		"receivers.3.aliyun_voice.access_key_id: is required",
		"receivers.3.aliyun_voice.access_key_secret: is required",
		"receivers.3.aliyun_voice.tts_code: is required",
		"receivers.3.aliyun_voice.called_numbers.0: want a mainland China number in digits like 13700000001 (no +86)",
		"receivers.3.aliyun_voice.called_show_number: want the digits of a number",
		"receivers.3.aliyun_voice.play_times: must be 1 to 3",
		"receivers.3.aliyun_voice.volume: must be 0 to 100",
		"receivers.3.aliyun_voice.speed: must be -500 to 500",
		"receivers.3.aliyun_voice.param_limit: must not be negative",
		"receivers.3.aliyun_voice.timeout: must not be negative",
		"receivers.4.aliyun_voice.called_numbers: at least one number is required",
		`receivers.5: receiver "both" sets twilio and twilio_voice: one channel per receiver`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("no %q in\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "receivers.2.twilio_voice.to.1") {
		t.Errorf("a valid number refused:\n%s", msg)
	}
	for _, n := range []string{"0100-001", "13700000001\"", "8613700000001", "0015550100003"} {
		if strings.Contains(msg, n) {
			t.Errorf("a phone number (%s) is quoted in\n%s", n, msg)
		}
	}
}

// The README's voice example loads and validates, and routes P0 to the
// voice receivers with continue: true.
func TestREADMEVoiceExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "Voice calls for P0, beside the chat receiver")
	if i < 0 {
		t.Fatal("no voice example in the README")
	}
	start := strings.Index(s[i:], "```yaml\n") + i + len("```yaml\n")
	end := strings.Index(s[start:], "```") + start
	env := func(k string) (string, bool) {
		if strings.HasSuffix(k, "_URL") {
			return "https://hooks.example.com/" + strings.ToLower(k), true
		}
		return "value-of-" + strings.ToLower(k), true
	}
	cfg, err := config.Parse("README.md", []byte(s[start:end]), env)
	if err != nil {
		t.Fatalf("the README's example does not load:\n%v", err)
	}
	var types []string
	for _, r := range cfg.Alerting.Receivers {
		types = append(types, r.Type())
	}
	if strings.Join(types, ",") != "slack,twilio_voice,aliyun_voice" {
		t.Errorf("receivers %v", types)
	}
	routes := cfg.Alerting.Route.Routes
	if len(routes) != 3 || routes[2].Receiver != cfg.Alerting.Route.Receiver || len(routes[2].Matchers) != 0 {
		t.Fatalf("routes %+v: want two P0 routes, then one to the chat receiver", routes)
	}
	for _, r := range routes[:2] {
		if !r.Continue || strings.Join(r.Matchers, ",") != "severity=P0" {
			t.Errorf("route to %s: matchers %v, continue %v", r.Receiver, r.Matchers, r.Continue)
		}
	}
}
