package notify

import (
	"context"
	"fmt"
	"net/url"
	"testing"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/sinks/notify/internal/notifytest"
)

// Build wires the voice receivers' configuration into their notifiers.
func TestBuildVoice(t *testing.T) {
	srv := notifytest.New(t, notifytest.Reply{Status: 201, Body: `{"Code":"OK","sid":"CA1","status":"queued"}`})
	vol := 60
	rcs := []alerting.ReceiverConfig{
		{Name: "call", TwilioVoice: &alerting.TwilioVoiceConfig{AccountSID: "AC1", APIKeySID: "SK1", APIKeySecret: "s",
			From: "+15550100000", To: []string{"+15550100001", "+15550100002"}, Voice: "Polly.Amy", URL: srv.URL}},
		{Name: "call-cn", AliyunVoice: &alerting.AliyunVoiceConfig{AccessKeyID: "id", AccessKeySecret: "sk", TtsCode: "TTS_1",
			CalledNumbers: []string{"13700000001"}, PlayTimes: 1, Volume: &vol, URL: srv.URL}},
	}
	ns, err := Build(rcs, Env{})
	if err != nil {
		t.Fatal(err)
	}
	for name, typ := range map[string]string{"call": "*voice.Twilio", "call-cn": "*voice.Aliyun"} {
		if got := fmt.Sprintf("%T", ns[name]); got != typ || ns[name].Name() != name {
			t.Errorf("%s: built %s", name, got)
		}
	}
	// notifytest.Alerts holds a firing alert: two calls, then one.
	if _, err := ns["call"].Notify(context.Background(), notifytest.Alerts()); err != nil {
		t.Fatal(err)
	}
	if _, err := ns["call-cn"].Notify(context.Background(), notifytest.Alerts()); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	tw, _ := url.ParseQuery(string(reqs[1].Body))
	if tw.Get("To") != "+15550100002" || reqs[1].Header.Get("Authorization") == "" {
		t.Errorf("second call: %v", tw)
	}
	ali, _ := url.ParseQuery(string(reqs[2].Body))
	if ali.Get("Action") != "SingleCallByTts" || ali.Get("PlayTimes") != "1" || ali.Get("Volume") != "60" || ali.Get("CalledNumber") != "13700000001" {
		t.Errorf("aliyun call: %v", ali)
	}
	if _, err := Build([]alerting.ReceiverConfig{{Name: "bad", TwilioVoice: &alerting.TwilioVoiceConfig{AccountSID: "AC1"}}}, Env{}); err == nil {
		t.Error("a twilio_voice receiver without credentials was built")
	}
}
